"""The tracker from the keyboard: Enter opens the instruction, the context menu (right
click, Menu key, Shift+F10) holds the actions, every action button has an Alt letter of
its own in the window, in each language; the sort arrow points up for ascending."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu

from anticorr_desktop.domain.rules import Action
from anticorr_desktop.ui.kit.dialogs import ReportDialog
from anticorr_desktop.ui.tracker.instruction_window import InstructionWindow


@pytest.fixture
def tracker(window, qtbot):
    window.show_view("tracker")
    t = window.tracker
    qtbot.waitUntil(lambda: t.model.rowCount() > 0)
    return t


def _select_overdue_row(tracker) -> int:
    row = next(
        r
        for r in range(tracker.model.rowCount())
        if tracker.model.row_data(r).days > 0
        and not tracker.model.row_data(r).inst.due_rule.is_recurring
    )
    inst_id = tracker.model.instruction_id(row)
    tracker.table.setFocus()
    tracker.select_instruction(inst_id)
    return inst_id


def test_enter_opens_the_instruction_and_its_actions_work_there(tracker, qtbot, ctx):
    inst_id = _select_overdue_row(tracker)
    qtbot.keyClick(tracker.table, Qt.Key.Key_Return)
    win = tracker.instruction_window
    assert isinstance(win, InstructionWindow) and win.isVisible()
    assert win.inst_id == inst_id
    inst = ctx.store.instruction(inst_id)
    assert inst.number in win.windowTitle()
    assert inst.text.split()[0] in win.detail.browser.toPlainText()
    # an action from the window's own button, by its Alt letter
    button = win.detail.buttons[Action.REPORT]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dlg = win.actions.active_dialog
    assert isinstance(dlg, ReportDialog) and dlg.isVisible()
    dlg.text.setPlainText("Отчёт из окна поручения")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.actions.active_dialog is None)
    assert "Отчёт из окна поручения" in win.detail.browser.toPlainText()
    # the tracker below read it again
    assert tracker.model.row_data(tracker.model.row_of(inst_id)).inst.status.value == "reported"
    qtbot.keyClick(win, Qt.Key.Key_Escape)
    assert not win.isVisible()


def _menu(qtbot, tracker) -> QMenu:
    qtbot.waitUntil(lambda: tracker.context_menu is not None and tracker.context_menu.isVisible())
    return tracker.context_menu


def _texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


# a popup menu on the offscreen platform
POPUP_NOISE = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


@POPUP_NOISE
@pytest.mark.parametrize("how", ["menu key", "shift+f10", "right click"])
def test_the_context_menu_lists_the_actions(tracker, qtbot, how):
    inst_id = _select_overdue_row(tracker)
    table = tracker.table
    if how == "menu key":
        # what the platform sends for the Menu key (QTest's key press does not become one)
        pos = table.visualRect(table.currentIndex()).center()
        QApplication.sendEvent(
            table.viewport(),
            QContextMenuEvent(
                QContextMenuEvent.Reason.Keyboard, pos, table.viewport().mapToGlobal(pos)
            ),
        )
    elif how == "shift+f10":
        qtbot.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    else:
        # right click on another row selects it first
        other = next(
            r for r in range(tracker.model.rowCount()) if tracker.model.instruction_id(r) != inst_id
        )
        inst_id = tracker.model.instruction_id(other)
        pos = table.visualRect(tracker.model.index(other, 2)).center()
        QApplication.sendEvent(
            table.viewport(),
            QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse, pos, table.viewport().mapToGlobal(pos)
            ),
        )
    menu = _menu(qtbot, tracker)
    texts = _texts(menu)
    assert texts[0] == "&Open"
    assert [t.replace("&", "") for t in texts[1:]] == [
        "Register report…",
        "Accept…",
        "Return for rework…",
        "Extend deadline…",
        "Cancel…",
        "Take off control…",
        "Back on control…",
        "Event occurred…",
    ]
    assert tracker.selected_ids() == [inst_id]
    # the actions' state follows the selection: "back on control" is not for an open one
    for action, button in tracker.detail.buttons.items():
        item = next(a for a in menu.actions() if a.text() == button.text())
        assert item.isEnabled() == button.isEnabled(), action
    assert any(not a.isEnabled() for a in menu.actions())  # those that do not apply
    first = next(a for a in menu.actions()[1:] if a.isEnabled() and not a.isSeparator())
    menu.close()
    first.trigger()
    assert tracker.actions.active_dialog is not None
    tracker.actions.active_dialog.reject()


def _mnemonic(text: str) -> str | None:
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def _alt_letters(window) -> dict[str, list[str]]:
    """Every Alt letter reachable in the window as shown: menu titles, visible buttons
    and labels with a buddy."""
    letters: dict[str, list[str]] = {}
    for a in window.menuBar().actions():
        if (c := _mnemonic(a.text())) is not None:
            letters.setdefault(c, []).append(a.text())
    for w in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not w.isVisible() or (isinstance(w, QLabel) and w.buddy() is None):
            continue
        if (c := _mnemonic(w.text())) is not None:
            letters.setdefault(c, []).append(w.text())
    return letters


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_alt_letter_of_the_tracker_window_is_its_own(tracker, ctx, qtbot, lang):
    ctx.set_language(lang)
    if lang != "en":
        qtbot.waitUntil(lambda: tracker.window().menuBar().actions()[0].text() != "&File")
    _select_overdue_row(tracker)
    letters = _alt_letters(tracker.window())
    for action, b in tracker.detail.buttons.items():
        assert _mnemonic(b.text()) is not None, (lang, action, b.text())
    doubles = {c: t for c, t in letters.items() if len(t) > 1}
    assert not doubles, (lang, doubles)
    ctx.set_language("en")


def _arrow_rows(header) -> list[tuple[int, int, int]]:
    """The sort arrow as drawn: (y, first x, last x) of each row of arrow pixels at the top
    of the sorted column's section (the title's pixels lie lower)."""
    col = header.sortIndicatorSection()
    left = header.sectionViewportPosition(col)
    width = header.sectionSize(col)
    image = header.grab().toImage()
    background = image.pixelColor(left + 3, 1).lightness()
    rows = []
    for y in range(0, 8):
        xs = [
            x
            for x in range(left + width // 2 - 8, left + width // 2 + 9)
            if abs(image.pixelColor(x, y).lightness() - background) > 60
        ]
        if xs:
            rows.append((y, xs[0], xs[-1]))
    return rows


def test_the_sort_arrow_points_up_for_ascending_at_the_top(tracker, qtbot):
    header = tracker.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    rows = _arrow_rows(header)
    assert len(rows) >= 3, rows
    widths = [b - a for _y, a, b in rows]
    assert widths[0] < widths[-1]  # narrow at the top: pointing up
    col = header.sortIndicatorSection()
    middle = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    assert abs((rows[-1][1] + rows[-1][2]) / 2 - middle) <= 2  # centred over the title
    header.setSortIndicator(col, Qt.SortOrder.DescendingOrder)
    widths = [b - a for _y, a, b in _arrow_rows(header)]
    assert widths[0] > widths[-1]  # and down for descending
