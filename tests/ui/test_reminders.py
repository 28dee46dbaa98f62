"""Reminders: what is due soon and what became overdue, each told once."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon, QWidget

from anticorr_desktop.ui.overview import reminders as rm
from anticorr_desktop.ui.overview.reminders import Reminders, msecs_to_next_morning

from .conftest import TODAY


@pytest.fixture
def no_tray(monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


@pytest.fixture
def window(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def reminders(ctx, window, no_tray):
    r = Reminders(ctx, window)
    yield r
    r.stop()


def _set_today(ctx, day: date) -> None:
    ctx.services.today = lambda: day


def _expected(store, today: date, until: date):
    overdue = store.instruction_ids(overdue_as_of=today)
    soon = store.instruction_ids(status=["on_control", "rework"], due_from=today, due_to=until)
    return overdue, soon


def test_first_check_tells_both_then_nothing_the_same_day(reminders, ctx, store):
    until = ctx.services.calendar.add_working_days(TODAY, 5)
    assert until == date(2025, 5, 19)
    overdue, soon = _expected(store, TODAY, until)
    assert len(overdue) == 4 and len(soon) == 1

    seen = []
    reminders.noticed.connect(seen.append)
    notice = reminders.check_now()
    assert notice is not None and seen == [notice]
    assert sorted(notice.newly_overdue) == sorted(overdue)
    assert notice.due_soon == soon
    assert notice.kind == "overdue"
    # the first reminder on this workstation: nothing was "since the last reminder" (#14)
    assert notice.first and "Overdue: 4." in notice.text() and "since" not in notice.text()
    assert "(by 19.05.2025): 1" in notice.text()
    box = reminders.box
    assert isinstance(box, QMessageBox) and box.isVisible() and not box.isModal()
    assert box.text() == notice.text()
    uids = {i.uid for i in store.instructions_by_ids(overdue)}
    assert set(ctx.settings.value(rm.KEY_OVERDUE).split(",")) == uids

    assert reminders.check_now() is None  # the same day: nothing new
    assert reminders.box is box

    # a restart the same day remembers what was told
    again = Reminders(ctx, reminders.window)
    assert again.check_now() is None
    assert again.box is None


def test_next_days(reminders, ctx, store):
    reminders.check_now()
    _set_today(ctx, date(2025, 5, 13))
    notice = reminders.check_now()  # a new morning: the due-soon list again, no new overdue
    assert notice is not None
    assert notice.newly_overdue == [] and len(notice.due_soon) == 1
    assert notice.kind == "due_soon"
    assert "Overdue since" not in notice.text()

    # А-12 (due 15.05.2025) is overdue on the 16th: told as new, alone
    _set_today(ctx, date(2025, 5, 16))
    notice = reminders.check_now()
    assert len(notice.newly_overdue) == 1
    assert store.instruction(notice.newly_overdue[0]).due_date == date(2025, 5, 15)
    assert notice.overdue_total == 5
    assert "Overdue since the last reminder: 1 (overdue in all: 5)" in notice.text()


def test_the_horizon_comes_from_the_setting(reminders, ctx):
    ctx.store.set_setting("reminder_days", 1)
    notice = reminders.check_now()
    assert notice.until == date(2025, 5, 13)
    assert notice.due_soon == []  # А-12 is due on the 15th
    assert "Due within" not in notice.text()


def test_nothing_to_say_shows_nothing(empty_ctx, window, no_tray):
    r = Reminders(empty_ctx, window)
    assert r.check_now() is None
    assert r.box is None


def test_box_buttons_open_the_tracker(reminders, qtbot):
    opened = []
    reminders.open_tracker.connect(opened.append)
    reminders.check_now()
    box = reminders.box
    by_text = {b.text(): b for b in box.buttons()}
    qtbot.mouseClick(by_text["Show overdue"], rm.Qt.MouseButton.LeftButton)
    assert opened == ["overdue"]
    reminders.check_now()  # nothing new: the box stays as it was
    box.show()
    qtbot.mouseClick(by_text["Show due soon"], rm.Qt.MouseButton.LeftButton)
    assert opened == ["overdue", "due_soon"]


def test_tray_message_when_there_is_a_tray(ctx, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *a: shown.append((title, text))
    )
    r = Reminders(ctx, window)
    opened = []
    r.open_tracker.connect(opened.append)
    notice = r.check_now()
    assert shown == [(notice.title(), notice.text())]
    assert r.box is None
    r._tray.messageClicked.emit()
    assert opened == ["overdue"]


def test_start_checks_and_arms_for_the_morning(reminders):
    seen = []
    reminders.noticed.connect(seen.append)
    reminders.start()
    assert len(seen) == 1
    left = reminders.next_check_in_ms
    assert left is not None and 60_000 <= left <= 24 * 3600 * 1000
    reminders.stop()
    assert reminders.next_check_in_ms is None


def test_next_morning_arithmetic():
    day = QDate(2025, 5, 12)
    assert msecs_to_next_morning(QDateTime(day, QTime(7, 0))) == 3600 * 1000
    assert msecs_to_next_morning(QDateTime(day, QTime(9, 30))) == 22.5 * 3600 * 1000
    assert msecs_to_next_morning(QDateTime(day, QTime(8, 0))) == 24 * 3600 * 1000
