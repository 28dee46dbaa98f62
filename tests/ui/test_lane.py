"""The query lane: read-only queries on a background thread, latest wins per key."""

from __future__ import annotations

import threading

import pytest

from anticorr_desktop.ui.lane import QueryLane


@pytest.fixture
def threaded(monkeypatch):
    monkeypatch.setattr(QueryLane, "synchronous", False)


# a query that runs until interrupted (SQLite checks for interrupts as it steps)
ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n"


def test_a_query_runs_off_the_ui_thread_on_its_own_connection(ctx, qtbot, threaded):
    got = []
    ui_thread = threading.get_ident()

    def work(sv):
        return threading.get_ident(), sv.store is ctx.store, sv.store.instruction_count(), sv.lang

    ctx.lane.submit("k", work, got.append)
    assert got == []  # not inline
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    worker, same_store, n, lang = got[0]
    assert worker != ui_thread and not same_store
    assert n == ctx.store.instruction_count() and lang == ctx.lang


def test_only_the_latest_result_for_a_key_arrives(ctx, qtbot, threaded):
    got = []
    for n in range(5):
        ctx.lane.submit("tracker", lambda sv, n=n: n, got.append)
    ctx.lane.submit("other", lambda sv: "other", got.append)
    qtbot.waitUntil(lambda: 4 in got and "other" in got, timeout=5000)
    assert sorted(got, key=str) == [4, "other"]


def test_a_newer_query_interrupts_the_running_one(ctx, qtbot, threaded):
    got, errors = [], []
    busy = []
    ctx.lane.busy_changed.connect(lambda key, b: busy.append(b))
    ctx.lane.submit("k", lambda sv: sv.store.scalar(ENDLESS), got.append, errors.append)
    qtbot.waitUntil(lambda: ctx.lane._running is not None, timeout=5000)
    ctx.lane.submit("k", lambda sv: "second", got.append, errors.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == ["second"] and errors == []  # the endless one was stopped and dropped
    qtbot.waitUntil(lambda: not ctx.lane.is_busy("k"), timeout=5000)
    assert busy[0] is True and busy[-1] is False


def test_an_error_reaches_the_error_callback(ctx, qtbot, threaded):
    errors = []
    ctx.lane.submit(
        "k",
        lambda sv: sv.store.scalar("SELECT nonsense FROM nowhere"),
        lambda r: None,
        errors.append,
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "nowhere" in str(errors[0])


def test_close_stops_a_running_query_and_the_thread(ctx, qtbot, threaded):
    got = []
    ctx.lane.submit("k", lambda sv: sv.store.scalar(ENDLESS), got.append)
    qtbot.waitUntil(lambda: ctx.lane._running is not None, timeout=5000)
    thread = ctx.lane._thread
    ctx.lane.close(timeout=5)
    assert not thread.is_alive() and got == []
    ctx.lane.submit("k", lambda sv: 1, got.append)  # after close: nothing runs
    assert got == []


def test_inline_mode_runs_on_the_window_connection(ctx):
    got = []
    ctx.lane.submit("k", lambda sv: sv.store is ctx.store, got.append)
    assert got == [True]


def test_tracker_search_says_it_is_searching_then_shows_the_count(ctx, qtbot, threaded):
    from anticorr_desktop.ui.tracker import TrackerView

    view = TrackerView(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not ctx.lane.is_busy(view.model._lane_key), timeout=5000)
    everything = view.model.rowCount()
    assert everything == ctx.store.instruction_count()
    said = []  # what the count label says as the search starts and ends
    view.model.loading_changed.connect(lambda busy: said.append((busy, view.filters.count.text())))
    view.filters.search.setText("аудит")
    qtbot.waitUntil(lambda: view.model.rowCount() < everything, timeout=5000)
    assert said[0] == (True, "Searching…")
    expected = ctx.store.instruction_ids(text="аудит")
    assert expected and sorted(view.model.ids()) == sorted(expected)
    assert view.filters.count.text() == f"{len(expected)} shown"


def test_overview_counts_arrive_from_the_lane(ctx, qtbot, threaded):
    from anticorr_desktop.services.listing import count_ids
    from anticorr_desktop.ui.overview import OverviewView

    view = OverviewView(ctx)
    qtbot.addWidget(view)
    b = view.figures["overdue"]
    qtbot.waitUntil(lambda: b.figure is not None, timeout=5000)
    today = ctx.today()
    assert b.figure == count_ids(ctx.store, b.query, today, ctx.due_soon_until(today)) > 0
    qtbot.waitUntil(lambda: bool(view.discipline_buttons), timeout=5000)


def test_sessions_list_arrives_from_the_lane_and_keeps_the_selection(ctx, qtbot, threaded):
    from anticorr_desktop.ui.sessions import SessionsView

    view = SessionsView(ctx)
    qtbot.addWidget(view)
    sessions = ctx.store.sessions()
    qtbot.waitUntil(lambda: view.model.rowCount() == len(sessions), timeout=5000)
    s = sessions[0]
    row = next(r for r in view.model.records() if r.id == s.id)
    agenda = ctx.store.agenda(s.id)
    assert agenda and row.topics == "; ".join(f"{i.position}. {i.title}" for i in agenda)
    assert view.select_session(s.id) and view.selected_session_id() == s.id
    view.reload()  # e.g. after a change elsewhere: the same session stays selected
    qtbot.waitUntil(lambda: not ctx.lane.is_busy(("sessions", id(view))), timeout=5000)
    assert view.selected_session_id() == s.id


# -- found by review: the tracker while a list is on its way ------------------------------------
def _idle(ctx, view, qtbot):
    qtbot.waitUntil(lambda: not view.model.is_loading(), timeout=5000)


def test_a_header_click_keeps_the_search_still_on_its_way(ctx, qtbot, threaded):
    from PySide6.QtCore import Qt

    from anticorr_desktop.ui.tracker import InstructionsModel, TrackerView

    view = TrackerView(ctx)
    qtbot.addWidget(view)
    _idle(ctx, view, qtbot)
    view.model.request(view.filters.query().with_(text="аудит"))  # the search is on its way...
    view.table.horizontalHeader().setSortIndicator(  # ...when a header is clicked
        InstructionsModel.COL_NUMBER, Qt.SortOrder.AscendingOrder
    )
    _idle(ctx, view, qtbot)
    assert view.model.query.text == "аудит"
    assert sorted(view.model.ids()) == sorted(ctx.store.instruction_ids(text="аудит"))


def test_a_reload_overtaken_by_a_sort_still_reads_the_rows_again(ctx, qtbot, threaded):
    from PySide6.QtCore import Qt

    from anticorr_desktop.ui.tracker import InstructionsModel, TrackerView

    view = TrackerView(ctx)
    qtbot.addWidget(view)
    view.show()
    _idle(ctx, view, qtbot)
    m = view.model
    iid = m.instruction_id(0)
    m.row_data(0)  # read and cached
    with ctx.store.transaction():
        ctx.store._update("instruction", iid, {"text": "Текст изменён в другом окне"})
    ctx.notify_changed(object())  # another view changed it: a reload is asked for...
    view.table.horizontalHeader().setSortIndicator(  # ...and overtaken by a sort
        InstructionsModel.COL_DUE, Qt.SortOrder.DescendingOrder
    )
    _idle(ctx, view, qtbot)
    assert m.data(m.index(m.row_of(iid), InstructionsModel.COL_TEXT)).startswith("Текст изменён")


def test_a_sort_after_rows_left_the_list_resets_instead_of_moving_rows(ctx, qtbot, qtmodeltester):
    from PySide6.QtCore import Qt

    from anticorr_desktop.services.listing import STATUS_OPEN
    from anticorr_desktop.ui.tracker import InstructionsModel, TrackerView

    view = TrackerView(ctx)
    qtbot.addWidget(view)
    m = view.model
    qtmodeltester.check(m, force_py=True)  # keeps checking every change that follows
    view.apply_query(view.filters.query().with_(status=STATUS_OPEN))
    n = m.rowCount()
    iid = m.instruction_id(0)
    with ctx.store.transaction():  # closed by an action: its row stays where it is
        ctx.store._update("instruction", iid, {"status": "off_control", "closed_on": "2025-05-12"})
    view._on_applied([iid])
    moves = []
    m.layoutChanged.connect(lambda *a: moves.append(m.rowCount()))
    view.table.horizontalHeader().setSortIndicator(
        InstructionsModel.COL_NUMBER, Qt.SortOrder.AscendingOrder
    )
    assert m.rowCount() == n - 1 and moves == []  # a reset, not rows moved under the view


def test_a_result_for_a_view_closed_meanwhile_is_dropped(ctx, qtbot, threaded):
    import shiboken6

    from anticorr_desktop.ui.overview import OverviewView
    from anticorr_desktop.ui.tracker import TrackerView

    overview, tracker = OverviewView(ctx), TrackerView(ctx)
    keys = [("overview", id(overview)), tracker.model._lane_key]
    shiboken6.delete(overview)  # the window went before the results came
    shiboken6.delete(tracker)
    qtbot.waitUntil(lambda: not any(ctx.lane.is_busy(k) for k in keys), timeout=5000)
    # pytest-qt fails the test if delivering them raised (a deleted C++ object)


def test_export_waits_for_the_list_the_filters_ask_for(window, ctx, qtbot, threaded, monkeypatch):
    asked = []
    reports = window.reports
    monkeypatch.setattr(
        type(reports), "ask_save_path", lambda self, *a, **k: asked.append(self.scope_ids())
    )
    tracker = window.tracker
    window.show_view("tracker")
    _idle(ctx, tracker, qtbot)
    tracker.filters.search.setText("аудит")  # typed; the search not even asked for yet
    window.export_tracker_list("csv")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert sorted(asked[0]) == sorted(ctx.store.instruction_ids(text="аудит"))
