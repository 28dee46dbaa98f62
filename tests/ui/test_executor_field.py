"""Issue #14, item 3: Enter in the executor field adds the person typed and nobody else;
an empty field adds nothing; a name that matches no one is said so, not dropped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from anticorr_desktop.services.drafts import TAB_DECISIONS
from anticorr_desktop.ui.editor.session_editor import SessionEditor

from .conftest import OFFSCREEN_NOISE

# the offscreen platform's noise when a completer's popup opens
QUIET = pytest.mark.qt_log_ignore(
    OFFSCREEN_NOISE,
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


@pytest.fixture(autouse=True)
def never_ask(monkeypatch, message_boxes):
    # closing an editor with unsaved changes at teardown must not block on a question
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )


def _instruction(qtbot, ctx):
    ed = SessionEditor(ctx, None)
    qtbot.addWidget(ed)
    ed.show()
    qtbot.waitExposed(ed)
    ed.tabs.setCurrentIndex(2)
    qtbot.mouseClick(ed.agenda.add_button, Qt.MouseButton.LeftButton)
    ed.agenda.title.insertPlainText("Вопрос")
    ed.tabs.setCurrentIndex(TAB_DECISIONS)
    dec = ed.decisions
    qtbot.mouseClick(dec.add_button, Qt.MouseButton.LeftButton)
    dec.text.insertPlainText("Решение")
    dec.instruction.setChecked(True)
    return ed, dec.instruction


def _names(inst) -> list[str]:
    m = inst.executors_model
    return [
        " ".join(str(m.index(r, c).data()) for c in range(m.columnCount()))
        for r in range(m.rowCount())
    ]


@QUIET
def test_enter_adds_the_chosen_person_only(ctx, qtbot):
    _ed, inst = _instruction(qtbot, ctx)
    combo = inst.executor_person
    edit = combo.lineEdit()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.insert("Осп")
    combo.completer().setCompletionPrefix("Осп")
    combo.completer().complete()
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert len(_names(inst)) == 1 and "Оспанов" in " ".join(map(str, _names(inst))), _names(inst)
    assert edit.text() == ""
    qtbot.wait(50)
    assert edit.text() == ""  # and it stays empty
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter on the empty field adds nothing
    qtbot.mouseClick(inst.add_executor, Qt.MouseButton.LeftButton)  # nor does "Add"
    assert len(_names(inst)) == 1, _names(inst)
    assert edit.text() == ""


@QUIET
def test_a_name_not_in_the_directory_is_said_so(ctx, qtbot):
    _ed, inst = _instruction(qtbot, ctx)
    edit = inst.executor_person.lineEdit()
    edit.setFocus()
    edit.insert("Никтоев")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert _names(inst) == []
    assert edit.text() == "Никтоев"  # not dropped
    assert inst.executor_message.isVisibleTo(inst)
    assert "Никтоев" in inst.executor_message.text()
    edit.clear()
    edit.insert("Оспанов")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not inst.executor_message.isVisibleTo(inst)


@QUIET
def test_saving_a_draft_leaves_its_instructions_correctable(ctx, qtbot):
    """Issue #14 item 2: the first Ctrl+S made executors, controller and deadline
    read-only; until the minutes are approved they stay correctable (journalled)."""
    ed, inst = _instruction(qtbot, ctx)
    person = ctx.store.people()[0]
    inst.executors_model.add(person.id)
    inst.due.edit.setText("до 25 декабря 2027 года")
    assert ed.save()
    assert inst.inst.issued and not inst.inst.fixed
    assert inst.executor_person.isEnabled() and not inst.due.edit.isReadOnly()
    assert not inst.issued_hint.isVisible()
    other = ctx.store.people()[1]
    inst.executors_model.add(other.id)
    inst.changed.emit()
    assert ed.save()
    stored = ctx.store.instruction(inst.inst.id)
    assert stored.executors == [person.id, other.id]
