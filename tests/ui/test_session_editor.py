"""The session editor: the secretary's whole path from a new session to approved
minutes, refusals that keep the input, the unsaved-changes guard, reordering,
documents made in a task, and every table model of the editor."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from anticorr_desktop.domain import model as m
from anticorr_desktop.services import AttendanceEntry
from anticorr_desktop.services.drafts import TAB_DECISIONS, load_draft
from anticorr_desktop.services.listing import TrackerQuery
from anticorr_desktop.ui.editor.session_agenda import AgendaListModel
from anticorr_desktop.ui.editor.session_attendance import AttendanceModel
from anticorr_desktop.ui.editor.session_decisions import DecisionsListModel
from anticorr_desktop.ui.editor.session_editor import SessionEditor
from anticorr_desktop.ui.editor.session_instruction import ExecutorsModel
from anticorr_desktop.ui.editor.session_speakers import SpeakersModel
from anticorr_desktop.ui.editor.session_widgets import PeopleListModel
from anticorr_desktop.ui.kit.tasks import Task
from anticorr_desktop.ui.sessions.sessions import SessionsView
from anticorr_desktop.ui.tracker.tracker import InstructionsModel

from .conftest import OFFSCREEN_NOISE

SESSION_DAY = date(2025, 3, 14)  # a Friday; "в месячный срок" gives Monday 14.04.2025


@pytest.fixture(autouse=True)
def inline_tasks(monkeypatch):
    monkeypatch.setattr(Task, "synchronous", True)


@pytest.fixture(autouse=True)
def answers(monkeypatch):
    """QMessageBox.question answered from a list (recorded), Yes when the list runs out.
    (Autouse: closing an editor at teardown must never block on a real question.)"""

    class Answers:
        def __init__(self) -> None:
            self.queue: list[QMessageBox.StandardButton] = []
            self.asked: list[str] = []

        def __call__(self, parent, title, text, *args, **kwargs):
            self.asked.append(text)
            return self.queue.pop(0) if self.queue else QMessageBox.StandardButton.Yes

    a = Answers()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(a))
    return a


@pytest.fixture
def opened(monkeypatch):
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url)))
    return urls


@pytest.fixture
def commission(empty_ctx):
    """Only the commission set up: 11 voting members (chair and deputy among them), a
    non-voting secretary, and two people outside it."""
    sv = empty_ctx.services
    ids = {}
    for key, surname, name, position in [
        ("chair", "Омаров", "Серік", "Аким города"),
        ("deputy", "Ли", "Анна", "Заместитель акима"),
        ("secretary", "Бекова", "Айгүл", "Главный специалист"),
        *[(f"m{n}", f"Членов{n}", "Иван", f"Руководитель управления {n}") for n in range(1, 10)],
        ("agency", "Рахимов", "Арман", "Руководитель департамента АПК"),
        ("expert", "Сидоров", "Пётр", "Эксперт"),
    ]:
        p = m.Person(surname, name, position=position)
        sv.save_person(p)
        ids[key] = p.id
    com = m.Commission(
        "Комиссия по вопросам противодействия коррупции при акимате города Тараз",
        city_ru="г. Тараз",
        chair_id=ids["chair"],
        secretary_id=ids["secretary"],
        controller_id=ids["deputy"],
    )
    sv.save_commission(com)
    start = date(2025, 1, 1)
    sv.add_member(com.id, ids["chair"], m.Role.CHAIR, True, start)
    sv.add_member(com.id, ids["deputy"], m.Role.DEPUTY, True, start)
    sv.add_member(com.id, ids["secretary"], m.Role.SECRETARY, False, start)
    for n in range(1, 10):
        sv.add_member(com.id, ids[f"m{n}"], m.Role.MEMBER, True, start)
    empty_ctx.notify_changed(None)
    ids["commission"] = com.id
    return ids


def _editor(qtbot, ctx, session_id=None) -> SessionEditor:
    ed = SessionEditor(ctx, session_id)
    qtbot.addWidget(ed)
    ed.show()
    qtbot.waitExposed(ed)
    return ed


def _type(qtbot, widget, text: str) -> None:
    """Type ``text`` into a field (QTest types ASCII only: Cyrillic goes in as one insert)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def _row_of(model: AttendanceModel, pid: int) -> int:
    return next(r for r in range(model.rowCount()) if model.membership(r).person_id == pid)


def _tick(model: AttendanceModel, pid: int, on: bool = True) -> None:
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    assert model.setData(
        model.index(_row_of(model, pid), AttendanceModel.COL_PRESENT),
        state,
        Qt.ItemDataRole.CheckStateRole,
    )


def _add_person(combo, button, qtbot, pid: int) -> None:
    combo.set_person(pid)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _new_item_with_instruction(qtbot, ed, ids, title, decision, executors, due):
    """Add an agenda item, a decision and its instruction through the editor's widgets."""
    ed.tabs.setCurrentIndex(2)
    qtbot.mouseClick(ed.agenda.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, ed.agenda.title, title)
    ed.tabs.setCurrentIndex(TAB_DECISIONS)
    dec = ed.decisions
    qtbot.mouseClick(dec.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, dec.text, decision)
    dec.instruction.setChecked(True)
    inst = dec.instruction
    for pid in executors:
        _add_person(inst.executor_person, inst.add_executor, qtbot, pid)
    _type(qtbot, inst.due.edit, due)
    return inst


# -- the secretary's path ---------------------------------------------------------------------
def test_the_secretary_records_a_whole_session(
    empty_ctx, commission, qtbot, message_boxes, answers
):
    ctx, ids = empty_ctx, commission
    view = SessionsView(ctx)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(view.editors) == 1
    ed = view.editors[0]  # a child of the view: deleted with it
    assert ed.windowTitle().startswith("New session") and not ed.is_dirty()

    # header: the number is proposed, the chair and secretary are the commission's
    h = ed.header
    assert h.number.value() == 1
    assert (h.chair.person_id(), h.secretary.person_id()) == (ids["chair"], ids["secretary"])
    h.date.setDate(QDate(2025, 3, 14))
    _type(qtbot, h.time, "15.00")
    _type(qtbot, h.place, "г. Тараз, ул. Толе би, 40")
    h.kind.setCurrentIndex(h.kind.findData(m.SessionKind.EXTENDED))
    assert ed.is_dirty() and ed.isWindowModified()

    # attendance: the quorum follows every tick
    att = ed.attendance
    assert att.model.rowCount() == 12
    assert att.quorum.text.text() == "No quorum: 0 of 11 present, 8 needed"
    present = [ids["chair"], ids["deputy"]] + [ids[f"m{n}"] for n in range(1, 6)]
    for pid in present:
        _tick(att.model, pid)
    assert att.quorum.text.text() == "No quorum: 7 of 11 present, 8 needed"
    assert att.quorum.reached is False
    # the eighth with the keyboard: Space on the check box
    row = _row_of(att.model, ids["m6"])
    att.table.setFocus()
    att.table.setCurrentIndex(att.model.index(row, AttendanceModel.COL_PRESENT))
    qtbot.keyClick(att.table, Qt.Key.Key_Space)
    assert att.quorum.text.text() == "Quorum present: 8 of 11, 8 needed"
    assert att.quorum.reached is True
    reason = att.model.index(_row_of(att.model, ids["m7"]), AttendanceModel.COL_REASON)
    att.model.setData(reason, "командировка")
    sub = att.model.index(_row_of(att.model, ids["m8"]), AttendanceModel.COL_SUBSTITUTE)
    att.model.setData(sub, ids["expert"])  # a substitute counts for the quorum
    assert att.quorum.text.text() == "Quorum present: 9 of 11, 8 needed"
    _add_person(att.invited_person, att.add_invited, qtbot, ids["agency"])
    assert att.invited_model.ids() == [ids["agency"]]

    # agenda: an item with a speaker from the directory and one from outside
    ed.tabs.setCurrentIndex(2)
    ag = ed.agenda
    qtbot.mouseClick(ag.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, ag.title, "О ходе исполнения антикоррупционных мер")
    ag.speakers.person.set_person(ids["m1"])
    _type(qtbot, ag.speakers.summary, "о проверках")
    qtbot.mouseClick(ag.speakers.add_button, Qt.MouseButton.LeftButton)
    ag.speakers.kind.setCurrentIndex(ag.speakers.kind.findData(m.SpeakerKind.SPOKE))
    ag.speakers.person.set_free_name("Н. Нурланов, эксперт")
    qtbot.mouseClick(ag.speakers.add_button, Qt.MouseButton.LeftButton)
    assert ag.speakers.model.rowCount() == 2
    ag.vote.setChecked(True)
    ag.vote_for.setValue(9)

    # a decision with an instruction: executors in order, the due rule typed
    ed.tabs.setCurrentIndex(TAB_DECISIONS)
    dec = ed.decisions
    qtbot.mouseClick(dec.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, dec.text, "Управлениям провести анализ закупок.")
    dec.instruction.setChecked(True)
    inst = dec.instruction
    assert inst.text.toPlainText() == "Управлениям провести анализ закупок."  # follows
    for pid in (ids["m3"], ids["m5"], ids["m4"]):
        _add_person(inst.executor_person, inst.add_executor, qtbot, pid)
    inst.executors.selectRow(2)
    qtbot.mouseClick(inst.executor_up, Qt.MouseButton.LeftButton)  # m4 before m5
    em = inst.executors_model
    assert em.ids == [m.Executor.person(ids[k]) for k in ("m3", "m4", "m5")]
    assert em.data(em.index(0, ExecutorsModel.COL_ROLE)) == "Main executor"
    assert em.data(em.index(1, ExecutorsModel.COL_ROLE)) == "Co-executor"
    inst.controller.set_person(ids["deputy"])
    _type(qtbot, inst.due.edit, "в месячный срок")
    assert inst.due.state == "ok"
    assert inst.due.message == "→ 14.04.2025 (Monday)"
    # the minutes print the deadline as decided, not the date computed from it
    assert inst.due.wording.text() == "In the minutes: «в месячный срок»"
    assert inst.number.text() == "<b>Instruction No. 1.1</b>"

    # Ctrl+S, typed in the field being edited
    ed.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ed)
    inst.due.edit.setFocus()
    with qtbot.waitSignal(ctx.data_changed):
        qtbot.keyClick(inst.due.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert message_boxes.shown == []
    assert not ed.is_dirty() and not ed.isWindowModified()
    assert ed.windowTitle() == "Session No. 1 of 14.03.2025[*]"

    store = ctx.store
    [s] = store.sessions()
    assert (s.number, s.date, s.time, s.place, s.kind, s.status) == (
        1,
        SESSION_DAY,
        "15:00",
        "г. Тараз, ул. Толе би, 40",
        m.SessionKind.EXTENDED,
        m.SessionStatus.DRAFT,
    )
    assert (s.chair_id, s.secretary_id) == (ids["chair"], ids["secretary"])
    att_rows = {a.person_id: a for a in store.attendance(s.id)}
    assert {
        p for p, a in att_rows.items() if a.present and a.kind == m.AttendanceKind.MEMBER
    } == set(present + [ids["m6"]])
    assert att_rows[ids["m7"]].absence_reason == "командировка" and not att_rows[ids["m7"]].present
    assert att_rows[ids["m8"]].substitute_id == ids["expert"]
    assert att_rows[ids["m9"]].present is False  # unmarked voting member: absent
    assert ids["secretary"] not in att_rows  # unmarked non-voting: not recorded absent
    assert att_rows[ids["agency"]].kind == m.AttendanceKind.INVITED
    assert ctx.services.quorum(s.id).present == 9
    [item] = store.agenda(s.id)
    assert item.title == "О ходе исполнения антикоррупционных мер"
    assert [(sp.kind, sp.person_id, sp.name, sp.summary) for sp in item.speakers] == [
        (m.SpeakerKind.HEARD, ids["m1"], "", "о проверках"),
        (m.SpeakerKind.SPOKE, None, "Н. Нурланов, эксперт", ""),
    ]
    assert (item.vote_for, item.vote_against, item.vote_abstained) == (9, 0, 0)
    [d] = store.decisions(s.id)
    assert d.text == "Управлениям провести анализ закупок."
    [i] = store.instructions_of_session(s.id)
    assert (i.number, i.decision_id, i.due_text, i.due_date) == (
        "1.1",
        d.id,
        "в месячный срок",
        date(2025, 4, 14),
    )
    assert i.executors == [m.Executor.person(ids[k]) for k in ("m3", "m4", "m5")]
    assert (i.controller_id, i.issued_by_id, i.issued_date) == (
        ids["deputy"],
        ids["chair"],
        SESSION_DAY,
    )
    # the list of sessions heard of it
    assert view.model.rowCount() == 1

    # held, then approved: read-only
    qtbot.mouseClick(ed.status.held_button, Qt.MouseButton.LeftButton)
    assert store.session(s.id).status == m.SessionStatus.HELD
    assert ed.status.approve_button.isVisible() and not ed.status.held_button.isVisible()
    qtbot.mouseClick(ed.status.approve_button, Qt.MouseButton.LeftButton)
    assert answers.asked and "Approve the minutes" in answers.asked[-1]
    assert store.session(s.id).status == m.SessionStatus.APPROVED
    assert ed.banner.isVisible() and "read-only" in ed.banner_text.text()
    assert ed.status.reopen_button.isVisible()
    assert not ed.save_action.isEnabled() and not ed.save_button.isEnabled()
    assert not h.place.isEnabled() and not h.date.isEnabled() and not h.chair.isEnabled()
    assert not att.all_present.isEnabled() and not att.add_invited.isEnabled()
    assert (
        not att.model.flags(att.model.index(0, AttendanceModel.COL_PRESENT))
        & Qt.ItemFlag.ItemIsUserCheckable
    )
    assert not ag.add_button.isEnabled() and not ag.title.isEnabled()
    assert not dec.add_button.isEnabled() and not dec.instruction.isEnabled()
    assert ed.documents.minutes_ru.isEnabled()  # documents are still made

    # the instruction is in the tracker
    tracker = InstructionsModel(ctx)
    tracker.set_query(TrackerQuery())
    assert [tracker.row_data(r).inst.id for r in range(tracker.rowCount())] == [i.id]
    assert tracker.row_data(0).inst.number == "1.1"
    ed.close()
    assert not ed.isVisible()  # nothing unsaved: no question
    assert len(answers.asked) == 1


def test_reopen_asks_for_a_reason_and_raises_the_revision(ctx, qtbot, message_boxes):
    december = next(s for s in ctx.store.sessions() if s.label == "2024/4")
    ed = _editor(qtbot, ctx, december.id)
    assert ed.draft.approved and ed.banner.isVisible()
    dlg = ed.status.reopen()
    assert dlg is not None and dlg.isVisible()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert message_boxes.texts("warning") and dlg.isVisible()  # the reason is required
    assert ctx.store.session(december.id).status == m.SessionStatus.APPROVED
    _type(qtbot, dlg.reason, "Опечатка в решении 1.2")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    s = ctx.store.session(december.id)
    assert (s.status, s.revision) == (m.SessionStatus.HELD, 1)
    assert not ed.banner.isVisible() and ed.header.place.isEnabled()
    assert "revision 1" in ed.status.label.text()


# -- refusals keep the input ------------------------------------------------------------------
def test_a_bad_due_rule_is_shown_at_once_and_the_save_refused(
    empty_ctx, commission, qtbot, message_boxes
):
    ed = _editor(qtbot, empty_ctx)
    ed.header.date.setDate(QDate(2025, 3, 14))
    inst = _new_item_with_instruction(
        qtbot, ed, commission, "О закупках", "Провести анализ.", [commission["m1"]], "когда-нибудь"
    )
    due = inst.due
    assert due.state == "error" and not due.ok
    assert due.message.startswith('Cannot read the due date "когда-нибудь". Write it as')
    assert "#a40000" in due.preview.text() and "⚠" in due.preview.text()  # red, with a sign
    assert message_boxes.shown == []  # typed, not yet saved: no dialog

    ed.tabs.setCurrentIndex(0)
    assert ed.save() is False
    [text] = message_boxes.texts("warning")
    assert text.startswith("Instruction 1.1: Cannot read the due date")
    assert empty_ctx.store.sessions() == []  # nothing written
    # everything typed is still there, and the editor shows where the problem is
    assert ed.tabs.currentIndex() == TAB_DECISIONS
    assert due.text() == "когда-нибудь" and ed.decisions.text.toPlainText() == "Провести анализ."
    assert ed.draft.items[0].title == "О закупках" and ed.is_dirty()

    # a date before the session is refused the same way
    due.edit.setText("01.03.2025")
    assert due.state == "error" and "before the session (14.03.2025)" in due.message
    # fixed: the save goes through
    due.edit.setText("до 25 декабря")
    assert due.state == "ok" and due.message == "→ 25.12.2025 (Thursday)"
    assert ed.save() is True
    [i] = empty_ctx.store.instructions_by_ids(empty_ctx.store.instruction_ids())
    assert i.due_date == date(2025, 12, 25)


def test_a_day_off_moves_the_shown_date(empty_ctx, commission, qtbot):
    ed = _editor(qtbot, empty_ctx)
    ed.header.date.setDate(QDate(2026, 3, 2))
    inst = _new_item_with_instruction(
        qtbot, ed, commission, "О сроках", "Сделать.", [commission["m1"]], "12.04.2026"
    )  # a Sunday
    assert inst.due.message == "→ 10.04.2026 (Friday; 12.04 is a day off)"
    inst.due.edit.setText("ежеквартально до 5 числа")  # 05.09.2026 is a Saturday
    assert inst.due.message == "→ control dates: 05.03.2026, 05.06.2026, 04.09.2026, 04.12.2026"
    inst.due.edit.setText("ежемесячно до 10 числа")
    assert inst.due.message.startswith("→ control dates: 10.03.2026, 10.04.2026,")
    assert inst.due.message.endswith(" … (12 control dates in the year)")
    inst.due.edit.setText("постоянно")
    assert inst.due.message == "→ ongoing: on control until the commission takes it off"
    assert inst.due.wording.text() == "In the minutes: «постоянно»"
    inst.due.edit.setText("к следующему заседанию комиссии")
    assert inst.due.message == "→ by the next session: open until it is scheduled"
    inst.due.edit.setText("по итогам  проверки")
    assert inst.due.message == "→ tied to an event: kept as written, open with no date"
    assert inst.due.wording.text() == "In the minutes: «по итогам проверки»"
    inst.due.edit.setText("в течение 5 рабочих дней после утверждения плана")
    assert inst.due.message == (
        "→ tied to an event: open until its date is recorded (Event occurred…), "
        "then due after it (working days: 5)"
    )
    inst.due.edit.setText("еженедельно")
    assert inst.due.message.startswith("→ control dates: ")
    assert inst.due.message.endswith(" (no day written: by each Friday)")
    inst.due.edit.setText("без срока")
    assert inst.due.message == "→ no deadline" and inst.due.state == "ok"
    inst.due.edit.setText("раз в квартал")
    assert inst.due.message.endswith(" (no day written: day 5 of the month after each period)")


def test_the_calendar_button_fills_the_date(empty_ctx, commission, qtbot):
    ed = _editor(qtbot, empty_ctx)
    ed.header.date.setDate(QDate(2025, 3, 14))
    inst = _new_item_with_instruction(
        qtbot, ed, commission, "О сроках", "Сделать.", [commission["m1"]], ""
    )
    due = inst.due
    due.menu.aboutToShow.emit()
    assert due.calendar.minimumDate() == QDate(2025, 3, 14)
    due.calendar.clicked.emit(QDate(2025, 5, 20))
    assert due.text() == "20.05.2025"
    assert due.message == "→ 20.05.2025 (Tuesday)"
    assert ed.draft.items[0].decisions[0].instruction.due_text == "20.05.2025"


def test_a_refused_use_case_keeps_the_input(empty_ctx, commission, qtbot, message_boxes):
    sv = empty_ctx.services
    sv.create_session(commission["commission"], SESSION_DAY)  # No. 1 of 2025 exists
    ed = _editor(qtbot, empty_ctx)
    assert ed.header.number.value() == 2  # the next of this year (today is in 2025)
    ed.header.date.setDate(QDate(2026, 1, 20))
    assert ed.header.number.value() == 1  # a new year starts again
    ed.header.date.setDate(QDate(2025, 6, 20))
    assert ed.header.number.value() == 2
    ed.header.number.setValue(1)  # the secretary insists on No. 1
    ed.header.date.setDate(QDate(2025, 6, 21))
    assert ed.header.number.value() == 1  # typed by hand: no longer proposed
    _type(qtbot, ed.header.place, "зал заседаний")
    assert ed.save() is False
    [text] = message_boxes.texts("warning")
    assert "Session No. 1 of 2025 already exists" in text
    assert len(empty_ctx.store.sessions()) == 1
    assert ed.header.place.text() == "зал заседаний" and ed.header.number.value() == 1
    assert ed.draft.is_new and ed.is_dirty()
    ed.header.number.setValue(2)
    assert ed.save() is True and len(empty_ctx.store.sessions()) == 2


# -- the unsaved-changes guard -----------------------------------------------------------------
def test_closing_with_unsaved_changes_asks(empty_ctx, commission, qtbot, answers):
    sv = empty_ctx.services
    s = sv.create_session(commission["commission"], SESSION_DAY, place="старое место")
    ed = _editor(qtbot, empty_ctx, s.id)
    ed.header.place.setText("новое место")
    answers.queue = [QMessageBox.StandardButton.Cancel] * 2
    ed.close()
    assert ed.isVisible() and ed.header.place.text() == "новое место"
    assert "Save the changes" in answers.asked[-1]
    qtbot.keyClick(ed, Qt.Key.Key_Escape)  # Esc asks too
    assert ed.isVisible() and len(answers.asked) == 2
    answers.queue = [QMessageBox.StandardButton.Discard]
    ed.close()
    assert not ed.isVisible()
    assert empty_ctx.store.session(s.id).place == "старое место"


def test_closing_can_save_first(empty_ctx, commission, qtbot, answers):
    s = empty_ctx.services.create_session(commission["commission"], SESSION_DAY)
    ed = _editor(qtbot, empty_ctx, s.id)
    ed.header.place.setText("новое место")
    answers.queue = [QMessageBox.StandardButton.Save]
    ed.close()
    assert not ed.isVisible()
    assert empty_ctx.store.session(s.id).place == "новое место"


# -- reordering -------------------------------------------------------------------------------
def _session_with_two_items(sv, ids) -> tuple[int, list[int]]:
    s = sv.create_session(ids["commission"], SESSION_DAY)
    insts = []
    for title, text in (("Первый вопрос", "Сделать первое."), ("Второй вопрос", "Сделать второе.")):
        item = m.AgendaItem(s.id, 0, title)
        sv.save_agenda_item(item)
        d = sv.add_decision(item.id, text)
        insts.append(
            sv.issue_instruction(
                text=text, executors=[ids["m1"]], due_text="до 30 июня", decision_id=d.id
            ).id
        )
    return s.id, insts


def test_moving_an_item_renumbers_its_instructions(empty_ctx, commission, qtbot, message_boxes):
    sid, (first, second) = _session_with_two_items(empty_ctx.services, commission)
    ed = _editor(qtbot, empty_ctx, sid)
    ed.tabs.setCurrentIndex(2)
    ed.agenda.select(1)
    qtbot.mouseClick(ed.agenda.up_button, Qt.MouseButton.LeftButton)
    assert ed.agenda.list_model.data(ed.agenda.list_model.index(0, 0)) == "1. Второй вопрос"
    assert ed.agenda.current_row() == 0 and ed.is_dirty()
    assert empty_ctx.store.instruction(second).number == "2.1"  # not saved yet
    assert ed.save()
    store = empty_ctx.store
    assert [i.title for i in store.agenda(sid)] == ["Второй вопрос", "Первый вопрос"]
    assert (store.instruction(second).number, store.instruction(first).number) == ("1.1", "2.1")
    # a new decision on the moved item is numbered from its new place
    ed.tabs.setCurrentIndex(TAB_DECISIONS)
    assert ed.decisions.current_item_row() == 0
    qtbot.mouseClick(ed.decisions.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, ed.decisions.text, "Ещё одно.")
    ed.decisions.instruction.setChecked(True)
    inst = ed.decisions.instruction
    _add_person(inst.executor_person, inst.add_executor, qtbot, commission["m2"])
    _type(qtbot, inst.due.edit, "до 30 июня")
    assert inst.number.text() == "<b>Instruction No. 1.2</b>"
    assert ed.save()
    assert sorted(i.number for i in store.instructions_of_session(sid)) == ["1.1", "1.2", "2.1"]
    assert message_boxes.shown == []


def test_deleting_items(empty_ctx, commission, qtbot, message_boxes, answers):
    sid, _insts = _session_with_two_items(empty_ctx.services, commission)
    extra = m.AgendaItem(sid, 0, "Разное")
    empty_ctx.services.save_agenda_item(extra)
    ed = _editor(qtbot, empty_ctx, sid)
    ed.agenda.select(0)
    qtbot.mouseClick(ed.agenda.delete_button, Qt.MouseButton.LeftButton)
    [text] = message_boxes.texts("warning")  # item 1 has an instruction on control
    assert "cannot be deleted" in text and len(ed.draft.items) == 3
    ed.agenda.select(2)
    answers.queue = [QMessageBox.StandardButton.No]
    qtbot.mouseClick(ed.agenda.delete_button, Qt.MouseButton.LeftButton)
    assert len(ed.draft.items) == 3
    qtbot.mouseClick(ed.agenda.delete_button, Qt.MouseButton.LeftButton)  # Yes
    assert len(ed.draft.items) == 2 and ed.draft.deleted_item_ids == [extra.id]
    assert ed.save()
    assert [i.title for i in empty_ctx.store.agenda(sid)] == ["Первый вопрос", "Второй вопрос"]


def test_reload_after_save_matches_the_database(empty_ctx, commission, qtbot):
    sid, _insts = _session_with_two_items(empty_ctx.services, commission)
    ed = _editor(qtbot, empty_ctx, sid)
    assert ed.draft == load_draft(empty_ctx.services, sid)
    assert ed.save() is True  # nothing changed: nothing written
    assert not ed.is_dirty()


# -- documents --------------------------------------------------------------------------------
def test_minutes_are_made_in_a_task_and_opened(ctx, qtbot, tmp_path, monkeypatch, opened):
    december = next(s for s in ctx.store.sessions() if s.label == "2024/4")
    target = tmp_path / "out" / "protocol"
    target.parent.mkdir()
    asked = []

    def save_name(parent, caption, default, filters):
        asked.append(default)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    ed = _editor(qtbot, ctx, december.id)
    qtbot.mouseClick(ed.documents.minutes_ru, Qt.MouseButton.LeftButton)
    pdf = target.with_name("protocol.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert asked[0].endswith("Minutes No. 4 of 12.12.2024 (RU).pdf")
    assert opened == [QUrl.fromLocalFile(str(pdf))]
    assert not ed.documents.busy and ed.documents.minutes_ru.isEnabled()
    assert not ed.documents.progress.isVisible()
    # the folder is remembered for next time
    assert ctx.settings.value("documents/folder") == str(pdf.parent)
    qtbot.mouseClick(ed.documents.minutes_kk, Qt.MouseButton.LeftButton)
    assert asked[1].startswith(str(pdf.parent)) and asked[1].endswith("(KZ).pdf")


def test_extracts_one_file_per_executor(ctx, qtbot, tmp_path, opened, message_boxes):
    december = next(s for s in ctx.store.sessions() if s.label == "2024/4")
    ed = _editor(qtbot, ctx, december.id)
    qtbot.mouseClick(ed.documents.extracts, Qt.MouseButton.LeftButton)
    dlg = ed.documents._dialogs.current
    assert dlg is not None and dlg.executors.count() == 8  # 6 people, 2 organisations
    dlg.executors.item(0).setCheckState(Qt.CheckState.Unchecked)
    dlg.folder.setText(str(tmp_path / "missing"))
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and "does not exist" in message_boxes.texts("warning")[0]
    dlg.folder.setText(str(tmp_path))
    dlg.language.setCurrentIndex(1)  # Kazakh
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 7 and all(f.read_bytes().startswith(b"%PDF") for f in files)
    assert all("(KZ)" in f.name for f in files)
    # an organisation gets its extract, named in Kazakh
    assert any("Құрылыс басқармасы" in f.name for f in files)
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_documents_of_a_new_session_save_it_first(
    empty_ctx, commission, qtbot, tmp_path, monkeypatch, opened
):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "m.pdf"), ""))
    )
    ed = _editor(qtbot, empty_ctx)
    _type(qtbot, ed.header.place, "г. Тараз")
    qtbot.mouseClick(ed.documents.minutes_kk, Qt.MouseButton.LeftButton)
    assert len(empty_ctx.store.sessions()) == 1 and not ed.is_dirty()
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")


# -- the sessions view ------------------------------------------------------------------------
@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, r"This plugin does not support raise\(\)")
def test_sessions_view_edit_and_preview(ctx, qtbot):
    view = SessionsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.table.selectRow(0)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    [ed] = view.editors
    assert ed.session_id == view.selected_session_id() and ed.isVisible()
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert view.editors == [ed]  # raised, not opened twice
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert view.session_dialog is not None and view.session_dialog.isVisible()
    ed.close()
    view.new_session()  # the closed editor goes when the next opens
    assert len(view.editors) == 1 and view.editors[0].draft.is_new
    view.editors[0].close()


def test_draft_session_opens_in_the_editor_on_enter(empty_ctx, commission, qtbot):
    empty_ctx.services.create_session(commission["commission"], SESSION_DAY)
    empty_ctx.notify_changed(None)
    view = SessionsView(empty_ctx)
    qtbot.addWidget(view)
    view.show()
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    view._on_activated(view.model.index(0, 0))
    [ed] = view.editors
    assert not ed.draft.approved and ed.header.place.isEnabled()
    ed.close()


# -- models -----------------------------------------------------------------------------------
def test_editor_models(ctx, qtmodeltester):
    december = next(s for s in ctx.store.sessions() if s.label == "2024/4")
    draft = load_draft(ctx.services, december.id)
    roster = ctx.store.roster_on(december.commission_id, december.date)

    att = AttendanceModel(ctx)
    att.load(roster, draft.attendance)
    assert att.rowCount() == 12
    assert att.data(att.index(0, AttendanceModel.COL_ROLE)) == "Chair"
    qtmodeltester.check(att)
    att.set_all_present()
    qtmodeltester.check(att)

    invited = PeopleListModel(ctx)
    invited.load(draft.invited)
    assert invited.rowCount() == 1
    qtmodeltester.check(invited)

    agenda = AgendaListModel()
    agenda.load(draft.items)
    assert agenda.rowCount() == 2
    qtmodeltester.check(agenda)

    speakers = SpeakersModel(ctx)
    speakers.load(draft.items[0].speakers)
    assert speakers.data(speakers.index(0, SpeakersModel.COL_KIND)) == "Heard"
    qtmodeltester.check(speakers)

    decisions = DecisionsListModel()
    decisions.load(draft.items[0].decisions, 1)
    assert decisions.data(decisions.index(2, 0)).startswith("1.3. ")
    qtmodeltester.check(decisions)

    executors = ExecutorsModel(ctx)
    executors.load(list(draft.items[0].decisions[1].instruction.executors))
    assert executors.rowCount() == 3
    qtmodeltester.check(executors)
    executors.move(2, -1)
    qtmodeltester.check(executors)


def test_no_focus_lost_to_a_default_button(empty_ctx, commission, qtbot):
    """Enter in a field presses nothing: only Ctrl+S saves and Esc closes."""
    ed = _editor(qtbot, empty_ctx)
    _type(qtbot, ed.header.place, "зал")
    qtbot.keyClick(ed.header.place, Qt.Key.Key_Return)
    assert ed.isVisible() and empty_ctx.store.sessions() == []
    assert QApplication.activeModalWidget() is None
    ed.pristine = ed.draft.copy()
    ed.close()


def test_attendance_entries_for_a_draft_prepared_before_the_session(empty_ctx, commission, qtbot):
    """Nothing ticked, nobody invited: no attendance is stored (not "everyone absent")."""
    ed = _editor(qtbot, empty_ctx)
    _type(qtbot, ed.header.place, "зал")
    assert ed.save()
    [s] = empty_ctx.store.sessions()
    assert empty_ctx.store.attendance(s.id) == []
    empty_ctx.services.set_attendance(s.id, [AttendanceEntry(commission["chair"])])
    ed._reload()
    assert ed.attendance.quorum.text.text() == "No quorum: 1 of 11 present, 8 needed"


def test_a_cell_being_edited_is_saved(empty_ctx, commission, qtbot):
    ed = _editor(qtbot, empty_ctx)
    ed.tabs.setCurrentIndex(1)
    att = ed.attendance
    ed.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ed)
    index = att.model.index(_row_of(att.model, commission["m2"]), AttendanceModel.COL_REASON)
    att.table.setCurrentIndex(index)
    att.table.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not None and att.table.viewport().isAncestorOf(editor)
    editor.setText("болезнь")  # typed, the cell still open
    assert ed.save()
    [s] = empty_ctx.store.sessions()
    absent = {a.person_id: a.absence_reason for a in empty_ctx.store.attendance(s.id)}
    assert absent[commission["m2"]] == "болезнь"


def test_an_issued_instruction_shows_the_date_in_force(ctx, qtbot):
    december = next(s for s in ctx.store.sessions() if s.label == "2024/4")
    ed = _editor(qtbot, ctx, december.id)
    ed.tabs.setCurrentIndex(TAB_DECISIONS)
    ed.decisions.refresh_items(0, 2)  # 1.3, extended from 30.06.2025 to 30.09.2025
    due = ed.decisions.instruction.due
    assert due.message == "→ 30.09.2025 (Tuesday); moved from 30.06.2025"
    # the minutes keep the deadline as decided at the session; the extension is
    # in the instruction's history, not in the minutes
    assert due.wording.text() == "In the minutes: «до 30 июня 2025 года»"
    assert ed.decisions.instruction.title() == "Instruction: On control"
    ed.decisions.refresh_items(1, 1)  # 2.2, monthly
    assert due.message.startswith("→ next control date: ")


def test_a_language_switch_reaches_the_open_editor(ctx, qtbot, monkeypatch):
    december = next(s for s in ctx.store.sessions() if s.label == "2024/4")
    ed = _editor(qtbot, ctx, december.id)
    calls = []
    monkeypatch.setattr(ed.status, "retranslateUi", lambda: calls.append(1))
    ctx.set_language("kk")  # names and titles follow: Kazakh where the directory has them
    qtbot.waitUntil(lambda: "Алматы қаласы әкімдігі" in ed.heading.text())
    assert calls
    assert ed.header.chair.currentText().startswith("Е. Досаев — Алматы қаласының әкімі")
    assert not ed.is_dirty()
    ctx.set_language("en")
    qtbot.waitUntil(lambda: "Комиссия по вопросам" in ed.heading.text())


def test_extracts_with_two_executors_of_the_same_name(ctx, qtbot, tmp_path, opened):
    """The Documents bar wrote one file fewer than it reported (issue #11)."""
    from tests.twins import make_twins

    december = next(s for s in ctx.store.sessions() if s.label == "2024/4")
    make_twins(ctx.services, december.id)
    ed = _editor(qtbot, ctx, december.id)
    qtbot.mouseClick(ed.documents.extracts, Qt.MouseButton.LeftButton)
    dlg = ed.documents._dialogs.current
    dlg.folder.setText(str(tmp_path))
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == dlg.executors.count() == len(ed.documents.last_paths)


def test_a_kazakh_print_with_russian_texts_asks_first(
    ctx, qtbot, tmp_path, monkeypatch, opened, mixed_language_answer
):
    """Issue #13: the Kazakh print silently carried Russian text; now the secretary is
    told exactly which texts, and may cancel, print them marked, or fill them in place."""
    from anticorr_desktop.ui.editor import session_translations

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "kk.pdf"), ""))
    )
    sv = ctx.services
    com = ctx.store.commissions()[0]
    s = sv.create_session(com.id, date(2025, 3, 14), place="г. Алматы, зал акимата")
    item = m.AgendaItem(
        s.id,
        0,
        "О плане работы на 2025 год",
        "2025 жылға арналған жұмыс жоспары туралы",
        summary="Секретарь представил проект плана.",
    )
    sv.save_agenda_item(item)
    sv.add_decision(item.id, "Утвердить план работы.", "Жұмыс жоспары бекітілсін.")
    ed = _editor(qtbot, ctx, s.id)
    assert "without Kazakh: 2" in ed.translations.text()  # the place and the summary
    mixed_language_answer.value = False
    qtbot.mouseClick(ed.documents.minutes_kk, Qt.MouseButton.LeftButton)
    assert mixed_language_answer.asked and "1-тармақ" in mixed_language_answer.asked[0]
    assert not (tmp_path / "kk.pdf").exists()
    mixed_language_answer.value = True
    qtbot.mouseClick(ed.documents.minutes_kk, Qt.MouseButton.LeftButton)
    assert (tmp_path / "kk.pdf").read_bytes().startswith(b"%PDF")
    (tmp_path / "kk.pdf").unlink()
    mixed_language_answer.asked.clear()
    qtbot.mouseClick(ed.documents.minutes_ru, Qt.MouseButton.LeftButton)
    assert mixed_language_answer.asked == []  # the Russian print lacks nothing

    # fill in place: the question's "Fill in…", then each text typed beside its original
    def choose_fill(box, _yes):
        mixed_language_answer.asked.append(box.text())
        [fill] = [b for b in box.buttons() if b.text() == "Fill in…"]
        fill.click()
        return False

    shown = []

    def fill_all(dlg):
        shown.extend(g.label for g in dlg.gaps)
        for g, edit in zip(dlg.gaps, dlg.edits, strict=True):
            edit.setPlainText(
                {
                    "place_kk": "Алматы қ., әкімдіктің залы",
                    "summary_kk": "Хатшы жоспардың жобасын ұсынды.",
                }[g.field]
            )
        dlg.save()
        return dlg.result()

    from anticorr_desktop.ui.kit import common

    monkeypatch.setattr(common, "ask_box", choose_fill)
    monkeypatch.setattr(session_translations, "exec_dialog", fill_all)
    qtbot.mouseClick(ed.documents.minutes_kk, Qt.MouseButton.LeftButton)
    assert shown == ["Place", "Item 1: summary"]
    assert sv.missing_texts(s.id, "kk") == []
    assert (tmp_path / "kk.pdf").read_bytes().startswith(b"%PDF")  # printed, nothing marked
    stored = ctx.store.agenda(s.id)[0]
    assert stored.summary_kk == "Хатшы жоспардың жобасын ұсынды."
    qtbot.waitUntil(lambda: "Both languages complete" in ed.translations.text())


def test_a_body_that_names_its_voters_records_them_in_the_editor(ctx, qtbot):
    """Issue #13: where the body's frame says its minutes name the voters, the agenda tab
    and the header offer "Who voted…"; the names print under the vote."""
    from anticorr_desktop.reports.build import minutes_data
    from anticorr_desktop.services import AttendanceEntry

    sv = ctx.services
    com = ctx.store.commissions()[0]
    s = sv.create_session(com.id, date(2025, 3, 14))
    roster = [ms.person_id for ms in ctx.store.roster_on(com.id, s.date) if ms.voting]
    sv.set_attendance(s.id, [AttendanceEntry(pid) for pid in roster])
    item = m.AgendaItem(s.id, 0, "О плане работы на 2025 год", vote_for=2, vote_against=0)
    item.vote_abstained = 1
    sv.save_agenda_item(item)
    ed = _editor(qtbot, ctx, s.id)
    ed.tabs.setCurrentIndex(2)
    assert not ed.agenda.named_button.isVisibleTo(ed)  # an akimat commission: counts only
    ed.close()

    com.frame.named_votes = True
    sv.save_commission(com)
    ed = _editor(qtbot, ctx, s.id)
    ed.tabs.setCurrentIndex(2)
    assert ed.agenda.named_button.isVisibleTo(ed) and ed.agenda.named_button.isEnabled()
    dlg = ed.agenda.name_voters()
    assert dlg.people == roster
    for combo, choice in zip(dlg.choices, ["for", "for", "abstained"], strict=False):
        combo.setCurrentIndex(combo.findData(choice))
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert [(v.person_id, v.choice) for v in ctx.store.named_votes(s.id)] == [
        (roster[0], "for"),
        (roster[1], "for"),
        (roster[2], "abstained"),
    ]
    ed.tabs.setCurrentIndex(0)
    dlg = ed.header.name_voters()  # the vote on the agenda
    dlg.choices[0].setCurrentIndex(dlg.choices[0].findData("against"))
    dlg.save()
    data = minutes_data(sv, s.id, "ru")
    name = ctx.store.person(roster[2]).short_name()
    assert data.agenda[0].vote_line.text.startswith("Голосовали: «за» — 2")
    assert f"Воздержались: {name}." in data.agenda[0].vote_line.voters
    assert data.agenda_vote is not None and data.agenda_vote.text.startswith(
        "Голосование по повестке дня: «за» — 0, «против» — 1"
    )


def test_saved_path_moves_no_button(ctx, qtbot, tmp_path, monkeypatch, opened):
    """Issue #14: "Saved: <path>" widened the row and shifted the editor's buttons."""
    december = next(s for s in ctx.store.sessions() if s.label == "2024/4")
    deep = tmp_path.joinpath(*["a-rather-long-folder-name-of-the-akimat"] * 6)
    deep.mkdir(parents=True)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a: (str(deep / "Протокол заседания № 4.pdf"), "")),
    )
    ed = _editor(qtbot, ctx, december.id)
    ed.resize(1100, 700)
    qtbot.wait(10)
    buttons = [ed.documents.minutes_ru, ed.documents.minutes_kk, ed.documents.extracts]
    buttons += [ed.save_button, ed.close_button]
    before = [b.mapTo(ed, b.rect().topLeft()) for b in buttons]
    qtbot.mouseClick(ed.documents.minutes_ru, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    status = ed.documents.status
    assert status.text().startswith("Saved: ") and str(deep) in status.text()
    assert status.isVisible() and status.width() <= ed.width()
    assert [b.mapTo(ed, b.rect().topLeft()) for b in buttons] == before
    assert ed.width() == 1100
