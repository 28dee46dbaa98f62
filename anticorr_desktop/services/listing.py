"""The tracker's filters as data, and the ids they select.

No Qt here: the overview counts its figures with the same function the
tracker lists them with, so a figure and the list it opens always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..domain import model as m
from ..storage.store import Store

STATUS_ALL = "all"
STATUS_OPEN = "open"
STATUS_DONE_LATE = "done_late"  # done after the due date, this calendar year

_CLOSED_DONE = (m.InstructionStatus.DONE.value, m.InstructionStatus.OFF_CONTROL.value)


@dataclass(frozen=True)
class TrackerQuery:
    status: str = STATUS_ALL  # all | open | done_late | an InstructionStatus value
    executor_id: int | None = None  # a person (also as an organisation's responsible one)
    organisation_id: int | None = None  # an organisation as executor
    include_co_executors: bool = False
    session_id: int | None = None
    no_session: bool = False  # only instructions given outside a session (by the akim)
    overdue: bool = False
    due_soon: bool = False
    text: str = ""
    commission_id: int | None = None
    due_from: date | None = None  # due date range (inclusive), either end open
    due_to: date | None = None

    def with_(self, **changes: Any) -> TrackerQuery:
        return replace(self, **changes)


def query_ids(
    store: Store,
    q: TrackerQuery,
    today: date,
    soon_until: date,
    order: str = "due",
    desc: bool = False,
) -> list[int]:
    """Ids matching ``q`` in ``order`` (filters and order in SQL; see Store.ORDERS)."""
    statuses: set[str] | None
    if q.status == STATUS_ALL:
        statuses = None
    elif q.status == STATUS_OPEN:
        statuses = {s.value for s in m.OPEN_STATUSES}
    elif q.status == STATUS_DONE_LATE:
        statuses = set(_CLOSED_DONE)
    else:
        statuses = {m.InstructionStatus(q.status).value}
    kw: dict[str, Any] = {}
    if q.overdue or q.due_soon:
        owing = {s.value for s in m.OWING_STATUSES}
        statuses = owing if statuses is None else statuses & owing
        if q.overdue and q.due_soon:
            kw["due_to"] = soon_until
        elif q.overdue:
            kw["overdue_as_of"] = today
        else:
            kw.update(due_from=today, due_to=soon_until)
    if statuses is not None:
        if not statuses:
            return []
        kw["status"] = sorted(statuses)
    if q.executor_id is not None:
        kw["any_executor_id" if q.include_co_executors else "executor_id"] = q.executor_id
    if q.organisation_id is not None:
        key = "any_organisation_id" if q.include_co_executors else "organisation_id"
        kw[key] = q.organisation_id
    if q.due_from is not None:
        kw["due_from"] = max(q.due_from, kw.get("due_from", q.due_from))
    if q.due_to is not None:
        kw["due_to"] = min(q.due_to, kw.get("due_to", q.due_to))
    if q.commission_id is not None:
        kw["commission_id"] = q.commission_id
    if q.session_id is not None:
        kw["session_id"] = q.session_id
    elif q.no_session:
        kw["no_session"] = True
    if q.text.strip():
        kw["text"] = q.text.strip()
    if q.status == STATUS_DONE_LATE:
        kw.update(done_late=True, done_from=date(today.year, 1, 1), done_to=today)
    return store.instruction_ids(order=order, desc=desc, owing_before=today, **kw)


def count_ids(store: Store, q: TrackerQuery, today: date, soon_until: date) -> int:
    """How many rows ``query_ids`` would give, counted in SQL."""
    return query_ids(store, q, today, soon_until, order="count")  # type: ignore[return-value]
