"""The commission's rules as pure functions: quorum, overdue, discipline,
numbering and the life cycle of an instruction."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP as N_
from .model import (
    OWING_STATUSES,
    Attendance,
    AttendanceKind,
    Membership,
    QuorumRule,
)
from .model import (
    InstructionStatus as S,
)

# -- quorum ------------------------------------------------------------------


@dataclass(frozen=True)
class Quorum:
    present: int  # voting members present (substitutes count for the member)
    total: int  # voting members on the roster on the session's date
    required: int
    reached: bool


def required_for_quorum(rule: QuorumRule, total: int) -> int:
    """Present voting members needed: at least (or more than) the fraction."""
    if total <= 0:
        return 1
    exact = rule.numerator * total / rule.denominator
    if rule.strict:
        return math.floor(exact) + 1
    return math.ceil(exact - 1e-9)


def quorum(
    rule: QuorumRule, roster: Iterable[Membership], attendance: Iterable[Attendance]
) -> Quorum:
    voting = {ms.person_id for ms in roster if ms.voting}
    present = {
        a.person_id
        for a in attendance
        if a.kind == AttendanceKind.MEMBER
        and a.person_id in voting
        and (a.present or a.substitute_id is not None)
    }
    need = required_for_quorum(rule, len(voting))
    return Quorum(len(present), len(voting), need, len(voting) > 0 and len(present) >= need)


# -- overdue and discipline ---------------------------------------------------------


def is_overdue(status: S | str, due: date | None, as_of: date) -> bool:
    """Overdue is derived: work still owed after its due date as of ``as_of``.

    A report received and awaiting review does not count as overdue; a report
    returned for rework does."""
    return due is not None and S(status) in OWING_STATUSES and due < as_of


def days_overdue(status: S | str, due: date | None, as_of: date) -> int:
    if due is None or not is_overdue(status, due, as_of):
        return 0
    return (as_of - due).days


def due_as_of(original: date, extensions: Iterable[tuple[date, date]], as_of: date) -> date:
    """The due date in force on ``as_of``: the original, or the new date of
    the last extension decided on or before that day. ``extensions`` holds
    (decided on, new date) pairs."""
    due = original
    for decided, new in sorted(extensions):
        if decided <= as_of:
            due = new
    return due


def owed_as_of(reports: Iterable[tuple[date, str, date | None]], as_of: date) -> bool:
    """Whether the executor still owed a report on ``as_of``, from the reports
    as (received, outcome, outcome date). A report received by then and not
    yet decided on, or accepted, means nothing was owed; one returned for
    rework by then means the work was owed again."""
    latest = None
    for received, outcome_, decided in sorted(reports, key=lambda r: r[0]):
        if received <= as_of:
            latest = (outcome_, decided)
    if latest is None:
        return True
    outcome_, decided = latest
    return outcome_ == "returned" and decided is not None and decided <= as_of


class Outcome(str, Enum):
    ON_TIME = "on_time"
    LATE = "late"
    OVERDUE = "overdue"
    PENDING = "pending"  # not yet due, or a report awaits review
    NOT_COUNTED = "not_counted"  # cancelled


def outcome(status: str, due: date | None, done: date | None, as_of: date) -> Outcome:
    """How one unit of accountability (an instruction with a date, or one
    control point of a recurring one) stands as of ``as_of``."""
    if status == "cancelled" or due is None:
        return Outcome.NOT_COUNTED
    if done is not None and done <= as_of:
        return Outcome.ON_TIME if done <= due else Outcome.LATE
    if due < as_of:
        if done is not None or status in ("on_control", "rework", "open"):
            return Outcome.OVERDUE  # still owed then (done only later), or owed now
        if status in ("done", "off_control"):
            return Outcome.ON_TIME  # closed without a recorded done date
    return Outcome.PENDING


def outcome_as_of(
    due: date, done: date | None, reports: Iterable[tuple[date, str, date | None]], as_of: date
) -> Outcome:
    """How one unit (a dated instruction or one control date) stood on ``as_of``, from
    its due date then, its done date, and its reports as (received, outcome, decided on).

    Done by then: on time or late. A report received by then and still awaiting a
    decision: pending if it came in time, late if not. Owed (no report, or returned
    for rework by then) and past due: overdue."""
    if done is not None and done <= as_of:
        return Outcome.ON_TIME if done <= due else Outcome.LATE
    latest = None
    for received, outcome_, decided in sorted(reports, key=lambda r: r[0]):
        if received <= as_of:
            latest = (received, outcome_, decided)
    if latest is not None:
        received, outcome_, decided = latest
        returned = outcome_ == "returned" and decided is not None and decided <= as_of
        if not returned:
            return Outcome.PENDING if received <= due else Outcome.LATE
    return Outcome.OVERDUE if due < as_of else Outcome.PENDING


def discipline_percent(on_time: int, late: int, overdue: int) -> float | None:
    """on time x 100 / (on time + late + still overdue); None when nothing counts."""
    denom = on_time + late + overdue
    return None if denom == 0 else on_time * 100.0 / denom


class Band(str, Enum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    NONE = "none"


def band(percent: float | None) -> Band:
    if percent is None:
        return Band.NONE
    if percent <= 50:
        return Band.RED
    if percent <= 75:
        return Band.YELLOW
    return Band.GREEN


# -- numbering ---------------------------------------------------------------------


def next_session_number(existing: Iterable[int]) -> int:
    return max(existing, default=0) + 1


def instruction_number(item_position: int, decision_position: int) -> str:
    return f"{item_position}.{decision_position}"


# -- life cycle ----------------------------------------------------------------------


class Action(str, Enum):
    REPORT = "report"
    ACCEPT = "accept"
    RETURN = "return"
    EXTEND = "extend"
    CANCEL = "cancel"
    OFF_CONTROL = "off_control"
    BACK_ON_CONTROL = "back_on_control"  # undo "done" or "taken off control", with a reason
    EVENT = "event"  # "событие наступило": an event-driven deadline's event occurred


_ALLOWED: dict[Action, tuple[S, ...]] = {
    Action.REPORT: (S.ON_CONTROL, S.REWORK, S.REPORTED),
    Action.ACCEPT: (S.REPORTED,),
    Action.RETURN: (S.REPORTED,),
    Action.EXTEND: (S.ON_CONTROL, S.REWORK, S.REPORTED),
    Action.CANCEL: (S.ON_CONTROL, S.REWORK, S.REPORTED),
    Action.OFF_CONTROL: (S.DONE,),
    Action.BACK_ON_CONTROL: (S.DONE, S.OFF_CONTROL),
    Action.EVENT: (S.ON_CONTROL, S.REWORK, S.REPORTED),
}

ACTION_ERRORS = {
    Action.REPORT: N_("Errors", "A report cannot be registered: the instruction is {status}."),
    Action.ACCEPT: N_(
        "Errors", "There is no report awaiting a decision: the instruction is {status}."
    ),
    Action.RETURN: N_("Errors", "There is no report to return: the instruction is {status}."),
    Action.EXTEND: N_("Errors", "The deadline cannot be extended: the instruction is {status}."),
    Action.CANCEL: N_("Errors", "The instruction cannot be cancelled: it is {status}."),
    Action.OFF_CONTROL: N_(
        "Errors", "Only a done instruction can be taken off control; this one is {status}."
    ),
    Action.BACK_ON_CONTROL: N_(
        "Errors",
        "Only a done instruction or one taken off control can be put back on control; "
        "this one is {status}.",
    ),
    Action.EVENT: N_("Errors", "The event can no longer be recorded: the instruction is {status}."),
}


def allowed(action: Action, status: S, ongoing_or_recurring: bool = False) -> bool:
    if ongoing_or_recurring:
        if action == Action.OFF_CONTROL:
            # the commission takes an ongoing or recurring instruction off control by decision
            return status in (S.ON_CONTROL, S.REWORK, S.REPORTED, S.DONE)
        if action in (Action.ACCEPT, Action.RETURN):
            # a report on one control date may wait while a later date is owed
            return status in (S.ON_CONTROL, S.REWORK, S.REPORTED)
    return status in _ALLOWED[action]


def check_action(
    action: Action, status: S, status_label: str, ongoing_or_recurring: bool = False
) -> None:
    if not allowed(action, status, ongoing_or_recurring):
        raise ValidationError(ACTION_ERRORS[action], status=status_label)


def check_extension(current_due: date | None, new_due: date, reason: str) -> None:
    if current_due is None:
        raise ValidationError("This instruction has no due date to extend.")
    if new_due <= current_due:
        raise ValidationError(
            "The new due date {new} must be later than the current one, {old}.",
            new=new_due.strftime("%d.%m.%Y"),
            old=current_due.strftime("%d.%m.%Y"),
        )
    if not reason.strip():
        raise ValidationError("Give the reason for the extension.")
