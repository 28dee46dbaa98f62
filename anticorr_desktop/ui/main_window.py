"""The main window: a navigation list on the left and one view at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..services.listing import TrackerQuery
from .kit.context import AppContext
from .kit.dialogs import DialogKeeper
from .kit.language import LANGUAGE_NAMES
from .kit.placement import default_size, fit_window

if TYPE_CHECKING:  # each view's module is imported when the view is first shown
    from .directory.directory import DirectoryView
    from .overview.overview import OverviewView
    from .sessions.sessions import SessionsView
    from .tracker.tracker import TrackerView

VIEW_OVERVIEW, VIEW_SESSIONS, VIEW_TRACKER, VIEW_REPORTS, VIEW_DIRECTORY = (
    "overview",
    "sessions",
    "tracker",
    "reports",
    "directory",
)
VIEWS = (
    (
        VIEW_OVERVIEW,
        QT_TRANSLATE_NOOP("MainWindow", "Overview"),
        QStyle.StandardPixmap.SP_FileDialogInfoView,
    ),
    (
        VIEW_SESSIONS,
        QT_TRANSLATE_NOOP("MainWindow", "Sessions"),
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
    ),
    (
        VIEW_TRACKER,
        QT_TRANSLATE_NOOP("MainWindow", "Instructions"),
        QStyle.StandardPixmap.SP_FileDialogListView,
    ),
    (
        VIEW_REPORTS,
        QT_TRANSLATE_NOOP("MainWindow", "Reports"),
        QStyle.StandardPixmap.SP_FileDialogContentsView,
    ),
    (
        VIEW_DIRECTORY,
        QT_TRANSLATE_NOOP("MainWindow", "Directory"),
        QStyle.StandardPixmap.SP_DirHomeIcon,
    ),
)


class MainWindow(QMainWindow):
    SETTING_GEOMETRY = "window/geometry"
    SETTING_STATE = "window/state"
    SETTING_VIEW = "window/view"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.nav = QListWidget(self)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(180)
        self.nav.setSpacing(2)
        style = QApplication.style()
        for key, _title, icon in VIEWS:
            item = QListWidgetItem(style.standardIcon(icon), "", self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.stack = QStackedWidget(self)
        # views are built the first time they are shown: start-up pays only for the first one
        self.views: dict[str, QWidget] = {}
        self._dialogs = DialogKeeper()
        central = QWidget(self)
        box = QHBoxLayout(central)
        box.addWidget(self.nav)
        box.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self._make_menus()
        self.retranslateUi()
        self._restore()

    # -- navigation ----------------------------------------------------------------------
    def view(self, key: str) -> QWidget:
        """The view ``key``, built on first use."""
        w = self.views.get(key)
        if w is None:
            # a view's module is imported here: start-up pays only for the first view
            if key == VIEW_REPORTS:
                from .reports.reports_page import ReportsPage

                w = ReportsPage(self.ctx, self._tracker_ids, self.stack)
            elif key == VIEW_OVERVIEW:
                from .overview.overview import OverviewView

                w = OverviewView(self.ctx, self.stack)
            elif key == VIEW_SESSIONS:
                from .sessions.sessions import SessionsView

                w = SessionsView(self.ctx, self.stack)
            elif key == VIEW_TRACKER:
                from .tracker.tracker import TrackerView

                w = TrackerView(self.ctx, self.stack)
                w.filters.export_requested.connect(self.export_tracker_list)
            elif key == VIEW_DIRECTORY:
                from .directory.directory import DirectoryView

                w = DirectoryView(self.ctx, self.stack)
            else:
                raise KeyError(key)
            self.views[key] = w
            self.stack.addWidget(w)
            if key in (VIEW_OVERVIEW, VIEW_SESSIONS):
                w.open_tracker.connect(self.open_tracker)
            if key == VIEW_SESSIONS:
                # the window's own Ctrl+N works from every view; two would be ambiguous
                w.new_session_action.setShortcut(QKeySequence())
        return w

    def _tracker_ids(self) -> list[int] | None:
        """The tracker's current list, for exports (None until the tracker was opened)."""
        t = self.views.get(VIEW_TRACKER)
        return t.model.ids() if t is not None else None

    @property
    def reports(self):
        return self.view(VIEW_REPORTS)

    @property
    def overview(self) -> OverviewView:
        return self.view(VIEW_OVERVIEW)

    @property
    def sessions(self) -> SessionsView:
        return self.view(VIEW_SESSIONS)

    @property
    def tracker(self) -> TrackerView:
        return self.view(VIEW_TRACKER)

    @property
    def directory(self) -> DirectoryView:
        return self.view(VIEW_DIRECTORY)

    def show_view(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def current_view(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else VIEW_OVERVIEW

    def export_tracker_list(self, fmt: str):
        """The tracker's list, as filtered, written as ``fmt`` by the Reports page (which
        shows the progress and keeps the folder). A search typed a moment ago, or still
        on its way, is waited for: the file holds what the filters say."""
        tracker = self.tracker
        tracker.filters.flush()
        if tracker.model.is_loading():
            model = tracker.model

            def when_shown() -> None:
                model.applied.disconnect(when_shown)
                self._export_list(fmt)

            model.applied.connect(when_shown)
            return None
        return self._export_list(fmt)

    def _export_list(self, fmt: str):
        reports = self.reports
        reports.use_tracker_list()
        self.show_view(VIEW_REPORTS)
        return reports.export(fmt)

    def open_tracker(self, query: TrackerQuery) -> None:
        self.tracker.apply_query(query)
        self.show_view(VIEW_TRACKER)

    def _on_nav_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentWidget(
                self.view(self.nav.item(row).data(Qt.ItemDataRole.UserRole))
            )

    def _on_find(self) -> None:
        self.show_view(VIEW_TRACKER)
        self.tracker.focus_search()

    # -- menus ----------------------------------------------------------------------------
    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        # "New session" (Ctrl+N) belongs to the sessions view; it works from every view
        self.new_session_action = QAction(self)
        self.new_session_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_session_action.triggered.connect(self._on_new_session)
        self.file_menu.addAction(self.new_session_action)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self._on_settings)
        self.file_menu.addAction(self.settings_action)
        self.import_register_action = QAction(self)
        self.import_register_action.triggered.connect(self._on_import_register)
        self.file_menu.addAction(self.import_register_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.view_actions: dict[str, QAction] = {}
        for n, (key, _t, _i) in enumerate(VIEWS, 1):
            a = QAction(self)
            a.setShortcut(QKeySequence(f"Ctrl+{n}"))
            a.triggered.connect(lambda _c=False, k=key: self.show_view(k))
            self.view_menu.addAction(a)
            self.view_actions[key] = a
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._on_find)
        self.view_menu.addAction(self.find_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in LANGUAGE_NAMES.items():
            a = QAction(name, self)  # each language named in itself, never translated
            a.setCheckable(True)
            a.setChecked(lang == self.ctx.lang)
            a.triggered.connect(lambda _c=False, lang=lang: self.ctx.set_language(lang))
            self.language_group.addAction(a)
            self.language_menu.addAction(a)
            self.language_actions[lang] = a

        self.help_menu = bar.addMenu("")
        # F1 from any window of the program: the guide, at the part about that window
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(lambda: self.show_guide())
        self.help_menu.addAction(self.guide_action)
        self.help_window = None
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._on_about)
        self.help_menu.addAction(self.about_action)

    def _on_new_session(self) -> None:
        self.show_view(VIEW_SESSIONS)
        self.sessions.new_session()

    def take_first_step(self, step: str) -> None:
        """After the commission was set up at the first start: the directory (to add the
        members) or a new session, as chosen."""
        if step == "session":
            self._on_new_session()
        else:
            self.show_view(VIEW_DIRECTORY)

    def _on_settings(self) -> None:
        from .settings.settings_dialog import SettingsDialog

        self._dialogs.open(SettingsDialog(self.ctx, self))

    def show_guide(self, anchor: str | None = None):
        """The user guide (its own window, kept open beside the work), at ``anchor`` or
        at the part about the window in front."""
        from .help import HelpWindow, anchor_for

        if anchor is None:
            anchor = anchor_for(QApplication.activeWindow(), self.current_view())
        if self.help_window is None:
            self.help_window = HelpWindow(self.ctx.settings, self.ctx.lang, self)
        self.help_window.set_language(self.ctx.lang)
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        self.help_window.show_part(anchor)
        return self.help_window

    def _on_import_register(self) -> None:
        from .register.wizard import RegisterWizard

        wiz = RegisterWizard(self.ctx, self)
        wiz.finished.connect(lambda _r: self._register_imported(wiz))
        self._dialogs.open(wiz)

    def _register_imported(self, wiz) -> None:
        out = wiz.result
        if out is None:
            return
        text = QCoreApplication.translate(
            "Register",
            "Imported: {created} instruction(s), {unchanged} already here; new sessions: "
            "{sessions}, new people: {people}, new organisations: {orgs}.",
        ).format(
            created=out.created,
            unchanged=out.unchanged,
            sessions=out.sessions_created,
            people=out.people_created,
            orgs=out.organisations_created,
        )
        if out.backup is not None:
            text += "\n" + QCoreApplication.translate(
                "Register", "The database was backed up first: {path}"
            ).format(path=out.backup)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, wiz.windowTitle(), text)

    def _on_about(self) -> None:
        from .about import AboutDialog

        self._dialogs.open(AboutDialog(self, self.ctx.store.path))

    # -- settings ---------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.ctx.settings
        geometry = s.value(self.SETTING_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            fit_window(self)  # saved on a larger screen: trimmed into this one
        else:
            default_size(self, QSize(1280, 800))
        state = s.value(self.SETTING_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        view = s.value(self.SETTING_VIEW, VIEW_OVERVIEW)
        self.show_view(view if view in {k for k, _t, _i in VIEWS} else VIEW_OVERVIEW)

    def save_settings(self) -> None:
        s = self.ctx.settings
        s.setValue(self.SETTING_GEOMETRY, self.saveGeometry())
        s.setValue(self.SETTING_STATE, self.saveState())
        s.setValue(self.SETTING_VIEW, self.current_view())
        if VIEW_TRACKER in self.views:
            self.tracker.save_state()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # each open session editor with unsaved changes asks Save / Discard / Cancel
        if VIEW_SESSIONS in self.views and not self.sessions.close_editors():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)

    # -- language ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "AntiCorr Desktop"))
        for row, (_key, title, _i) in enumerate(VIEWS):
            self.nav.item(row).setText(QCoreApplication.translate("MainWindow", title))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.import_register_action.setText(
            QCoreApplication.translate("MainWindow", "Import register…")
        )
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.settings_action.setText(QCoreApplication.translate("MainWindow", "&Settings…"))
        self.new_session_action.setText(QCoreApplication.translate("MainWindow", "&New session"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        for key, title, _i in VIEWS:
            self.view_actions[key].setText(QCoreApplication.translate("MainWindow", title))
        self.find_action.setText(QCoreApplication.translate("MainWindow", "&Find instructions"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.guide_action.setText(QCoreApplication.translate("MainWindow", "&User guide"))
        if self.help_window is not None:
            self.help_window.set_language(self.ctx.lang)
        self.about_action.setText(
            QCoreApplication.translate("MainWindow", "&About AntiCorr Desktop")
        )
        for lang, a in self.language_actions.items():
            a.setChecked(lang == self.ctx.lang)
