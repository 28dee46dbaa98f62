import sqlite3

import pytest

from anticorr_desktop.errors import StorageError
from anticorr_desktop.storage.backup import (
    backup_database,
    backups,
    check_backup_file,
    daily_backup,
    restore_database,
)


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


def test_the_snapshot_copy_is_a_plain_one_file_database(demo, tmp_path, monkeypatch):
    import anticorr_desktop.storage.backup as b

    copied = []
    real = b._snapshot_copy
    monkeypatch.setattr(
        b, "_snapshot_copy", lambda st, tmp: copied.append(real(st, tmp)) or copied[-1]
    )
    out = backup_database(demo.store, tmp_path / "copy.sqlite3")
    assert copied == [True]  # nothing else was reading or writing: the fast path
    assert not (tmp_path / "copy.sqlite3-wal").exists() and not list(tmp_path.glob("*.part*"))
    con = sqlite3.connect(f"file:{out}?mode=ro", uri=True)  # read-only, no -shm needed
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("SELECT COUNT(*) FROM instruction").fetchone()[0] == count(demo.store)
    con.close()
    assert check_backup_file(out) == []


def test_a_write_in_progress_elsewhere_is_not_in_the_backup(demo, tmp_path, monkeypatch):
    """Another connection holds an open write: no snapshot can be pinned, the backup API
    copies what is committed, and the other connection's pending row is not in it."""
    import anticorr_desktop.storage.backup as b

    copied = []
    real = b._snapshot_copy
    monkeypatch.setattr(
        b, "_snapshot_copy", lambda st, tmp: copied.append(real(st, tmp)) or copied[-1]
    )
    other = sqlite3.connect(str(demo.store.path), isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO calendar_override (day, working, note, uid) VALUES ('2031-01-01', 1, 'x', "
        "'u-x')"
    )
    try:
        out = backup_database(demo.store, tmp_path / "busy.sqlite3")
    finally:
        other.execute("COMMIT")
        other.close()
    assert copied == [False]
    assert sorted(p.name for p in tmp_path.glob("busy*")) == ["busy.sqlite3"]  # one file
    con = sqlite3.connect(out)
    assert (
        con.execute("SELECT COUNT(*) FROM calendar_override WHERE uid = 'u-x'").fetchone()[0] == 0
    )
    assert con.execute("SELECT COUNT(*) FROM instruction").fetchone()[0] == count(demo.store)
    con.close()


def test_a_reader_pinning_the_wal_gets_the_backup_api(demo, tmp_path, monkeypatch):
    """A reader on an older snapshot keeps the checkpoint from emptying the WAL: the
    backup falls back to the backup API and still has every committed change."""
    import anticorr_desktop.storage.backup as b

    copied = []
    real = b._snapshot_copy
    monkeypatch.setattr(
        b, "_snapshot_copy", lambda st, tmp: copied.append(real(st, tmp)) or copied[-1]
    )
    reader = sqlite3.connect(str(demo.store.path), isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM instruction").fetchone()
    demo.cancel(demo.store.instruction_ids(status=["on_control"])[0], "после снимка читателя")
    try:
        out = backup_database(demo.store, tmp_path / "pinned.sqlite3")
    finally:
        reader.close()
    assert copied == [False]
    con = sqlite3.connect(out)
    assert (
        con.execute(
            "SELECT COUNT(*) FROM instruction WHERE closed_note = 'после снимка читателя'"
        ).fetchone()[0]
        == 1
    )
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
    assert count(demo.store) == n
    last = demo.store.q1("SELECT * FROM journal ORDER BY seq DESC LIMIT 1")
    assert (last["action"], last["tbl"], last["note"]) == (
        "restore",
        "database",
        f"restored from {good}",
    )
    assert demo.store.journal_length() <= before  # the backup's journal, and the restore
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


def test_a_folder_named_with_hash_percent_or_question_mark(demo, tmp_path):
    """The read-only opens (backups, their checks, the window's query lane) escape the
    path: "#" once cut it short and opened a stray empty database beside it."""
    from anticorr_desktop.storage.store import Store, open_store

    before = {p.name for p in tmp_path.iterdir()}
    folder = tmp_path / "Комиссия #2 (100%) ?"
    folder.mkdir()
    copy = backup_database(demo.store, folder / "db.sqlite3")
    assert check_backup_file(copy) == []
    ro = Store(copy, readonly=True)
    assert ro.instruction_count() == count(demo.store) > 0
    ro.close()
    st = open_store(copy)
    again = backup_database(st, folder / "again.sqlite3")  # the snapshot path, from that folder
    st.close()
    assert check_backup_file(again) == []
    # nothing stray beside it: only the list of witnessed heads, beside the backups
    assert {p.name for p in tmp_path.iterdir()} - before == {folder.name, "backups"}
    assert [p.name for p in (tmp_path / "backups").iterdir()] == ["t.witnesses"]


def test_a_killed_backups_part_files_are_swept_only_ours_only_stale(demo, tmp_path):
    import os
    import time

    from anticorr_desktop.storage.backup import backup_dir

    folder = backup_dir(demo.store.path)
    folder.mkdir(parents=True, exist_ok=True)
    stem = demo.store.path.stem
    stale = [
        folder / f"{stem}-20261101-101010-000001-daily.sqlite3.part",
        folder / f"{stem}-20261101-101010-000001-daily.sqlite3.part-journal",
    ]
    fresh = folder / f"{stem}-20261204-101010-000001-manual.sqlite3.part"  # a backup running now
    others = [
        folder / f"{stem}-other-20261101-101010-000001-daily.sqlite3.part",  # another database
        folder / "notes.txt.part",  # not of our naming
    ]
    hour_ago = time.time() - 3700
    for p in [*stale, fresh, *others]:
        p.write_bytes(b"partial")
        if p is not fresh:
            os.utime(p, (hour_ago, hour_ago))
    backup_database(demo.store, reason="manual")
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and all(p.exists() for p in others)
