"""The due rule as people write it ("до 25 декабря", "в месячный срок",
"ежеквартально до 5 числа"), with the date it gives shown as it is typed, a
calendar to pick a date, and how the minutes will word it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ...domain.dueparse import DueKind, printed_due
from ...errors import UserError
from ..kit.common import esc, fmt_date, to_qdate
from ..kit.context import AppContext

_LOCALES = {
    "ru": QLocale(QLocale.Language.Russian),
    "kk": QLocale(QLocale.Language.Kazakh),
    "en": QLocale(QLocale.Language.English),
}
MAX_POINTS_SHOWN = 4


def weekday(d: date, lang: str) -> str:
    return _LOCALES.get(lang, _LOCALES["en"]).dayName(d.isoweekday())


class DueField(QWidget):
    """The due rule as typed, a calendar button, and what the rule gives, at once."""

    text_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.base = ctx.today()
        self.ok = False
        self.kind: DueKind | None = None  # of the rule typed, once it reads
        self.state = "hint"  # "hint", "ok" or "error": what the preview says
        self.message = ""  # and its text
        self.edit = QLineEdit(self)
        self.edit.textChanged.connect(self._on_text_changed)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        )
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget(self.menu)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        action = QWidgetAction(self.menu)
        action.setDefaultWidget(self.calendar)
        self.menu.addAction(action)
        self.menu.aboutToShow.connect(self._on_calendar_about_to_show)
        self.calendar.clicked.connect(self._on_date_chosen)
        self.calendar.activated.connect(self._on_date_chosen)
        self.calendar_button.setMenu(self.menu)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.wording = QLabel(self)  # how the minutes will print it
        self.wording.setWordWrap(True)
        self.wording.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.preview)
        box.addWidget(self.wording)
        self.retranslateUi()

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.blockSignals(False)
        self.update_preview()

    def set_base(self, base: date) -> None:
        """Terms ("в месячный срок") count from the session's date."""
        self.base = base
        self.update_preview()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)

    def _on_text_changed(self, _text: str) -> None:
        self.update_preview()
        self.text_changed.emit()

    def _on_calendar_about_to_show(self) -> None:
        self.calendar.setMinimumDate(to_qdate(self.base))
        try:
            _rule, due, _pts = self.ctx.services.preview_due(self.text(), self.base)
        except UserError:
            due = None
        self.calendar.setSelectedDate(to_qdate(due or self.base))

    def _on_date_chosen(self, qdate: QDate) -> None:
        self.edit.setText(qdate.toString("dd.MM.yyyy"))
        self.menu.close()
        self.edit.setFocus()

    def update_preview(self) -> None:
        text = self.text().strip()
        lang = self.ctx.lang
        self.kind = None
        if not text:
            self.ok = False
            self._show(
                QCoreApplication.translate(
                    "SessionEditor",
                    "Type the due date as the minutes say it: до 25 декабря, "
                    "в месячный срок, ежеквартально до 5 числа, постоянно.",
                ),
                "hint",
            )
            return
        try:
            rule, due, points = self.ctx.services.preview_due(text, self.base)
        except UserError as exc:
            self.ok = False
            self._show(exc.message(lang), "error")
            return
        self.ok = True
        self.kind = rule.kind
        # The minutes print the deadline as decided: the text typed.
        wording = QCoreApplication.translate("SessionEditor", "In the minutes: «{words}»").format(
            words=printed_due(text, rule, self.ctx.name_lang)
        )
        open_kinds = {
            DueKind.NEXT_SESSION: QCoreApplication.translate(
                "SessionEditor", "→ by the next session: open until it is scheduled"
            ),
            DueKind.EVENT: QCoreApplication.translate(
                "SessionEditor", "→ tied to an event: kept as written, open with no date"
            ),
            DueKind.NONE: QCoreApplication.translate("SessionEditor", "→ no deadline"),
        }
        if rule.kind == DueKind.EVENT and rule.offset is not None:
            # the due date follows the event's date, recorded later in the tracker
            off = rule.offset
            units = {
                "days": QCoreApplication.translate("SessionEditor", "days: {n}"),
                "weeks": QCoreApplication.translate("SessionEditor", "weeks: {n}"),
                "months": QCoreApplication.translate("SessionEditor", "months: {n}"),
                "years": QCoreApplication.translate("SessionEditor", "years: {n}"),
            }
            term = (
                QCoreApplication.translate("SessionEditor", "working days: {n}")
                if off.working_days
                else units[off.unit]
            ).format(n=off.n)
            self._show(
                QCoreApplication.translate(
                    "SessionEditor",
                    "→ tied to an event: open until its date is recorded (Event occurred…), "
                    "then due after it ({term})",
                ).format(term=term),
                "ok",
                wording,
            )
            return
        if rule.kind in open_kinds:
            self._show(open_kinds[rule.kind], "ok", wording)
            return
        if rule.kind == DueKind.ONGOING:
            self._show(
                QCoreApplication.translate(
                    "SessionEditor", "→ ongoing: on control until the commission takes it off"
                ),
                "ok",
                wording,
            )
            return
        if rule.kind == DueKind.RECURRING:
            shown = ", ".join(fmt_date(p) for p in points[:MAX_POINTS_SHOWN])
            if len(points) > MAX_POINTS_SHOWN:
                shown += QCoreApplication.translate(
                    "SessionEditor", " … ({n} control dates in the year)"
                ).format(n=len(points))
            message = QCoreApplication.translate(
                "SessionEditor", "→ control dates: {dates}"
            ).format(dates=shown)
            if rule.day_default and rule.freq is not None and rule.freq.value == "weekly":
                message += QCoreApplication.translate(
                    "SessionEditor", " (no day written: by each Friday)"
                )
            elif rule.day_default:
                message += QCoreApplication.translate(
                    "SessionEditor", " (no day written: day {day} of the month after each period)"
                ).format(day=rule.day)
            self._show(message, "ok", wording)
            return
        assert due is not None
        if due < self.base:
            self.ok = False
            self._show(
                QCoreApplication.translate(
                    "SessionEditor",
                    "→ {date} is before the session ({session}); choose a later date.",
                ).format(date=fmt_date(due), session=fmt_date(self.base)),
                "error",
            )
            return
        day = weekday(due, lang)
        if rule.date is not None and rule.date != due:
            text = QCoreApplication.translate(
                "SessionEditor", "→ {date} ({weekday}; {written} is a day off)"
            ).format(date=fmt_date(due), weekday=day, written=rule.date.strftime("%d.%m"))
        else:
            text = QCoreApplication.translate("SessionEditor", "→ {date} ({weekday})").format(
                date=fmt_date(due), weekday=day
            )
        self._show(text, "ok", wording)

    def show_in_force(self, due: date, original: date | None) -> None:
        """An issued instruction: the date in force, which extensions may have moved."""
        day = weekday(due, self.ctx.lang)
        if self.kind == DueKind.RECURRING:
            text = QCoreApplication.translate(
                "SessionEditor", "→ next control date: {date} ({weekday})"
            ).format(date=fmt_date(due), weekday=day)
        else:
            text = QCoreApplication.translate("SessionEditor", "→ {date} ({weekday})").format(
                date=fmt_date(due), weekday=day
            )
        if self.kind == DueKind.DATE and original is not None and original != due:
            text += QCoreApplication.translate("SessionEditor", "; moved from {date}").format(
                date=fmt_date(original)
            )
        wording = self.wording.text()  # the minutes print the deadline as decided
        self._show(text, "ok", wording)

    def _show(self, text: str, kind: str, wording: str = "") -> None:
        self.state, self.message = kind, text
        colour = {"error": "#a40000", "hint": "#666666"}.get(kind)
        icon = "⚠ " if kind == "error" else ""
        body = esc(icon + text)
        self.preview.setText(
            f"<span style='color:{colour}'>{body}</span>" if colour else f"<b>{body}</b>"
        )
        self.wording.setText(wording)

    def retranslateUi(self) -> None:
        self.calendar_button.setToolTip(
            QCoreApplication.translate("SessionEditor", "Pick the date in a calendar")
        )
        # two examples fit the field; the tool tip has a third, a schedule
        self.edit.setPlaceholderText(
            QCoreApplication.translate("SessionEditor", "до 25 декабря / в месячный срок")
        )
        self.edit.setToolTip(
            QCoreApplication.translate(
                "SessionEditor", "до 25 декабря / в месячный срок / ежеквартально до 5 числа"
            )
        )
        self.update_preview()
