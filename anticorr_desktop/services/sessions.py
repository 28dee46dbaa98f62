"""Sessions: their header, attendance, agenda and decisions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from ..domain import model as m
from ..domain import rules
from ..errors import NotFound, ValidationError
from .base import _SESSION_LABEL, ServiceBase, clean_pair, clean_text


@dataclass
class AttendanceEntry:
    person_id: int
    present: bool = True
    absence_reason: str = ""
    substitute_id: int | None = None
    invited: bool = False
    absence_reason_kk: str = ""


@dataclass
class TranslationGap:
    """A text of a session kept in one language only: what a print in ``lang`` lacks.
    ``source`` is the text in the other language; ``text`` what the secretary types."""

    what: str  # "session", "item", "speaker", "decision", "attendance", "person"
    ref: int  # the record's id (the item's for a speaker)
    field: str  # the column to fill: title_kk, summary, place_kk, position_kk, ...
    source: str
    label: str  # where it is, in the interface language ("Item 2: summary")
    index: int = 0  # a speaker's place in its item
    text: str = ""


@dataclass
class SessionRecord:
    session: m.Session
    attendance: list[m.Attendance] = field(default_factory=list)
    agenda: list[m.AgendaItem] = field(default_factory=list)
    decisions: list[m.Decision] = field(default_factory=list)
    instructions: list[m.Instruction] = field(default_factory=list)


class SessionsService(ServiceBase):
    # -- sessions --------------------------------------------------------------------
    def resolve_session(self, ref: str | int) -> m.Session:
        """A session by id or YEAR/NUMBER (the command line's SESSION)."""
        if isinstance(ref, int) or str(ref).strip().isdigit():
            return self.store.session(int(ref))
        mt = _SESSION_LABEL.match(str(ref))
        if not mt:
            raise ValidationError(
                '"{ref}" is not a session: give its id or YEAR/NUMBER, e.g. 2024/4.', ref=ref
            )
        found = self.store.sessions_by_label(int(mt.group(1)), int(mt.group(2)))
        if not found:
            raise NotFound("There is no session {ref}.", ref=f"{mt.group(1)}/{mt.group(2)}")
        if len(found) > 1:
            raise ValidationError(
                "Several commissions have a session {ref}; give its id instead ({ids}).",
                ref=ref,
                ids=", ".join(str(s.id) for s in found),
            )
        return found[0]

    def propose_session_number(self, commission_id: int, year: int) -> int:
        return rules.next_session_number(self.store.session_numbers(commission_id, year))

    def create_session(
        self,
        commission_id: int,
        day: date,
        *,
        number: int | None = None,
        kind: m.SessionKind = m.SessionKind.REGULAR,
        time: str = "",
        place: str = "",
        place_kk: str = "",
        chair_id: int | None = None,
        secretary_id: int | None = None,
        notes: str = "",
        uid: str | None = None,
        notes_kk: str = "",
    ) -> m.Session:
        com = self.store.commission(commission_id)
        if number is None:
            number = self.propose_session_number(commission_id, day.year)
        _check_number_and_time(number, time)
        s = m.Session(
            commission_id,
            day.year,
            number,
            day,
            time.strip().replace(".", ":"),
            clean_text(place, "", required=False, max_len=500),
            clean_text(place_kk, "", required=False, max_len=500),
            kind,
            chair_id or com.chair_id,
            secretary_id or com.secretary_id,
            m.SessionStatus.DRAFT,
            clean_text(notes, "", required=False),
            clean_text(notes_kk, "", required=False),
        )
        if uid:
            s.uid = uid
        with self.store.transaction():
            self.store.save_session(s)
            self._follow_next_session(commission_id)
        return s

    def update_session(self, session: m.Session) -> None:
        old = self._editable(session.id)
        _check_number_and_time(session.number, session.time)
        if (old.commission_id, old.year, old.number) != (
            session.commission_id,
            session.date.year,
            session.number,
        ):
            session.year = session.date.year
        session.status = old.status
        session.revision = old.revision
        session.place = clean_text(session.place, "", required=False, max_len=500)
        session.place_kk = clean_text(session.place_kk, "", required=False, max_len=500)
        session.notes = clean_text(session.notes, "", required=False)
        session.notes_kk = clean_text(session.notes_kk, "", required=False)
        _check_votes(
            (
                session.agenda_vote_for,
                session.agenda_vote_against,
                session.agenda_vote_abstained,
            )
        )
        with self.store.transaction():
            self.store.save_session(session)
            if (old.date, old.number) != (session.date, session.number):
                self._follow_next_session(session.commission_id, moved=True)
                if old.commission_id != session.commission_id:
                    self._follow_next_session(old.commission_id, moved=True)

    def set_session_status(
        self, session_id: int, status: m.SessionStatus, reason: str = ""
    ) -> None:
        s = self.store.session(session_id)
        status = m.SessionStatus(status)
        if s.status == status:
            return
        note = ""
        if s.status == m.SessionStatus.APPROVED:
            note = clean_text(reason, self.t("Reason for reopening"), max_len=2000)
            s.revision += 1
        elif status == m.SessionStatus.APPROVED and s.status == m.SessionStatus.DRAFT:
            raise ValidationError("Mark the session as held before approving it.")
        s.status = status
        with self.store.transaction():
            self.store.save_session(s, note=note)

    def set_attendance(self, session_id: int, entries: Sequence[AttendanceEntry]) -> None:
        """Replace the session's attendance list with ``entries``."""
        self._editable(session_id)
        seen: dict[int, AttendanceEntry] = {}
        for e in entries:
            if e.person_id in seen:
                raise ValidationError(
                    "{name} appears twice in the attendance list.",
                    name=self.person_name(e.person_id),
                )
            seen[e.person_id] = e
            if e.substitute_id is not None and e.substitute_id == e.person_id:
                raise ValidationError(
                    "A member cannot be their own substitute: {name}. Choose another person.",
                    name=self.person_name(e.person_id),
                )
            if e.present and (
                e.absence_reason.strip() or e.absence_reason_kk.strip() or e.substitute_id
            ):
                raise ValidationError(
                    "{name} is marked present and absent at once.",
                    name=self.person_name(e.person_id),
                )
        existing = {a.person_id: a for a in self.store.attendance(session_id)}
        with self.store.transaction():
            for pid, a in existing.items():
                if pid not in seen:
                    self.store.delete_attendance(a.id)
            for e in entries:
                self.store.person(e.person_id)
                a = existing.get(e.person_id) or m.Attendance(session_id, e.person_id)
                a.kind = m.AttendanceKind.INVITED if e.invited else m.AttendanceKind.MEMBER
                a.present = e.present
                a.absence_reason = clean_text(e.absence_reason, "", required=False, max_len=500)
                a.absence_reason_kk = clean_text(
                    e.absence_reason_kk, "", required=False, max_len=500
                )
                a.substitute_id = e.substitute_id
                self.store.save_attendance(a)

    def quorum(
        self, session_id: int, attendance: Iterable[m.Attendance] | None = None
    ) -> rules.Quorum:
        s = self.store.session(session_id)
        com = self.store.commission(s.commission_id)
        roster = self.store.roster_on(s.commission_id, s.date)
        att = self.store.attendance(session_id) if attendance is None else attendance
        return rules.quorum(com.quorum, roster, att)

    def save_agenda_item(self, item: m.AgendaItem) -> int:
        self._editable(item.session_id)
        item.title, item.title_kk = clean_pair(
            item.title, item.title_kk, self.t("Agenda item title"), max_len=5000
        )
        item.summary = clean_text(item.summary, "", required=False)
        item.summary_kk = clean_text(item.summary_kk, "", required=False)
        for s in item.speakers:
            s.name = clean_text(s.name, "", required=False, max_len=500)
            s.name_kk = clean_text(s.name_kk, "", required=False, max_len=500)
            s.summary = clean_text(s.summary, "", required=False)
            s.summary_kk = clean_text(s.summary_kk, "", required=False)
            if s.person_id is None and not (s.name or s.name_kk):
                raise ValidationError("A speaker needs a person from the directory or a name.")
        _check_votes((item.vote_for, item.vote_against, item.vote_abstained))
        if not item.position:
            item.position = len(self.store.agenda(item.session_id)) + 1
        with self.store.transaction():
            return self.store.save_agenda_item(item)

    def move_agenda_item(self, item_id: int, new_position: int) -> None:
        """Reorder the agenda; instruction numbers follow their items."""
        item = self.store.agenda_item(item_id)
        self._editable(item.session_id)
        items = self.store.agenda(item.session_id)
        items.sort(key=lambda i: i.position)
        cur = next(i for i in items if i.id == item_id)
        items.remove(cur)
        new_position = max(1, min(new_position, len(items) + 1))
        items.insert(new_position - 1, cur)
        with self.store.transaction():
            for pos, it in enumerate(items, 1):
                if it.position != pos:
                    self.store.set_agenda_position(it.id, pos)
            self._renumber(item.session_id)

    def delete_agenda_item(self, item_id: int) -> None:
        item = self.store.agenda_item(item_id)
        self._editable(item.session_id)
        with self.store.transaction():
            self.store.delete_agenda_item(item_id)
            for pos, it in enumerate(self.store.agenda(item.session_id), 1):
                if it.position != pos:
                    self.store.set_agenda_position(it.id, pos)
            self._renumber(item.session_id)

    def _renumber(self, session_id: int) -> None:
        items = {i.id: i.position for i in self.store.agenda(session_id)}
        for d in self.store.decisions(session_id):
            num = rules.instruction_number(items[d.agenda_item_id], d.position)
            for inst in self.store.instructions_of_session(session_id):
                if inst.decision_id == d.id and inst.number != num:
                    self.store.set_instruction_fields(inst.id, {"number": num})

    def add_decision(
        self, agenda_item_id: int, text: str, text_kk: str = "", uid: str | None = None
    ) -> m.Decision:
        item = self.store.agenda_item(agenda_item_id)
        self._editable(item.session_id)
        pos = 1 + max(
            (
                d.position
                for d in self.store.decisions(item.session_id)
                if d.agenda_item_id == agenda_item_id
            ),
            default=0,
        )
        d = m.Decision(agenda_item_id, pos, *clean_pair(text, text_kk, self.t("Decision text")))
        if uid:
            d.uid = uid
        with self.store.transaction():
            self.store.save_decision(d)
        return d

    def update_decision(self, decision_id: int, text: str, text_kk: str = "") -> None:
        d = self.store.decision(decision_id)
        self._editable(self.store.agenda_item(d.agenda_item_id).session_id)
        d.text, d.text_kk = clean_pair(text, text_kk, self.t("Decision text"))
        with self.store.transaction():
            self.store.save_decision(d)

    def delete_decision(self, decision_id: int) -> None:
        """Remove a decision of a session not yet approved; one with an instruction stays
        (cancel the instruction instead, so its history is kept)."""
        d = self.store.decision(decision_id)
        item = self.store.agenda_item(d.agenda_item_id)
        self._editable(item.session_id)
        with self.store.transaction():
            self.store.delete_decision(decision_id)
            for pos, other in enumerate(
                x for x in self.store.decisions(item.session_id) if x.agenda_item_id == item.id
            ):
                if other.position != pos + 1:
                    self.store.set_decision_position(other.id, pos + 1)
            self._renumber(item.session_id)

    def set_agenda_vote(self, session_id: int, votes: tuple[int, int, int] | None) -> None:
        """The vote on the agenda (for, against, abstained), or none held."""
        s = self._editable(session_id)
        s.agenda_vote_for, s.agenda_vote_against, s.agenda_vote_abstained = votes or (
            None,
            None,
            None,
        )
        _check_votes((s.agenda_vote_for, s.agenda_vote_against, s.agenda_vote_abstained))
        with self.store.transaction():
            self.store.save_session(s)

    def set_named_votes(
        self, session_id: int, agenda_item_id: int | None, votes: Sequence[tuple[int, str]]
    ) -> None:
        """Who voted how on an agenda item (or, ``None``, on the agenda), for a body
        that records it: (person id, "for" / "against" / "abstained")."""
        from ..domain.frame import VOTE_CHOICES

        self._editable(session_id)
        if agenda_item_id is not None and (
            self.store.agenda_item(agenda_item_id).session_id != session_id
        ):
            raise ValidationError("The agenda item belongs to another session.")
        seen: set[int] = set()
        for pid, choice in votes:
            if choice not in VOTE_CHOICES:
                raise ValidationError('"{choice}" is not a vote.', choice=choice)
            if pid in seen:
                raise ValidationError(
                    "{name} voted twice on the same question.", name=self.person_name(pid)
                )
            seen.add(pid)
            self.store.person(pid)
        with self.store.transaction():
            self.store.set_named_votes(session_id, agenda_item_id, list(votes))

    def translation_gaps(self, session_id: int, lang: str) -> list[TranslationGap]:
        """Every text of the session (and position of a person it names) that has a
        version in the other language but none in ``lang``, for the secretary to fill
        in before printing in ``lang``."""
        other = "ru" if lang == "kk" else "kk"

        def field(name: str, lang_: str) -> str:
            return f"{name}_kk" if lang_ == "kk" else name

        def gap(obj: object, name: str) -> str | None:
            mine = getattr(obj, field(name, lang))
            theirs = getattr(obj, field(name, other))
            return theirs if theirs.strip() and not mine.strip() else None

        out: list[TranslationGap] = []
        s = self.store.session(session_id)
        if (src := gap(s, "place")) is not None:
            out.append(TranslationGap("session", s.id, field("place", lang), src, self.t("Place")))
        people: list[int | None] = [s.chair_id, s.secretary_id]
        for a in self.store.attendance(session_id):
            people += [a.person_id, a.substitute_id]
            if not a.present and (src := gap(a, "absence_reason")) is not None:
                label = fmt_label(
                    self.t("Absence reason: {name}"), name=self.person_name(a.person_id)
                )
                out.append(
                    TranslationGap("attendance", a.id, field("absence_reason", lang), src, label)
                )
        for item in self.store.agenda(session_id):
            n = item.position
            for name, template in (
                ("title", self.t("Item {n}: title")),
                ("summary", self.t("Item {n}: summary")),
            ):
                if (src := gap(item, name)) is not None:
                    label = fmt_label(template, n=n)
                    out.append(TranslationGap("item", item.id, field(name, lang), src, label))
            for k, sp in enumerate(item.speakers):
                people.append(sp.person_id)
                who = self.person_name(sp.person_id) if sp.person_id else sp.name or sp.name_kk
                if not sp.person_id and (src := gap(sp, "name")) is not None:
                    label = fmt_label(self.t("Item {n}: speaker {name}"), n=n, name=who)
                    out.append(
                        TranslationGap("speaker", item.id, field("name", lang), src, label, k)
                    )
                if (src := gap(sp, "summary")) is not None:
                    label = fmt_label(self.t("Item {n}: what {name} said"), n=n, name=who)
                    out.append(
                        TranslationGap("speaker", item.id, field("summary", lang), src, label, k)
                    )
        positions = {i.id: i.position for i in self.store.agenda(session_id)}
        for d in self.store.decisions(session_id):
            if (src := gap(d, "text")) is not None:
                number = rules.instruction_number(positions[d.agenda_item_id], d.position)
                label = fmt_label(self.t("Decision {number}"), number=number)
                out.append(TranslationGap("decision", d.id, field("text", lang), src, label))
        for i in self.store.instructions_of_session(session_id):
            people += [*(e.person_id for e in i.executors), i.controller_id]
        seen: set[int] = set()
        for pid in people:
            if not pid or pid in seen:
                continue
            seen.add(pid)
            p = self.store.person(pid)
            if (src := gap(p, "position")) is not None:
                label = fmt_label(self.t("Position: {name}"), name=self.person_name(pid))
                out.append(TranslationGap("person", pid, field("position", lang), src, label))
        return out

    def fill_translations(self, session_id: int, gaps: Sequence[TranslationGap]) -> None:
        """Store what the secretary typed for each gap, in one transaction; a gap left
        empty stays a gap. The session must not be approved (its texts are locked)."""
        filled = [g for g in gaps if g.text.strip()]
        if not filled:
            return
        with self.store.transaction():
            items = {i.id: i for i in self.store.agenda(session_id)}
            for g in filled:
                text = clean_text(g.text, g.label, max_len=100_000)
                if g.what == "session":
                    s = self._editable(session_id)
                    setattr(s, g.field, text)
                    self.store.save_session(s)
                elif g.what == "attendance":
                    self._editable(session_id)
                    a = next(x for x in self.store.attendance(session_id) if x.id == g.ref)
                    setattr(a, g.field, text)
                    self.store.save_attendance(a)
                elif g.what in ("item", "speaker"):
                    item = items[g.ref]
                    if g.what == "item":
                        setattr(item, g.field, text)
                    else:
                        setattr(item.speakers[g.index], g.field, text)
                    self.save_agenda_item(item)
                elif g.what == "decision":
                    d = self.store.decision(g.ref)
                    setattr(d, g.field, text)
                    self.update_decision(d.id, d.text, d.text_kk)
                elif g.what == "person":
                    p = self.store.person(g.ref)
                    setattr(p, g.field, text)
                    self.store.save_person(p)

    def session_record(self, session_id: int) -> SessionRecord:
        s = self.store.session(session_id)
        return SessionRecord(
            s,
            self.store.attendance(session_id),
            self.store.agenda(session_id),
            self.store.decisions(session_id),
            self.store.instructions_of_session(session_id),
        )


def fmt_label(template: str, **fields: object) -> str:
    return template.format(**fields)


def _check_votes(votes: tuple[int | None, int | None, int | None]) -> None:
    if any(v is not None for v in votes) and any(v is None or v < 0 for v in votes):
        raise ValidationError(
            "Give all three vote counts (for, against, abstained), none negative."
        )


def _check_number_and_time(number: int, time: str) -> None:
    if number <= 0:
        raise ValidationError("The session number must be a positive whole number.")
    if time and not re.fullmatch(r"([01]?\d|2[0-3])[:.][0-5]\d", time.strip()):
        raise ValidationError('"{time}" is not a time of day; write it as 15:00.', time=time)
