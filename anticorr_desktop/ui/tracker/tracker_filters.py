"""The tracker's filter bar: status, executor, session, overdue / due soon, search."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
)

from ...domain import model as m
from ...domain.collation import kazakh_key
from ...services.listing import STATUS_ALL, STATUS_DONE_LATE, STATUS_OPEN, TrackerQuery
from ..kit.common import DUE_SOON_WORKING_DAYS, DateField, label, typical_width
from ..kit.context import AppContext

EXPORT_FORMATS = ("xlsx", "csv", "ics", "json")
SEARCH_DELAY_MS = 30  # coalesces a burst of keys; a search made obsolete is interrupted (lane.py)
_ANY = -1  # combo data for "all"
_NO_SESSION = -2  # combo data for "outside sessions"


class TrackerFilters(QWidget):
    query_changed = Signal(object)  # TrackerQuery
    export_requested = Signal(str)  # csv | xlsx | ics | json: the list as shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # the bar must fit a 1366-pixel screen beside the navigation
        self.status = typical_width(QComboBox(self), 12)
        self.executor = typical_width(QComboBox(self), 12)
        self.co_executors = QCheckBox(self)
        self.session = typical_width(QComboBox(self), 12)
        self.overdue = QCheckBox(self)
        self.due_soon = QCheckBox(self)
        self.commission = QComboBox(self)
        self.commission_label = QLabel(self)
        self.commission_label.setBuddy(self.commission)
        self.due_range = QCheckBox(self)
        self.due_from = DateField(None, self, note=False)  # a range: no weekdays needed
        self.due_to = DateField(None, self, note=False)
        today = QDate.currentDate()
        for w, d in (
            (self.due_from, QDate(today.year(), 1, 1)),
            (self.due_to, QDate(today.year(), 12, 31)),
        ):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd.MM.yyyy")
            w.setDate(d)
            w.setEnabled(False)
        self.due_range_to = QLabel("—", self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.reset = QPushButton(self)
        self.count = QLabel(self)
        # this list as a file: the Reports page does it, with its progress and folder
        self.export_button = QPushButton(self)
        self.export_menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for fmt in EXPORT_FORMATS:
            a = self.export_menu.addAction("")
            a.triggered.connect(lambda _c=False, fmt=fmt: self.export_requested.emit(fmt))
            self.export_actions[fmt] = a
        self.export_button.setMenu(self.export_menu)
        self.status_label = QLabel(self)
        self.executor_label = QLabel(self)
        self.session_label = QLabel(self)
        self.search_label = QLabel(self)
        for lab, w in (
            (self.status_label, self.status),
            (self.executor_label, self.executor),
            (self.session_label, self.session),
            (self.search_label, self.search),
        ):
            lab.setBuddy(w)

        grid = QGridLayout(self)
        grid.addWidget(self.status_label, 0, 0)
        grid.addWidget(self.status, 0, 1)
        grid.addWidget(self.executor_label, 0, 2)
        grid.addWidget(self.executor, 0, 3)
        grid.addWidget(self.co_executors, 0, 4)
        grid.addWidget(self.session_label, 0, 5)
        grid.addWidget(self.session, 0, 6)
        grid.addWidget(self.search_label, 1, 0)
        grid.addWidget(self.search, 1, 1, 1, 3)
        grid.addWidget(self.overdue, 1, 4)
        grid.addWidget(self.due_soon, 1, 5, 1, 2)
        grid.addWidget(self.reset, 0, 7)
        grid.addWidget(self.count, 1, 7)
        grid.addWidget(self.commission_label, 2, 0)
        grid.addWidget(self.commission, 2, 1, 1, 2)
        # in the stretching column: a long Kazakh label elsewhere does not widen the bar
        grid.addWidget(self.export_button, 2, 3, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.due_range, 2, 4)
        grid.addWidget(self.due_from, 2, 5)
        grid.addWidget(self.due_range_to, 2, 6)
        grid.addWidget(self.due_to, 2, 7)
        grid.setColumnStretch(3, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._on_text_changed)
        for combo in (self.status, self.executor, self.session, self.commission):
            combo.currentIndexChanged.connect(self._emit)
        self.due_range.toggled.connect(self.due_from.setEnabled)
        self.due_range.toggled.connect(self.due_to.setEnabled)
        for edit in (self.due_from, self.due_to):
            edit.dateChanged.connect(self._emit)
        for box in (self.co_executors, self.overdue, self.due_soon, self.due_range):
            box.toggled.connect(self._emit)
        self.reset.clicked.connect(self._on_reset_clicked)
        self._count = 0
        self._loading = False
        self._choices_dirty = True
        self.retranslateUi()
        self._ensure_choices()

    # -- query <-> widgets ------------------------------------------------------------------
    def query(self) -> TrackerQuery:
        ref = self.executor.currentData()
        ex = None if ref in (None, _ANY) else m.Executor.parse(ref)
        se = self.session.currentData()
        return TrackerQuery(
            status=self.status.currentData() or STATUS_ALL,
            # an organisation: its instructions; a person: theirs, also as an organisation's
            # responsible person
            executor_id=ex.person_id if ex and ex.organisation_id is None else None,
            organisation_id=ex.organisation_id if ex else None,
            include_co_executors=self.co_executors.isChecked(),
            session_id=None if se in (None, _ANY, _NO_SESSION) else int(se),
            no_session=se == _NO_SESSION,
            overdue=self.overdue.isChecked(),
            due_soon=self.due_soon.isChecked(),
            text=self.search.text(),
            commission_id=None
            if self.commission.currentData() in (None, _ANY)
            else int(self.commission.currentData()),
            due_from=_py_date(self.due_from.date()) if self.due_range.isChecked() else None,
            due_to=_py_date(self.due_to.date()) if self.due_range.isChecked() else None,
        )

    def set_query(self, q: TrackerQuery) -> None:
        """Show ``q`` in the widgets without emitting ``query_changed``."""
        self._ensure_choices()
        self._timer.stop()
        widgets = (
            self.status,
            self.executor,
            self.session,
            self.co_executors,
            self.overdue,
            self.due_soon,
            self.search,
            self.commission,
            self.due_range,
            self.due_from,
            self.due_to,
        )
        for w in widgets:
            w.blockSignals(True)
        try:
            _select(self.status, q.status)
            _select(
                self.executor,
                m.Executor.org(q.organisation_id).ref
                if q.organisation_id is not None
                else _ANY
                if q.executor_id is None
                else m.Executor.person(q.executor_id).ref,
            )
            _select(
                self.session,
                q.session_id if q.session_id is not None else _NO_SESSION if q.no_session else _ANY,
            )
            self.co_executors.setChecked(q.include_co_executors)
            self.overdue.setChecked(q.overdue)
            self.due_soon.setChecked(q.due_soon)
            self.search.setText(q.text)
            _select(self.commission, _ANY if q.commission_id is None else q.commission_id)
            ranged = q.due_from is not None or q.due_to is not None
            self.due_range.setChecked(ranged)
            self.due_from.setEnabled(ranged)
            self.due_to.setEnabled(ranged)
            if q.due_from is not None:
                self.due_from.setDate(QDate(q.due_from.year, q.due_from.month, q.due_from.day))
            if q.due_to is not None:
                self.due_to.setDate(QDate(q.due_to.year, q.due_to.month, q.due_to.day))
        finally:
            for w in widgets:
                w.blockSignals(False)

    def set_count(self, n: int) -> None:
        self._count = n
        self._show_count()

    def set_loading(self, loading: bool) -> None:
        """A list is being selected: say so where the count stands (the table keeps the
        previous list until the new one arrives)."""
        self._loading = loading
        self._show_count()

    def _show_count(self) -> None:
        if self._loading:
            self.count.setText(QCoreApplication.translate("Tracker", "Searching…"))
        else:
            self.count.setText(
                QCoreApplication.translate("Tracker", "{n} shown").format(n=self._count)
            )

    def reload_choices(self) -> None:
        """People and sessions may have changed: refill the combos, keeping the choice."""
        self._choices_dirty = True
        if self.isVisible():
            self._ensure_choices()

    def _ensure_choices(self) -> None:
        if self._choices_dirty:
            self._choices_dirty = False
            self._fill_executors()
            self._fill_sessions()
            self._fill_commissions()

    def showEvent(self, event) -> None:
        self._ensure_choices()
        super().showEvent(event)

    # -- slots --------------------------------------------------------------------------------
    def _on_text_changed(self, _text: str) -> None:
        self._timer.start()  # typing restarts the wait: one query per pause

    def flush(self) -> None:
        """Ask for a search typed a moment ago now, not after the typing pause."""
        if self._timer.isActive():
            self._emit()

    def _emit(self, *_args) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query())

    def _on_reset_clicked(self) -> None:
        self.set_query(TrackerQuery())
        self._emit()

    # -- filling ----------------------------------------------------------------------------
    def _fill_statuses(self) -> None:
        keep = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(QCoreApplication.translate("Tracker", "All"), STATUS_ALL)
        self.status.addItem(QCoreApplication.translate("Tracker", "Open (not closed)"), STATUS_OPEN)
        for s in m.InstructionStatus:
            self.status.addItem(label(m.STATUS_LABELS[s]), s.value)
        self.status.addItem(
            QCoreApplication.translate("Tracker", "Done late this year"), STATUS_DONE_LATE
        )
        _select(self.status, keep or STATUS_ALL)
        self.status.blockSignals(False)

    def _fill_executors(self) -> None:
        keep = self.executor.currentData()
        self.executor.blockSignals(True)
        self.executor.clear()
        self.executor.addItem(QCoreApplication.translate("Tracker", "Anyone"), _ANY)
        lang = self.ctx.name_lang
        # people and organisations (groups too) in one alphabetical list
        choices = [
            (p.full_name(lang), m.Executor.person(p.id).ref) for p in self.ctx.people().values()
        ]
        choices += [
            (o.short(lang), m.Executor.org(o.id).ref) for o in self.ctx.store.organisations()
        ]
        for name, ref in sorted(choices, key=lambda c: kazakh_key(c[0])):
            self.executor.addItem(name, ref)
        _select(self.executor, _ANY if keep is None else keep)
        self.executor.blockSignals(False)

    def _fill_sessions(self) -> None:
        keep = self.session.currentData()
        self.session.blockSignals(True)
        self.session.clear()
        self.session.addItem(QCoreApplication.translate("Tracker", "All sessions"), _ANY)
        self.session.addItem(QCoreApplication.translate("Tracker", "Outside sessions"), _NO_SESSION)
        text = QCoreApplication.translate("Tracker", "{label} of {date}")
        for sid, year, number, day, _com in self.ctx.store.session_choices():  # 5,000: ~20 ms
            self.session.addItem(text.format(label=f"{year}/{number}", date=f"{day:%d.%m.%Y}"), sid)
        _select(self.session, _ANY if keep is None else keep)
        self.session.blockSignals(False)

    def _fill_commissions(self) -> None:
        keep = self.commission.currentData()
        self.commission.blockSignals(True)
        self.commission.clear()
        self.commission.addItem(QCoreApplication.translate("Tracker", "All commissions"), _ANY)
        coms = self.ctx.store.commissions()
        for c in coms:
            self.commission.addItem(c.name(self.ctx.name_lang), c.id)
        _select(self.commission, _ANY if keep is None else keep)
        self.commission.blockSignals(False)
        # one commission: nothing to choose
        self.commission.setVisible(len(coms) > 1)
        self.commission_label.setVisible(len(coms) > 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.status_label.setText(QCoreApplication.translate("Tracker", "&Status:"))
        self.executor_label.setText(QCoreApplication.translate("Tracker", "&Executor:"))
        self.session_label.setText(QCoreApplication.translate("Tracker", "Sess&ion:"))
        self.search_label.setText(QCoreApplication.translate("Tracker", "Fi&nd:"))
        self.co_executors.setText(QCoreApplication.translate("Tracker", "also as co-executor"))
        self.overdue.setText(QCoreApplication.translate("Tracker", "&Overdue only"))
        self.due_soon.setText(
            QCoreApplication.translate("Tracker", "Due within {n} &working days").format(
                n=DUE_SOON_WORKING_DAYS
            )
        )
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "Tracker", "Words from the instruction, decision or report (Ctrl+F)"
            )
        )
        self.reset.setText(QCoreApplication.translate("Tracker", "Show all"))
        self.export_button.setText(QCoreApplication.translate("Tracker", "Export"))
        self.export_button.setToolTip(
            QCoreApplication.translate("Tracker", "This list, with its filters, as a file")
        )
        for fmt, text in (
            ("xlsx", QCoreApplication.translate("Tracker", "Excel workbook (XLSX)…")),
            ("csv", QCoreApplication.translate("Tracker", "CSV for Excel…")),
            ("ics", QCoreApplication.translate("Tracker", "Calendar (ICS)…")),
            ("json", QCoreApplication.translate("Tracker", "Interchange file (JSON)…")),
        ):
            self.export_actions[fmt].setText(text)
        self.commission_label.setText(QCoreApplication.translate("Tracker", "&Commission:"))
        self.due_range.setText(QCoreApplication.translate("Tracker", "Due &between"))
        self._fill_statuses()
        self.set_count(self._count)
        self.reload_choices()  # names and dates in the new language; a hidden bar fills when shown


def _py_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _select(combo: QComboBox, data: object) -> None:
    n = combo.findData(data)
    combo.setCurrentIndex(max(n, 0))
