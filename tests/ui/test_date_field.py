"""Issue #14, item 4: every date field takes a date typed or pasted whole (over a
selection too), shows the weekday, warns of a day off; the proposed new due date of
an extension is a working day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from anticorr_desktop.ui.kit.common import from_qdate, parse_date
from anticorr_desktop.ui.kit.dialogs import ExtendDialog


def _keys_target(field):
    return field.focusProxy() or field


@pytest.fixture
def extend(ctx, qtbot):
    dlg = ExtendDialog(lambda: "en", date(2027, 1, 4), date(2027, 1, 24))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


@pytest.mark.parametrize("which", ["date", "decided_on"])
def test_typed_over_a_selection(extend, qtbot, which):
    field = getattr(extend, which)
    field.setDate(QDate(2027, 1, 24))
    target = _keys_target(field)
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, "15.02.2027")
    assert from_qdate(field.date()) == date(2027, 2, 15)


def test_typed_from_the_day_over_a_date(extend, qtbot):
    field = extend.date
    field.setDate(QDate(2027, 1, 24))
    target = _keys_target(field)
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Home)
    qtbot.keyClicks(target, "15.02.2027")
    assert from_qdate(field.date()) == date(2027, 2, 15)
    assert field.edit.displayText() == "15.02.2027"


def test_pasted_whole(extend, qtbot):
    field = extend.decided_on
    QGuiApplication.clipboard().setText("15.02.2027")
    target = _keys_target(field)
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(target, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert from_qdate(field.date()) == date(2027, 2, 15)


def test_weekday_and_day_off(extend, ctx):
    field = extend.date
    field.setDate(QDate(2027, 2, 15))  # a Monday
    assert "Monday" in field.note.text() and not field.is_day_off()
    field.setDate(QDate(2027, 2, 13))  # a Saturday
    assert "Saturday" in field.note.text() and "day off" in field.note.text()
    assert field.is_day_off()


def test_the_proposed_extension_is_a_working_day(ctx, qtbot):
    cal = ctx.services.calendar
    due = date(2027, 1, 1)
    while cal.is_working_day(due + timedelta(days=30)):  # its +30 days falls on a day off
        due += timedelta(days=1)
    dlg = ExtendDialog(lambda: "en", date(2026, 12, 1), due)
    qtbot.addWidget(dlg)
    proposed = from_qdate(dlg.date.date())
    assert proposed > due and cal.is_working_day(proposed), proposed


def test_parse_date():
    assert parse_date("15.02.2027") == date(2027, 2, 15)
    assert parse_date(" 5/2/2027 ") == date(2027, 2, 5)
    assert parse_date("2027-02-15") == date(2027, 2, 15)
    assert parse_date("15.02.2027 г.") == date(2027, 2, 15)
    assert parse_date("31.02.2027") is None
    assert parse_date("15.02.27") is None
