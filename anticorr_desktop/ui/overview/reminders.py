"""Reminders: at start and every morning, what is due soon and what became overdue.

``check_now()`` compares what is owed today with what was last told (kept in
QSettings by instruction uid, so another database or a restored one does
not confuse it) and shows one notification: the system tray's balloon when
there is a tray, else a small non-modal box. Clicking it asks the window to
open the tracker filtered (``open_tracker("overdue" | "due_soon")``).

Nothing is shown when there is nothing new to say: an instruction that became
overdue is told once, and the due-soon list once a day (again only if it
gains an instruction that day).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle, QSystemTrayIcon, QWidget

from ...domain import model as m
from ..kit.common import fmt_date
from ..kit.context import AppContext
from ..kit.preferences import reminder_days

KIND_OVERDUE = "overdue"
KIND_DUE_SOON = "due_soon"

KEY_OVERDUE = "reminders/overdue_ids"  # uids of the overdue instructions last told
KEY_DUE_SOON = "reminders/due_soon_ids"  # uids of the due-soon instructions told on...
KEY_DUE_SOON_DAY = "reminders/due_soon_day"  # ...this day (ISO)
MORNING = QTime(8, 0)
TRAY_MESSAGE_MS = 15_000
_KIND_PROPERTY = "reminderKind"


@dataclass
class Notice:
    """What one check found."""

    day: date
    working_days: int
    until: date  # the last day of "due soon"
    due_soon: list[int] = field(default_factory=list)  # ids, due today .. until
    newly_overdue: list[int] = field(default_factory=list)  # ids not told before
    overdue_total: int = 0
    new_due_soon: bool = False  # due_soon holds an instruction not told today
    first: bool = False  # no reminder was shown before on this workstation

    @property
    def worth_telling(self) -> bool:
        return bool(self.newly_overdue) or self.new_due_soon

    @property
    def kind(self) -> str:
        """Which list a click opens: the overdue one if anything became overdue."""
        return KIND_OVERDUE if self.newly_overdue else KIND_DUE_SOON

    def title(self) -> str:
        return QCoreApplication.translate("Reminders", "AntiCorr Desktop: instructions to watch")

    def text(self) -> str:
        lines = []
        if self.newly_overdue and self.first:  # nothing was "since" anything yet
            lines.append(
                QCoreApplication.translate("Reminders", "Overdue: {n}.").format(
                    n=len(self.newly_overdue)
                )
            )
        elif self.newly_overdue:
            lines.append(
                QCoreApplication.translate(
                    "Reminders", "Overdue since the last reminder: {n} (overdue in all: {total})."
                ).format(n=len(self.newly_overdue), total=self.overdue_total)
            )
        if self.due_soon:
            lines.append(
                QCoreApplication.translate(
                    "Reminders", "Due within {days} working days (by {date}): {n}."
                ).format(days=self.working_days, date=fmt_date(self.until), n=len(self.due_soon))
            )
        return "\n".join(lines)


def _split(value: object) -> set[str]:
    if isinstance(value, (list, tuple)):  # what another writer of the key may have left
        return {str(v) for v in value if str(v)}
    return {v for v in str(value or "").split(",") if v}


def msecs_to_next_morning(now: QDateTime, at: QTime = MORNING) -> int:
    """Milliseconds from ``now`` to the next ``at`` (local time), at least one minute."""
    target = QDateTime(now.date(), at)
    if target <= now.addSecs(60):
        target = QDateTime(now.date().addDays(1), at)
    return max(int(now.msecsTo(target)), 60_000)


class Reminders(QObject):
    open_tracker = Signal(str)  # "overdue" or "due_soon"
    noticed = Signal(object)  # the Notice just shown

    def __init__(self, ctx: AppContext, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.last_notice: Notice | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_morning)
        self._tray: QSystemTrayIcon | None = None
        self._box: QMessageBox | None = None

    # -- running -------------------------------------------------------------------------
    def start(self) -> None:
        """Check now (the queries off the UI thread), then every morning at 08:00 while the
        program runs."""
        self._check_in_background()
        self._arm()

    def stop(self) -> None:
        self._timer.stop()
        if self._tray is not None:
            self._tray.hide()

    @property
    def next_check_in_ms(self) -> int | None:
        return self._timer.remainingTime() if self._timer.isActive() else None

    def _arm(self) -> None:
        self._timer.start(msecs_to_next_morning(QDateTime.currentDateTime()))

    def _on_morning(self) -> None:
        self._check_in_background()
        self._arm()

    def _check_in_background(self) -> None:
        today, n, until = self._horizon()
        self.ctx.lane.submit(
            ("reminders", id(self)),
            lambda sv: _gather(sv.store, today, n, until),
            self._tell,
            owner=self,
        )

    # -- checking ------------------------------------------------------------------------
    def _horizon(self, today: date | None = None) -> tuple[date, int, date]:
        today = today or self.ctx.today()
        n = reminder_days(self.ctx)
        return today, n, self.ctx.services.calendar.add_working_days(today, n)

    def compute(self, today: date | None = None) -> Notice:
        """What is owed as of ``today`` (nothing remembered or shown)."""
        return _gather(self.ctx.store, *self._horizon(today))[0]

    def check_now(self) -> Notice | None:
        """Tell what is new since the last check; None (and nothing shown) if nothing is."""
        return self._tell(_gather(self.ctx.store, *self._horizon()))

    def _tell(self, gathered: tuple[Notice, dict[int, str]]) -> Notice | None:
        notice, uids = gathered
        s = self.ctx.settings
        overdue_uids = {uids[i] for i in notice.newly_overdue}
        soon_uids = {uids[i] for i in notice.due_soon}
        told_overdue = _split(s.value(KEY_OVERDUE, ""))
        notice.first = not s.value(KEY_DUE_SOON_DAY, "")  # no check was ever recorded here
        same_day = s.value(KEY_DUE_SOON_DAY, "") == notice.day.isoformat()
        told_soon = _split(s.value(KEY_DUE_SOON, "")) if same_day else set()
        notice.newly_overdue = [i for i in notice.newly_overdue if uids[i] not in told_overdue]
        notice.new_due_soon = bool(soon_uids - told_soon)
        # the overdue set is replaced, not added to: one that leaves it and comes back is new
        s.setValue(KEY_OVERDUE, ",".join(sorted(overdue_uids)))
        s.setValue(KEY_DUE_SOON, ",".join(sorted(soon_uids | told_soon)))
        s.setValue(KEY_DUE_SOON_DAY, notice.day.isoformat())
        s.sync()
        if not notice.worth_telling:
            return None
        self.last_notice = notice
        self._show(notice)
        self.noticed.emit(notice)
        return notice

    # -- showing -------------------------------------------------------------------------
    def _show(self, notice: Notice) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._show_in_tray(notice)
        else:
            self._show_box(notice)

    def _show_in_tray(self, notice: Notice) -> None:
        if self._tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation
                )
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.messageClicked.connect(self._on_message_clicked)
            self._tray.activated.connect(lambda _reason: self._on_message_clicked())
        self._tray.setToolTip(notice.title())
        self._tray.show()
        icon = (
            QSystemTrayIcon.MessageIcon.Warning
            if notice.newly_overdue
            else QSystemTrayIcon.MessageIcon.Information
        )
        self._tray.showMessage(notice.title(), notice.text(), icon, TRAY_MESSAGE_MS)

    def _on_message_clicked(self) -> None:
        if self.last_notice is not None:
            self.open_tracker.emit(self.last_notice.kind)

    def _show_box(self, notice: Notice) -> None:
        """A small box that blocks nothing; its buttons open the tracker."""
        self._retire_box()
        box = QMessageBox(
            QMessageBox.Icon.Warning if notice.newly_overdue else QMessageBox.Icon.Information,
            notice.title(),
            notice.text(),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setModal(False)
        box.setWindowModality(Qt.WindowModality.NonModal)
        if notice.overdue_total:
            b = box.addButton(
                QCoreApplication.translate("Reminders", "Show overdue"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            b.setProperty(_KIND_PROPERTY, KIND_OVERDUE)
        if notice.due_soon:
            b = box.addButton(
                QCoreApplication.translate("Reminders", "Show due soon"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            b.setProperty(_KIND_PROPERTY, KIND_DUE_SOON)
        box.addButton(QMessageBox.StandardButton.Close)
        box.buttonClicked.connect(self._on_box_button)
        self._box = box
        box.show()

    def _on_box_button(self, button) -> None:
        kind = button.property(_KIND_PROPERTY)
        if kind:
            self.open_tracker.emit(kind)

    @property
    def box(self) -> QMessageBox | None:
        return self._box

    def _retire_box(self) -> None:
        """The previous box goes (deleted directly, never by WA_DeleteOnClose)."""
        old, self._box = self._box, None
        if old is not None and shiboken6.isValid(old):
            old.hide()
            shiboken6.delete(old)


def _gather(store, today: date, n: int, until: date) -> tuple[Notice, dict[int, str]]:
    """The queries of a check (no Qt: runs on the query lane): what is owed, and the
    instructions' uids, which stay the same when a database is restored or imported."""
    owing = sorted(s.value for s in m.OWING_STATUSES)
    overdue = store.instruction_ids(overdue_as_of=today)
    soon = store.instruction_ids(status=owing, due_from=today, due_to=until)
    ids = sorted(set(overdue + soon))
    uids = store.uids_of("instruction", ids) if ids else {}
    return Notice(today, n, until, soon, overdue, len(overdue)), uids
