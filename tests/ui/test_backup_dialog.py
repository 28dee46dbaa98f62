"""The backups dialog: back up now, then restore through the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from anticorr_desktop.domain import model as m
from anticorr_desktop.ui.backups.backup_dialog import BackupDialog, BackupsModel, backup_rows
from anticorr_desktop.ui.kit.tasks import Task


class Questions:
    def __init__(self) -> None:
        self.answer = QMessageBox.StandardButton.Yes
        self.asked: list[str] = []

    def ask(self, parent, title, text, *args, **kwargs):
        self.asked.append(text)
        return self.answer


@pytest.fixture
def questions(monkeypatch):
    q = Questions()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(q.ask))
    return q


@pytest.fixture
def dialog(ctx, qtbot, message_boxes, questions, monkeypatch):
    monkeypatch.setattr(Task, "synchronous", True)
    d = BackupDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_back_up_now_then_restore(dialog, qtbot, ctx, questions, message_boxes):
    assert dialog.model.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
    _click(qtbot, dialog.backup_button)
    assert dialog.model.rowCount() == 1
    made = dialog.model.record(0)
    assert made.reason == "manual" and made.path.is_file()
    assert "Backup written" in dialog.status.text()
    assert dialog.model.data(dialog.model.index(0, BackupsModel.COL_KIND)) == "Made by hand"

    # a change after the backup, then the restore takes it away
    ctx.services.save_organisation(m.Organisation("Лишняя организация"))

    def names():
        return {o.short_ru for o in ctx.store.organisations()}

    assert "Лишняя организация" in names()
    changed = []
    ctx.data_changed.connect(changed.append)

    dialog.table.selectRow(0)
    _click(qtbot, dialog.restore_button)
    assert str(made.path) in questions.asked[-1]
    assert "Лишняя организация" not in names()
    assert changed == [dialog]
    assert "Restored from" in message_boxes.texts("information")[-1]
    # the contents before the restore were backed up; the list shows it, newest first
    assert dialog.model.rowCount() == 2
    assert dialog.model.record(0).reason == "before-restore"
    # the window's connection writes on: the journal's chain holds
    ctx.services.save_organisation(m.Organisation("После восстановления"))
    assert ctx.store.verify() == []


def test_restore_asks_first(dialog, qtbot, ctx, questions):
    _click(qtbot, dialog.backup_button)
    ctx.services.save_organisation(m.Organisation("Остаётся"))
    questions.answer = QMessageBox.StandardButton.Cancel
    dialog.table.selectRow(0)
    _click(qtbot, dialog.restore_button)
    assert "Остаётся" in {o.short_ru for o in ctx.store.organisations()}
    assert dialog.model.rowCount() == 1


def test_a_file_that_is_no_backup_is_refused(
    dialog, qtbot, ctx, tmp_path, monkeypatch, message_boxes
):
    from PySide6.QtWidgets import QFileDialog

    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"hello")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), ""))
    )
    before = ctx.store.journal_length()
    _click(qtbot, dialog.restore_file_button)
    assert "cannot be restored" in message_boxes.texts("warning")[-1]
    assert ctx.store.journal_length() == before
    assert backup_rows(ctx) == []  # nothing to undo: nothing was backed up


def test_backups_model(ctx, qtmodeltester):
    from anticorr_desktop.storage.backup import backup_database

    for reason in ("daily", "manual", "before-import"):
        backup_database(ctx.store, reason=reason)
    model = BackupsModel()
    model.load(ctx)
    assert model.rowCount() == 3
    assert [r.reason for r in model.records()] == ["before-import", "manual", "daily"]
    qtmodeltester.check(model)
    model.sort(BackupsModel.COL_MADE, Qt.SortOrder.AscendingOrder)
    assert model.record(0).reason == "daily"
