"""Read-only questions over the register: overdue, discipline, history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..domain import model as m
from ..domain import rules
from ..domain.model import InstructionStatus as S
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP as N_
from ..i18n import translate
from .base import ServiceBase, _d, fmt


@dataclass
class OverdueItem:
    instruction: m.Instruction
    session: m.Session | None
    due: date
    days: int
    extensions: int
    last_report: m.Report | None


@dataclass
class DisciplineStat:
    """One main executor's figures: a person, or an organisation (with the responsible
    people named with it in ``people``: counted for the organisation, shown with it)."""

    executor: m.Executor
    issued: int = 0  # instructions counted (a recurring one once, whatever its dates)
    on_time: int = 0  # the units below: an instruction's deadline, or a control date
    late: int = 0
    overdue: int = 0  # still owed, also when due before the period
    control_points: int = 0  # of the units, control dates of recurring instructions
    carried_over: int = 0  # of the overdue, due before the period and still owed
    instruction_ids: set[int] = field(default_factory=set, repr=False, compare=False)
    people: set[int] = field(default_factory=set, compare=False)

    @property
    def executor_id(self) -> int | None:
        """The person (None for an organisation)."""
        return self.executor.person_id

    @property
    def organisation_id(self) -> int | None:
        return self.executor.organisation_id

    @property
    def percent(self) -> float | None:
        return rules.discipline_percent(self.on_time, self.late, self.overdue)


@dataclass
class HistoryEvent:
    when: str  # ISO timestamp of the journal entry
    user: str
    what: str  # translated description
    detail: str = ""


def _same_action(first: m.JournalEntry, then: m.JournalEntry) -> bool:
    """Whether two journal entries, next to each other in an instruction's history, were
    written by one use case (one transaction, within moments, by the same person)."""
    return then.user == first.user and abs((then.at - first.at).total_seconds()) < 2


# why a due date moved without an extension: the journal's note, in the reader's language
_DUE_REASONS = {
    "the next session was scheduled": N_("History", "the next session was scheduled"),
    "the next session was moved": N_("History", "the next session was moved"),
    "the next session was cancelled": N_("History", "the next session was cancelled"),
    "the event occurred": N_("History", "the event occurred"),
}


def _due_reason(note: str, lang: str | None) -> str:
    return translate("History", _DUE_REASONS[note], lang) if note in _DUE_REASONS else ""


class QueriesService(ServiceBase):
    # -- queries ---------------------------------------------------------------------
    def overdue(
        self,
        as_of: date | None = None,
        executor_id: int | None = None,
        commission_id: int | None = None,
        organisation_id: int | None = None,
    ) -> list[OverdueItem]:
        """Instructions overdue as of a day. As of today this reads current
        statuses (one indexed query); as of a past day it replays each
        candidate's reports, extensions and control points to judge it as it
        stood then."""
        as_of = as_of or self.today()
        if as_of >= self.today():
            ids = self.store.instruction_ids(
                overdue_as_of=as_of,
                executor_id=executor_id,
                organisation_id=organisation_id,
                commission_id=commission_id,
            )
            insts = self.store.instructions_by_ids(ids)
            due: dict[int, date] = {}
            for i in insts:
                assert i.due_date is not None  # found overdue by its due date
                due[i.id] = i.due_date
        else:
            ids = self.store.instruction_ids(
                candidates_as_of=as_of,
                executor_id=executor_id,
                organisation_id=organisation_id,
                commission_id=commission_id,
            )
            insts, due = self._owed_then(self.store.instructions_by_ids(ids), as_of)
            ids = [i.id for i in insts]
        sessions = self.store.sessions_by_ids(i.session_id for i in insts)
        ext = self.store.extension_counts(ids)
        last = self.store.last_reports(ids, received_by=as_of)
        out = [
            OverdueItem(
                i,
                sessions.get(i.session_id) if i.session_id is not None else None,
                due[i.id],
                (as_of - due[i.id]).days,
                ext.get(i.id, 0),
                last.get(i.id),
            )
            for i in insts
        ]
        out.sort(key=lambda o: (-o.days, o.instruction.id))
        return out

    def _owed_then(
        self, insts: list[m.Instruction], as_of: date
    ) -> tuple[list[m.Instruction], dict[int, date]]:
        """The instructions whose work was owed and past due on ``as_of``, with the due
        date then."""
        ids = [i.id for i in insts]
        exts = self.store.extensions_for(ids)
        reps = self.store.reports_for(ids)
        points = self.store.control_points_for([i.id for i in insts if i.due_rule.is_recurring])
        out: list[m.Instruction] = []
        due_then: dict[int, date] = {}
        for inst in insts:
            # (control point or None for the instruction itself, original due, done)
            units: list[tuple[int | None, date | None, date | None]]
            if inst.due_rule.is_recurring:
                units = [(p.id, p.due_date_original, p.done_date) for p in points.get(inst.id, [])]
            else:
                units = [(None, inst.due_date_original, inst.done_date)]
            owed = []
            for point_id, original, done in units:
                if original is None or (done is not None and done <= as_of):
                    continue
                d = rules.due_as_of(
                    original,
                    [
                        (e.decided_on, e.new_date)
                        for e in exts.get(inst.id, [])
                        if e.control_point_id == point_id
                    ],
                    as_of,
                )
                state = [
                    (r.received, r.outcome.value, r.outcome_date)
                    for r in reps.get(inst.id, [])
                    if r.control_point_id == point_id
                ]
                if d < as_of and rules.owed_as_of(state, as_of):
                    owed.append(d)
            if owed:
                out.append(inst)
                due_then[inst.id] = min(owed)
        return out, due_then

    def discipline(
        self, date_from: date, date_to: date, as_of: date | None = None
    ) -> list[DisciplineStat]:
        """Per main executor over what was due in [date_from, date_to], judged as it
        stood on ``as_of`` (default: the end of the period, or today if earlier): the due
        date in force then (extensions decided later do not count), reports received by
        then, and what was cancelled or taken off control only after then still counting.
        What fell due before the period and is still owed on ``as_of`` counts as overdue
        in it too, so the figure agrees with the overdue list (docs/rules.md)."""
        if date_to < date_from:
            raise ValidationError(
                "The period ends ({to}) before it starts ({frm}).",
                to=fmt(date_to),
                frm=fmt(date_from),
            )
        as_of = as_of or min(date_to + timedelta(days=1), self.today())
        insts, points = self.store.discipline_candidates(date_from, date_to, as_of)
        ids = list({r["id"] for r in insts} | {r["instruction_id"] for r in points})
        exts = self.store.extensions_for(ids)
        reps = self.store.reports_for(ids)
        stats: dict[m.Executor, DisciplineStat] = {}
        units = [(r["id"], None, r) for r in insts] + [
            (r["instruction_id"], r["id"], r) for r in points
        ]
        for inst_id, point_id, r in units:
            closed_on = _d(r["closed_on"])
            if r["status"] == "cancelled" and (closed_on is None or closed_on <= as_of):
                continue
            if (
                point_id is not None
                and r["point_status"] != "done"
                and r["status"] in ("off_control", "done")
                and (closed_on is None or closed_on <= as_of)
            ):
                continue  # the commission took it off control: dates left open are not counted
            due = rules.due_as_of(
                date.fromisoformat(r["due_date_original"]),
                [
                    (e.decided_on, e.new_date)
                    for e in exts.get(inst_id, [])
                    if e.control_point_id == point_id
                ],
                as_of,
            )
            if due > date_to:
                continue
            before = due < date_from
            done = _d(r["done_date"])
            state = [
                (x.received, x.outcome.value, x.outcome_date)
                for x in reps.get(inst_id, [])
                if x.control_point_id == point_id
            ]
            o = rules.outcome_as_of(due, done, state, as_of)
            if o == rules.Outcome.NOT_COUNTED or o == rules.Outcome.PENDING:
                continue
            if before and (o != rules.Outcome.OVERDUE or (done is not None and done < date_from)):
                continue  # settled before the period: it belongs to an earlier one
            org, person = r["main_organisation_id"], r["main_executor_id"]
            if org is None and person is None:
                continue  # an instruction of nobody: nobody's discipline
            # an organisation with its responsible person counts for the organisation
            who = m.Executor.org(org) if org is not None else m.Executor.person(person)
            st = stats.setdefault(who, DisciplineStat(who))
            if org is not None and person is not None:
                st.people.add(person)
            st.instruction_ids.add(inst_id)
            st.issued = len(st.instruction_ids)
            st.control_points += point_id is not None
            st.carried_over += before
            if o == rules.Outcome.ON_TIME:
                st.on_time += 1
            elif o == rules.Outcome.LATE:
                st.late += 1
            else:
                st.overdue += 1
        return sorted(stats.values(), key=lambda s: (s.percent is None, s.percent or 0))

    def history(self, inst_id: int, lang: str | None = None) -> list[HistoryEvent]:
        """The instruction's whole history, read from the journal: one event per user
        action. A report or an extension changes the instruction's row in the same action
        (its status, its deadline): that change is folded into the report's or the
        extension's event instead of being listed as a second one."""
        inst = self.store.instruction(inst_id)
        lang = lang or self.lang
        # (entry, what the entry is of), in the journal's order
        stream: list[tuple[m.JournalEntry, Any]] = [
            (e, None) for e in self.store.journal_of("instruction", inst.uid)
        ]
        for rep in self.store.reports(inst_id):
            stream += [(e, rep) for e in self.store.journal_of("report", rep.uid)]
        for ext in self.store.extensions(inst_id):
            stream += [(e, ext) for e in self.store.journal_of("extension", ext.uid)]
        stream.sort(key=lambda pair: pair[0].seq)
        events: list[HistoryEvent] = []
        previous: tuple[m.JournalEntry, Any] | None = None
        for e, of in stream:
            if of is None:
                if previous is not None and _same_action(previous[0], e) and previous[1]:
                    # the instruction's row changed by the report or extension just listed
                    extra = self._folded_change(e, previous[1], lang)
                    if extra and events:
                        last = events[-1]
                        last.detail = f"{last.detail}\n{extra}" if last.detail else extra
                else:
                    events += self._instruction_events(e, lang)
            elif isinstance(of, m.Report):
                ev = self._report_event(e, of, lang)
                if ev is not None:
                    events.append(ev)
            else:
                events.append(
                    HistoryEvent(
                        e.at.isoformat(),
                        e.user,
                        translate("History", "Deadline extended", lang),
                        f"{fmt(of.old_date)} → {fmt(of.new_date)}: {of.reason} ({of.decided_by})",
                    )
                )
            previous = (e, of)
        return events

    def _instruction_events(self, e: m.JournalEntry, lang: str | None) -> list[HistoryEvent]:
        """What one change of the instruction's own row was (an action of its own)."""
        if e.action == "insert":
            assert e.after is not None  # an insert records the row written
            return [
                HistoryEvent(
                    e.at.isoformat(),
                    e.user,
                    translate("History", "Issued", lang),
                    f"{fmt(_d(e.after['due_date']))} ({e.after['due_text']})",
                )
            ]
        events: list[HistoryEvent] = []
        b, a = e.before or {}, e.after or {}
        if b.get("status") != a.get("status"):
            events.append(
                HistoryEvent(
                    e.at.isoformat(),
                    e.user,
                    translate("History", "Status: {old} → {new}", lang).format(
                        old=translate("Labels", m.STATUS_LABELS[S(b["status"])], lang),
                        new=translate("Labels", m.STATUS_LABELS[S(a["status"])], lang),
                    ),
                    a.get("closed_note", "") or e.note,  # the reason of a change back on control
                )
            )
        if b.get("due_date") != a.get("due_date"):
            events.append(
                HistoryEvent(
                    e.at.isoformat(),
                    e.user,
                    translate("History", "Due date: {old} → {new}", lang).format(
                        old=fmt(_d(b.get("due_date"))), new=fmt(_d(a.get("due_date")))
                    ),
                    _due_reason(e.note, lang),
                )
            )
        if a.get("event_date") and b.get("event_date") != a.get("event_date"):
            events.append(
                HistoryEvent(
                    e.at.isoformat(),
                    e.user,
                    translate("History", "The event occurred on {date}", lang).format(
                        date=fmt(_d(a["event_date"]))
                    ),
                )
            )
        if b.get("text") != a.get("text"):
            events.append(
                HistoryEvent(
                    e.at.isoformat(),
                    e.user,
                    translate("History", "Text edited", lang),
                    f"{b.get('text')} → {a.get('text')}",
                )
            )
        return events

    def _report_event(
        self, e: m.JournalEntry, rep: m.Report, lang: str | None
    ) -> HistoryEvent | None:
        if e.action == "insert":
            return HistoryEvent(
                e.at.isoformat(),
                e.user,
                translate("History", "Report received", lang),
                f"{fmt(rep.received)} {rep.outgoing_number}: {rep.text}",
            )
        if (e.before or {}).get("outcome") == (e.after or {}).get("outcome"):
            return None
        assert e.after is not None  # a report is never deleted
        what = (
            translate("History", "Report accepted", lang)
            if e.after["outcome"] == "accepted"
            else translate("History", "Returned for rework", lang)
        )
        return HistoryEvent(e.at.isoformat(), e.user, what, e.after.get("outcome_note", ""))

    def _folded_change(self, e: m.JournalEntry, of: Any, lang: str | None) -> str:
        """The line a report's or extension's event gains from the instruction's change in
        the same action: the new status after an accepted report (done, or on control for
        the next period), the next deadline of a recurring one. An extension's new
        deadline and a report's usual status change are already said by the event."""
        b, a = e.before or {}, e.after or {}
        lines = []
        if isinstance(of, m.Report) and b.get("due_date") != a.get("due_date"):
            lines.append(
                translate("History", "Due date: {old} → {new}", lang).format(
                    old=fmt(_d(b.get("due_date"))), new=fmt(_d(a.get("due_date")))
                )
            )
        if (
            isinstance(of, m.Report)
            and of.outcome == m.ReportOutcome.ACCEPTED
            and b.get("status") != a.get("status")
        ):
            lines.append(
                translate("History", "Status: {status}", lang).format(
                    status=translate("Labels", m.STATUS_LABELS[S(a["status"])], lang)
                )
            )
        return "\n".join(lines)

    # -- the register as rows (the command line's listing and export) ----------------------
    def instruction_rows(
        self,
        *,
        as_of: date,
        overdue: bool = False,
        executor: str | None = None,
        status: str | None = None,
        session: str | None = None,
    ) -> list[dict[str, Any]]:
        """The instructions the filters select, as flat rows, by the tracker's own query
        (``services.listing``): ``executor`` is part of a name (main or co-executor),
        ``status`` a status value or "open", ``session`` an id or YEAR/NUMBER. Overdue as
        of a past day is replayed as it stood then."""
        from .listing import STATUS_ALL, STATUS_OPEN, TrackerQuery, query_ids

        q = TrackerQuery(status=STATUS_ALL, overdue=overdue)
        if executor:
            ex = self.find_executor(executor)
            q = q.with_(
                executor_id=ex.person_id if ex.organisation_id is None else None,
                organisation_id=ex.organisation_id,
                include_co_executors=True,
            )
        if status:
            if status != STATUS_OPEN:
                try:
                    S(status)
                except ValueError:
                    raise ValidationError(
                        '"{value}" is not a status; use one of: {allowed}.',
                        value=status,
                        allowed=", ".join([s.value for s in S] + [STATUS_OPEN]),
                    ) from None
            q = q.with_(status=status)
        if session:
            q = q.with_(session_id=self.resolve_session(session).id)
        lang = "kk" if self.lang == "kk" else "ru"
        if overdue and as_of < self.today():  # as of a past day: replayed as it stood then
            items = self.overdue(as_of)
            if q != TrackerQuery(status=STATUS_ALL, overdue=True):  # a filter narrows the list
                wanted = set(query_ids(self.store, q.with_(overdue=False), as_of, as_of))
                items = [o for o in items if o.instruction.id in wanted]
            insts = [o.instruction for o in items]
            names = self.executor_names([e for i in insts for e in i.executors], lang)
            labels = self.store.session_labels(i.session_id for i in insts)
            return [
                {
                    "id": i.id,
                    "uid": i.uid,
                    "number": i.number,
                    "session": labels.get(i.session_id) if i.session_id is not None else None,
                    "text": i.text or i.text_kk,
                    "executors": [names[e] for e in i.executors],
                    "due_text": i.due_text,
                    "due_date": o.due.isoformat(),  # the due date in force on that day
                    "due_date_original": i.due_date_original.isoformat()
                    if i.due_date_original
                    else None,
                    "status": i.status.value,
                    "days_overdue": o.days,
                    "as_of": as_of.isoformat(),
                }
                for o, i in zip(items, insts, strict=True)
            ]
        # the current statuses say it all: every filter in one SQL query, rows read flat
        # (no Instruction objects: 4,351 overdue rows print in a third of the time)
        ids = query_ids(self.store, q, as_of, as_of, order="due")
        rows = self.store.export_rows(ids)
        executors = {r["id"]: self.store.row_executors(r) for r in rows}
        names = self.executor_names([e for ex in executors.values() for e in ex], lang)
        labels = self.store.session_labels(r["session_id"] for r in rows)
        out = []
        for r in rows:
            due = date.fromisoformat(r["due_date"]) if r["due_date"] else None
            out.append(
                {
                    "id": r["id"],
                    "uid": r["uid"],
                    "number": r["number"],
                    "session": labels.get(r["session_id"]),
                    "text": r["text"],
                    "executors": [names[e] for e in executors[r["id"]]],
                    "due_text": r["due_text"],
                    "due_date": r["due_date"],
                    "due_date_original": r["due_date_original"],
                    "status": r["status"],
                    "days_overdue": rules.days_overdue(S(r["status"]), due, as_of),
                    "as_of": as_of.isoformat(),
                }
            )
        return out

    def search_hits(self, text: str) -> list[dict[str, Any]]:
        """Full-text hits with where they were found: kind ("instruction", "decision",
        "agenda", "report"), the session's label, the instruction's number, a snippet."""
        from ..storage.names import FTS_AGENDA, FTS_DECISION, FTS_INSTRUCTION, FTS_REPORT

        kinds = {
            FTS_INSTRUCTION: "instruction",
            FTS_DECISION: "decision",
            FTS_AGENDA: "agenda",
            FTS_REPORT: "report",
        }
        hits = self.store.search(text)
        if not hits:
            return []
        where = [self.store.search_hit_context(h["kind"], h["ref"]) for h in hits]
        labels = self.store.session_labels(sid for sid, _iid in where if sid)
        out = []
        for h, (sid, iid) in zip(hits, where, strict=True):
            out.append(
                {
                    "kind": kinds[h["kind"]],
                    "session": labels.get(sid, "") if sid else "",
                    "number": self.store.instruction(iid).number if iid else "",
                    "snippet": h["snip"],
                }
            )
        return out
