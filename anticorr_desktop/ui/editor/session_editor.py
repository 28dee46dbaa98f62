"""The session editor: header, attendance, agenda and decisions of one session,
its status (draft -> held -> approved; reopening needs a reason) and its documents.

Everything typed goes into a working copy (``services.drafts.SessionDraft``);
Ctrl+S writes what changed through the use cases. A refused save keeps every
input and shows where the problem is. An approved session opens read-only.
"""

from __future__ import annotations

import itertools

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import model as m
from ...errors import UserError
from ...services.drafts import (
    TAB_AGENDA,
    TAB_ATTENDANCE,
    TAB_DECISIONS,
    TAB_HEADER,
    Location,
    SessionDraft,
    load_draft,
    location_of,
    new_draft,
    save_draft,
)
from ..kit.common import esc, fmt_date, show_user_error
from ..kit.context import AppContext
from ..kit.placement import remember_geometry
from ..sessions.session_status import StatusBar
from .session_agenda import AgendaPage
from .session_attendance import AttendancePage
from .session_decisions import DecisionsPage
from .session_documents import DocumentsBar
from .session_header import HeaderPage

S = m.SessionStatus
SETTING_GEOMETRY = "session_editor/geometry"  # size, place and maximised, between runs


class SessionEditor(QDialog):
    saved = Signal(int)  # the session's id, after each successful save or status change

    def __init__(
        self,
        ctx: AppContext,
        session_id: int | None = None,
        parent: QWidget | None = None,
        *,
        commission_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._geometry = remember_geometry(self, ctx.settings, SETTING_GEOMETRY, QSize(1100, 800))
        self.draft: SessionDraft
        self.pristine: SessionDraft  # as loaded or last saved: "unsaved changes" compares to it
        self._stored = False
        self._loading = False

        # -- the banner and the status bar above the tabs
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.banner = QFrame(self)
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(
            "#banner { background: #fcefc4; } #banner QLabel { color: #1a1a1a; }"
        )
        self.banner_icon = QLabel(self.banner)
        self.banner_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(20, 20)
        )
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        bbox = QHBoxLayout(self.banner)
        bbox.setContentsMargins(8, 4, 8, 4)
        bbox.addWidget(self.banner_icon)
        bbox.addWidget(self.banner_text, 1)
        self.status = StatusBar(ctx, self.ensure_saved, self._quorum_reached, self)
        self.status.status_changed.connect(self._on_status_changed)
        self.documents = DocumentsBar(ctx, self.ensure_saved, self)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        status_row.addWidget(self.documents)

        # -- the tabs
        self.tabs = QTabWidget(self)
        self.header = HeaderPage(ctx, self.tabs)
        self.attendance = AttendancePage(ctx, self.tabs)
        self.agenda = AgendaPage(ctx, self.tabs)
        self.decisions = DecisionsPage(ctx, self.tabs)
        for page in (self.header, self.attendance, self.agenda, self.decisions):
            self.tabs.addTab(page, "")
            page.changed.connect(self._on_changed)
        self.header.roster_changed.connect(self.attendance.set_roster)
        self.header.date_changed.connect(self._on_date_changed)
        self.agenda.current_changed.connect(self._on_agenda_row_changed)
        self.agenda.structure_changed.connect(self._on_structure_changed)
        self.decisions.item_selected.connect(self.agenda.select)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        # -- save and close
        self.save_button = QPushButton(self)
        self.save_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
        )
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        self.save_state = QLabel(self)
        # texts typed in one language only, counted as the secretary types (issue #13)
        self.translations = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_state)
        bottom.addWidget(self.documents.progress)
        bottom.addWidget(self.documents.cancel)
        bottom.addWidget(self.documents.status, 1)  # "Saved: <path>", cut to the room left
        bottom.addWidget(self.translations)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.banner)
        box.addLayout(status_row)
        box.addWidget(self.tabs, 1)
        box.addLayout(bottom)
        # Enter in a field must not press a button: only Ctrl+S saves, Esc closes
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)
            b.setDefault(False)
        # Tab: the pages first, then saving, then the status and the documents
        chain = [
            self.tabs,
            self.save_button,
            self.close_button,
            *self.status.buttons(),
            self.documents.minutes_ru,
            self.documents.minutes_kk,
            self.documents.extracts,
        ]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

        ctx.data_changed.connect(self._on_data_changed)
        if session_id is None:
            cid = commission_id or self._default_commission()
            self._load(new_draft(ctx.services, cid, ctx.today()), stored=False)
        else:
            self._load(load_draft(ctx.services, session_id), stored=True)
        self.retranslateUi()
        self.header.date.setFocus()

    def _default_commission(self) -> int:
        coms = self.ctx.store.commissions()
        if not coms:
            raise UserError(
                "A session belongs to a commission: set the commission up first "
                "(File → Settings → Commissions)."
            )
        return coms[0].id

    # -- state ------------------------------------------------------------------------------
    @property
    def session_id(self) -> int | None:
        return self.draft.session.id or None

    def is_dirty(self) -> bool:
        return self.draft != self.pristine

    def _load(
        self, draft: SessionDraft, *, stored: bool, item_row: int = 0, decision_row: int = 0
    ) -> None:
        self.draft = draft
        self.pristine = draft.copy()
        self._stored = stored
        com = self.ctx.store.commission(draft.session.commission_id)
        self._commission_names = (com.name("ru"), com.name("kk"))  # no database in retranslate
        self._loading = True
        try:
            self.header.load(draft)
            self.attendance.load(draft)
            self.agenda.load(draft, item_row)
            self.decisions.load(draft, self.agenda.current_row(), decision_row)
        finally:
            self._loading = False
        self._apply_status()
        self._on_changed()

    def _reload(self) -> None:
        """Read the session again from the database, keeping the selection."""
        self._load(
            load_draft(self.ctx.services, self.draft.session.id),
            stored=True,
            item_row=self.agenda.current_row(),
            decision_row=self.decisions.current_row(),
        )

    def _apply_status(self) -> None:
        status = self.draft.session.status
        read_only = status == S.APPROVED
        for page in (self.header, self.attendance, self.agenda, self.decisions):
            page.set_read_only(read_only)
        self.banner.setVisible(read_only)
        self.status.show_status(self.draft.session)
        self.save_action.setEnabled(not read_only)
        self._retranslate_state()

    def _on_changed(self) -> None:
        dirty = self.is_dirty()
        self.setWindowModified(dirty)
        self.save_button.setEnabled(dirty and not self.draft.approved)
        self.save_state.setText(
            QCoreApplication.translate("SessionEditor", "Unsaved changes") if dirty else ""
        )
        self._count_translations()

    def _count_translations(self) -> None:
        from ...services.drafts import missing_translations

        no_kk, no_ru = missing_translations(self.draft)
        parts = []
        if no_kk:
            parts.append(
                QCoreApplication.translate("SessionEditor", "without Kazakh: {n}").format(n=no_kk)
            )
        if no_ru:
            parts.append(
                QCoreApplication.translate("SessionEditor", "without Russian: {n}").format(n=no_ru)
            )
        self.translations.setText(
            QCoreApplication.translate("SessionEditor", "Translations missing: {list}").format(
                list=", ".join(parts)
            )
            if parts
            else QCoreApplication.translate("SessionEditor", "Both languages complete")
        )

    def _on_date_changed(self) -> None:
        self.decisions.set_base(self.draft.session.date)

    def _on_agenda_row_changed(self, row: int) -> None:
        if not self._loading and row != self.decisions.current_item_row():
            self.decisions.refresh_items(row)

    def _on_structure_changed(self) -> None:
        if not self._loading:
            self.decisions.refresh_items(self.agenda.current_row())

    def _on_tab_changed(self, index: int) -> None:
        if index == TAB_DECISIONS:  # titles typed on the agenda tab
            self.decisions.refresh_items(self.agenda.current_row(), self.decisions.current_row())

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the changes; on a refusal tell why, show where, and keep everything typed."""
        if self.draft.approved:
            return True
        self._commit_cell_editors()
        if self._stored and not self.is_dirty():
            return True
        was_new = self.draft.is_new
        try:
            sid = save_draft(
                self.ctx.services,
                self.draft,
                self.pristine if self._stored else None,
                self.ctx.lang,
            )
        except UserError as exc:
            if not was_new or not self.draft.is_new:
                self.ctx.data_changed.emit(self)  # some steps may have been written
            self._show_problem(location_of(exc))
            show_user_error(self, exc, self.ctx.lang)
            self._on_changed()
            return False
        self._reload()
        self.ctx.data_changed.emit(self)
        self.saved.emit(sid)
        return True

    def ensure_saved(self) -> int | None:
        """The session's id once everything is saved (documents read the database)."""
        return self.draft.session.id if self.save() else None

    def _commit_cell_editors(self) -> None:
        """A table cell still being edited writes its value before the save."""
        fw = QApplication.focusWidget()
        for view in self.findChildren(QAbstractItemView):
            if fw is not None and view.viewport().isAncestorOf(fw):
                view.setFocus()

    def _show_problem(self, loc: Location | None) -> None:
        if loc is None:
            return
        self.tabs.setCurrentIndex(loc.tab)
        target = None
        if loc.tab == TAB_HEADER:
            target = {"number": self.header.number, "time": self.header.time}.get(loc.field)
        elif loc.item is not None:
            self.agenda.select(loc.item)
            if loc.tab == TAB_AGENDA:
                target = self.agenda.title
            else:
                self.decisions.refresh_items(loc.item, loc.decision or 0)
                inst = self.decisions.instruction
                target = {
                    "decision_text": self.decisions.text,
                    "due": inst.due.edit,
                    "executors": inst.executor_person,
                }.get(loc.field)
        if target is not None:
            target.setFocus()

    def _quorum_reached(self) -> bool | None:
        return self.attendance.quorum.reached

    def _on_status_changed(self) -> None:
        self._reload()
        self.ctx.data_changed.emit(self)
        self.saved.emit(self.draft.session.id)

    # -- outside changes --------------------------------------------------------------------
    def _on_data_changed(self, source: object) -> None:
        if source is self or not shiboken6.isValid(self):
            return
        for page in (self.header, self.attendance, self.agenda, self.decisions):
            page.reload_people()
        if self._stored and not self.is_dirty():
            try:
                self._reload()  # e.g. the tracker cancelled an instruction of this session
            except UserError:
                pass  # gone (a backup restored): saving will say so; nothing to lose here

    # -- closing: the unsaved-changes guard --------------------------------------------------
    def reject(self) -> None:
        """Esc, Close and the window's close button (QDialog.closeEvent) all come here."""
        self._commit_cell_editors()
        if self.is_dirty() and not self.draft.approved:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("SessionEditor", "Unsaved changes"),
                QCoreApplication.translate(
                    "SessionEditor", "Save the changes to this session before closing?"
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()

    # -- language ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for page in (self.header, self.attendance, self.agenda, self.decisions):
                page.reload_people()  # names in Kazakh in a Kazakh interface
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        for n, text in (
            (TAB_HEADER, QCoreApplication.translate("SessionEditor", "Header")),
            (TAB_ATTENDANCE, QCoreApplication.translate("SessionEditor", "Attendance")),
            (TAB_AGENDA, QCoreApplication.translate("SessionEditor", "Agenda")),
            (
                TAB_DECISIONS,
                QCoreApplication.translate("SessionEditor", "Decisions and instructions"),
            ),
        ):
            self.tabs.setTabText(n, text)
        for page in (
            self.header,
            self.attendance,
            self.agenda,
            self.decisions,
            self.documents,
            self.status,
        ):
            page.retranslateUi()
        self.save_button.setText(QCoreApplication.translate("SessionEditor", "Save"))
        self.save_button.setToolTip(
            QCoreApplication.translate("SessionEditor", "Save the changes (Ctrl+S)")
        )
        self.close_button.setText(QCoreApplication.translate("SessionEditor", "Close"))
        self.banner_text.setText(
            QCoreApplication.translate(
                "SessionEditor",
                "Approved — read-only. To change the minutes, reopen the session with a reason.",
            )
        )
        self._retranslate_state()
        self._on_changed()

    def _retranslate_state(self) -> None:
        s = self.draft.session
        if self.draft.is_new:
            title = QCoreApplication.translate("SessionEditor", "New session")
        else:
            title = QCoreApplication.translate(
                "SessionEditor", "Session No. {number} of {date}"
            ).format(number=s.number, date=fmt_date(s.date))
        self.setWindowTitle(title + "[*]")
        name = self._commission_names[self.ctx.name_lang == "kk"]
        self.heading.setText(f"<b>{esc(title)}</b> — {esc(name)}")
