"""The session editor's working copy: plain data, no Qt, no SQL.

The editor edits a :class:`SessionDraft`; nothing reaches the database until
:func:`save_draft`, the use case "save the whole session": one transaction that
calls one use case per change (create or update the session, set the
attendance, delete / save / move agenda items, add or update decisions, issue
instructions or edit their text). The checks are the use cases' own: a refusal
is raised with the place in the editor it concerns (:class:`Location`), the
whole transaction is rolled back and the draft is left as it was.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..domain import model as m
from ..domain import rules
from ..errors import UserError
from ..i18n import translate
from .sessions import AttendanceEntry

if TYPE_CHECKING:
    from . import Services

_TIME = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")

TAB_HEADER, TAB_ATTENDANCE, TAB_AGENDA, TAB_DECISIONS = range(4)


@dataclass
class InstructionDraft:
    text: str = ""
    executors: list[m.Executor] = field(default_factory=list)  # first = main executor
    controller_id: int | None = None
    due_text: str = ""
    text_kk: str = ""
    id: int = 0  # 0 until issued
    number: str = ""  # as stored ("1.1"); computed for a new one
    status: m.InstructionStatus = m.InstructionStatus.ON_CONTROL
    due_date: date | None = None  # in force now (extensions, the next control point)
    due_date_original: date | None = None
    being_executed: bool = False  # a report or an extension exists: fixed but for its text

    @property
    def issued(self) -> bool:
        return bool(self.id)

    @property
    def fixed(self) -> bool:
        """Executors, controller and deadline can no longer be corrected in the minutes:
        execution has begun (a report, an extension, another status). Until then, and
        until the minutes are approved, the secretary corrects them freely (journalled)."""
        return self.issued and (
            self.being_executed or self.status != m.InstructionStatus.ON_CONTROL
        )


@dataclass
class DecisionDraft:
    text: str = ""
    text_kk: str = ""
    instruction: InstructionDraft | None = None
    id: int = 0
    position: int = 0  # stored position within its item


@dataclass
class ItemDraft:
    title: str = ""
    title_kk: str = ""
    summary: str = ""
    speakers: list[m.Speaker] = field(default_factory=list)
    vote_for: int | None = None
    vote_against: int | None = None
    vote_abstained: int | None = None
    decisions: list[DecisionDraft] = field(default_factory=list)
    id: int = 0
    uid: str = field(default_factory=m.new_uid)
    summary_kk: str = ""

    @property
    def has_vote(self) -> bool:
        return self.vote_for is not None

    def has_issued_instructions(self) -> bool:
        return any(d.instruction is not None and d.instruction.issued for d in self.decisions)


@dataclass
class SessionDraft:
    session: m.Session
    # members' marks by person id (a member missing here is not marked present)
    attendance: dict[int, AttendanceEntry] = field(default_factory=dict)
    invited: list[int] = field(default_factory=list)
    attendance_stored: bool = False  # the database holds an attendance list
    items: list[ItemDraft] = field(default_factory=list)
    deleted_item_ids: list[int] = field(default_factory=list)

    @property
    def is_new(self) -> bool:
        return not self.session.id

    @property
    def approved(self) -> bool:
        return self.session.status == m.SessionStatus.APPROVED

    def copy(self) -> SessionDraft:
        return copy.deepcopy(self)


@dataclass(frozen=True)
class Location:
    """Where a problem is, for the editor to show it."""

    tab: int
    item: int | None = None  # index into draft.items
    decision: int | None = None  # index into the item's decisions
    field: str = ""  # "title", "decision_text", "executors", "due", "number", "time"...


def located(exc: UserError, loc: Location) -> UserError:
    exc.location = loc  # type: ignore[attr-defined]
    return exc


def location_of(exc: BaseException) -> Location | None:
    return getattr(exc, "location", None)


# -- loading ------------------------------------------------------------------------------------


def load_draft(sv: Services, session_id: int) -> SessionDraft:
    rec = sv.session_record(session_id)
    insts = {i.decision_id: i for i in rec.instructions if i.decision_id}
    ids = [i.id for i in insts.values()]
    executed = set(sv.store.reports_for(ids)) | set(sv.store.extensions_for(ids))
    items = []
    for it in rec.agenda:
        decisions = []
        for d in rec.decisions:
            if d.agenda_item_id != it.id:
                continue
            inst = insts.get(d.id)
            idraft = None
            if inst is not None:
                idraft = InstructionDraft(
                    inst.text,
                    list(inst.executors),
                    inst.controller_id,
                    inst.due_text,
                    inst.text_kk,
                    inst.id,
                    inst.number,
                    inst.status,
                    inst.due_date,
                    inst.due_date_original,
                    inst.id in executed,  # a report or an extension: execution has begun
                )
            decisions.append(DecisionDraft(d.text, d.text_kk, idraft, d.id, d.position))
        items.append(
            ItemDraft(
                it.title,
                it.title_kk,
                it.summary,
                [copy.copy(s) for s in it.speakers],
                it.vote_for,
                it.vote_against,
                it.vote_abstained,
                decisions,
                it.id,
                it.uid,
                it.summary_kk,
            )
        )
    attendance = {
        a.person_id: AttendanceEntry(
            a.person_id,
            a.present,
            a.absence_reason,
            a.substitute_id,
            absence_reason_kk=a.absence_reason_kk,
        )
        for a in rec.attendance
        if a.kind == m.AttendanceKind.MEMBER
    }
    invited = [a.person_id for a in rec.attendance if a.kind == m.AttendanceKind.INVITED]
    return SessionDraft(rec.session, attendance, invited, bool(rec.attendance), items)


def new_draft(sv: Services, commission_id: int, day: date) -> SessionDraft:
    """A new session of ``commission_id`` on ``day`` or, when that is a day off (a
    Saturday, a holiday of the calendar), the next working day: the next number, the
    commission's chair and secretary, and the time and place of its last session
    (usually the same hall)."""
    com = sv.store.commission(commission_id)
    day = sv.calendar.next_working_day(day)
    s = m.Session(
        commission_id,
        day.year,
        sv.propose_session_number(commission_id, day.year),
        day,
        chair_id=com.chair_id,
        secretary_id=com.secretary_id,
    )
    previous = sv.store.sessions(commission_id)
    if previous:
        last = previous[0]
        s.time, s.place, s.place_kk = last.time, last.place, last.place_kk
    return SessionDraft(s)


# -- what the draft says --------------------------------------------------------------------------


def attendance_entries(
    draft: SessionDraft, roster: list[m.Membership]
) -> list[AttendanceEntry] | None:
    """The list to store: every voting member on the roster (an unmarked one is absent),
    the non-voting members that are marked (the secretary is not "absent" by default), and
    the invited; None while nothing was recorded (a draft prepared before the session)."""

    def marked(e: AttendanceEntry | None) -> bool:
        return e is not None and bool(
            e.present or e.absence_reason.strip() or e.absence_reason_kk.strip() or e.substitute_id
        )

    if not (
        any(marked(e) for e in draft.attendance.values())
        or draft.invited
        or draft.attendance_stored
    ):
        return None
    out = []
    for ms in roster:
        e = draft.attendance.get(ms.person_id)
        if ms.voting or marked(e):
            out.append(copy.copy(e) if e else AttendanceEntry(ms.person_id, present=False))
    members = {e.person_id for e in out}
    out += [AttendanceEntry(pid, invited=True) for pid in draft.invited if pid not in members]
    return out


def quorum_of(draft: SessionDraft, roster: list[m.Membership], rule: m.QuorumRule) -> rules.Quorum:
    """The quorum as the unsaved marks stand."""
    att = [
        m.Attendance(
            draft.session.id,
            e.person_id,
            m.AttendanceKind.MEMBER,
            e.present,
            e.absence_reason,
            e.substitute_id,
        )
        for e in draft.attendance.values()
    ]
    return rules.quorum(rule, roster, att)


def missing_translations(draft: SessionDraft) -> tuple[int, int]:
    """(texts with no Kazakh version, texts with no Russian version) of the session as
    the editor holds it: each text typed in one language only (place, notes, agenda
    titles and summaries, speeches, decisions, instructions, absence reasons). A body
    that keeps its minutes in one language looks at its own number only."""
    s = draft.session
    pairs: list[tuple[str, str]] = [(s.place, s.place_kk), (s.notes, s.notes_kk)]
    pairs += [(e.absence_reason, e.absence_reason_kk) for e in draft.attendance.values()]
    for it in draft.items:
        pairs += [(it.title, it.title_kk), (it.summary, it.summary_kk)]
        pairs += [(sp.summary, sp.summary_kk) for sp in it.speakers]
        pairs += [(sp.name, sp.name_kk) for sp in it.speakers if not sp.person_id]
        for d in it.decisions:
            pairs.append((d.text, d.text_kk))
            if d.instruction is not None and d.instruction.text != d.text:
                pairs.append((d.instruction.text, d.instruction.text_kk))
    no_kk = sum(1 for ru, kk in pairs if ru.strip() and not kk.strip())
    no_ru = sum(1 for ru, kk in pairs if kk.strip() and not ru.strip())
    return no_kk, no_ru


def instruction_number(item_index: int, decision_index: int) -> str:
    return rules.instruction_number(item_index + 1, decision_index + 1)


def normalise_time(text: str) -> str:
    mt = _TIME.fullmatch(text.strip())
    return f"{int(mt.group(1)):02d}:{mt.group(2)}" if mt else text.strip()


@contextmanager
def _at(loc: Location, where: str = "") -> Iterator[None]:
    """A use case's refusal, told where in the editor it is (and, for an instruction,
    which one: "Instruction 1.2")."""
    try:
        yield
    except UserError as exc:
        if where and not exc.where:
            exc.where = where
        raise located(exc, loc) from None


# -- saving ---------------------------------------------------------------------------------------


def save_draft(
    sv: Services, draft: SessionDraft, baseline: SessionDraft | None, lang: str | None = None
) -> int:
    """Write what changed since ``baseline`` (None: nothing stored yet); returns the session id.

    One transaction: all of it is written, or none of it (and ``draft`` is as it was)."""
    before = copy.deepcopy(draft)
    try:
        with sv.atomic():
            return _save_draft(sv, draft, baseline, lang)
    except BaseException:
        draft.__dict__.update(before.__dict__)  # ids given by the rolled-back writes are void
        raise


def _time_ok(text: str) -> bool:
    return not text.strip() or bool(_TIME.fullmatch(text.strip()))


def _save_draft(
    sv: Services, draft: SessionDraft, baseline: SessionDraft | None, lang: str | None
) -> int:
    s = draft.session
    s.time = normalise_time(s.time)
    s.year = s.date.year
    header = Location(TAB_HEADER, field="number" if _time_ok(s.time) else "time")
    with _at(header):
        if draft.is_new:
            made = sv.create_session(
                s.commission_id,
                s.date,
                number=s.number,
                kind=s.kind,
                time=s.time,
                place=s.place,
                place_kk=s.place_kk,
                chair_id=s.chair_id,
                secretary_id=s.secretary_id,
                notes=s.notes,
                uid=s.uid,
                notes_kk=s.notes_kk,
            )
            s.id, s.status, s.revision = made.id, made.status, made.revision
            if s.has_agenda_vote:
                sv.set_agenda_vote(
                    s.id,
                    (
                        s.agenda_vote_for or 0,
                        s.agenda_vote_against or 0,
                        s.agenda_vote_abstained or 0,
                    ),
                )
        elif baseline is None or s != baseline.session:
            sv.update_session(copy.copy(s))
    sid = s.id

    roster = sv.store.roster_on(s.commission_id, s.date)
    entries = attendance_entries(draft, roster)
    old_entries = attendance_entries(baseline, roster) if baseline is not None else None
    if entries is not None and (
        entries != old_entries or baseline is None or baseline.session.date != s.date
    ):
        with _at(Location(TAB_ATTENDANCE)):
            sv.set_attendance(sid, entries)
        draft.attendance_stored = True

    # agenda: deletions first, then contents, new items (appended), then the order
    while draft.deleted_item_ids:
        item_id = draft.deleted_item_ids[0]
        sv.delete_agenda_item(item_id)
        draft.deleted_item_ids.pop(0)
    old_items = {i.id: i for i in baseline.items} if baseline is not None else {}
    stored_pos = {i.id: i.position for i in sv.store.agenda(sid)}
    for n, item in enumerate(draft.items):
        if item.id and _item_fields(item) == _item_fields(old_items.get(item.id)):
            continue
        ai = m.AgendaItem(
            sid,
            stored_pos.get(item.id, 0),
            item.title,
            item.title_kk,
            item.summary,
            [copy.copy(x) for x in item.speakers],
            item.vote_for,
            item.vote_against,
            item.vote_abstained,
            summary_kk=item.summary_kk,
            id=item.id,
            uid=item.uid,
        )
        where = translate("SessionEditor", "Agenda item {n}", lang).format(n=n + 1)
        with _at(Location(TAB_AGENDA, n, field="title"), where):
            item.id = sv.save_agenda_item(ai)
    for pos, item in enumerate(draft.items, 1):
        current = {i.id: i.position for i in sv.store.agenda(sid)}
        if current.get(item.id) != pos:
            sv.move_agenda_item(item.id, pos)

    # decisions, then instructions (numbered from the final order)
    old_decisions = {d.id: d for i in old_items.values() for d in i.decisions}
    for n, item in enumerate(draft.items):
        for k, d in enumerate(item.decisions):
            old = old_decisions.get(d.id)
            where = translate("SessionEditor", "Decision {number}", lang).format(
                number=instruction_number(n, k)
            )
            with _at(Location(TAB_DECISIONS, n, k, "decision_text"), where):
                if not d.id:
                    made_d = sv.add_decision(item.id, d.text, d.text_kk)
                    d.id, d.position = made_d.id, made_d.position
                elif old is None or (old.text, old.text_kk) != (d.text, d.text_kk):
                    sv.update_decision(d.id, d.text, d.text_kk)
    for n, item in enumerate(draft.items):
        for k, d in enumerate(item.decisions):
            inst = d.instruction
            if inst is None:
                continue
            where = translate("SessionEditor", "Instruction {number}", lang).format(
                number=instruction_number(n, k)
            )
            if not inst.issued:
                field_ = "executors" if not inst.executors else "due"
                with _at(Location(TAB_DECISIONS, n, k, field_), where):
                    made_i = sv.issue_instruction(
                        text=inst.text or d.text,
                        text_kk=inst.text_kk,
                        executors=inst.executors,
                        due_text=inst.due_text,
                        decision_id=d.id,
                        controller_id=inst.controller_id,
                    )
                inst.id, inst.number = made_i.id, made_i.number
                continue
            old_i = old_decisions[d.id].instruction if d.id in old_decisions else None
            if old_i is None or (old_i.text, old_i.text_kk) != (inst.text, inst.text_kk):
                with _at(Location(TAB_DECISIONS, n, k, "instruction_text"), where):
                    sv.update_instruction_text(inst.id, inst.text, inst.text_kk)
            if not inst.fixed and (
                old_i is None
                or (old_i.executors, old_i.controller_id, old_i.due_text)
                != (inst.executors, inst.controller_id, inst.due_text)
            ):
                field_ = "executors" if not inst.executors else "due"
                with _at(Location(TAB_DECISIONS, n, k, field_), where):
                    sv.revise_instruction(
                        inst.id,
                        executors=inst.executors,
                        controller_id=inst.controller_id,
                        due_text=inst.due_text,
                    )
                revised = sv.store.instruction(inst.id)
                inst.due_date, inst.due_date_original = revised.due_date, revised.due_date_original
    return sid


def _item_fields(item: ItemDraft | None) -> tuple[object, ...] | None:
    if item is None:
        return None
    return (
        item.title,
        item.title_kk,
        item.summary,
        item.summary_kk,
        item.speakers,
        item.vote_for,
        item.vote_against,
        item.vote_abstained,
    )
