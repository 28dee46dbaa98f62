from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anticorr_desktop.domain import rules
from anticorr_desktop.domain.model import (
    Attendance,
    AttendanceKind,
    Membership,
    QuorumRule,
    Role,
)
from anticorr_desktop.domain.model import (
    InstructionStatus as S,
)
from anticorr_desktop.errors import ValidationError


@pytest.mark.parametrize("total,need", [(1, 1), (3, 2), (9, 6), (10, 7), (11, 8), (12, 8)])
def test_two_thirds_quorum(total, need):
    assert rules.required_for_quorum(QuorumRule(2, 3), total) == need


@pytest.mark.parametrize("total,need", [(2, 2), (10, 6), (11, 6), (9, 5)])
def test_more_than_half(total, need):
    assert rules.required_for_quorum(QuorumRule(1, 2, strict=True), total) == need


@given(st.integers(1, 500), st.integers(1, 10), st.integers(1, 10), st.booleans())
def test_quorum_requirement_is_minimal(total, a, b, strict):
    num, den = min(a, b), max(a, b)
    need = rules.required_for_quorum(QuorumRule(num, den, strict), total)
    ok = (lambda k: k * den > num * total) if strict else (lambda k: k * den >= num * total)
    assert ok(need) and not (need - 1 >= 1 and ok(need - 1))


def test_quorum_counts_voting_members_and_substitutes():
    roster = [Membership(1, p, Role.MEMBER, voting=p != 9) for p in range(1, 10)]
    att = [Attendance(1, p) for p in (1, 2, 3, 4, 5)]
    att += [
        Attendance(1, 6, present=False, substitute_id=20),
        Attendance(1, 7, present=False, absence_reason="x"),
    ]
    att += [Attendance(1, 9), Attendance(1, 30, kind=AttendanceKind.INVITED)]
    q = rules.quorum(QuorumRule(), roster, att)
    assert (q.present, q.total, q.required, q.reached) == (6, 8, 6, True)
    q = rules.quorum(QuorumRule(), roster, att[:4])
    assert not q.reached


def test_overdue_is_derived():
    d = date(2025, 3, 31)
    assert rules.is_overdue(S.ON_CONTROL, d, date(2025, 4, 1))
    assert not rules.is_overdue(S.ON_CONTROL, d, d)  # due today is not yet overdue
    assert rules.is_overdue(S.REWORK, d, date(2025, 4, 1))
    assert not rules.is_overdue(S.REPORTED, d, date(2025, 4, 1))  # awaiting review
    assert not rules.is_overdue(S.DONE, d, date(2025, 4, 1))
    assert rules.days_overdue(S.ON_CONTROL, d, date(2025, 4, 10)) == 10


def test_outcomes_and_discipline():
    due = date(2025, 3, 31)
    assert (
        rules.outcome("done", due, date(2025, 3, 31), date(2025, 12, 31)) == rules.Outcome.ON_TIME
    )
    assert rules.outcome("done", due, date(2025, 4, 1), date(2025, 12, 31)) == rules.Outcome.LATE
    assert rules.outcome("on_control", due, None, date(2025, 4, 1)) == rules.Outcome.OVERDUE
    assert rules.outcome("on_control", due, None, date(2025, 3, 1)) == rules.Outcome.PENDING
    assert rules.outcome("cancelled", due, None, date(2025, 4, 1)) == rules.Outcome.NOT_COUNTED
    # done later than the as-of date: still overdue then
    assert rules.outcome("done", due, date(2025, 5, 1), date(2025, 4, 15)) == rules.Outcome.OVERDUE
    assert rules.discipline_percent(3, 1, 0) == 75.0
    assert rules.discipline_percent(0, 0, 0) is None
    assert [rules.band(p) for p in (None, 0, 50, 50.1, 75, 75.1, 100)] == [
        rules.Band.NONE,
        rules.Band.RED,
        rules.Band.RED,
        rules.Band.YELLOW,
        rules.Band.YELLOW,
        rules.Band.GREEN,
        rules.Band.GREEN,
    ]


def test_numbering():
    assert rules.next_session_number([]) == 1
    assert rules.next_session_number([1, 2, 5]) == 6
    assert rules.instruction_number(2, 3) == "2.3"


@pytest.mark.parametrize(
    "action,status,ok",
    [
        (rules.Action.REPORT, S.ON_CONTROL, True),
        (rules.Action.REPORT, S.DONE, False),
        (rules.Action.ACCEPT, S.REPORTED, True),
        (rules.Action.ACCEPT, S.ON_CONTROL, False),
        (rules.Action.RETURN, S.REPORTED, True),
        (rules.Action.EXTEND, S.REWORK, True),
        (rules.Action.EXTEND, S.DONE, False),
        (rules.Action.CANCEL, S.OFF_CONTROL, False),
        (rules.Action.OFF_CONTROL, S.DONE, True),
        (rules.Action.OFF_CONTROL, S.ON_CONTROL, False),
    ],
)
def test_transitions(action, status, ok):
    assert rules.allowed(action, status) is ok
    if not ok:
        with pytest.raises(ValidationError):
            rules.check_action(action, status, status.value)


def test_ongoing_can_be_taken_off_control_while_on_control():
    assert rules.allowed(rules.Action.OFF_CONTROL, S.ON_CONTROL, ongoing_or_recurring=True)


def test_extension_must_be_later_and_reasoned():
    with pytest.raises(ValidationError, match="must be later"):
        rules.check_extension(date(2025, 3, 31), date(2025, 3, 31), "x")
    with pytest.raises(ValidationError, match="reason"):
        rules.check_extension(date(2025, 3, 31), date(2025, 4, 30), "  ")
    rules.check_extension(date(2025, 3, 31), date(2025, 4, 30), "ok")
