"""Opening the database in the window: a second copy, a damaged file, the background checks."""

import shutil
import sqlite3

from PySide6.QtWidgets import QMessageBox

from anticorr_desktop.storage.backup import backup_database, backups
from anticorr_desktop.storage.place import InstanceLock
from anticorr_desktop.storage.store import open_store
from anticorr_desktop.ui import startup
from anticorr_desktop.ui.kit.tasks import Task


def test_second_copy_is_offered_read_only(tmp_path, monkeypatch, qtbot):
    db = tmp_path / "db.sqlite3"
    first = InstanceLock(db)
    first.path.write_text('{"pid": 1, "host": "other-pc", "user": "ahmetova"}')  # another computer
    clicked = {}

    def fake_exec(box):
        clicked["text"] = box.text()
        box.buttons()[0].click()  # "Open read-only"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    _lock, readonly = startup.take_lock(db)
    assert readonly and "ahmetova" in clicked["text"] and "other-pc" in clicked["text"]
    first.path.unlink()
    lock2, readonly2 = startup.take_lock(db)
    assert not readonly2 and lock2.held
    lock2.release()


def test_damaged_database_is_replaced_by_the_newest_good_backup_and_kept(
    tmp_path, monkeypatch, demo_template
):
    db = tmp_path / "db.sqlite3"
    shutil.copyfile(demo_template, db)
    st = open_store(db)
    backup_database(st, reason="daily")
    n = st.scalar("SELECT COUNT(*) FROM instruction")
    st.close()
    monkeypatch.setattr(
        startup,
        "quick_check",
        lambda store: "*** in database main *** Page 7: btreeInitPage() returns error code 11",
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: seen.append(a[2]))
    st = open_store(db)
    assert startup.check_damage(st, db, "en") == startup.REPLACED
    kept = [p for p in tmp_path.iterdir() if "damaged" in p.name and p.suffix == ".sqlite3"]
    assert len(kept) == 1 and "damaged" in seen[0]
    st = open_store(db)
    assert st.scalar("SELECT COUNT(*) FROM instruction") == n and st.verify() == []
    st.close()
    assert sqlite3.connect(kept[0]).execute("SELECT COUNT(*) FROM instruction").fetchone()[0] == n


def test_background_checks_make_the_daily_backup_and_warn_about_tampering(ctx, window, monkeypatch):
    monkeypatch.setattr(Task, "synchronous", True)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    raw = sqlite3.connect(ctx.store.path)
    raw.execute("UPDATE instruction SET text = 'подменено' WHERE id = 1")
    raw.commit()
    raw.close()
    checks = startup.StartupChecks(ctx, window)
    checks.start()
    assert checks.problems and "changed outside the program" in checks.problems[0]
    assert warned and "outside the program" in warned[0]
    assert any("daily" in p.name for p in backups(ctx.store.path))


def test_a_large_file_is_checked_in_the_background(ctx, window, monkeypatch):
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(Task, "synchronous", True)
    monkeypatch.setattr(startup, "QUICK_CHECK_AT_START_MAX", 0)
    assert startup.check_damage(ctx.store, ctx.store.path, "en") == startup.OK  # not at start
    monkeypatch.setattr(
        startup, "quick_check", lambda store: "Page 7: btreeInitPage() returns error code 11"
    )
    asked, quits = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: asked.append(a[2]))
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(1))
    startup.StartupChecks(ctx, window).start()
    assert asked and "damaged" in asked[0] and quits  # told (no backup yet), and the program ends
