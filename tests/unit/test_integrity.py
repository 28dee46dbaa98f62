"""Crashes, full disks, locks, places: the record survives and says what happened."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from anticorr_desktop.domain import model as m
from anticorr_desktop.errors import StorageError
from anticorr_desktop.storage.place import InstanceLock, is_network_path, quick_check
from anticorr_desktop.storage.store import open_store


def test_quick_check_ok_and_damaged(store, tmp_path):
    assert quick_check(store) is None
    bad = tmp_path / "bad.sqlite3"
    s = open_store(bad)
    with s.transaction():
        for n in range(300):
            s.save_person(m.Person(f"Фамилия{n}", position="x" * 500))
    s.close()
    data = bytearray(bad.read_bytes())
    for off in range(8192, min(len(data), 40000), 7):  # scribble over b-tree pages
        data[off] = 0xFF
    bad.write_bytes(bytes(data))
    try:
        s = open_store(bad)
    except StorageError:
        return  # refused at open: also a clear outcome
    assert quick_check(s) is not None
    s.close()


def test_full_disk_mid_write_is_clear_and_leaves_nothing(demo):
    st = demo.store
    before = (st.journal_length(), st.scalar("SELECT COUNT(*) FROM person"))
    pages = st.scalar("PRAGMA page_count")
    st.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    with pytest.raises(StorageError, match="disk is full"), st.transaction():
        for n in range(200):
            st.save_person(m.Person(f"Новый{n}", position="длинная должность " * 100))
    assert (st.journal_length(), st.scalar("SELECT COUNT(*) FROM person")) == before
    st.conn.execute("PRAGMA max_page_count = 1073741823")
    demo.save_person(m.Person("После"))  # the program goes on
    assert st.verify() == []


def test_second_copy_is_told_and_a_dead_ones_lock_is_ignored(tmp_path):
    db = tmp_path / "a.sqlite3"
    first = InstanceLock(db)
    assert first.acquire() is None
    # another process sees the owner
    code = (
        "import json,sys; from anticorr_desktop.storage.place import InstanceLock;"
        f"o=InstanceLock(r'{db}').acquire(); print(json.dumps(o and o.pid))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == os.getpid()
    first.release()
    assert not first.path.exists()
    # a lock left by a process that no longer exists does not block
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    first.path.write_text(
        json.dumps({"pid": proc.pid, "host": __import__("socket").gethostname(), "user": "x"})
    )
    assert InstanceLock(db).acquire() is None


def test_local_folder_is_not_a_network_share(tmp_path):
    assert is_network_path(tmp_path / "x.sqlite3") is False


KILL_IMPORT = textwrap.dedent("""
    import sys
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store
    from anticorr_desktop.interchange import import_data, load_file
    sv = Services(open_store(sys.argv[1]))
    data = load_file(sys.argv[2])
    print("ready", flush=True)
    import_data(sv, data)
    print("done", flush=True)
""")

KILL_BATCH = textwrap.dedent("""
    import sys
    from datetime import date
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store
    sv = Services(open_store(sys.argv[1]), today=lambda: date(2026, 11, 26))
    ids = sv.store.instruction_ids(status=["on_control"])
    print("ready", flush=True)
    while True:  # batches of changes until killed; every row of a batch gets the batch's stamp
        stamp = str(__import__("time").time())
        with sv.store.transaction():
            for i in ids:
                sv.store.set_instruction_fields(i, {"closed_note": stamp})
""")


def _big_file(tmp_path: Path, n_sessions: int) -> Path:
    """A large interchange file: many sessions with instructions."""
    people = [{"uid": f"p{i}", "surname": f"Исполнитель{i}"} for i in range(30)]
    sessions = []
    for s in range(n_sessions):
        sessions.append(
            {
                "uid": f"s{s}",
                "commission": "c1",
                "number": s + 1,
                "date": f"20{10 + s // 300}-03-14",
                "agenda": [
                    {
                        "uid": f"a{s}",
                        "title": "Вопрос " * 20,
                        "decisions": [
                            {"uid": f"d{s}-{k}", "text": "Решение " * 30} for k in range(5)
                        ],
                    }
                ],
                "instructions": [
                    {
                        "uid": f"i{s}-{k}",
                        "decision": f"d{s}-{k}",
                        "text": "Поручение " * 30,
                        "executors": [f"p{(s + k) % 30}"],
                        "due": "в месячный срок",
                    }
                    for k in range(5)
                ],
            }
        )
    data = {
        "format": "anticorr-desktop",
        "version": 1,
        "directory": {"people": people},
        "commissions": [{"uid": "c1", "name_ru": "Комиссия"}],
        "sessions": sessions,
    }
    f = tmp_path / "big.json"
    f.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return f


def _run_and_kill(script: str, args: list[str], delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(delay)  # let it get well into the write
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()


def _check_after_kill(db: Path) -> sqlite3.Connection:
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    st = open_store(db)
    assert st.verify() == []
    return st


@pytest.mark.parametrize("delay", [0.3, 0.8])
def test_kill_during_a_large_import_leaves_all_or_nothing(tmp_path, delay):
    f = _big_file(tmp_path, 900)
    db = tmp_path / "k.sqlite3"
    open_store(db).close()
    _run_and_kill(KILL_IMPORT, [str(db), str(f)], delay)
    st = _check_after_kill(db)
    n = st.scalar("SELECT COUNT(*) FROM instruction")
    assert n == 0, (
        n
    )  # killed inside the one transaction: none of it (the whole import takes seconds)
    st.close()


def test_kill_during_batches_of_status_changes(demo, tmp_path):
    db = demo.store.path
    demo.store.close()
    _run_and_kill(KILL_BATCH, [str(db)], 0.5)
    st = _check_after_kill(db)
    notes = {r[0] for r in st.q("SELECT closed_note FROM instruction WHERE status = 'on_control'")}
    assert len(notes) == 1  # every batch is whole: all rows carry the same stamp
    st.close()


def test_first_start_with_no_data_folder_yet(tmp_path):
    db = tmp_path / "not" / "yet" / "anticorr.sqlite3"
    lock = InstanceLock(db)
    assert lock.acquire() is None and lock.path.exists()
    st = open_store(db)
    assert st.is_empty()
    st.close()
    lock.release()
