"""No lost writes: a restore running while other programs write (issue #15, item 1).

Each write a program reports as saved must afterwards be in the live file or in one of
the backups (the restore's safety backup holds what it replaced). Real processes, real
files: the writers and the restore are separate `python` processes, as in the field.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from anticorr_desktop import cli

WRITER = r"""
import sys, time
from anticorr_desktop.domain import model as m
from anticorr_desktop.errors import UserError
from anticorr_desktop.services import Services
from anticorr_desktop.storage.store import open_store

db, stop_after = sys.argv[1], float(sys.argv[2])
sv = Services(open_store(db), lang="en")
end = time.monotonic() + stop_after
n = 0
while time.monotonic() < end:
    n += 1
    p = m.Person(surname=f"Writer{n}")
    try:
        sv.save_person(p)
    except UserError as exc:  # busy: not saved, and said so
        print("refused", n, exc.message("en"), flush=True)
    else:
        print("saved", p.uid, flush=True)
    time.sleep(0.05)
"""


def _cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "anticorr_desktop.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _uids_in(path: Path, table: str) -> set[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute(f"SELECT uid FROM {table}")}
    finally:
        con.close()


def _everywhere(db: Path, table: str) -> set[str]:
    from anticorr_desktop.storage.backup import backups, readable_copy

    found = _uids_in(db, table)
    for b in backups(db):
        with readable_copy(b) as plain:
            found |= _uids_in(plain, table)
    return found


def _pad(db: Path, n: int) -> None:
    """Make the database big enough (~6 KB a person with its journal entry) that a backup
    takes a while, as on a commission's disk after some years."""
    from anticorr_desktop.domain import model as m
    from anticorr_desktop.storage.store import open_store

    st = open_store(db)
    try:
        with st.transaction():
            for i in range(n):
                st.save_person(m.Person(surname=f"Pad{i}", position="x" * 900 + str(i)))
    finally:
        st.close()


def test_writer_every_50ms_loses_nothing_to_restores(tmp_path, capsys):
    db = tmp_path / "live.sqlite3"
    assert cli.main(["--db", str(db), "init", "--demo"]) == 0
    _pad(db, 8000)
    assert cli.main(["--db", str(db), "backup", "-o", str(tmp_path / "old.sqlite3")]) == 0
    capsys.readouterr()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), "4.0"], stdout=subprocess.PIPE, text=True
    )
    time.sleep(0.8)  # the writer is saving
    for _ in range(3):
        r = _cli("--db", str(db), "restore", "--yes", str(tmp_path / "old.sqlite3"))
        out, err = r.communicate(timeout=120)
        assert r.returncode == 0, err
        time.sleep(0.3)
    out, _ = writer.communicate(timeout=120)
    assert writer.returncode == 0
    saved = [line.split()[1] for line in out.splitlines() if line.startswith("saved ")]
    assert len(saved) > 20  # it really was writing all along
    missing = set(saved) - _everywhere(db, "person")
    assert not missing, f"{len(missing)} of {len(saved)} saved people lost"


def test_import_during_restore_loses_nothing(tmp_path, capsys):
    source = tmp_path / "source.sqlite3"
    assert cli.main(["--db", str(source), "init", "--demo"]) == 0
    _pad(source, 3000)  # an import that takes a while: a directory of 3,000 people
    assert cli.main(["--db", str(source), "export-json", "-o", str(tmp_path / "all.json")]) == 0
    data = json.loads((tmp_path / "all.json").read_text())
    sessions = {s["uid"] for s in data["sessions"]}
    people = {p["uid"] for p in data["directory"]["people"]}
    for delay in (0.0, 0.15, 0.4):
        db = tmp_path / f"live{delay}.sqlite3"
        assert cli.main(["--db", str(db), "init"]) == 0
        _pad(db, 2000)
        assert (
            cli.main(["--db", str(db), "backup", "-o", str(tmp_path / f"old{delay}.sqlite3")]) == 0
        )
        capsys.readouterr()
        imp = _cli("--db", str(db), "import", str(tmp_path / "all.json"))
        time.sleep(delay)
        res = _cli("--db", str(db), "restore", "--yes", str(tmp_path / f"old{delay}.sqlite3"))
        _, ierr = imp.communicate(timeout=120)
        _, rerr = res.communicate(timeout=120)
        assert res.returncode == 0, rerr
        if imp.returncode == 0:  # reported as imported: it must be somewhere
            assert sessions <= _everywhere(db, "session"), f"import lost (delay {delay})"
            assert people <= _everywhere(db, "person"), f"import lost (delay {delay})"
        else:
            assert "Traceback" not in ierr


def test_restore_refuses_while_the_window_has_the_database(tmp_path, capsys):
    from anticorr_desktop.storage.place import InstanceLock

    db = tmp_path / "live.sqlite3"
    assert cli.main(["--db", str(db), "init", "--demo"]) == 0
    assert cli.main(["--db", str(db), "backup", "-o", str(tmp_path / "old.sqlite3")]) == 0
    window = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time;from anticorr_desktop.storage.place import InstanceLock;"
            "assert InstanceLock(sys.argv[1]).acquire() is None;print('held',flush=True);"
            "time.sleep(30)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "held"
        capsys.readouterr()
        rc = cli.main(["--db", str(db), "restore", "--yes", str(tmp_path / "old.sqlite3")])
        err = capsys.readouterr().err
        assert rc != 0 and "close it there first" in err
        assert not list((tmp_path / "backups").glob("*before-restore*"))
    finally:
        window.kill()
        window.wait()
        assert window.stdout is not None
        window.stdout.close()
    assert InstanceLock(db).owner() is None  # the killed window's lock no longer counts
    assert cli.main(["--db", str(db), "restore", "--yes", str(tmp_path / "old.sqlite3")]) == 0


def test_two_demo_loads_at_once_load_it_once(tmp_path):
    db = tmp_path / "d.sqlite3"
    procs = [_cli("--db", str(db), "init", "--demo") for _ in range(2)]
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in procs]
    assert sorted(rc for rc, _ in results) == [0, 1] or sorted(rc for rc, _ in results)[0] == 0
    assert all("Traceback" not in err for _, err in results)
    con = sqlite3.connect(db)
    try:
        n = con.execute("SELECT COUNT(*) FROM session").fetchone()[0]
    finally:
        con.close()
    source = tmp_path / "one.sqlite3"
    assert cli.main(["--db", str(source), "init", "--demo"]) == 0
    con = sqlite3.connect(source)
    try:
        once = con.execute("SELECT COUNT(*) FROM session").fetchone()[0]
    finally:
        con.close()
    assert n == once


@pytest.mark.parametrize("holder_first", [True])
def test_a_writer_waits_for_the_write_lock(tmp_path, holder_first):
    """Another process holding the write lock (a restore) makes a save wait, not fail
    silently and not interleave."""
    from anticorr_desktop.storage.store import open_store

    db = tmp_path / "w.sqlite3"
    open_store(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time;from pathlib import Path;"
            "from anticorr_desktop.storage.writelock import write_lock\n"
            "with write_lock(Path(sys.argv[1])):\n print('held',flush=True);time.sleep(1.0)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    st = open_store(db)
    try:
        t0 = time.monotonic()
        with st.transaction():
            pass
        waited = time.monotonic() - t0
    finally:
        st.close()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    assert waited > 0.5
