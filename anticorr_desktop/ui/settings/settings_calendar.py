"""Settings, Calendar tab: the secretary's table of extra days off and working
days, and where a deadline that falls on a day off goes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.workdays import CalendarOverride, DayOffRule
from ...errors import UserError
from ...i18n import QT_TRANSLATE_NOOP
from ..kit.common import fmt_date, from_qdate, show_user_error
from ..kit.context import AppContext
from ..kit.dialogs import date_edit
from ..kit.records_model import Column, RecordsModel

_LOCALES = {"ru": "ru_RU", "kk": "kk_KZ", "en": "en_GB"}


def weekday_name(d: date, lang: str) -> str:
    """The day of the week in the interface language (Qt's locale data)."""
    return QLocale(_LOCALES.get(lang, "en_GB")).dayName(
        d.isoweekday(), QLocale.FormatType.LongFormat
    )


def _kind(working: bool) -> str:
    return (
        QCoreApplication.translate("Settings", "Working day")
        if working
        else QCoreApplication.translate("Settings", "Day off")
    )


class CalendarRow:
    __slots__ = ("lang", "override")

    def __init__(self, override: CalendarOverride, lang: str) -> None:
        self.override = override
        self.lang = lang

    @property
    def id(self) -> str:
        return self.override.day.isoformat()


class CalendarModel(RecordsModel):
    """The overrides in date order."""

    context = "Settings"
    COL_DATE, COL_WEEKDAY, COL_KIND, COL_NOTE = range(4)
    columns = (
        Column(
            QT_TRANSLATE_NOOP("Settings", "Date"),
            lambda r: fmt_date(r.override.day),
            key=lambda r: r.override.day,
        ),
        Column(
            QT_TRANSLATE_NOOP("Settings", "Day of the week"),
            lambda r: weekday_name(r.override.day, r.lang),
            key=lambda r: r.override.day.isoweekday(),
        ),
        Column(
            QT_TRANSLATE_NOOP("Settings", "The day is"),
            lambda r: _kind(r.override.working),
            key=lambda r: r.override.working,
        ),
        Column(QT_TRANSLATE_NOOP("Settings", "Note"), lambda r: r.override.note),
    )

    def load(self, ctx: AppContext) -> None:
        lang = ctx.lang
        self.set_records(
            [
                CalendarRow(CalendarOverride(d, w, n), lang)
                for d, w, n in ctx.store.calendar_overrides()
            ]
        )

    def day(self, row: int) -> date:
        return self.record(row).override.day


class CalendarTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = CalendarModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CalendarModel.COL_DATE, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        today = ctx.today()
        self.date = date_edit(today, self)
        self.kind = QComboBox(self)
        self.kind.addItem("", False)
        self.kind.addItem("", True)
        self.note = QLineEdit(self)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.check = QLabel(self)
        self.check.setTextFormat(Qt.TextFormat.PlainText)
        self.add_label = QLabel(self)
        self.add_label.setBuddy(self.date)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_label)
        add_row.addWidget(self.date)
        add_row.addWidget(self.kind)
        add_row.addWidget(self.note, 1)
        add_row.addWidget(self.add_button)

        self.rule_box = QGroupBox(self)
        self.preceding = QRadioButton(self.rule_box)
        self.next = QRadioButton(self.rule_box)
        self.rule_group = QButtonGroup(self)
        self.rule_group.addButton(self.preceding)
        self.rule_group.addButton(self.next)
        self.rule_hint = QLabel(self.rule_box)
        self.rule_hint.setWordWrap(True)
        rbox = QVBoxLayout(self.rule_box)
        rbox.addWidget(self.preceding)
        rbox.addWidget(self.next)
        rbox.addWidget(self.rule_hint)

        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addWidget(self.table, 1)
        box.addLayout(remove_row)
        box.addLayout(add_row)
        box.addWidget(self.check)
        box.addWidget(self.rule_box)

        self.add_button.clicked.connect(self.add_day)
        self.remove_button.clicked.connect(self.remove_selected)
        self.date.dateChanged.connect(self._update_check)
        self.preceding.toggled.connect(self._on_rule_toggled)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.retranslateUi()
        self.reload()

    # -- data ----------------------------------------------------------------------------------
    def reload(self) -> None:
        self._dirty = False
        self.model.load(self.ctx)
        for col in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, max(self.table.columnWidth(col) + 12, 110))
        rule = self.ctx.services.calendar.rule
        for b, value in ((self.preceding, DayOffRule.PRECEDING), (self.next, DayOffRule.NEXT)):
            b.blockSignals(True)
            b.setChecked(rule == value)
            b.blockSignals(False)
        self._on_selection_changed()
        self._update_check()

    def selected_days(self) -> list[date]:
        return sorted(self.model.day(ix.row()) for ix in self.table.selectionModel().selectedRows())

    def add_day(self) -> bool:
        """Enter the day from the fields (a day already in the table is replaced)."""
        day = from_qdate(self.date.date())
        try:
            self.ctx.services.set_calendar_day(day, bool(self.kind.currentData()), self.note.text())
        except UserError as exc:
            show_user_error(self, exc, self.ctx.lang)
            return False
        self.note.clear()
        self._changed()
        row = next((r for r in range(self.model.rowCount()) if self.model.day(r) == day), None)
        if row is not None:
            self.table.selectRow(row)
        return True

    def remove_selected(self) -> None:
        days = self.selected_days()
        if not days:
            return
        try:
            for d in days:
                self.ctx.services.remove_calendar_day(d)
        except UserError as exc:
            show_user_error(self, exc, self.ctx.lang)
        self._changed()

    def set_rule(self, rule: DayOffRule) -> None:
        self.ctx.services.set_day_off_rule(DayOffRule(rule).value)
        self.reload()
        self.ctx.notify_changed(self)

    def _changed(self) -> None:
        self.reload()
        self.ctx.notify_changed(self)

    def _on_rule_toggled(self, _checked: bool) -> None:
        rule = DayOffRule.PRECEDING if self.preceding.isChecked() else DayOffRule.NEXT
        if rule != self.ctx.services.calendar.rule:
            self.set_rule(rule)

    def _on_selection_changed(self, *_args) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _update_check(self, *_args) -> None:
        """What the calendar now says of the date in the field."""
        d = from_qdate(self.date.date())
        cal = self.ctx.services.calendar
        lang = self.ctx.lang
        name = cal.holiday_name(d, lang)
        if cal.is_working_day(d):
            text = QCoreApplication.translate("Settings", "{date}, {weekday}: a working day")
        elif name:
            text = QCoreApplication.translate("Settings", "{date}, {weekday}: a day off ({name})")
        else:
            text = QCoreApplication.translate("Settings", "{date}, {weekday}: a day off")
        self.check.setText(text.format(date=fmt_date(d), weekday=weekday_name(d, lang), name=name))

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.intro.setText(
            QCoreApplication.translate(
                "Settings",
                "Kazakhstan's public holidays and the Government's transfers of days off "
                "are known up to 2025. Enter later transfers here: extra days off, and "
                "weekend days made working. A line here wins over the built-in calendar.",
            )
        )
        self.kind.setItemText(0, _kind(False))
        self.kind.setItemText(1, _kind(True))
        self.note.setPlaceholderText(
            QCoreApplication.translate("Settings", "Note, e.g. the decree that moved the day")
        )
        self.add_label.setText(QCoreApplication.translate("Settings", "New line:"))
        self.add_button.setText(QCoreApplication.translate("Settings", "Add"))
        self.remove_button.setText(
            QCoreApplication.translate("Settings", "Remove the selected lines")
        )
        self.rule_box.setTitle(
            QCoreApplication.translate("Settings", "A deadline that falls on a day off moves")
        )
        self.preceding.setText(
            QCoreApplication.translate(
                "Settings", "to the preceding working day (records-management practice)"
            )
        )
        self.next.setText(
            QCoreApplication.translate("Settings", "to the next working day (civil-law practice)")
        )
        self.rule_hint.setText(
            QCoreApplication.translate(
                "Settings",
                "Applies to deadlines set from now on; due dates already recorded stay as they "
                "are.",
            )
        )
        # weekday names and the check line in the new language; a hidden tab reads them when shown
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:
        if self._dirty:
            self.reload()
        super().showEvent(event)
