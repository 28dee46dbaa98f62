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
    assert [e.person_id for e in stored.executors] == [person.id, other.id]


def _add_typed(qtbot, inst, text: str) -> None:
    QApplication.processEvents()  # the field is emptied after the last addition
    edit = inst.executor_person.lineEdit()
    edit.setFocus()
    edit.clear()
    edit.insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    QApplication.processEvents()


@QUIET
def test_organisations_are_found_in_either_language_and_added(ctx, qtbot):
    from anticorr_desktop.domain import model as m

    _ed, inst = _instruction(qtbot, ctx)
    combo = inst.executor_person
    orgs = {o.short_ru: o.id for o in ctx.store.organisations()}
    # the Kazakh name finds the organisation in the Russian interface
    rows = [
        r
        for r in range(combo.count())
        if "Құрылыс басқармасы".casefold() in combo.itemText(r).casefold()
    ]
    assert [combo.itemData(r) for r in rows] == [
        m.Executor.org(orgs["Управление строительства"]).ref
    ]
    combo.setCurrentIndex(rows[0])
    qtbot.mouseClick(inst.add_executor, Qt.MouseButton.LeftButton)
    # an organisation with its responsible person, typed as in the minutes
    person = next(p for p in ctx.store.people() if p.organisation_id == orgs["Управление спорта"])
    _add_typed(
        qtbot, inst, f"Управление спорта ({person.surname} {person.short_name('ru').split()[0]})"
    )
    assert inst.executors_model.ids == [
        m.Executor.org(orgs["Управление строительства"]),
        m.Executor.org(orgs["Управление спорта"], person.id),
    ]
    assert "Main executor" in _names(inst)[0] and "Управление строительства" in _names(inst)[0]
    assert f"Управление спорта ({person.short_name('ru')})" in _names(inst)[1]


@QUIET
def test_a_group_that_stands_for_its_members_adds_each(ctx, qtbot):
    from anticorr_desktop.domain import model as m

    orgs = {o.short_ru: o.id for o in ctx.store.organisations()}
    group = m.Organisation("Все районы", kind=m.OrgKind.GROUP, expands=True)
    ctx.services.save_organisation(
        group, members=[orgs["Аким Медеуского района"], orgs["Аким Алмалинского района"]]
    )
    ctx.notify_changed(None)
    _ed, inst = _instruction(qtbot, ctx)
    inst.executor_person.reload()
    _add_typed(qtbot, inst, "Все районы")
    assert inst.executors_model.ids == [
        m.Executor.org(orgs["Аким Медеуского района"]),
        m.Executor.org(orgs["Аким Алмалинского района"]),
    ]


@QUIET
def test_a_name_not_in_the_directory_is_added_to_it_right_there(ctx, qtbot):
    from anticorr_desktop.domain import model as m
    from anticorr_desktop.ui.directory.directory_edit import NewExecutorDialog

    ed, inst = _instruction(qtbot, ctx)
    _add_typed(qtbot, inst, "Управление образования")
    assert inst.executors_model.ids == []
    assert inst.executor_message.isVisibleTo(inst) and inst.add_to_directory.isVisibleTo(inst)
    qtbot.mouseClick(inst.add_to_directory, Qt.MouseButton.LeftButton)
    dlg = inst._dialogs.current
    assert isinstance(dlg, NewExecutorDialog) and dlg.kind.currentData() == "organisation"
    assert dlg.name_ru.text() == "Управление образования"
    dlg.name_kk.setText("Білім басқармасы")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    org = next(o for o in ctx.store.organisations() if o.short_ru == "Управление образования")
    assert org.short_kk == "Білім басқармасы"
    assert inst.executors_model.ids == [m.Executor.org(org.id)]
    assert not inst.add_to_directory.isVisibleTo(inst)
    # a person typed "Фамилия И.О." is offered as a person, with a position
    _add_typed(qtbot, inst, "Сейтказиев Н.А.")
    qtbot.mouseClick(inst.add_to_directory, Qt.MouseButton.LeftButton)
    dlg = inst._dialogs.current
    assert dlg.name_ru.text() == "Сейтказиев Н.А.", dlg.name_ru.text()
    assert dlg.kind.currentData() == "person" and dlg.position.isVisibleTo(dlg)
    dlg.position.setText("главный специалист")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    p = next(p for p in ctx.store.people() if p.surname == "Сейтказиев")
    assert (p.name, p.patronymic, p.position) == ("Н.", "А.", "главный специалист")
    assert inst.executors_model.ids[-1] == m.Executor.person(p.id)
    assert ed.save()
    stored = ctx.store.instruction(inst.inst.id)
    assert stored.executors == [m.Executor.org(org.id), m.Executor.person(p.id)]
