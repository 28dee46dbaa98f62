"""Every table model of the window, checked by QAbstractItemModelTester, and
the tracker model's lazy paging and sorting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from anticorr_desktop.domain import model as m
from anticorr_desktop.services.listing import STATUS_DONE_LATE, STATUS_OPEN, TrackerQuery
from anticorr_desktop.ui.directory.directory import (
    DirectoryPeopleModel,
    OrganisationsModel,
    RosterModel,
)
from anticorr_desktop.ui.sessions.sessions import SessionsModel
from anticorr_desktop.ui.tracker.tracker import InstructionsModel, StateRole

from .conftest import TODAY


def test_sessions_model(ctx, qtmodeltester):
    model = SessionsModel()
    model.load(ctx)
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    model.sort(SessionsModel.COL_DATE, Qt.SortOrder.DescendingOrder)
    assert [model.record(r).session.label for r in range(3)] == ["2024/4", "2024/3", "2024/2"]
    counts = ctx.store.session_counts(TODAY)
    for r in range(3):
        row = model.record(r)
        assert (row.instructions, row.overdue) == counts.get(row.id, (0, 0))
    qtmodeltester.check(model)


def test_instructions_model(ctx, qtmodeltester):
    model = InstructionsModel(ctx)
    model.set_query(TrackerQuery())
    assert model.rowCount() == len(ctx.store.instruction_ids())
    qtmodeltester.check(model)


def test_instructions_model_filtered_and_sorted(ctx, qtmodeltester):
    model = InstructionsModel(ctx)
    model.set_query(TrackerQuery(status=STATUS_OPEN))
    model.sort(InstructionsModel.COL_DAYS, Qt.SortOrder.DescendingOrder)
    days = [model.row_data(r).days for r in range(model.rowCount())]
    assert days == sorted(days, reverse=True) and days[0] > 0
    qtmodeltester.check(model)
    model.sort(InstructionsModel.COL_EXECUTOR, Qt.SortOrder.AscendingOrder)
    # organisations first, by name; then people by surname ("Н.С. Жұмабеков" under Ж)
    rows = [model.row_data(r) for r in range(model.rowCount())]
    orgs = [r.executor for r in rows if r.inst.main_organisation_id]
    assert orgs and [r.executor for r in rows[: len(orgs)]] == orgs == sorted(orgs)
    surnames = [r.executor.split()[-1] for r in rows[len(orgs) :]]
    assert surnames == sorted(surnames)
    qtmodeltester.check(model)


def test_instructions_model_reads_rows_lazily_in_pages(ctx, monkeypatch):
    monkeypatch.setattr(InstructionsModel, "PAGE_SIZE", 3)
    model = InstructionsModel(ctx)
    model.set_query(TrackerQuery())
    assert model.rowCount() == 10
    assert model.pages_fetched == 0  # ids only
    model.data(model.index(0, InstructionsModel.COL_TEXT))
    model.data(model.index(2, InstructionsModel.COL_STATUS))
    assert model.pages_fetched == 1
    model.data(model.index(7, InstructionsModel.COL_TEXT))
    assert model.pages_fetched == 2


def test_instructions_model_refresh_keeps_row_and_emits_data_changed(ctx, qtbot):
    model = InstructionsModel(ctx)
    model.set_query(TrackerQuery(overdue=True))
    # a one-off instruction (a recurring one stays overdue while a later date is owed)
    row = next(
        r for r in range(model.rowCount()) if model.row_data(r).inst.due_rule.kind.value == "date"
    )
    iid = model.instruction_id(row)
    assert model.data(model.index(row, 0), StateRole) == "overdue"
    ctx.services.register_report(iid, received=TODAY, text="Done.")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.refresh([iid])
    assert blocker.args[0].row() == row
    assert model.instruction_id(row) == iid
    assert model.data(model.index(row, InstructionsModel.COL_STATUS)) == "Report received"
    assert model.data(model.index(row, 0), StateRole) == "normal"


def test_done_late_query_matches_the_rule(ctx):
    model = InstructionsModel(ctx)
    model.set_query(TrackerQuery(status=STATUS_DONE_LATE))
    assert model.rowCount() >= 1
    for r in range(model.rowCount()):
        inst = model.row_data(r).inst
        assert inst.done_date.year == TODAY.year and inst.done_date > inst.due_date


def test_directory_models(ctx, qtmodeltester):
    people = DirectoryPeopleModel()
    people.load(ctx)
    assert people.rowCount() == len(ctx.store.people())
    qtmodeltester.check(people)

    orgs = OrganisationsModel()
    orgs.load(ctx)
    assert orgs.rowCount() == len(ctx.store.organisations())
    qtmodeltester.check(orgs)

    roster = RosterModel()
    com = ctx.store.commissions()[0]
    roster.load(ctx, com.id)
    assert roster.rowCount() == len(ctx.store.memberships(com.id))
    assert roster.record(0).membership.role == m.Role.CHAIR
    qtmodeltester.check(roster)
    roster.sort(RosterModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(roster)


def test_people_model_of_the_person_pickers(ctx, qtmodeltester, qtbot):
    from anticorr_desktop.ui.kit.people import PeopleModel, PersonCombo

    entries, width = ctx.person_choices()
    assert len(entries) == len(ctx.people()) and width > 24
    qtmodeltester.check(PeopleModel(entries, allow_none=True))
    combo = PersonCombo(ctx, allow_none=True)
    qtbot.addWidget(combo)
    assert combo.count() == len(entries) + 1 and combo.itemText(0) == ""
    label, pid, tip = entries[3]
    combo.set_person(pid)
    assert combo.person_id() == pid and combo.currentText() == label
    assert combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) == tip
    combo.reload()  # e.g. the directory changed: the choice stays
    assert combo.person_id() == pid


def test_a_filtered_list_picked_from_the_whole_list_is_in_sql_order(ctx):
    """With the unfiltered list read in an order, a filtered one in that order is picked
    from it: for every column and direction it must equal the filtered query sorted in SQL,
    and an action that changes a row drops the whole list."""
    from datetime import date as _date

    from anticorr_desktop.services.listing import STATUS_OPEN

    model = InstructionsModel(ctx)
    filters = [
        TrackerQuery(status=STATUS_OPEN),
        TrackerQuery(text="аудит"),
        TrackerQuery(overdue=True),
    ]
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            model.request(TrackerQuery())  # the whole list, in this order: kept
            assert model._whole
            for q in filters:
                model.request(q)
                today = model._today
                expected = model._select(ctx.store, q, (column, order), today, model._soon)
                assert model.ids() == expected, (column, order, q)
    iid = model.ids()[0]
    ctx.services.extend(iid, _date(2026, 1, 30), "Перенос", "Председатель")
    model.refresh([iid])
    assert model._whole == {}
