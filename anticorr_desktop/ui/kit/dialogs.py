"""Small forms that run one use case on OK.

A ``UserError`` from the use case is shown and the dialog stays open with the
user's input, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import model as m
from ...errors import UserError
from .common import DateField, fmt_date, from_qdate, one_line, show_user_error, to_qdate
from .placement import fit_on_show


def date_edit(value: date, parent: QWidget) -> DateField:
    """The window's date field (common.DateField): typed or pasted whole, weekday shown,
    a day off warned of."""
    return DateField(value, parent)


def text_edit(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    w = QPlainTextEdit(parent)
    w.setTabChangesFocus(True)
    w.setMinimumHeight(w.fontMetrics().lineSpacing() * lines + 12)
    return w


class DialogKeeper:
    """The one small dialog an owner has open, opened window-modal (not blocking).

    A finished dialog stays a hidden child until the next one opens, and is
    deleted then, directly. (Qt's WA_DeleteOnClose is avoided: a deferred
    delete still pending when a Python-owned parent was collected crashed
    PySide6 6.11 in QObject::~QObject.)
    """

    def __init__(self) -> None:
        self.current: QDialog | None = None
        self._finished: QDialog | None = None

    def open(self, dlg: QDialog) -> QDialog:
        self._retire()
        self.current = dlg
        dlg.finished.connect(self._on_finished)
        dlg.open()
        return dlg

    def _on_finished(self, _result: int) -> None:
        self._finished, self.current = self.current, None

    def _retire(self) -> None:
        old, self._finished = self._finished, None
        if old is not None and shiboken6.isValid(old):
            shiboken6.delete(old)


class ActionDialog(QDialog):
    """A form whose OK button runs ``action(self)``."""

    def __init__(self, lang: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._action: Callable[[ActionDialog], None] | None = None
        self._labels: dict[QWidget, QLabel] = {}
        self.setMinimumWidth(480)
        fit_on_show(self)
        self.subject = QLabel(self)
        self.subject.setWordWrap(True)
        self.subject.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.subject)
        box.addLayout(self.form)
        box.addWidget(self.buttons)

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def set_subject(self, insts: list[m.Instruction]) -> None:
        if len(insts) == 1:
            i = insts[0]
            self.subject.setText(f"{i.number} {one_line(i.text, 160)}".strip())
        else:
            self.subject.setText(
                QCoreApplication.translate("Dialogs", "{n} instructions selected").format(
                    n=len(insts)
                )
            )

    def set_action(self, action: Callable[[ActionDialog], None]) -> None:
        self._action = action

    def _on_ok(self) -> None:
        try:
            if self._action is not None:
                self._action(self)
        except UserError as exc:
            show_user_error(self, exc, self._lang())
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        pass

    def add_row(self, field: QWidget) -> QLabel:
        lab = QLabel(self)
        lab.setBuddy(field)
        self._labels[field] = lab
        self.form.addRow(lab, field)
        return lab

    def _row_label(self, field: QWidget) -> QLabel:
        return self._labels[field]


class ReportDialog(ActionDialog):
    """Register an execution report: date received, outgoing number, text."""

    def __init__(self, lang, today: date, parent=None) -> None:
        super().__init__(lang, parent)
        self.date = date_edit(today, self)
        self.date.setMaximumDate(to_qdate(today))
        self.number = QLineEdit(self)
        self.text = text_edit(self, 6)
        self.add_row(self.date)
        self.add_row(self.number)
        self.add_row(self.text)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Register a report"))
        self._row_label(self.date).setText(QCoreApplication.translate("Dialogs", "Received on:"))
        self._row_label(self.number).setText(
            QCoreApplication.translate("Dialogs", "Outgoing number:")
        )
        self._row_label(self.text).setText(QCoreApplication.translate("Dialogs", "What was done:"))
        self.number.setPlaceholderText(QCoreApplication.translate("Dialogs", "e.g. 05-12/1184"))

    def received(self) -> date:
        return from_qdate(self.date.date())


class AcceptDialog(ActionDialog):
    """Accept the report awaiting a decision."""

    def __init__(self, lang, today: date, parent=None) -> None:
        super().__init__(lang, parent)
        self.date = date_edit(today, self)
        self.note = QLineEdit(self)
        self.add_row(self.date)
        self.add_row(self.note)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Accept the report"))
        self._row_label(self.date).setText(QCoreApplication.translate("Dialogs", "Accepted on:"))
        self._row_label(self.note).setText(QCoreApplication.translate("Dialogs", "Note:"))

    def on(self) -> date:
        return from_qdate(self.date.date())


class EventDialog(ActionDialog):
    """ "Событие наступило ДАТА": the day the event a deadline counts from occurred."""

    def __init__(
        self, lang, today: date, due_text: str, recorded: date | None, parent=None
    ) -> None:
        super().__init__(lang, parent)
        self.phrase = QLabel(due_text, self)
        self.phrase.setWordWrap(True)
        self.date = date_edit(recorded or today, self)
        for w in (self.phrase, self.date):
            self.add_row(w)
        self.retranslateUi()

    def on(self) -> date:
        return from_qdate(self.date.date())

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "The event occurred"))
        self._row_label(self.phrase).setText(QCoreApplication.translate("Dialogs", "Deadline:"))
        self._row_label(self.date).setText(
            QCoreApplication.translate("Dialogs", "The event occurred on:")
        )


class ExtendDialog(ActionDialog):
    """Move the deadline later; the reason and who decided are recorded."""

    def __init__(self, lang, today: date, current_due: date | None, parent=None) -> None:
        super().__init__(lang, parent)
        self.current_due = current_due
        self.current = QLabel(fmt_date(current_due) or "—", self)
        base = current_due if current_due and current_due > today else today
        self.date = date_edit(base + timedelta(days=30), self)
        cal = self.date.working_calendar()
        if cal is not None:  # the proposal is a working day (the secretary's rule of days off)
            try:
                proposed = cal.shift(base + timedelta(days=30))
                if proposed <= base:
                    proposed = cal.next_working_day(base + timedelta(days=30))
                self.date.setDate(proposed)
            except UserError:
                pass
        self.reason = text_edit(self, 3)
        self.decided_by = QLineEdit(self)
        self.decided_on = date_edit(today, self)
        for w in (self.current, self.date, self.reason, self.decided_by, self.decided_on):
            self.add_row(w)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "Extend the deadline"))
        self._row_label(self.current).setText(
            QCoreApplication.translate("Dialogs", "Current due date:")
        )
        self._row_label(self.date).setText(QCoreApplication.translate("Dialogs", "New due date:"))
        self._row_label(self.reason).setText(QCoreApplication.translate("Dialogs", "Reason:"))
        self._row_label(self.decided_by).setText(
            QCoreApplication.translate("Dialogs", "Who decided:")
        )
        self._row_label(self.decided_on).setText(
            QCoreApplication.translate("Dialogs", "Decided on:")
        )
        self.decided_by.setPlaceholderText(
            QCoreApplication.translate("Dialogs", "e.g. the chair of the commission")
        )

    def new_date(self) -> date:
        return from_qdate(self.date.date())

    def decided(self) -> date:
        return from_qdate(self.decided_on.date())


class ReasonDialog(ActionDialog):
    """Return for rework, cancel or take off control: a text and, for the last, a date."""

    RETURN = "return"
    CANCEL = "cancel"
    OFF_CONTROL = "off_control"
    BACK_ON_CONTROL = "back_on_control"

    def __init__(self, lang, kind: str, today: date, parent=None) -> None:
        super().__init__(lang, parent)
        self.kind = kind
        self.reason = text_edit(self, 3)
        self.add_row(self.reason)
        self.date = date_edit(today, self)
        if kind in (self.OFF_CONTROL, self.BACK_ON_CONTROL):
            self.add_row(self.date)
        else:
            self.date.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        title, field = {
            self.RETURN: (
                QCoreApplication.translate("Dialogs", "Return for rework"),
                QCoreApplication.translate("Dialogs", "What to rework:"),
            ),
            self.CANCEL: (
                QCoreApplication.translate("Dialogs", "Cancel the instruction"),
                QCoreApplication.translate("Dialogs", "Reason:"),
            ),
            self.OFF_CONTROL: (
                QCoreApplication.translate("Dialogs", "Take off control"),
                QCoreApplication.translate("Dialogs", "Decision:"),
            ),
            self.BACK_ON_CONTROL: (
                QCoreApplication.translate("Dialogs", "Put back on control"),
                QCoreApplication.translate("Dialogs", "Reason:"),
            ),
        }[self.kind]
        self.setWindowTitle(title)
        self._row_label(self.reason).setText(field)
        if self.kind == self.BACK_ON_CONTROL:
            self._row_label(self.date).setText(QCoreApplication.translate("Dialogs", "Decided on:"))
            self.reason.setPlaceholderText(
                QCoreApplication.translate(
                    "Dialogs", "e.g. The report was accepted by mistake; the work is not done"
                )
            )
        if self.kind == self.OFF_CONTROL:
            self._row_label(self.date).setText(QCoreApplication.translate("Dialogs", "Decided on:"))
            self.reason.setPlaceholderText(
                QCoreApplication.translate(
                    "Dialogs", "e.g. Taken off control by the commission's decision (minutes No. 4)"
                )
            )

    def text(self) -> str:
        return self.reason.toPlainText()

    def on(self) -> date:
        return from_qdate(self.date.date())
