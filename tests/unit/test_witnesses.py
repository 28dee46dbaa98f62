"""Witnesses of the journal outside the file (issue #15, item 2): backups and printed heads."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from anticorr_desktop import cli
from anticorr_desktop.storage import witness


def run(capsys, db, *args):
    rc = cli.main(["--db", str(db), *args])
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = tmp_path / "anticorr.sqlite3"
    assert cli.main(["--db", str(db), "init", "--demo"]) == 0
    capsys.readouterr()
    return db


def _add_person(db, name):
    from anticorr_desktop.domain import model as m
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store

    sv = Services(open_store(db), lang="en")
    try:
        sv.save_person(m.Person(surname=name))
    finally:
        sv.store.close()


def test_every_backup_is_a_witness_and_a_rollback_is_reported(demo_db, tmp_path, capsys):
    old_copy = tmp_path / "old-copy.sqlite3"
    assert run(capsys, demo_db, "backup", "-o", str(old_copy))[0] == 0
    _add_person(demo_db, "After")
    assert run(capsys, demo_db, "backup")[0] == 0
    lines = [w for w in witness.read(demo_db) if w.kind == "backup"]
    assert len(lines) == 4  # two backups, each in both lists (beside backups, settings)
    assert run(capsys, demo_db, "verify")[0] == 0
    # put the older copy back by hand: the chain still verifies on its own
    for side in ("-wal", "-shm"):
        (tmp_path / ("anticorr.sqlite3" + side)).unlink(missing_ok=True)
    shutil.copy(old_copy, demo_db)
    rc, _, err = run(capsys, demo_db, "verify")
    assert rc == 1 and "Rollback" in err and "-manual.sqlite3.zst" in err


def test_a_rewritten_history_is_a_divergence(demo_db, tmp_path, capsys):
    assert run(capsys, demo_db, "backup")[0] == 0
    # another database of the same shape and length (its own, self-consistent chain)
    other = tmp_path / "other" / "anticorr.sqlite3"
    assert cli.main(["--db", str(other), "init", "--demo"]) == 0
    _add_person(other, "Extra")
    for side in ("-wal", "-shm"):
        (tmp_path / ("anticorr.sqlite3" + side)).unlink(missing_ok=True)
    shutil.copy(other, demo_db)
    capsys.readouterr()
    rc, _, err = run(capsys, demo_db, "verify")
    assert rc == 1 and "Divergence" in err


def test_one_witness_list_gone_the_other_still_tells(demo_db, tmp_path, capsys):
    old_copy = tmp_path / "old-copy.sqlite3"
    assert run(capsys, demo_db, "backup", "-o", str(old_copy))[0] == 0
    _add_person(demo_db, "After")
    assert run(capsys, demo_db, "backup")[0] == 0
    witness.lists(demo_db)[0].unlink()  # the forger deletes the list beside the backups
    shutil.copy(old_copy, demo_db)
    for side in ("-wal", "-shm"):
        (tmp_path / ("anticorr.sqlite3" + side)).unlink(missing_ok=True)
    rc, _, err = run(capsys, demo_db, "verify")
    assert rc == 1 and "Rollback" in err


def test_printed_head_is_128_bits_and_verify_finds_it(demo_db, capsys):
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store

    sv = Services(open_store(demo_db), lang="en")
    try:
        head = sv.printed_head()
    finally:
        sv.store.close()
    groups = head.split()
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)  # 128 bits, read aloud
    assert any(w.kind == "printed" for w in witness.read(demo_db))
    rc, out, _ = run(capsys, demo_db, "verify", "--printed", head)
    assert rc == 0 and "the current head" in out
    _add_person(demo_db, "Later")
    rc, out, _ = run(capsys, demo_db, "verify", "--printed", head.upper())
    assert rc == 0 and "until" in out
    rc, _, err = run(
        capsys, demo_db, "verify", "--printed", "0123 4567 89ab cdef 0123 4567 89ab cdef"
    )
    assert rc == 1 and "NOT in this database's journal" in err


def test_deleting_the_last_entries_after_printing_is_found(demo_db, capsys):
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store

    _add_person(demo_db, "Printed")
    sv = Services(open_store(demo_db), lang="en")
    try:
        sv.printed_head()  # a document is printed
    finally:
        sv.store.close()
    con = sqlite3.connect(demo_db)  # the forger deletes the last entry and its row
    seq, uid = con.execute("SELECT seq, row_uid FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    con.execute("DELETE FROM person WHERE uid = ?", (uid,))
    con.execute("DELETE FROM journal_entry WHERE seq = ?", (seq,))
    con.commit()
    con.close()
    rc, _, err = run(capsys, demo_db, "verify")
    assert rc == 1 and "Rollback" in err and "printed document" in err
