import sqlite3

import pytest

from anticorr_desktop.errors import StorageError
from anticorr_desktop.storage.backup import backup_database, backups, check_backup_file, daily_backup, restore_database


def count(store):
    return store.scalar("SELECT COUNT(*) FROM instruction")


def test_backup_is_consistent_while_changes_sit_in_the_wal(demo, tmp_path):
    # the WAL holds recent commits; the online backup includes them
    assert demo.store.scalar("PRAGMA journal_mode") == "wal"
    out = backup_database(demo.store, tmp_path / "copy.sqlite3")
    con = sqlite3.connect(out)
    assert con.execute("SELECT COUNT(*) FROM instruction").fetchone()[0] == count(demo.store) > 0
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert check_backup_file(out) == []


def test_restore_checks_first_and_keeps_the_current_contents(demo, tmp_path):
    good = backup_database(demo.store, tmp_path / "good.sqlite3")
    n = count(demo.store)
    demo.cancel(demo.store.instruction_ids(status=["on_control"])[0], "тест")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 50)
    before = demo.store.journal_length()
    with pytest.raises(StorageError, match="cannot be restored"):
        restore_database(demo.store, junk)
    assert demo.store.journal_length() == before
    safety = restore_database(demo.store, good)
    assert count(demo.store) == n and demo.store.journal_length() < before
    assert demo.store.verify() == []
    assert safety in backups(demo.store.path)
    assert check_backup_file(safety) == []


def test_a_tampered_backup_is_refused(demo, tmp_path):
    bad = backup_database(demo.store, tmp_path / "bad.sqlite3")
    con = sqlite3.connect(bad)
    con.execute("UPDATE instruction SET due_date = '2030-01-01' WHERE id = 1")
    con.commit()
    con.close()
    problems = check_backup_file(bad)
    assert problems and "changed outside the program" in problems[0]
    with pytest.raises(StorageError):
        restore_database(demo.store, bad)


def test_daily_backup_once_a_day_and_rotation(demo):
    first = daily_backup(demo.store, keep=2)
    assert first is not None and daily_backup(demo.store, keep=2) is None
    manual = backup_database(demo.store, reason="manual")
    for _ in range(3):
        backup_database(demo.store, reason="before-import", keep=2)
    names = [p.name for p in backups(demo.store.path)]
    assert sum("before-import" in n for n in names) == 2
    assert manual.exists() and first.exists()  # rotation of one kind never touches the others
