"""Compressed backups (issue #18): smaller, still checked on restore, old ones still usable."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from anticorr_desktop import cli
from anticorr_desktop.storage.backup import (
    backup_database,
    backup_infos,
    check_backup_file,
    is_compressed,
    newest_good_backup,
    readable_copy,
    sweep_parts,
)


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = tmp_path / "anticorr.sqlite3"
    assert cli.main(["--db", str(db), "init", "--demo"]) == 0
    capsys.readouterr()
    return db


def test_automatic_backup_is_compressed_and_a_fraction_of_the_file(demo, tmp_path):
    out = backup_database(demo.store, reason="manual")
    assert out.name.endswith("-manual.sqlite3.zst") and is_compressed(out)
    assert out.stat().st_size <= 0.3 * demo.store.path.stat().st_size
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".part")]
    (info,) = backup_infos(demo.store.path)
    assert info.path == out and info.reason == "manual" and info.size == out.stat().st_size
    with readable_copy(out) as plain:  # it holds the database, page for page checked
        assert plain != out and not check_backup_file(plain)
        unpacked = plain
    assert not unpacked.exists()  # the unpacked copy is removed afterwards


def test_explicit_sqlite3_destination_stays_a_plain_database(demo, tmp_path):
    out = backup_database(demo.store, tmp_path / "copy.sqlite3")
    assert not is_compressed(out) and not check_backup_file(out)
    out_z = backup_database(demo.store, tmp_path / "copy.sqlite3.zst")
    assert is_compressed(out_z) and not check_backup_file(out_z)


def test_restore_from_a_compressed_backup_and_from_an_old_plain_one(demo_db, capsys):
    # an uncompressed backup as earlier versions wrote them, in the backups folder
    folder = demo_db.parent / "backups"
    folder.mkdir()
    old = folder / "anticorr-20251201-090000-000000-daily.sqlite3"
    assert cli.main(["--db", str(demo_db), "backup", "-o", str(old)]) == 0
    assert cli.main(["--db", str(demo_db), "backup"]) == 0
    capsys.readouterr()
    listed = backup_infos(demo_db)
    assert {b.path.name.endswith(".zst") for b in listed} == {True, False}
    assert cli.main(["--db", str(demo_db), "backups"]) == 0
    assert old.name in capsys.readouterr().out
    for source in [b.path for b in listed]:
        assert cli.main(["--db", str(demo_db), "restore", "--yes", str(source)]) == 0
        out = capsys.readouterr().out
        assert "3 sessions, 10 instructions" in out and "Restored from" in out
    # the restore leaves no unpacked copy behind
    assert not [p for p in folder.iterdir() if ".unpacked-" in p.name]


def test_a_damaged_compressed_backup_is_refused_and_nothing_changes(demo_db, capsys):
    assert cli.main(["--db", str(demo_db), "backup"]) == 0
    (good,) = backup_infos(demo_db)
    bad = good.path.with_name("anticorr-20251201-090000-000000-manual.sqlite3.zst")
    data = bytearray(good.path.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: the frame's checksum no longer matches
    bad.write_bytes(bytes(data))
    cut = good.path.with_name("anticorr-20251201-080000-000000-manual.sqlite3.zst")
    cut.write_bytes(good.path.read_bytes()[: len(data) // 2])  # a copy cut off
    before = demo_db.read_bytes()
    capsys.readouterr()
    for broken in (bad, cut):
        assert check_backup_file(broken)
        rc = cli.main(["--db", str(demo_db), "restore", "--yes", str(broken)])
        err = capsys.readouterr().err
        assert rc != 0 and "cannot be restored" in err and "Traceback" not in err
    assert demo_db.read_bytes() == before
    assert newest_good_backup(demo_db) == good.path


def test_damaged_live_file_is_replaced_from_a_compressed_backup(demo_db, capsys):
    assert cli.main(["--db", str(demo_db), "backup"]) == 0
    demo_db.write_bytes(b"\0" * 4096)
    for side in ("-wal", "-shm"):
        (demo_db.parent / (demo_db.name + side)).unlink(missing_ok=True)
    (good,) = backup_infos(demo_db)
    capsys.readouterr()
    assert cli.main(["--db", str(demo_db), "restore", "--yes", str(good.path)]) == 0
    assert "was kept as" in capsys.readouterr().out
    assert not check_backup_file(demo_db)


def test_unpacked_copies_left_by_a_killed_restore_are_swept(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    left = folder / ".unpacked-abc123.sqlite3.part"
    left.write_bytes(b"x")
    fresh = folder / ".unpacked-def456.sqlite3.part"
    fresh.write_bytes(b"x")
    hour_ago = time.time() - 7200
    os.utime(left, (hour_ago, hour_ago))
    assert sweep_parts(folder, "anticorr") == [left]
    assert fresh.exists()


def test_a_plain_backup_is_read_as_it_is(tmp_path, demo):
    """An uncompressed backup (any name) is read in place, not unpacked."""
    out = backup_database(demo.store, tmp_path / "plain.sqlite3")
    shutil.copy(out, tmp_path / "again.sqlite3")
    with readable_copy(tmp_path / "again.sqlite3") as plain:
        assert plain == tmp_path / "again.sqlite3"
