"""Read-only questions over the register: overdue, discipline, history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..domain import model as m
from ..domain import rules
from ..domain.model import InstructionStatus as S
from ..errors import ValidationError
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
    executor_id: int
    issued: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0

    @property
    def percent(self) -> float | None:
        return rules.discipline_percent(self.on_time, self.late, self.overdue)


@dataclass
class HistoryEvent:
    when: str  # ISO timestamp of the journal entry
    user: str
    what: str  # translated description
    detail: str = ""


class QueriesService(ServiceBase):
    # -- queries ---------------------------------------------------------------------
    def overdue(
        self,
        as_of: date | None = None,
        executor_id: int | None = None,
        commission_id: int | None = None,
    ) -> list[OverdueItem]:
        """Instructions overdue as of a day. As of today this reads current
        statuses (one indexed query); as of a past day it replays each
        candidate's reports, extensions and control points to judge it as it
        stood then."""
        as_of = as_of or self.today()
        if as_of >= self.today():
            ids = self.store.instruction_ids(
                overdue_as_of=as_of, executor_id=executor_id, commission_id=commission_id
            )
            insts = self.store.instructions_by_ids(ids)
            due = {i.id: i.due_date for i in insts}
        else:
            ids = self.store.instruction_ids(
                candidates_as_of=as_of, executor_id=executor_id, commission_id=commission_id
            )
            insts, due = self._owed_then(self.store.instructions_by_ids(ids), as_of)
            ids = [i.id for i in insts]
        sessions = self.store.sessions_by_ids(i.session_id for i in insts)
        ext = self.store.extension_counts(ids)
        last = self.store.last_reports(ids, received_by=as_of)
        out = [
            OverdueItem(
                i,
                sessions.get(i.session_id),
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
        """The instructions whose work was owed and past due on ``as_of``, with the due date then."""
        ids = [i.id for i in insts]
        exts = self.store.extensions_for(ids)
        reps = self.store.reports_for(ids)
        points = self.store.control_points_for(
            [i.id for i in insts if i.due_rule.get("kind") == "recurring"]
        )
        out, due_then = [], {}
        for inst in insts:
            if inst.due_rule.get("kind") == "recurring":
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
        then, and what was cancelled or taken off control only after then still counting."""
        if date_to < date_from:
            raise ValidationError(
                "The period ends ({to}) before it starts ({frm}).",
                to=fmt(date_to),
                frm=fmt(date_from),
            )
        as_of = as_of or min(date_to + timedelta(days=1), self.today())
        insts, points = self.store.discipline_candidates(date_from, date_to)
        ids = list({r["id"] for r in insts} | {r["instruction_id"] for r in points})
        exts = self.store.extensions_for(ids)
        reps = self.store.reports_for(ids)
        stats: dict[int, DisciplineStat] = {}
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
            if not date_from <= due <= date_to:
                continue
            done = _d(r["done_date"])
            state = [
                (x.received, x.outcome.value, x.outcome_date)
                for x in reps.get(inst_id, [])
                if x.control_point_id == point_id
            ]
            o = rules.outcome_as_of(due, done, state, as_of)
            if o == rules.Outcome.NOT_COUNTED or o == rules.Outcome.PENDING:
                continue
            st = stats.setdefault(r["main_executor_id"], DisciplineStat(r["main_executor_id"]))
            st.issued += 1
            if o == rules.Outcome.ON_TIME:
                st.on_time += 1
            elif o == rules.Outcome.LATE:
                st.late += 1
            else:
                st.overdue += 1
        return sorted(stats.values(), key=lambda s: (s.percent is None, s.percent or 0))

    def history(self, inst_id: int, lang: str | None = None) -> list[HistoryEvent]:
        """The instruction's whole history, read from the journal."""
        inst = self.store.instruction(inst_id)
        lang = lang or self.lang
        events: list[HistoryEvent] = []
        for e in self.store.journal_of("instruction", inst.uid):
            if e.action == "insert":
                events.append(
                    HistoryEvent(
                        e.at.isoformat(),
                        e.user,
                        translate("History", "Issued", lang),
                        f"{fmt(_d(e.after['due_date']))} ({e.after['due_text']})",
                    )
                )
                continue
            b, a = e.before or {}, e.after or {}
            if b.get("status") != a.get("status"):
                ev = HistoryEvent(
                    e.at.isoformat(),
                    e.user,
                    translate("History", "Status: {old} → {new}", lang).format(
                        old=translate("Labels", m.STATUS_LABELS[S(b["status"])], lang),
                        new=translate("Labels", m.STATUS_LABELS[S(a["status"])], lang),
                    ),
                    a.get("closed_note", ""),
                )
                events.append(ev)
            if b.get("due_date") != a.get("due_date"):
                events.append(
                    HistoryEvent(
                        e.at.isoformat(),
                        e.user,
                        translate("History", "Due date: {old} → {new}", lang).format(
                            old=fmt(_d(b.get("due_date"))), new=fmt(_d(a.get("due_date")))
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
        for rep in self.store.reports(inst_id):
            for e in self.store.journal_of("report", rep.uid):
                if e.action == "insert":
                    events.append(
                        HistoryEvent(
                            e.at.isoformat(),
                            e.user,
                            translate("History", "Report received", lang),
                            f"{fmt(rep.received)} {rep.outgoing_number}: {rep.text}",
                        )
                    )
                elif (e.before or {}).get("outcome") != (e.after or {}).get("outcome"):
                    what = (
                        translate("History", "Report accepted", lang)
                        if e.after["outcome"] == "accepted"
                        else translate("History", "Returned for rework", lang)
                    )
                    events.append(
                        HistoryEvent(
                            e.at.isoformat(), e.user, what, e.after.get("outcome_note", "")
                        )
                    )
        for ext in self.store.extensions(inst_id):
            for e in self.store.journal_of("extension", ext.uid):
                events.append(
                    HistoryEvent(
                        e.at.isoformat(),
                        e.user,
                        translate("History", "Deadline extended", lang),
                        f"{fmt(ext.old_date)} → {fmt(ext.new_date)}: {ext.reason} ({ext.decided_by})",
                    )
                )
        events.sort(key=lambda ev: ev.when)
        # a report or extension and its status change happen in one action: keep both, ordered
        return events
