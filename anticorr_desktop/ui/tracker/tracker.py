"""The instructions tracker: filters, a lazy table and the detail pane.

The model holds only the ids the filters select (filters and order in SQL, run
off the UI thread on the context's query lane); rows are read in pages of
``PAGE_SIZE`` when the view first asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import model as m
from ...domain import rules
from ...i18n import QT_TRANSLATE_NOOP
from ...services.listing import TrackerQuery, query_ids
from ..kit.common import (
    DUE_SOON_WORKING_DAYS,
    STATE_CANCELLED,
    STATE_DONE,
    STATE_DUE_SOON,
    STATE_NORMAL,
    STATE_OVERDUE,
    esc,
    fmt_date,
    label,
    one_line,
    state_background,
    state_foreground,
)
from ..kit.context import AppContext
from ..kit.dialogs import DialogKeeper
from ..kit.header import use_windows_sort_arrow
from ..kit.placement import SidewaysScroll
from .instruction_actions import InstructionActions
from .instruction_detail import ACTION_ORDER, InstructionDetail, action_allowed, action_texts
from .tracker_filters import TrackerFilters

IdRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2


@dataclass
class InstructionRow:
    inst: m.Instruction
    protocol: str  # "2024/4", empty outside a session
    protocol_key: tuple
    executor: str
    state: str
    days: int  # days overdue, 0 if not overdue


class InstructionsModel(QAbstractTableModel):
    COL_NUMBER, COL_PROTOCOL, COL_TEXT, COL_EXECUTOR, COL_DUE, COL_DAYS, COL_STATUS = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("Tracker", "No."),
        QT_TRANSLATE_NOOP("Tracker", "Minutes"),
        QT_TRANSLATE_NOOP("Tracker", "Instruction"),
        QT_TRANSLATE_NOOP("Tracker", "Main executor"),
        QT_TRANSLATE_NOOP("Tracker", "Due"),
        QT_TRANSLATE_NOOP("Tracker", "Days overdue"),
        QT_TRANSLATE_NOOP("Tracker", "Status"),
    )
    PAGE_SIZE = 100  # rows read at a time: a screen or two (the first screen: ~8 ms at 100,000)

    loading_changed = Signal(bool)  # a list is being selected off the UI thread
    applied = Signal()  # the ids of the latest query or order are shown

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._query = TrackerQuery()  # the list shown
        self._requested = self._query  # the list last asked for (may still be on its way)
        self._reread = False  # a request to read the rows again is on its way
        # the unfiltered list per (order, day), as last read: a filtered list in that order
        # is picked from it; dropped whenever the data changes
        self._whole: dict[tuple, list[int]] = {}
        self._ids: list[int] = []  # in display order
        self._pos: dict[int, int] = {}
        self._rows: dict[int, InstructionRow] = {}
        self._sessions: dict[int, m.Session] = {}
        self._sort = (self.COL_DUE, Qt.SortOrder.AscendingOrder)  # asked for
        self._shown_sort = self._sort  # the order of ``_ids``
        self._today = ctx.today()
        self._soon = self._today
        self._icons: dict[str, QIcon] = {}
        self.pages_fetched = 0  # for tests and diagnostics
        self._lane_key = ("tracker", id(self))
        ctx.lane.busy_changed.connect(self._on_lane_busy)

    # -- loading ----------------------------------------------------------------------
    @property
    def query(self) -> TrackerQuery:
        return self._query

    def set_query(self, query: TrackerQuery) -> None:
        """Select and show the ids for ``query`` now, on this thread (one SQL query; no
        row is read until it is shown)."""
        today, soon = self._dates()
        sort = self._sort
        self._requested = query
        self._whole.clear()
        self._apply(
            query,
            sort,
            today,
            soon,
            self._select(self.ctx.store, query, sort, today, soon),
            reread=True,
        )

    def request(self, query: TrackerQuery | None = None) -> None:
        """Select the ids for ``query`` off the UI thread (default: the query last asked
        for, its rows read again: the data changed); they replace the list when they
        arrive (``applied``). A newer request makes an older one's result be dropped:
        whatever it asked for, the newer one asks for too."""
        self._reread = self._reread or query is None
        self._ask(self._requested if query is None else query)

    def _ask(self, query: TrackerQuery) -> None:
        self._requested = query
        today, soon = self._dates()
        sort, reread = self._sort, self._reread
        if reread:
            self._whole.clear()
        whole = self._whole.get((sort, today))

        def done(ids: list[int]) -> None:
            self._reread = False
            if query == TrackerQuery():
                self._whole[(sort, today)] = ids
            self._apply(query, sort, today, soon, ids, reread)

        self.ctx.lane.submit(
            self._lane_key,
            lambda sv: self._select(sv.store, query, sort, today, soon, whole),
            done,
            owner=self,
        )

    def _dates(self) -> tuple[date, date]:
        today = self.ctx.today()
        return today, self.ctx.due_soon_until(today)

    @classmethod
    def _select(
        cls,
        store,
        query: TrackerQuery,
        sort: tuple[int, Qt.SortOrder],
        today: date,
        soon: date,
        whole: list[int] | None = None,
    ) -> list[int]:
        # every column is sorted in SQL: no row is read to sort 100,000 of them
        column, order = sort
        if whole is not None and query != TrackerQuery():
            # the whole list is at hand in this order: keep the rows the filters select, in
            # it (a search sorted by executor: the join and sort of 24,000 rows took 50 ms,
            # the unordered ids 15 ms and this pass 5 ms)
            chosen = set(query_ids(store, query, today, soon, order="id"))
            return [i for i in whole if i in chosen]
        return query_ids(
            store,
            query,
            today,
            soon,
            order=cls._SQL_ORDER[column],
            desc=order == Qt.SortOrder.DescendingOrder,
        )

    def _apply(
        self,
        query: TrackerQuery,
        sort: tuple[int, Qt.SortOrder],
        today: date,
        soon: date,
        ids: list[int],
        reread: bool = False,
    ) -> None:
        # only a new order of the rows shown moves them (keeping the selection); any other
        # answer, even to the same filters asked again, reads the rows anew
        same_rows = (
            not reread
            and sort != self._shown_sort
            and query == self._query
            and (today, soon) == (self._today, self._soon)
            and len(ids) == len(self._ids)
            and set(ids) == set(self._ids)
        )
        if same_rows:
            self._reorder(ids)  # the same rows in another order: the selection stays
        else:
            # another list, or the data changed: read every row again when shown
            self.beginResetModel()
            self._query = query
            self._today, self._soon = today, soon
            self._sessions = {}  # read with each page of rows, for the sessions it names
            self._rows = {}
            self._ids = ids
            self._reindex()
            self.endResetModel()
        self._shown_sort = sort
        self.applied.emit()

    def _reorder(self, ids: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self._ids[ix.row()], ix.column()) for ix in old]
        self._ids = ids
        self._reindex()
        self.changePersistentIndexList(old, [self.index(self._pos[i], c) for i, c in old_ids])
        self.layoutChanged.emit()

    def is_loading(self) -> bool:
        """A list asked for has not arrived yet."""
        return self.ctx.lane.is_busy(self._lane_key)

    def _on_lane_busy(self, key: object, busy: bool) -> None:
        if key == self._lane_key:
            self.loading_changed.emit(busy)

    def ids(self) -> list[int]:
        return list(self._ids)

    def instruction_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, inst_id: int) -> int | None:
        return self._pos.get(inst_id)

    def row_data(self, row: int) -> InstructionRow:
        iid = self._ids[row]
        if iid not in self._rows:
            page = row // self.PAGE_SIZE
            self._fetch(self._ids[page * self.PAGE_SIZE : (page + 1) * self.PAGE_SIZE])
        return self._rows[iid]

    def cached(self, inst_id: int) -> InstructionRow | None:
        return self._rows.get(inst_id)

    def refresh(self, ids: list[int]) -> None:
        """Read ``ids`` again after an action; their rows stay where they are."""
        self._whole.clear()  # an action may have moved them in some order
        present = [i for i in ids if i in self._pos]
        for i in present:
            self._rows.pop(i, None)
        if not present:
            return
        self._fetch(present)
        last = self.columnCount() - 1
        for i in present:
            r = self._pos[i]
            self.dataChanged.emit(self.index(r, 0), self.index(r, last))

    def retranslate(self) -> None:
        """Names and labels in the new language: read the cached rows again."""
        cached = [i for i in self._ids if i in self._rows]
        self._rows = {}
        if cached:
            self._fetch(cached)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1)
            )

    def _fetch(self, ids: list[int]) -> None:
        missing = [i for i in ids if i not in self._rows]
        if not missing:
            return
        self.pages_fetched += 1
        insts = self.ctx.store.instructions_by_ids(missing)
        need = {i.session_id for i in insts if i.session_id and i.session_id not in self._sessions}
        if need:
            self._sessions.update(self.ctx.store.sessions_by_ids(need))
        for inst in insts:
            self._rows[inst.id] = self._make_row(inst)

    def _make_row(self, inst: m.Instruction) -> InstructionRow:
        s = self._sessions.get(inst.session_id) if inst.session_id else None
        days = rules.days_overdue(inst.status, inst.due_date, self._today)
        if days:
            state = STATE_OVERDUE
        elif (
            inst.status in m.OWING_STATUSES
            and inst.due_date
            and self._today <= inst.due_date <= self._soon
        ):
            state = STATE_DUE_SOON
        elif inst.status in (m.InstructionStatus.DONE, m.InstructionStatus.OFF_CONTROL):
            state = STATE_DONE
        elif inst.status == m.InstructionStatus.CANCELLED:
            state = STATE_CANCELLED
        else:
            state = STATE_NORMAL
        return InstructionRow(
            inst,
            s.label if s else "",
            (s is None, s.year if s else 0, s.number if s else 0),
            self.ctx.executor_name(inst.main_executor),
            state,
            days,
        )

    # -- order ------------------------------------------------------------------------
    _SQL_ORDER: ClassVar[dict[int, str]] = {
        COL_NUMBER: "number",
        COL_PROTOCOL: "session",
        COL_TEXT: "text",
        COL_EXECUTOR: "executor",
        COL_DUE: "due",
        COL_DAYS: "overdue",
        COL_STATUS: "status",
    }

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by ``column`` in SQL, off the UI thread (the header's click)."""
        if not 0 <= column < len(self.HEADERS) or (column, order) == self._sort:
            return
        self._sort = (column, order)
        self._ask(self._requested)  # the list last asked for, in the new order

    def _reindex(self) -> None:
        self._pos = {i: n for n, i in enumerate(self._ids)}

    # -- the model interface ----------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("Tracker", self.HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == IdRole:
            return self._ids[index.row()]
        r = self.row_data(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == StateRole:
            return r.state
        if role == Qt.ItemDataRole.BackgroundRole:
            return state_background(r.state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return state_foreground(r.state)
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_NUMBER:
            return self._icon(r.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_DAYS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _display(self, r: InstructionRow, col: int) -> str:
        i = r.inst
        if col == self.COL_NUMBER:
            return i.number
        if col == self.COL_PROTOCOL:
            return r.protocol or "—"
        if col == self.COL_TEXT:
            return one_line(i.text or i.text_kk)  # a body writing only Kazakh
        if col == self.COL_EXECUTOR:
            return r.executor
        if col == self.COL_DUE:
            return fmt_date(i.due_date) or i.due_text
        if col == self.COL_DAYS:
            return str(r.days) if r.days else ""
        return label(m.STATUS_LABELS[i.status])

    def state_text(self, r: InstructionRow) -> str:
        if r.state == STATE_OVERDUE:
            return QCoreApplication.translate("Tracker", "Overdue by {n} days").format(n=r.days)
        if r.state == STATE_DUE_SOON:
            return QCoreApplication.translate("Tracker", "Due within {n} working days").format(
                n=DUE_SOON_WORKING_DAYS
            )
        return label(m.STATUS_LABELS[r.inst.status])

    def _tooltip(self, r: InstructionRow, col: int) -> str:
        if col == self.COL_TEXT:
            return f"<p>{esc(r.inst.text or r.inst.text_kk)}</p>"
        return self.state_text(r)

    def _icon(self, state: str) -> QIcon | None:
        pixmap = {
            STATE_OVERDUE: QStyle.StandardPixmap.SP_MessageBoxWarning,
            STATE_DUE_SOON: QStyle.StandardPixmap.SP_MessageBoxInformation,
            STATE_DONE: QStyle.StandardPixmap.SP_DialogApplyButton,
            STATE_CANCELLED: QStyle.StandardPixmap.SP_DialogCancelButton,
        }.get(state)
        if pixmap is None:
            return None
        if state not in self._icons:
            self._icons[state] = QApplication.style().standardIcon(pixmap)
        return self._icons[state]


class TrackerView(QWidget):
    SETTING_SPLITTER = "tracker/splitter"
    SETTING_HEADER = "tracker/header"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = False
        self._keeping = False  # a reload keeps the selection (see _reload_keeping_selection)
        self._keep: list[int] = []
        self.filters = TrackerFilters(ctx, self)
        self.model = InstructionsModel(ctx, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(InstructionsModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(InstructionsModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)
        use_windows_sort_arrow(header)
        self.detail = InstructionDetail(ctx, self)
        self.actions = InstructionActions(ctx, self)
        # the table over the detail: the instruction text gets the window's width
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 320])
        self.splitter.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(SidewaysScroll(self.filters, self))  # 1024 px (1280 at 125 %) too
        box.addWidget(self.splitter, 1)

        self.filters.query_changed.connect(self._on_query_changed)
        self.model.applied.connect(self._on_model_applied)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_reset)
        self.model.loading_changed.connect(self.filters.set_loading)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # the keyboard: Enter (and a double click) opens the instruction; the context menu
        # (right click, the Menu key, Shift+F10) lists what can be done with the selection
        self.table.activated.connect(self._on_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.menu_key = QAction(self.table)
        self.menu_key.setShortcut(QKeySequence("Shift+F10"))
        self.menu_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.menu_key.triggered.connect(lambda: self._on_context_menu(None))
        self.table.addAction(self.menu_key)
        self.context_menu: QMenu | None = None
        self._windows = DialogKeeper()
        self.detail.action_requested.connect(self._on_action_requested)
        self.actions.applied.connect(self._on_applied)
        ctx.data_changed.connect(self._on_data_changed)
        self._fit_columns()
        self._restore()
        self._run(self.filters.query())

    # -- public -------------------------------------------------------------------------
    def apply_query(self, query: TrackerQuery) -> None:
        """Show ``query`` (from the overview or a session), its filters visible above."""
        self.filters.set_query(query)
        self._run(query)

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def selected_ids(self) -> list[int]:
        rows = sorted(ix.row() for ix in self.table.selectionModel().selectedRows())
        return [self.model.instruction_id(r) for r in rows]

    def select_instruction(self, inst_id: int, extend: bool = False) -> bool:
        row = self.model.row_of(inst_id)
        if row is None:
            return False
        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.Select
            if extend
            else QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def save_state(self) -> None:
        self.ctx.settings.setValue(self.SETTING_SPLITTER, self.splitter.saveState())
        self.ctx.settings.setValue(self.SETTING_HEADER, self.table.horizontalHeader().saveState())

    # -- slots --------------------------------------------------------------------------
    def _run(self, query: TrackerQuery) -> None:
        self.model.request(query)  # off the UI thread; shown by _on_model_applied

    def _on_model_about_to_reset(self) -> None:
        if self._keeping:  # a reload after a change: the rows selected now stay selected
            self._keep = self.selected_ids()

    def _on_model_applied(self) -> None:
        if self._keeping:
            keep, self._keeping, self._keep = self._keep, False, []
            for n, i in enumerate(keep):
                self.select_instruction(i, extend=n > 0)
        self.filters.set_count(self.model.rowCount())
        self._on_selection_changed()

    def _on_query_changed(self, query: TrackerQuery) -> None:
        self._run(query)

    def _on_selection_changed(self, *_args) -> None:
        ids = self.selected_ids()
        rows = [self.model.row_data(self.model.row_of(i)) for i in ids]
        self.detail.show_instructions([r.inst for r in rows])

    def _on_action_requested(self, action: str) -> None:
        ids = self.selected_ids()
        if ids:
            self.actions.start(
                rules.Action(action), [self.model.row_data(self.model.row_of(i)).inst for i in ids]
            )

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_instruction(self.model.instruction_id(index.row()))

    def open_instruction(self, inst_id: int):
        """The instruction in a window of its own: its text, history and actions."""
        from .instruction_window import InstructionWindow

        return self._windows.open(InstructionWindow(self.ctx, inst_id, self.window()))

    @property
    def instruction_window(self):
        return self._windows.current

    def _on_context_menu(self, pos: QPoint | None) -> None:
        """The actions on the selected rows, beside the row (the right click's point, or
        the current row's for the keyboard)."""
        if pos is not None:
            index = self.table.indexAt(pos)
            if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
                self.select_instruction(self.model.instruction_id(index.row()))
        ids = self.selected_ids()
        if not ids:
            return
        if pos is None:
            current = self.table.currentIndex()
            rect = self.table.visualRect(current) if current.isValid() else None
            pos = rect.bottomLeft() if rect is not None else QPoint(0, 0)
        insts = [self.model.row_data(self.model.row_of(i)).inst for i in ids]
        menu = QMenu(self)
        open_action = menu.addAction(QCoreApplication.translate("Tracker", "&Open"))
        open_action.setEnabled(len(ids) == 1)
        open_action.triggered.connect(lambda: self.open_instruction(ids[0]))
        font = open_action.font()
        font.setBold(True)  # what Enter does
        open_action.setFont(font)
        menu.addSeparator()
        texts = action_texts()
        for action in ACTION_ORDER:
            a = menu.addAction(texts[action])
            a.setEnabled(action_allowed(action, insts))
            a.triggered.connect(lambda _c=False, act=action: self._on_action_requested(act.value))
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _on_applied(self, ids: list[int]) -> None:
        self.model.refresh(ids)
        self._on_selection_changed()
        self.ctx.notify_changed(self)

    def _on_data_changed(self, source: object) -> None:
        if source is self:
            return
        self.filters.reload_choices()
        self._dirty = True
        if self.isVisible():
            self._reload_keeping_selection()

    def _reload_keeping_selection(self) -> None:
        """Read the list last asked for again (a search still on its way stays asked for),
        keeping the selection."""
        self._dirty = False
        self._keeping = True
        self.model.request()

    def showEvent(self, event) -> None:
        if self._dirty:
            self._reload_keeping_selection()
        super().showEvent(event)

    def _restore(self) -> None:
        state = self.ctx.settings.value(self.SETTING_SPLITTER)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        state = self.ctx.settings.value(self.SETTING_HEADER)
        if isinstance(state, QByteArray) and not state.isEmpty():
            # restores the sort column too: sortIndicatorChanged reaches the model
            self.table.horizontalHeader().restoreState(state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self._fit_columns()
        if self.isVisible():
            self.model.retranslate()
            self._on_selection_changed()
        else:  # read again when shown
            self._dirty = True

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for col, width in (
            (InstructionsModel.COL_NUMBER, 64),
            (InstructionsModel.COL_PROTOCOL, 64),
            (InstructionsModel.COL_EXECUTOR, 150),
            (InstructionsModel.COL_DUE, 90),
            (InstructionsModel.COL_DAYS, 60),
            (InstructionsModel.COL_STATUS, self._status_width()),
        ):
            # never narrower than the header's (translated) title
            self.table.setColumnWidth(col, max(width, header.sectionSizeHint(col)))

    def _status_width(self) -> int:
        """Wide enough for the longest status label in the interface language."""
        fm = self.table.fontMetrics()
        return 16 + max(fm.horizontalAdvance(label(t)) for t in m.STATUS_LABELS.values())
