"""Issue #14, item 1: every window opens inside the screen's available area and the
session editor remembers its size and maximised state between runs."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication

from anticorr_desktop.ui.kit.placement import fit_rect, fit_size


def _area() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def test_fit_helpers():
    area = QRect(0, 0, 1024, 546)
    assert fit_size(QSize(1100, 800), area) == QSize(1024 - 32, 546 - 32)
    assert fit_size(QSize(400, 300), area) == QSize(400, 300)
    assert fit_rect(QRect(900, 400, 300, 300), area) == QRect(724, 246, 300, 300)


def test_the_session_editor_opens_within_the_screen(ctx, qtbot):
    from anticorr_desktop.ui.editor.session_editor import SessionEditor

    ed = SessionEditor(ctx, None)
    qtbot.addWidget(ed)
    area = _area()
    assert ed.width() <= area.width() and ed.height() <= area.height(), (ed.size(), area)
    ed.show()
    qtbot.waitExposed(ed)
    assert area.contains(ed.geometry()), (ed.geometry(), area)


def test_the_session_editor_remembers_being_maximised(ctx, qtbot):
    from anticorr_desktop.ui.editor.session_editor import SessionEditor

    ed = SessionEditor(ctx, None)
    qtbot.addWidget(ed)
    ed.show()
    ed.showMaximized()
    qtbot.waitUntil(ed.isMaximized)
    ed.hide()
    again = SessionEditor(ctx, None)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.isMaximized)


def test_main_window_and_about_open_within_the_screen(ctx, qtbot):
    from anticorr_desktop.ui.about import AboutDialog
    from anticorr_desktop.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    area = _area()
    assert w.width() <= area.width() and w.height() <= area.height()
    about = AboutDialog(w)
    qtbot.addWidget(about)
    assert about.width() <= area.width() and about.height() <= area.height()


def test_a_too_large_dialog_is_trimmed_when_shown(qapp, qtbot):
    from PySide6.QtWidgets import QDialog

    from anticorr_desktop.ui.kit.placement import fit_on_show

    dlg = QDialog()
    qtbot.addWidget(dlg)
    fit_on_show(dlg)
    dlg.resize(3000, 2000)
    dlg.show()
    qtbot.waitExposed(dlg)
    area = _area()
    assert dlg.width() <= area.width() and dlg.height() <= area.height()


# 1280x720 at 125 %: 1024x576 logical pixels, less a task bar and the window's frame
SMALL = QSize(1000, 520)


def test_every_view_and_the_editor_fit_1280x720_at_125_percent(ctx, qtbot):
    from anticorr_desktop.ui.editor.session_editor import SessionEditor
    from anticorr_desktop.ui.main_window import VIEWS, MainWindow
    from anticorr_desktop.ui.settings.settings_dialog import SettingsDialog

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    for key, _title, _icon in VIEWS:
        w.show_view(key)
        qtbot.wait(1)
        hint = w.minimumSizeHint().expandedTo(w.minimumSize())
        assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), (key, hint)
    ed = SessionEditor(ctx, 1)
    qtbot.addWidget(ed)
    ed.show()
    for tab in range(ed.tabs.count()):
        ed.tabs.setCurrentIndex(tab)
        hint = ed.minimumSizeHint().expandedTo(ed.minimumSize())
        assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), (tab, hint)
    settings = SettingsDialog(ctx, w)
    qtbot.addWidget(settings)
    hint = settings.minimumSizeHint().expandedTo(settings.minimumSize())
    assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), hint


def test_the_tracker_bar_needs_no_scrolling_at_1366(ctx, qtbot):
    from PySide6.QtWidgets import QApplication

    from anticorr_desktop.ui.kit.placement import SidewaysScroll
    from anticorr_desktop.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.resize(1280, 700)  # the default width on a 1366 screen
    w.show_view("tracker")
    QApplication.processEvents()
    bar = w.tracker.findChild(SidewaysScroll)
    assert not bar.horizontalScrollBar().isVisible(), (
        bar.widget().minimumSizeHint(),
        bar.width(),
    )


def test_settings_and_backups_remember_their_size(ctx, qtbot):
    from anticorr_desktop.ui.backups.backup_dialog import BackupDialog
    from anticorr_desktop.ui.settings.settings_dialog import SettingsDialog

    for make in (lambda: SettingsDialog(ctx), lambda: BackupDialog(ctx)):
        dlg = make()
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.resize(dlg.minimumSize().width() + 13, dlg.minimumSize().height() + 7)
        size = dlg.size()
        dlg.hide()
        again = make()
        qtbot.addWidget(again)
        assert again.size() == size, type(dlg).__name__
        area = _area()
        assert again.width() <= area.width() and again.height() <= area.height()
