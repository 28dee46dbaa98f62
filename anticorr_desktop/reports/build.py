"""Fill the documents' data (``reports/data.py``) from the database.

Builders decide what a document says; renderers only draw it. Names and
fixed labels come out in the document's language; the user's text as typed.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..domain import model as m
from ..domain import rules
from ..domain.gender import gender_of
from ..exports.rows import TaskRow
from ..i18n import translate
from .data import (
    AgendaSection,
    DecisionLine,
    DisciplineReportData,
    DisciplineRow,
    ExtractData,
    InstructionLine,
    MinutesData,
    OverdueGroup,
    OverdueReportData,
    OverdueRow,
    PersonLine,
    SessionHeader,
    SpeakerLine,
    Stamp,
)

if TYPE_CHECKING:  # the builders read the store through the services (no import at run time)
    from ..services import Services
from ..domain.language import text_language
from .wording import w


def stamp(sv: Services) -> Stamp:
    return Stamp(sv.printed_head(), datetime.now())


class _Texts:
    """Picks each text in the document's language and notes, in ``missing``,
    each one printed in the other language because it had no version in the
    document's (never a silent mix: the renderer marks those)."""

    def __init__(self, lang: str):
        self.lang = lang
        self.missing: list[str] = []

    def _note(self, label: str) -> None:
        if label not in self.missing:
            self.missing.append(label)

    def pick(self, ru: str, kk: str, label: str) -> tuple[str, str]:
        """(text, its language if not the document's) of a text kept in both languages.

        The Kazakh field is taken as Kazakh. The Russian field is required, so a
        body that writes only Kazakh types Kazakh there: its language is judged
        from the text (:func:`text_language`; a text it cannot tell is no gap)."""
        if self.lang == "kk":
            if kk.strip():
                return kk, ""
            text = ru
        else:
            text = ru if ru.strip() else kk
        if not text.strip():
            return text, ""
        # a text that reads the same in both ("Комплаенс-офицер", a name) is no gap
        actual = text_language(text) or self.lang
        if actual == self.lang:
            return text, ""
        self._note(label)
        return text, actual

    def one(self, text: str, label: str) -> tuple[str, str]:
        """The same for a text kept once (a summary, an absence reason)."""
        actual = text_language(text)
        if actual and actual != self.lang:
            self._note(label)
            return text, actual
        return text, ""


class _People:
    """Names for a document. A session's documents read the few people they name;
    reports over the whole register read the directory once (``preload``)."""

    def __init__(self, sv: Services, lang: str, preload: bool = False, texts: _Texts | None = None):
        self.store = sv.store
        self.people = sv.store.people_by_id() if preload else {}
        self.lang = lang
        self.texts = texts
        self._short: dict[int | None, str] = {}

    def get(self, pid: int | None) -> m.Person | None:
        if not pid:
            return None
        if pid not in self.people:
            self.people.update(self.store.people_by_id([pid]))
        return self.people.get(pid)

    def line(self, pid: int | None, note: str = "") -> PersonLine:
        p = self.get(pid)
        if p is None:
            return PersonLine("", "", note, "")
        name = p.short_name(self.lang)
        position, position_lang = p.position_in(self.lang), ""
        note_lang = ""
        if self.texts is not None:
            position, position_lang = self.texts.pick(
                p.position, p.position_kk, w(self.lang, "missing_position", name=name)
            )
            if note:
                note, note_lang = self.texts.one(note, w(self.lang, "missing_note", name=name))
        return PersonLine(
            name,
            position,
            note,
            p.signature_name(self.lang),
            gender=gender_of(p.surname, p.patronymic) or gender_of(p.surname_kk, p.patronymic_kk),
            position_lang=position_lang,
            note_lang=note_lang,
        )

    def short(self, pid: int | None) -> str:
        name = self._short.get(pid)
        if name is None:
            p = self.get(pid)
            name = self._short[pid] = p.short_name(self.lang) if p else ""
        return name


def _due_words(sv: Services, inst: m.Instruction, lang: str) -> str:
    """The due date as decided, in the document's language (domain.due.printed_due)."""
    from ..domain.due import printed_due

    return printed_due(inst.due_text, inst.due_rule, lang)


def _header(sv: Services, s: m.Session, lang: str, texts: _Texts | None = None) -> SessionHeader:
    com = sv.store.commission(s.commission_id)
    texts = texts or _Texts(lang)
    body, body_lang = texts.pick(com.name_ru, com.name_kk, w(lang, "missing_body"))
    place, place_lang = texts.pick(s.place, s.place_kk, w(lang, "missing_place"))
    city = com.city(lang)
    return SessionHeader(
        body,
        city,
        s.kind,
        s.date,
        s.number,
        s.time,
        place,
        s.revision,
        # a protocol is a draft until the session is approved
        draft=s.status != m.SessionStatus.APPROVED,
        body_lang=body_lang,
        place_lang=place_lang,
    )


def _sections(
    sv, s: m.Session, lang: str, ppl: _People, only_executor: int | None = None
) -> list[AgendaSection]:
    insts = {i.decision_id: i for i in sv.store.instructions_of_session(s.id) if i.decision_id}
    decisions = sv.store.decisions(s.id)
    texts = ppl.texts or _Texts(lang)
    out = []
    for item in sv.store.agenda(s.id):
        n = item.position
        title, title_lang = texts.pick(item.title, item.title_kk, w(lang, "missing_title", n=n))
        sec = AgendaSection(n, title, title_lang=title_lang)
        sec.summary, sec.summary_lang = texts.one(item.summary, w(lang, "missing_summary", n=n))
        for sp in item.speakers:
            if sp.person_id:
                pl = ppl.line(sp.person_id)
            else:  # a speaker outside the directory, described as typed ("Жители мкр. ...")
                named, named_lang = texts.one(sp.name, w(lang, "missing_speech", n=n, name=sp.name))
                pl = PersonLine(named, note_lang=named_lang)
            name = pl.name or sp.name
            summary, summary_lang = texts.one(sp.summary, w(lang, "missing_speech", n=n, name=name))
            line = SpeakerLine(
                name, pl.position, summary, pl.position_lang, summary_lang, pl.note_lang
            )
            (sec.heard if sp.kind == m.SpeakerKind.HEARD else sec.spoke).append(line)
        for d in decisions:
            if d.agenda_item_id != item.id:
                continue
            inst = insts.get(d.id)
            if only_executor is not None and (
                inst is None or only_executor not in inst.executor_ids
            ):
                continue
            il = None
            if inst is not None and inst.status != m.InstructionStatus.CANCELLED:
                il = InstructionLine(
                    _due_words(sv, inst, lang),
                    [ppl.line(e) for e in inst.executor_ids],
                    ppl.line(inst.controller_id) if inst.controller_id else None,
                )
            number = rules.instruction_number(item.position, d.position)
            text, text_lang = texts.pick(
                d.text, d.text_kk, w(lang, "missing_decision", number=number)
            )
            sec.decisions.append(DecisionLine(number, text, il, text_lang))
        if item.has_vote and only_executor is None:
            sec.vote = (item.vote_for, item.vote_against, item.vote_abstained)
        if only_executor is None or sec.decisions:
            out.append(sec)
    return out


def minutes_data(sv: Services, session_id: int, lang: str = "ru") -> MinutesData:
    s = sv.store.session(session_id)
    com = sv.store.commission(s.commission_id)
    texts = _Texts(lang)
    ppl = _People(sv, lang, texts=texts)
    header = _header(sv, s, lang, texts)
    att = sv.store.attendance(session_id)
    # A secretary without a vote is named as the secretary, not among the members.
    roster = sv.store.roster_on(s.commission_id, s.date)
    secretary_votes = any(ms.voting and ms.person_id == s.secretary_id for ms in roster)
    secretary_listed = bool(s.secretary_id) and not secretary_votes
    present, invited, absent = [], [], []
    for a in att:
        if a.kind == m.AttendanceKind.INVITED:
            if a.present:
                invited.append(ppl.line(a.person_id))
        elif a.present:
            if a.person_id != s.chair_id and not (
                secretary_listed and a.person_id == s.secretary_id
            ):
                present.append(ppl.line(a.person_id))
        else:
            note = a.absence_reason
            if a.substitute_id:
                sub = ppl.line(a.substitute_id)
                word = "орнына" if lang == "kk" else "замещает"
                present.append(
                    PersonLine(
                        sub.name,
                        sub.position,
                        f"({word}: {ppl.short(a.person_id)})",
                        sub.signature_name,
                    )
                )
            absent.append(ppl.line(a.person_id, note))
    q = sv.quorum(session_id, att)  # total == 0: no roster, no quorum sentence
    insts = sv.store.instructions_of_session(session_id)
    chair = ppl.line(s.chair_id)
    agenda = _sections(sv, s, lang, ppl)
    return MinutesData(
        lang=lang,
        header=header,
        chair=chair,
        secretary=ppl.line(s.secretary_id),
        present=present,
        invited=invited,
        absent=absent,
        quorum=q.reached,
        voting_present=q.present,
        voting_total=q.total,
        agenda=agenda,
        control_assignee=ppl.line(com.controller_id) if com.controller_id else None,
        on_control=any(i.is_open for i in insts),
        stamp=stamp(sv),
        secretary_listed=secretary_listed,
        missing=texts.missing,
    )


def session_executors(sv: Services, session_id: int) -> list[int]:
    seen: OrderedDict[int, None] = OrderedDict()
    for i in sv.store.instructions_of_session(session_id):
        if i.decision_id and i.status != m.InstructionStatus.CANCELLED:
            for e in i.executor_ids:
                seen.setdefault(e, None)
    return list(seen)


def extract_data(sv: Services, session_id: int, executor_id: int, lang: str = "ru") -> ExtractData:
    s = sv.store.session(session_id)
    texts = _Texts(lang)
    ppl = _People(sv, lang, texts=texts)
    header = _header(sv, s, lang, texts)
    sections = _sections(sv, s, lang, ppl, only_executor=executor_id)
    if not sections:
        from ..errors import ValidationError

        raise ValidationError(
            "{name} has no instructions in session {label}.",
            name=ppl.short(executor_id),
            label=s.label,
        )
    insts = [
        i for i in sv.store.instructions_of_session(session_id) if executor_id in i.executor_ids
    ]
    return ExtractData(
        lang,
        header,
        ppl.line(executor_id),
        ppl.line(s.chair_id),
        ppl.line(s.secretary_id),
        sections,
        any(i.is_open for i in insts),
        stamp(sv),
        missing=texts.missing,
    )


def missing_texts(
    sv: Services, session_id: int, lang: str, executor_id: int | None = None
) -> list[str]:
    """What a print of the session's minutes (or, given ``executor_id``, of that
    executor's extract) in ``lang`` would have to take from the other language,
    each named in the document's language ("Повестка, п. 2: название",
    "Решение 1.1", "Должность: А.Б. Фамилия"); empty when it prints wholly in
    ``lang``. Nothing is rendered: a caller asks before printing, and refuses
    or asks the user when the list is not empty."""
    if executor_id is None:
        return minutes_data(sv, session_id, lang).missing
    return extract_data(sv, session_id, executor_id, lang).missing


def _protocol_words(s: m.Session | None, lang: str) -> str:
    if s is None:
        return ""
    d = s.date.strftime("%d.%m.%Y")
    return f"{d} № {s.number} хаттама" if lang == "kk" else f"№ {s.number} от {d}"


def overdue_data(
    sv, as_of: date, lang: str = "ru", commission_id: int | None = None
) -> OverdueReportData:
    ppl = _People(sv, lang, preload=True)
    groups: OrderedDict[int, OverdueGroup] = OrderedDict()
    items = sv.overdue(as_of, commission_id=commission_id)
    items.sort(key=lambda o: (ppl.short(o.instruction.main_executor_id), -o.days))
    for o in items:
        i = o.instruction
        g = groups.setdefault(i.main_executor_id, OverdueGroup(ppl.line(i.main_executor_id), []))
        last = ""
        if o.last_report:
            r = o.last_report
            num = (
                f", исх. № {r.outgoing_number}"
                if r.outgoing_number and lang != "kk"
                else (f", шығ. № {r.outgoing_number}" if r.outgoing_number else "")
            )
            last = f"{r.received.strftime('%d.%m.%Y')}{num}: {r.text}"
        g.rows.append(
            OverdueRow(
                i.number,
                _protocol_words(o.session, lang),
                i.text_kk if lang == "kk" and i.text_kk else i.text,
                i.due_date_original or o.due,
                o.due,
                o.extensions,
                o.days,
                [ppl.short(e) for e in i.executor_ids[1:]],
                last,
            )
        )
    title = sv.store.commission(commission_id).name(lang) if commission_id else ""
    return OverdueReportData(lang, title, as_of, list(groups.values()), stamp(sv))


def discipline_data(
    sv, date_from: date, date_to: date, lang: str = "ru", as_of: date | None = None
) -> DisciplineReportData:
    ppl = _People(sv, lang, preload=True)
    stats = sv.discipline(date_from, date_to, as_of)
    orgs = {o.id: o for o in sv.store.organisations()}
    rows = []
    for st in stats:
        p = ppl.get(st.executor_id)
        org = orgs[p.organisation_id].short(lang) if p and p.organisation_id in orgs else ""
        rows.append(
            DisciplineRow(
                ppl.short(st.executor_id),
                org,
                st.issued,
                st.on_time,
                st.late,
                st.overdue,
                st.percent,
            )
        )
    tot = DisciplineRow(
        translate("Documents", "Total", lang),
        "",
        sum(r.issued for r in rows),
        sum(r.on_time for r in rows),
        sum(r.late for r in rows),
        sum(r.overdue for r in rows),
        None,
    )
    tot.percent = rules.discipline_percent(tot.on_time, tot.late, tot.overdue)
    return DisciplineReportData(lang, "", date_from, date_to, rows, tot, stamp(sv))


def task_rows(sv: Services, ids: list[int], as_of: date, lang: str = "ru") -> list[TaskRow]:
    """The tracker's rows for exports, in the order of ``ids`` (flat SQL rows: 100,000
    rows without building an Instruction object each)."""
    ppl = _People(sv, lang, preload=True)
    sessions = sv.store.sessions_by_ids(sv.store.session_ids_of(ids))
    coms = {c.id: c.name(lang) for c in sv.store.commissions()}
    labels = {st.value: translate("Labels", text, lang) for st, text in m.STATUS_LABELS.items()}
    d = date.fromisoformat
    out: list[TaskRow] = []
    for r in sv.store.export_rows(ids):
        s = sessions.get(r["session_id"])
        execs = sv.store.row_executors(r)
        due = d(r["due_date"]) if r["due_date"] else None
        out.append(
            TaskRow(
                id=r["id"],
                uid=r["uid"],
                number=r["number"],
                session=s.label if s else "",
                session_date=s.date if s else None,
                commission=coms.get(s.commission_id, "") if s else "",
                text=r["text_kk"] if lang == "kk" and r["text_kk"] else r["text"],
                main_executor=ppl.short(execs[0] if execs else None),
                co_executors=[ppl.short(e) for e in execs[1:]],
                controller=ppl.short(r["controller_id"]),
                issued_date=d(r["issued_date"]),
                due_text=r["due_text"],
                due_date_original=d(r["due_date_original"]) if r["due_date_original"] else None,
                due_date=due,
                extensions=r["extensions"],
                status=r["status"],
                status_label=labels[r["status"]],
                days_overdue=rules.days_overdue(r["status"], due, as_of),
                done_date=d(r["done_date"]) if r["done_date"] else None,
            )
        )
    return _with_history(sv, _with_points(sv, out), lang)


def _with_history(sv: Services, rows: list[TaskRow], lang: str) -> list[TaskRow]:
    """Each instruction's reports (their texts and outgoing numbers) and the reasons of
    its extensions, for the register's columns."""
    ids = [r.id for r in rows]
    reports = sv.store.reports_for(ids)
    extensions = sv.store.extensions_for(ids)
    outcome = {
        m.ReportOutcome.ACCEPTED: translate("History", "Report accepted", lang),
        m.ReportOutcome.RETURNED: translate("History", "Returned for rework", lang),
    }
    number_sign = "№" if lang in ("ru", "kk") else "No."

    def fmt(d: date) -> str:
        return d.strftime("%d.%m.%Y")

    for row in rows:
        lines = []
        for rep in reports.get(row.id, []):
            head = fmt(rep.received)
            if rep.outgoing_number:
                head += f" {number_sign} {rep.outgoing_number}"
            line = f"{head}: {' '.join(rep.text.split())}"
            if rep.outcome in outcome:
                line += f" — {outcome[rep.outcome]}"
                if rep.outcome_note:
                    line += f": {' '.join(rep.outcome_note.split())}"
            lines.append(line)
        row.reports = "\n".join(lines)
        row.outgoing_numbers = [
            rep.outgoing_number for rep in reports.get(row.id, []) if rep.outgoing_number
        ]
        row.extension_reasons = "\n".join(
            f"{fmt(e.old_date)} → {fmt(e.new_date)}: {' '.join(e.reason.split())}"
            + (f" ({e.decided_by})" if e.decided_by else "")
            for e in extensions.get(row.id, [])
        )
    return rows


def _with_points(sv: Services, rows: list[TaskRow]) -> list[TaskRow]:
    """Each recurring instruction's control points, for the calendar export."""
    rec = sv.store.recurring_ids([r.id for r in rows])
    if rec:
        points = sv.store.control_points_for(rec)
        for row in rows:
            if row.id in points:
                row.control_points = [(p.due_date, p.status.value) for p in points[row.id]]
    return rows


__all__ = [
    "discipline_data",
    "extract_data",
    "minutes_data",
    "missing_texts",
    "overdue_data",
    "session_executors",
    "task_rows",
]
