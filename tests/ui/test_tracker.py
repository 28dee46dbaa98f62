"""The tracker as the secretary uses it: overdue rows, the life cycle through
the dialogs, a refused action, several rows at once, search and sorting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from anticorr_desktop.domain import model as m
from anticorr_desktop.domain.rules import Action
from anticorr_desktop.services.listing import TrackerQuery
from anticorr_desktop.ui.kit.common import state_background
from anticorr_desktop.ui.kit.dialogs import AcceptDialog, ExtendDialog, ReasonDialog, ReportDialog
from anticorr_desktop.ui.tracker.tracker import IdRole, InstructionsModel, StateRole

from .conftest import TODAY

S = m.InstructionStatus


def _find(store, number: str, due: date) -> int:
    for inst in store.instructions_by_ids(store.instruction_ids()):
        if inst.number == number and inst.due_date == due:
            return inst.id
    raise AssertionError(f"no instruction {number} due {due}")


@pytest.fixture
def tracker(window):
    window.show_view("tracker")
    return window.tracker


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _dialog(tracker, cls):
    dlg = tracker.actions.active_dialog
    assert isinstance(dlg, cls) and dlg.isVisible()
    return dlg


def _ok(qtbot, tracker, dlg) -> None:
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tracker.actions.active_dialog is None)


def test_tracker_shows_the_demo_overdue_rows(tracker, store):
    expected = store.instruction_ids(overdue_as_of=TODAY)
    assert len(expected) == 4

    tracker.apply_query(TrackerQuery(overdue=True))
    model = tracker.model
    assert tracker.filters.overdue.isChecked()
    assert model.ids() == expected
    red = state_background("overdue").color()
    for row, inst in enumerate(store.instructions_by_ids(expected)):
        assert model.data(model.index(row, 0), IdRole) == inst.id
        assert model.data(model.index(row, 0), StateRole) == "overdue"
        assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole).color() == red
        icon = model.data(
            model.index(row, InstructionsModel.COL_NUMBER), Qt.ItemDataRole.DecorationRole
        )
        assert icon is not None and not icon.isNull()
        days = model.data(model.index(row, InstructionsModel.COL_DAYS))
        assert days == str((TODAY - inst.due_date).days)
        assert "Overdue by" in model.data(
            model.index(row, InstructionsModel.COL_STATUS), Qt.ItemDataRole.ToolTipRole
        )

    # unfiltered: the same four are marked, А-12 (due 15.05.2025) is due soon, done rows are grey
    tracker.apply_query(TrackerQuery())
    states = {
        model.instruction_id(r): model.data(model.index(r, 0), StateRole)
        for r in range(model.rowCount())
    }
    assert sorted(i for i, s in states.items() if s == "overdue") == sorted(expected)
    a12 = _find(store, "А-12", date(2025, 5, 15))
    assert states[a12] == "due_soon"
    assert "done" in states.values()


def test_secretary_registers_accepts_and_takes_off_control(tracker, store, qtbot, message_boxes):
    iid = _find(store, "1.2", date(2025, 2, 28))  # construction procurement analysis, overdue
    assert store.instruction(iid).status == S.ON_CONTROL
    assert tracker.select_instruction(iid)
    detail = tracker.detail
    assert not detail.buttons[Action.ACCEPT].isEnabled()
    assert not detail.buttons[Action.OFF_CONTROL].isEnabled()

    _click(qtbot, detail.buttons[Action.REPORT])
    dlg = _dialog(tracker, ReportDialog)
    dlg.date.setDate(QDate(2025, 5, 8))
    qtbot.keyClicks(dlg.number, "07-3/1001")
    dlg.text.setPlainText("Анализ закупок проведен по 42 объектам; завышение не выявлено.")
    _ok(qtbot, tracker, dlg)
    assert store.instruction(iid).status == S.REPORTED
    row = tracker.model.row_of(iid)
    assert (
        tracker.model.data(tracker.model.index(row, InstructionsModel.COL_STATUS))
        == "Report received"
    )
    assert tracker.model.data(tracker.model.index(row, 0), StateRole) == "normal"
    assert "07-3/1001" in detail.browser.toPlainText()

    _click(qtbot, detail.buttons[Action.ACCEPT])
    dlg = _dialog(tracker, AcceptDialog)
    _ok(qtbot, tracker, dlg)
    inst = store.instruction(iid)
    assert inst.status == S.DONE and inst.done_date == date(2025, 5, 8)
    assert tracker.model.data(tracker.model.index(row, 0), StateRole) == "done"

    _click(qtbot, detail.buttons[Action.OFF_CONTROL])
    dlg = _dialog(tracker, ReasonDialog)
    dlg.reason.setPlainText("Снято с контроля решением комиссии (протокол № 2 от 12.05.2025)")
    _ok(qtbot, tracker, dlg)
    inst = store.instruction(iid)
    assert inst.status == S.OFF_CONTROL
    assert inst.closed_note.startswith("Снято с контроля")
    assert tracker.model.row_of(iid) == row  # the row stayed where it was, still selected
    assert tracker.selected_ids() == [iid]
    text = detail.browser.toPlainText()
    assert "Report accepted" in text and "Taken off control" in text
    assert message_boxes.shown == []


def test_refused_extension_keeps_the_dialog_and_its_input(tracker, store, qtbot, message_boxes):
    iid = _find(store, "1.3", date(2025, 9, 30))
    tracker.select_instruction(iid)
    _click(qtbot, tracker.detail.buttons[Action.EXTEND])
    dlg = _dialog(tracker, ExtendDialog)
    reason = "Изменение перечня субъектов"
    dlg.date.setDate(QDate(2025, 9, 1))  # earlier than the current 30.09.2025
    dlg.reason.setPlainText(reason)
    dlg.decided_by.setText("Председатель комиссии")  # QTest types ASCII only
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    [text] = message_boxes.texts("warning")
    assert "must be later than the current one, 30.09.2025" in text
    assert dlg.isVisible() and tracker.actions.active_dialog is dlg
    assert dlg.reason.toPlainText() == reason and dlg.decided_by.text() == "Председатель комиссии"
    assert dlg.new_date() == date(2025, 9, 1)
    assert store.instruction(iid).due_date == date(2025, 9, 30)

    dlg.date.setDate(QDate(2025, 12, 30))
    _ok(qtbot, tracker, dlg)
    assert store.instruction(iid).due_date == date(2025, 12, 30)
    row = tracker.model.row_of(iid)
    assert tracker.model.data(tracker.model.index(row, InstructionsModel.COL_DUE)) == "30.12.2025"
    assert "Deadline extended" in tracker.detail.browser.toPlainText()


def test_accept_and_take_off_control_for_several_rows(tracker, store, ctx, qtbot, message_boxes):
    a = _find(store, "1.2", date(2025, 2, 28))
    b = _find(store, "1.3", date(2025, 9, 30))
    for iid in (a, b):
        ctx.services.register_report(iid, received=date(2025, 5, 5), text="Исполнено.")
    tracker.apply_query(TrackerQuery())
    tracker.select_instruction(a)
    tracker.select_instruction(b, extend=True)
    assert sorted(tracker.selected_ids()) == sorted([a, b])
    buttons = tracker.detail.buttons
    assert not buttons[Action.REPORT].isEnabled() and not buttons[Action.EXTEND].isEnabled()

    _click(qtbot, buttons[Action.ACCEPT])
    _ok(qtbot, tracker, _dialog(tracker, AcceptDialog))
    assert [store.instruction(i).status for i in (a, b)] == [S.DONE, S.DONE]

    _click(qtbot, buttons[Action.OFF_CONTROL])
    dlg = _dialog(tracker, ReasonDialog)
    dlg.reason.setPlainText("Решение комиссии")
    _ok(qtbot, tracker, dlg)
    assert [store.instruction(i).status for i in (a, b)] == [S.OFF_CONTROL, S.OFF_CONTROL]
    assert message_boxes.shown == []


def test_a_refused_bulk_action_changes_none_and_names_the_instruction(
    tracker, store, ctx, qtbot, message_boxes
):
    a = _find(store, "1.2", date(2025, 2, 28))
    b = _find(store, "1.3", date(2025, 9, 30))
    ctx.services.register_report(a, received=date(2025, 5, 5), text="Исполнено.")
    ctx.services.register_report(b, received=date(2025, 5, 5), text="Исполнено.")
    tracker.apply_query(TrackerQuery())
    tracker.select_instruction(a)
    tracker.select_instruction(b, extend=True)
    _click(qtbot, tracker.detail.buttons[Action.ACCEPT])
    dlg = _dialog(tracker, AcceptDialog)
    ctx.services.return_report(b, "Не полностью")  # someone else decided meanwhile
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    [text] = message_boxes.texts("warning")
    assert text.startswith("1.3: ")
    assert dlg.isVisible()
    assert store.instruction(a).status == S.REPORTED  # one transaction: nothing accepted
    dlg.reject()


def test_search_waits_for_a_pause_in_typing(tracker, store, qtbot):
    model = tracker.model
    before = model.rowCount()
    for ch in "спорт":  # typed one letter at a time (QTest.keyClicks types ASCII only)
        tracker.filters.search.insert(ch)
    assert model.rowCount() == before  # not yet: the 200 ms debounce is running
    expected = store.instruction_ids(text="спорт")
    assert 0 < len(expected) < before
    qtbot.waitUntil(lambda: model.ids() == expected, timeout=2000)


def test_ctrl_f_focuses_the_search_box(window, qtbot):
    window.show_view("overview")
    window.activateWindow()
    window.find_action.trigger()
    assert window.current_view() == "tracker"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tracker.filters.search)


def test_header_click_sorts_and_keeps_the_selection(tracker, qtbot):
    model = tracker.model
    chosen = model.instruction_id(0)
    tracker.select_instruction(chosen)
    header = tracker.table.horizontalHeader()
    x = (
        header.sectionViewportPosition(InstructionsModel.COL_DAYS)
        + header.sectionSize(InstructionsModel.COL_DAYS) // 2
    )
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    assert header.sortIndicatorSection() == InstructionsModel.COL_DAYS
    days = [model.row_data(r).days for r in range(model.rowCount())]
    assert days in (sorted(days), sorted(days, reverse=True))
    assert tracker.selected_ids() == [chosen]


def test_overview_figures_open_the_matching_tracker(window, qtbot):
    overview = window.overview
    for key, check in (
        ("overdue", lambda f: f.overdue.isChecked()),
        ("due_soon", lambda f: f.due_soon.isChecked()),
        ("open", lambda f: f.status.currentData() == "open"),
        ("done_late", lambda f: f.status.currentData() == "done_late"),
    ):
        window.show_view("overview")
        button = overview.figures[key]
        figure = int(button.value.text())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current_view() == "tracker"
        assert check(window.tracker.filters), key
        assert window.tracker.model.rowCount() == figure, key
    assert int(overview.figures["overdue"].value.text()) == 4
    assert int(overview.figures["due_soon"].value.text()) == 1

    window.show_view("overview")
    first = overview.discipline_buttons[0]
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert window.tracker.filters.query().executor_id is not None
    assert first.accessibleName().endswith(("poor", "needs attention", "good", "nothing due yet"))


def test_overview_follows_changes_made_in_the_tracker(window, tracker, store, qtbot, message_boxes):
    iid = _find(store, "1.2", date(2025, 2, 28))
    tracker.select_instruction(iid)
    _click(qtbot, tracker.detail.buttons[Action.REPORT])
    dlg = _dialog(tracker, ReportDialog)
    dlg.text.setPlainText("Исполнено.")
    _ok(qtbot, tracker, dlg)
    window.show_view("overview")
    assert int(window.overview.figures["overdue"].value.text()) == 3


def test_due_range_and_commission_filters(tracker, ctx, qtbot):
    from datetime import date

    from PySide6.QtCore import QDate

    f = tracker.filters
    f.due_from.setDate(QDate(2025, 1, 1))
    f.due_to.setDate(QDate(2025, 3, 31))
    with qtbot.waitSignal(f.query_changed):
        f.due_range.setChecked(True)
    q = f.query()
    assert (q.due_from, q.due_to) == (date(2025, 1, 1), date(2025, 3, 31))
    got = {tracker.model.row_data(r).inst.id for r in range(tracker.model.rowCount())}
    expected = set(ctx.store.instruction_ids(due_from=date(2025, 1, 1), due_to=date(2025, 3, 31)))
    assert got == expected and got
    com = ctx.store.commissions()[0]
    tracker.apply_query(q.with_(commission_id=com.id))
    assert tracker.model.rowCount() == len(
        ctx.store.instruction_ids(
            due_from=date(2025, 1, 1), due_to=date(2025, 3, 31), commission_id=com.id
        )
    )
    assert tracker.filters.query().commission_id == com.id


def test_overview_names_the_executors_it_leaves_out_without_widening_the_table(
    ctx, qtbot, monkeypatch
):
    """With more executors than the overview lists, a line across the table points to the
    report; it must not widen the names' column (it pushed the figures out of view)."""
    from anticorr_desktop.ui.overview import overview as ov

    monkeypatch.setattr(ov, "DISCIPLINE_ROWS", 1)
    view = ov.OverviewView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    grid = view.discipline_grid
    more = next(
        w for w in view._discipline_widgets if "more executors" in getattr(w, "text", lambda: "")()
    )
    row, col, _rows, cols = grid.getItemPosition(grid.indexOf(more))
    assert (row, col, cols) == (2, 0, 6)
    assert view.discipline_buttons[0].width() < 400


def test_recording_that_the_event_occurred(tracker, store, ctx, qtbot, message_boxes):
    from anticorr_desktop.ui.kit.dialogs import EventDialog

    inst = ctx.services.issue_instruction(
        text="Разработать план мероприятий",
        executors=[store.people()[0].id],
        due_text="в течение 5 рабочих дней после утверждения плана",
        issued_date=date(2025, 4, 1),
    )
    dated = ctx.services.issue_instruction(
        text="x", executors=[store.people()[0].id], due_text="до 30 декабря 2025 года"
    )
    tracker.apply_query(TrackerQuery())
    tracker.select_instruction(dated.id)
    assert not tracker.detail.buttons[Action.EVENT].isEnabled()  # a date: no event to wait for
    tracker.select_instruction(inst.id)
    _click(qtbot, tracker.detail.buttons[Action.EVENT])
    dlg = _dialog(tracker, EventDialog)
    assert dlg.phrase.text() == "в течение 5 рабочих дней после утверждения плана"
    dlg.date.setDate(QDate(2025, 5, 20))  # not yet: refused, the dialog stays
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert "in the future" in message_boxes.texts("warning")[0] and dlg.isVisible()
    dlg.date.setDate(QDate(2025, 5, 5))
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert message_boxes.texts("warning")[1:] == []
    qtbot.waitUntil(lambda: tracker.actions.active_dialog is None)
    due = ctx.services.calendar.add_working_days(date(2025, 5, 5), 5)
    assert store.instruction(inst.id).due_date == due
    row = tracker.model.row_of(inst.id)
    assert tracker.model.data(tracker.model.index(row, InstructionsModel.COL_DUE)) == (
        due.strftime("%d.%m.%Y")
    )
    assert "The event occurred on 05.05.2025" in tracker.detail.browser.toPlainText()
