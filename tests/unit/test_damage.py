"""Physical damage, empty and foreign files: found, refused and said plainly, never copied
into a backup and never written into (issue #15, "A record with witnesses")."""

import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from anticorr_desktop import cli
from anticorr_desktop.domain.model import Person
from anticorr_desktop.errors import DamagedDatabase


def run(db, capsys, *args):
    rc = cli.main(["--db", str(db), *args])
    out = capsys.readouterr()
    return rc, out.out, out.err


def leaf_page(path: Path, table: str) -> tuple[int, int]:
    """(page number, page size) of a leaf page of ``table``: its root when the table is
    small, else the right-most child of the root (an interior page keeps it at bytes 8-12)."""
    con = sqlite3.connect(path)
    size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    con.close()
    with open(path, "rb") as fh:
        fh.seek((root - 1) * size)
        head = fh.read(12)
    return (int.from_bytes(head[8:12], "big") if head[0] == 0x05 else root), size


def damage(path: Path, table: str) -> None:
    """Write garbage over the second half (the cells) of a page of ``table``, and check
    that SQLite itself now reports the file damaged."""
    page, size = leaf_page(path, table)
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * size + size // 2)
        fh.write(b"\xa5" * (size // 2 - 8))
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    except sqlite3.DatabaseError:
        pass  # "database disk image is malformed": damaged as well
    finally:
        con.close()


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = tmp_path / "anticorr.sqlite3"
    assert run(db, capsys, "init", "--demo")[0] == 0
    return db


def test_verify_finds_a_damaged_page_and_names_the_backup_to_restore(demo_db, capsys):
    assert run(demo_db, capsys, "backup")[0] == 0
    good = next(p for p in (demo_db.parent / "backups").iterdir() if ".sqlite3" in p.name)
    damage(demo_db, "person")
    for args in (["verify"], ["verify", "--full"]):
        rc, out, err = run(demo_db, capsys, *args)
        assert rc == 1 and "verifies" not in out
        assert "The database file is damaged" in err and "Traceback" not in err
        assert f"restore {good}" in err  # what to do, and with which file


def test_a_damaged_journal_page_does_not_crash_verify(demo_db, capsys):
    damage(demo_db, "journal_entry")
    rc, _out, err = run(demo_db, capsys, "verify")
    assert rc == 1 and "damaged" in err and "No good backup" in err


def test_a_damaged_journal_found_by_the_record_check_is_a_message(demo_db):
    """Even when the file check is skipped, reading a damaged journal is DamagedDatabase."""
    from anticorr_desktop.storage.store import open_store

    damage(demo_db, "journal_entry")
    st = open_store(demo_db)
    try:
        with pytest.raises(DamagedDatabase, match="damaged"):
            st.verify()
    finally:
        st.close()


def test_backup_refuses_a_damaged_file_and_keeps_no_copy(demo_db, capsys):
    damage(demo_db, "instruction")
    out_file = demo_db.parent / "copy.sqlite3"
    rc, _out, err = run(demo_db, capsys, "backup", "-o", str(out_file))
    assert rc == 2 and "no backup was written" in err
    assert not out_file.exists() and not list(demo_db.parent.glob("*.part*"))
    rc, _out, err = run(demo_db, capsys, "backup")
    assert rc == 2 and not list((demo_db.parent / "backups").glob("*"))


def test_import_does_not_write_into_a_damaged_file(demo_db, tmp_path, capsys):
    data = tmp_path / "all.json"
    assert run(demo_db, capsys, "export-json", "-o", str(data))[0] == 0
    other = tmp_path / "other.sqlite3"
    shutil.copy(demo_db, other)
    damage(other, "person")
    before = other.read_bytes()
    rc, _out, err = run(other, capsys, "import", str(data))
    assert rc == 2 and "damaged" in err and "Traceback" not in err
    assert other.read_bytes() == before


def test_a_write_onto_a_damaged_page_stops_with_a_message(demo_db):
    """SQLite's "database disk image is malformed" in the middle of an action: the action
    is undone and the damage is named (DamagedDatabase), never a traceback."""
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store

    damage(demo_db, "person")
    st = open_store(demo_db)
    sv = Services(st, lang="en")
    try:
        with pytest.raises(DamagedDatabase, match="damaged"):
            # a new person goes onto the damaged page (the rows on it may read as garbage)
            sv.save_person(Person("Новиков", "Олег", "Петрович", "Главный специалист"))
    finally:
        st.close()


# -- our files only ------------------------------------------------------------------------


def foreign_sqlite(path: Path) -> bytes:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes (body) VALUES ('чужая заметка')")
    con.commit()
    con.close()
    return path.read_bytes()


@pytest.mark.parametrize(
    "args",
    [
        ["verify"],
        ["sessions"],
        ["instructions"],
        ["backups"],
        ["backup"],
        ["init"],
        ["init", "--demo"],
        ["due", "завтра"],
    ],
)
def test_another_programs_sqlite_file_is_refused_untouched(tmp_path, capsys, args):
    other = tmp_path / "other.db"
    before = foreign_sqlite(other)
    rc, _out, err = run(other, capsys, *args)
    assert rc == 2 and "another program's SQLite file" in err and "Traceback" not in err
    assert other.read_bytes() == before  # no tables added, not switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_a_file_that_is_not_sqlite_is_refused(tmp_path, capsys):
    junk = tmp_path / "report.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    rc, _out, err = run(junk, capsys, "sessions")
    assert rc == 2 and "it is not an SQLite file" in err and "Traceback" not in err


def test_our_files_carry_the_application_id_old_ones_get_it(tmp_path, demo_db):
    from anticorr_desktop.storage.names import APPLICATION_ID
    from anticorr_desktop.storage.store import open_store

    def app_id(p):
        con = sqlite3.connect(p)
        try:
            return con.execute("PRAGMA application_id").fetchone()[0]
        finally:
            con.close()

    assert app_id(demo_db) == APPLICATION_ID == 0x41434F52
    old = tmp_path / "old.sqlite3"  # a database of the first release: no id yet
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "schema-m001-demo.sqlite3", old)
    assert app_id(old) == 0
    open_store(old).close()
    assert app_id(old) == APPLICATION_ID


def test_an_empty_sqlite_file_is_a_new_database(tmp_path, capsys):
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()  # 0 bytes, or a header and no tables
    con = sqlite3.connect(empty)
    con.execute("PRAGMA user_version = 0")
    con.close()
    assert run(empty, capsys, "init")[0] == 0


@pytest.mark.skipif(sys.platform == "win32", reason="no /dev/null")
def test_a_device_is_not_taken_for_a_full_disk(capsys):
    rc, _out, err = run(Path("/dev/null"), capsys, "sessions")
    assert rc == 2 and "is not a regular file" in err and "disk is full" not in err


# -- a lost (0-byte), damaged or unreadable live file, and restore ----------------------------


@pytest.fixture
def with_backup(demo_db, capsys):
    """The demo database with one good backup beside it: (database, backup)."""
    assert run(demo_db, capsys, "backup")[0] == 0
    return demo_db, next(p for p in (demo_db.parent / "backups").iterdir() if ".sqlite3" in p.name)


def test_a_0_byte_file_with_backups_is_lost_not_new(with_backup, capsys):
    db, good = with_backup
    db.write_bytes(b"")
    for args in (["sessions"], ["init", "--demo"], ["verify"]):
        rc, _out, err = run(db, capsys, *args)
        assert rc == 2 and "is empty (0 bytes), yet it has backups" in err
        assert f"anticorr --db {db} restore {good}" in err
    assert db.read_bytes() == b""  # untouched: no demo, no schema


def test_a_0_byte_file_without_backups_is_a_new_database(tmp_path, capsys):
    db = tmp_path / "new.sqlite3"
    db.write_bytes(b"")
    assert run(db, capsys, "init")[0] == 0


def _restored(db, capsys):
    rc, out, err = run(db, capsys, "verify")
    assert rc == 0 and "The database verifies" in out, err
    assert run(db, capsys, "sessions")[1].count("2024/") >= 1


@pytest.mark.parametrize("state", ["empty", "damaged", "garbage", "missing"])
def test_restore_replaces_a_live_file_it_cannot_open(with_backup, capsys, state):
    db, good = with_backup
    if state == "empty":
        db.write_bytes(b"")
    elif state == "damaged":
        damage(db, "journal_entry")
    elif state == "garbage":
        db.write_bytes(b"\x00garbage" * 4096)
    else:
        db.unlink()
    before = db.read_bytes() if db.exists() else None
    rc, out, err = run(db, capsys, "restore", str(good), "--yes")
    assert rc == 0, err
    if before is not None:  # the file it replaced is kept, as it was
        kept = [p for p in db.parent.iterdir() if "-damaged-" in p.name]
        assert len(kept) == 1 and kept[0].read_bytes() == before
        assert f"was kept as {kept[0]}" in out
    _restored(db, capsys)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file; no chmod"
)
def test_restore_replaces_an_unreadable_live_file(with_backup, capsys):
    db, good = with_backup
    db.chmod(0)
    try:
        rc, _out, err = run(db, capsys, "restore", str(good), "--yes")
        assert rc == 0, err
    finally:
        for p in db.parent.iterdir():
            p.chmod(0o644) if p.is_file() else None
    _restored(db, capsys)


def test_restore_does_not_read_a_live_file_it_may_not_read(with_backup, capsys, monkeypatch):
    """The path taken for an unreadable file, also where the tests run as root."""
    from anticorr_desktop.services import backups

    db, good = with_backup
    monkeypatch.setattr(backups.os, "access", lambda path, mode: Path(path) != db)
    monkeypatch.setattr(
        "anticorr_desktop.storage.store.open_store",
        lambda *a, **k: pytest.fail("the unreadable file was opened"),
    )
    rc, out, err = run(db, capsys, "restore", str(good), "--yes")
    assert rc == 0 and "was kept as" in out, err
    monkeypatch.undo()
    _restored(db, capsys)


def test_restore_refuses_to_move_another_programs_file(with_backup, capsys):
    db, good = with_backup
    before = foreign_sqlite(db.parent / "other.db")
    rc, _out, err = run(db.parent / "other.db", capsys, "restore", str(good), "--yes")
    assert rc == 2 and "another program's SQLite file" in err
    assert (db.parent / "other.db").read_bytes() == before


def test_restore_of_a_sound_file_still_backs_it_up_first(with_backup, capsys):
    db, good = with_backup
    rc, out, _err = run(db, capsys, "restore", str(good), "--yes")
    assert rc == 0 and "The previous contents were saved to" in out
    assert not [p for p in db.parent.iterdir() if "-damaged-" in p.name]


# -- restore says what it replaces, asks, and is journalled ------------------------------------


class _Terminal:
    """A stdin that is a terminal answering ``answer``."""

    def __init__(self, answer):
        self.answer = answer

    def isatty(self):
        return True

    def readline(self):
        return self.answer + "\n"


def test_restore_shows_both_files_and_needs_yes_without_a_terminal(with_backup, capsys):
    db, good = with_backup
    before = db.read_bytes()
    rc, out, err = run(db, capsys, "restore", str(good))
    assert rc == 2 and "Add --yes" in err and "Nothing was changed" in err
    assert db.read_bytes() == before
    assert f"Now in {db}: 3 sessions" in out and f"In {good}: 3 sessions" in out
    assert "journal of" in out and "head " in out and "last change" in out


@pytest.mark.parametrize("answer,rc", [("n", 1), ("", 1), ("да", 0), ("y", 0)])
def test_restore_asks_on_a_terminal(with_backup, capsys, monkeypatch, answer, rc):
    db, good = with_backup
    monkeypatch.setattr(sys, "stdin", _Terminal(answer))
    got, out, _err = run(db, capsys, "restore", str(good))
    assert got == rc and "[y/N]" in out
    assert ("Nothing was changed." in out) == (rc == 1)


def test_a_restore_is_recorded_in_the_restored_journal(with_backup, capsys):
    from anticorr_desktop.storage.store import open_store

    db, good = with_backup
    for prepare in (lambda: None, lambda: db.write_bytes(b"")):  # sound, then lost
        prepare()
        assert run(db, capsys, "restore", str(good), "--yes")[0] == 0
        st = open_store(db)
        try:
            last = st.q1("SELECT * FROM journal ORDER BY seq DESC LIMIT 1")
            assert last["action"] == "restore" and last["note"] == f"restored from {good}"
            assert st.verify() == []  # the entry is in the hash chain and names no row
        finally:
            st.close()
