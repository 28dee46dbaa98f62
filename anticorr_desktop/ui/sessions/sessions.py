"""The sessions list: one row per session with its instruction counts.

Enter or a double-click opens a draft or held session in the editor and an
approved one in the read-only view; "Edit" opens any session in the editor
(an approved one read-only, with "Reopen…"), "Preview" any in the view.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import model as m
from ...i18n import QT_TRANSLATE_NOOP
from ...services.listing import TrackerQuery
from ..editor.session_editor import SessionEditor
from ..kit.common import (
    STATE_OVERDUE,
    ReloadingView,
    esc,
    fmt_date,
    label,
    state_background,
    state_foreground,
)
from ..kit.context import AppContext
from ..kit.records_model import Column, RecordsModel
from .session_view import SessionViewDialog


@dataclass
class SessionRow:
    session: m.Session
    instructions: int
    overdue: int
    topics: str = ""

    @property
    def id(self) -> int:
        return self.session.id


def _label(r: SessionRow) -> str:
    return QCoreApplication.translate("Sessions", "No. {number} of {year}").format(
        number=r.session.number, year=r.session.year
    )


SIZE_SAMPLE_ROWS = 200  # rows measured for the columns' widths


class SessionsModel(RecordsModel):
    context = "Sessions"
    COL_LABEL, COL_DATE, COL_KIND, COL_STATUS, COL_INSTRUCTIONS, COL_OVERDUE, COL_AGENDA = range(7)
    columns = (
        Column(
            QT_TRANSLATE_NOOP("Sessions", "Session"),
            _label,
            key=lambda r: (r.session.year, r.session.number),
        ),
        Column(
            QT_TRANSLATE_NOOP("Sessions", "Date"),
            lambda r: fmt_date(r.session.date),
            key=lambda r: r.session.date,
        ),
        Column(
            QT_TRANSLATE_NOOP("Sessions", "Kind"),
            lambda r: label(m.SESSION_KIND_LABELS[r.session.kind]),
        ),
        Column(
            QT_TRANSLATE_NOOP("Sessions", "Status"),
            lambda r: label(m.SESSION_STATUS_LABELS[r.session.status]),
        ),
        Column(
            QT_TRANSLATE_NOOP("Sessions", "Instructions"),
            lambda r: str(r.instructions),
            key=lambda r: r.instructions,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Sessions", "Overdue"),
            lambda r: str(r.overdue) if r.overdue else "",
            key=lambda r: r.overdue,
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("Sessions", "Agenda"), lambda r: r.topics),
    )

    def load(self, ctx: AppContext) -> None:
        """Read the list now, on this thread (the view reads it on the query lane)."""
        self.set_records(self.rows(ctx.services, ctx.name_lang, ctx.today()))

    @staticmethod
    def rows(sv, name_lang: str, today) -> list[SessionRow]:
        """The list's rows (no Qt: runs on the query lane): three queries for any number
        of sessions."""
        counts = sv.store.session_counts(today)
        agendas = sv.store.agenda_titles()
        kk = name_lang == "kk"
        rows = []
        for s in sv.store.sessions():
            topics = "; ".join(
                f"{pos}. {title_kk if kk and title_kk else title or title_kk}"
                for pos, title, title_kk in agendas.get(s.id, ())
            )
            rows.append(SessionRow(s, *counts.get(s.id, (0, 0)), topics=topics))
        return rows

    def background(self, r: SessionRow, column: int):
        return state_background(STATE_OVERDUE) if r.overdue and column == self.COL_OVERDUE else None

    def foreground(self, r: SessionRow, column: int):
        return state_foreground(STATE_OVERDUE) if r.overdue and column == self.COL_OVERDUE else None

    def decoration(self, r: SessionRow, column: int):
        if r.overdue and column == self.COL_OVERDUE:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def tooltip(self, r: SessionRow, column: int) -> str | None:
        if column == self.COL_AGENDA and r.topics:
            return f"<p>{esc(r.topics)}</p>"
        if column == self.COL_OVERDUE and r.overdue:
            return QCoreApplication.translate(
                "Sessions", "{n} instruction(s) of this session are overdue"
            ).format(n=r.overdue)
        return None


class SessionsView(ReloadingView):
    open_tracker = Signal(object)  # TrackerQuery

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = False
        self.session_dialog: SessionViewDialog | None = None
        self.editors: list[SessionEditor] = []
        self.model = SessionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SessionsModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        # widths from the first rows, once: measuring every row of 5,000 sessions on each
        # change (ResizeToContents) froze the window for seconds
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Enter and double-click (Qt sends "activated" for both)
        self.table.activated.connect(self._on_activated)
        self.title = QLabel(self)
        self.hint = QLabel(self)
        self.new_session_action = QAction(self)
        self.new_session_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_session_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_session_action.triggered.connect(self.new_session)
        self.addAction(self.new_session_action)
        self.new_button = QPushButton(self)
        self.new_button.setIcon(
            QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        )
        self.new_button.clicked.connect(self.new_session)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.instructions_button = QPushButton(self)
        self.instructions_button.clicked.connect(self._on_instructions_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.instructions_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.table, 1)
        box.addWidget(self.hint)
        box.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.data_changed.connect(self._on_data_changed)
        self.retranslateUi()
        self.reload()

    def reload(self) -> None:
        """Read the list off the UI thread; it keeps the order last chosen by a header click."""
        ctx = self.ctx
        name_lang, today = ctx.name_lang, ctx.today()
        self._dirty = False
        ctx.lane.submit(
            ("sessions", id(self)),
            lambda sv: SessionsModel.rows(sv, name_lang, today),
            self._on_rows,
            owner=self,
        )

    def _on_rows(self, rows: list[SessionRow]) -> None:
        keep = self.selected_session_id()
        self.model.set_records(rows)
        self.table.resizeColumnsToContents()  # from SIZE_SAMPLE_ROWS rows: ~10 ms
        if keep is not None:
            self.select_session(keep)
        self._update_buttons()

    def select_session(self, session_id: int) -> bool:
        for row, rec in enumerate(self.model.records()):
            if rec.id == session_id:
                self.table.selectRow(row)
                return True
        return False

    def selected_session_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()).id if rows else None

    def open_session(self, session_id: int) -> SessionViewDialog:
        """Show the session (one at a time; the previous view is replaced)."""
        old, self.session_dialog = self.session_dialog, None
        if old is not None and shiboken6.isValid(old):
            shiboken6.delete(old)  # directly: see dialogs.DialogKeeper on deferred deletes
        dlg = SessionViewDialog(self.ctx, session_id, self)
        dlg.show_instructions.connect(self._on_show_instructions)
        self.session_dialog = dlg
        dlg.show()
        return dlg

    def open_editor(self, session_id: int | None = None) -> SessionEditor | None:
        """The session in the editor (None: a new session); an open editor is raised."""
        self._retire_editors()
        for ed in self.editors:
            if session_id is not None and ed.session_id == session_id and ed.isVisible():
                ed.raise_()
                ed.activateWindow()
                return ed
        if not self.ctx.store.commissions():
            QMessageBox.information(
                self,
                QCoreApplication.translate("Sessions", "No commission yet"),
                QCoreApplication.translate(
                    "Sessions",
                    "A session belongs to a commission: set the commission up first "
                    "(File → Settings → Commissions), then add its members in the Directory.",
                ),
            )
            return None
        ed = SessionEditor(self.ctx, session_id, self)
        self.editors.append(ed)
        ed.show()
        return ed

    def new_session(self) -> SessionEditor | None:
        return self.open_editor(None)

    def close_editors(self) -> bool:
        """Close every open editor (each asks about unsaved changes); False if one stays."""
        for ed in list(self.editors):
            if shiboken6.isValid(ed) and ed.isVisible() and not ed.close():
                return False
        return True

    def _retire_editors(self) -> None:
        """Closed editors stay hidden until the next one opens, then go (directly: see
        dialogs.DialogKeeper on deferred deletes)."""
        keep = []
        for ed in self.editors:
            if not shiboken6.isValid(ed):
                continue
            if ed.isVisible() or ed.documents.busy:
                keep.append(ed)
            else:
                shiboken6.delete(ed)
        self.editors = keep

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        s = self.model.record(index.row()).session
        if s.status == m.SessionStatus.APPROVED:
            self.open_session(s.id)
        else:
            self.open_editor(s.id)

    def _on_edit_clicked(self) -> None:
        sid = self.selected_session_id()
        if sid is not None:
            self.open_editor(sid)

    def _on_open_clicked(self) -> None:
        sid = self.selected_session_id()
        if sid is not None:
            self.open_session(sid)

    def _on_instructions_clicked(self) -> None:
        sid = self.selected_session_id()
        if sid is not None:
            self._on_show_instructions(sid)

    def _on_show_instructions(self, session_id: int) -> None:
        self.open_tracker.emit(TrackerQuery(session_id=session_id))

    def _update_buttons(self, *_args) -> None:
        has = self.selected_session_id() is not None
        self.edit_button.setEnabled(has)
        self.open_button.setEnabled(has)
        self.instructions_button.setEnabled(has)

    def retranslateUi(self) -> None:
        self.title.setText(
            "<b>{}</b>".format(QCoreApplication.translate("Sessions", "Sessions of the commission"))
        )
        self.hint.setText(
            QCoreApplication.translate(
                "Sessions",
                "Double-click a session to edit it (an approved one opens for reading); "
                "Ctrl+N starts a new session.",
            )
        )
        self.new_session_action.setText(QCoreApplication.translate("Sessions", "&New session"))
        self.new_button.setText(QCoreApplication.translate("Sessions", "New session"))
        self.new_button.setToolTip(QCoreApplication.translate("Sessions", "Ctrl+N"))
        self.edit_button.setText(QCoreApplication.translate("Sessions", "Edit"))
        self.edit_button.setToolTip(
            QCoreApplication.translate(
                "Sessions", "Header, attendance, agenda, decisions and instructions; documents"
            )
        )
        self.open_button.setText(QCoreApplication.translate("Sessions", "Preview"))
        self.open_button.setToolTip(
            QCoreApplication.translate("Sessions", "The whole session on one page, read-only")
        )
        self.instructions_button.setText(
            QCoreApplication.translate("Sessions", "Its instructions in the tracker")
        )
        self.model.retranslate()
        self._on_data_changed(None)  # agenda titles follow the language (Kazakh or Russian)
