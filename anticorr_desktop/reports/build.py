"""Fill the documents' data (``reports/data.py``) from the database.

Builders decide what a document says; renderers only draw it. Names and
fixed labels come out in the document's language; the user's text as typed.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date, datetime
from typing import TYPE_CHECKING

from ..domain import frame as fr
from ..domain import model as m
from ..domain import rules
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
    SignatureLine,
    SpeakerLine,
    Stamp,
    TitleLine,
    VoteLine,
)

if TYPE_CHECKING:  # the builders read the store through the services (no import at run time)
    from ..services import Services
from ..domain.language import text_language
from .wording import (
    body_words,
    chaired,
    quorum_sentence,
    standard_signatures,
    standard_title,
    vote_sentence,
    w,
)


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

        The Kazakh field is taken as Kazakh. The Russian field may hold Kazakh (a
        body that wrote only Kazakh before both versions were kept): its language
        is judged from the text (:func:`text_language`; a text it cannot tell is
        no gap). Either field may be empty: one language is enough to save."""
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
        self.orgs: dict[int, m.Organisation] = sv.store.organisations_by_id() if preload else {}

    def get(self, pid: int | None) -> m.Person | None:
        if not pid:
            return None
        if pid not in self.people:
            self.people.update(self.store.people_by_id([pid]))
        return self.people.get(pid)

    def line(self, pid: int | None, note: str = "", note_kk: str = "") -> PersonLine:
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
            if note or note_kk:
                note, note_lang = self.texts.pick(
                    note, note_kk, w(self.lang, "missing_note", name=name)
                )
        elif self.lang == "kk" and note_kk:
            note = note_kk
        return PersonLine(
            name,
            position,
            note,
            p.signature_name(self.lang),
            gender=p.grammatical_gender(),
            position_lang=position_lang,
            note_lang=note_lang,
        )

    def short(self, pid: int | None) -> str:
        name = self._short.get(pid)
        if name is None:
            p = self.get(pid)
            name = self._short[pid] = p.short_name(self.lang) if p else ""
        return name

    def org(self, oid: int | None) -> m.Organisation | None:
        if not oid:
            return None
        if oid not in self.orgs:
            self.orgs.update(self.store.organisations_by_id([oid]))
        return self.orgs.get(oid)

    def executor(self, ex: m.Executor | None) -> str:
        """An executor's name: "А.Б. Фамилия", "Управление спорта" or "Управление
        спорта (А.Б. Фамилия)"."""
        if ex is None:
            return ""
        o = self.org(ex.organisation_id)
        person = self.short(ex.person_id) if ex.person_id else ""
        if o is None:
            return person
        return f"{o.short(self.lang)} ({person})" if person else o.short(self.lang)

    def executor_line(self, ex: m.Executor | None) -> PersonLine:
        """A person's line, or an organisation's: its name (with the responsible person)
        and no position."""
        if ex is None:
            return PersonLine("")
        if ex.organisation_id is None:
            return self.line(ex.person_id)
        return PersonLine(self.executor(ex))


def _due_words(sv: Services, inst: m.Instruction, lang: str) -> str:
    """The due date as decided, in the document's language (domain.due.printed_due)."""
    from ..domain.due import printed_due

    return printed_due(inst.due_text, inst.due_rule, lang)


# --------------------------------------------------------------------------- the frame


def _is_type_line(line: str) -> bool:
    """A line of a title that names the document ("ПРОТОКОЛ", "ХАТТАМАСЫ"): in capitals."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _title(
    frame: fr.Frame, lang: str, kind: m.SessionKind, texts: _Texts, extract: bool = False
) -> list[TitleLine]:
    """The title's lines in print order, in the body's pattern."""
    doc = w(lang, "extract" if extract else "minutes")
    if frame.title == fr.TITLE_CUSTOM:
        text, text_lang = texts.pick(frame.title_ru, frame.title_kk, w(lang, "missing_title_frame"))
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        out = []
        replaced = False
        for line in lines:
            bold = _is_type_line(line)
            if extract and bold and not replaced:
                line, replaced = doc, True
            out.append(TitleLine(line, bold, text_lang))
        if extract and not replaced:
            out.insert(0, TitleLine(doc, True))
        return out
    if frame.title == fr.TITLE_PLAIN:
        return [TitleLine(w(lang, "extract_plain" if extract else "minutes_plain"), True)]
    return standard_title(lang, kind, "extract" if extract else "minutes", frame.body)


def _number_text(frame: fr.Frame, lang: str, number: int) -> str:
    if frame.number == fr.NUMBER_NONE:
        return ""
    if frame.number == fr.NUMBER_BN:
        return w(lang, "number_bn")
    return w(lang, "number", n=number)


def _lead(frame: fr.Frame, lang: str, texts: _Texts) -> str:
    if frame.lead == fr.LEAD_CUSTOM:
        text, _ = texts.pick(frame.lead_ru, frame.lead_kk, w(lang, "missing_lead"))
        text = text.strip()
        return text if text.endswith(":") else f"{text}:"
    return w(lang, "lead_decided" if frame.lead == fr.LEAD_DECIDED else "lead_resolved")


def _vote_words(frame: fr.Frame, lang: str) -> tuple[str, str, str]:
    own = frame.vote_kk if lang == "kk" else frame.vote_ru
    found = fr.vote_words(own) or fr.vote_words(w(lang, "vote_words"))
    assert found is not None
    return found


def _vote_line(
    frame: fr.Frame,
    lang: str,
    counts: tuple[int, int, int] | None,
    voters: list[m.NamedVote],
    ppl: _People,
    key: str = "vote_line",
) -> VoteLine | None:
    """A vote in the body's words, with its named voters; None when none was held."""
    if counts is None and not voters:
        return None
    vote_words = _vote_words(frame, lang)
    if counts is None:  # named votes only: the counts are theirs
        counts = (
            sum(v.choice == fr.VOTE_FOR for v in voters),
            sum(v.choice == fr.VOTE_AGAINST for v in voters),
            sum(v.choice == fr.VOTE_ABSTAINED for v in voters),
        )
    text = vote_sentence(lang, counts, vote_words, key)
    lines = []
    for word, choice in zip(vote_words, fr.VOTE_CHOICES, strict=True):
        names = [ppl.short(v.person_id) for v in voters if v.choice == choice]
        if names:
            lines.append(
                w(lang, "voters", word=word[:1].upper() + word[1:], names=", ".join(names))
            )
    return VoteLine(text, lines)


def _header(
    sv: Services,
    s: m.Session,
    lang: str,
    texts: _Texts | None = None,
    extract: bool = False,
) -> SessionHeader:
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
        title=_title(com.frame, lang, s.kind, texts, extract),
        number_text=_number_text(com.frame, lang, s.number),
    )


def _sections(
    sv, s: m.Session, lang: str, ppl: _People, only_executor: m.Executor | None = None
) -> list[AgendaSection]:
    insts = {i.decision_id: i for i in sv.store.instructions_of_session(s.id) if i.decision_id}
    decisions = sv.store.decisions(s.id)
    texts = ppl.texts or _Texts(lang)
    frame = sv.store.commission(s.commission_id).frame
    lead = _lead(frame, lang, texts)
    named: dict[int | None, list[m.NamedVote]] = {}
    for v in sv.store.named_votes(s.id):
        named.setdefault(v.agenda_item_id, []).append(v)
    out = []
    for item in sv.store.agenda(s.id):
        n = item.position
        title, title_lang = texts.pick(item.title, item.title_kk, w(lang, "missing_title", n=n))
        sec = AgendaSection(n, title, title_lang=title_lang, lead=lead)
        sec.summary, sec.summary_lang = texts.pick(
            item.summary, item.summary_kk, w(lang, "missing_summary", n=n)
        )
        for sp in item.speakers:
            if sp.person_id:
                pl = ppl.line(sp.person_id)
            else:  # a speaker outside the directory, described as typed ("Жители мкр. ...")
                label = w(lang, "missing_speech", n=n, name=sp.name or sp.name_kk)
                described, described_lang = texts.pick(sp.name, sp.name_kk, label)
                pl = PersonLine(described, note_lang=described_lang)
            name = pl.name or sp.name or sp.name_kk
            summary, summary_lang = texts.pick(
                sp.summary, sp.summary_kk, w(lang, "missing_speech", n=n, name=name)
            )
            line = SpeakerLine(
                name, pl.position, summary, pl.position_lang, summary_lang, pl.note_lang
            )
            (sec.heard if sp.kind == m.SpeakerKind.HEARD else sec.spoke).append(line)
        for d in decisions:
            if d.agenda_item_id != item.id:
                continue
            inst = insts.get(d.id)
            if only_executor is not None and (inst is None or only_executor not in inst.executors):
                continue
            il = None
            if inst is not None and inst.status != m.InstructionStatus.CANCELLED:
                il = InstructionLine(
                    _due_words(sv, inst, lang),
                    [ppl.executor_line(e) for e in inst.executors],
                    ppl.line(inst.controller_id) if inst.controller_id else None,
                )
            number = rules.instruction_number(item.position, d.position)
            text, text_lang = texts.pick(
                d.text, d.text_kk, w(lang, "missing_decision", number=number)
            )
            label = fr.decision_label(frame.numbering, item.position, d.position)
            sec.decisions.append(DecisionLine(number, text, il, text_lang, label))
        if only_executor is None:
            if item.has_vote:
                sec.vote = (item.vote_for, item.vote_against, item.vote_abstained)
            sec.vote_line = _vote_line(frame, lang, sec.vote, named.get(item.id, []), ppl)
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
            absent.append(ppl.line(a.person_id, a.absence_reason, a.absence_reason_kk))
    q = sv.quorum(session_id, att)  # total == 0: no roster, no quorum sentence
    insts = sv.store.instructions_of_session(session_id)
    chair = ppl.line(s.chair_id)
    secretary = ppl.line(s.secretary_id)
    agenda = _sections(sv, s, lang, ppl)
    frame = com.frame
    bw = body_words(lang, frame.body)
    # Only a body with members on its roster for the date can state a quorum;
    # without a roster the protocol says nothing (never "Кворума нет.").
    quorum_text = quorum_sentence(lang, q.total, q.present, q.reached, frame.body)
    agenda_votes = [v for v in sv.store.named_votes(s.id) if v.agenda_item_id is None]
    agenda_counts = None
    if s.has_agenda_vote:
        agenda_counts = (
            s.agenda_vote_for or 0,
            s.agenda_vote_against or 0,
            s.agenda_vote_abstained or 0,
        )
    return MinutesData(
        lang=lang,
        header=header,
        chair=chair,
        secretary=secretary,
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
        chaired_label=chaired(chair, lang),
        members_label=bw["members"],
        quorum_text=quorum_text,
        agenda_vote=_vote_line(frame, lang, agenda_counts, agenda_votes, ppl, "agenda_vote"),
        signatures=_signatures(sv, frame, lang, ppl, texts, chair, secretary, present),
    )


def _signatures(
    sv: Services,
    frame: fr.Frame,
    lang: str,
    ppl: _People,
    texts: _Texts,
    chair: PersonLine,
    secretary: PersonLine,
    present: list[PersonLine],
) -> list[SignatureLine]:
    """Who signs, in the body's way: the chair and the secretary, every member present,
    the secretary alone, or the body's list with each one's printed role."""
    bw = body_words(lang, frame.body)
    chair_row, secretary_row = standard_signatures(lang, chair, secretary, frame.body)
    if frame.signers == fr.SIGN_SECRETARY:
        return [secretary_row]
    if frame.signers == fr.SIGN_PRESENT:
        rows = [chair_row]
        members = [p for p in present if p.name.strip()]
        if members:
            rows.append(SignatureLine(bw["members"] or w(lang, "present"), None, False))
            rows += [SignatureLine("", p) for p in members]
        return [*rows, secretary_row]
    if frame.signers == fr.SIGN_LIST and frame.signatories:
        rows = []
        for sg in frame.signatories:
            pid = sv.store.id_for_uid("person", sg.person_uid)
            if pid is None:
                continue
            pl = ppl.line(pid)
            role, _ = texts.pick(sg.role_ru, sg.role_kk, w(lang, "missing_role", name=pl.name))
            rows.append(SignatureLine(role or pl.position, pl))
        if rows:
            return rows
    return [chair_row, secretary_row]


def session_executors(sv: Services, session_id: int) -> list[m.Executor]:
    seen: OrderedDict[m.Executor, None] = OrderedDict()
    for i in sv.store.instructions_of_session(session_id):
        if i.decision_id and i.status != m.InstructionStatus.CANCELLED:
            for e in i.executors:
                seen.setdefault(e, None)
    return list(seen)


def extract_data(
    sv: Services, session_id: int, executor: m.Executor | int, lang: str = "ru"
) -> ExtractData:
    executor_id = m.as_executors([executor])[0]
    s = sv.store.session(session_id)
    texts = _Texts(lang)
    ppl = _People(sv, lang, texts=texts)
    header = _header(sv, s, lang, texts, extract=True)
    sections = _sections(sv, s, lang, ppl, only_executor=executor_id)
    if not sections:
        from ..errors import ValidationError

        raise ValidationError(
            "{name} has no instructions in session {label}.",
            name=ppl.executor(executor_id),
            label=s.label,
        )
    insts = [i for i in sv.store.instructions_of_session(session_id) if executor_id in i.executors]
    chair = ppl.line(s.chair_id)
    body = sv.store.commission(s.commission_id).frame.body
    return ExtractData(
        lang,
        header,
        ppl.executor_line(executor_id),
        chair,
        ppl.line(s.secretary_id),
        sections,
        any(i.is_open for i in insts),
        stamp(sv),
        missing=texts.missing,
        chaired_label=chaired(chair, lang),
        chair_sign=body_words(lang, body)["chair_sign"],
    )


def missing_texts(
    sv: Services, session_id: int, lang: str, executor_id: m.Executor | int | None = None
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


def _protocol_words(s: m.Session | None, lang: str, frame: fr.Frame | None = None) -> str:
    """ "№ 4 от 13.12.2024" / "13.12.2024 № 4 хаттама"; the number as the body prints
    it ("б/н", or none: "от 05.03.2025"), never one it does not give."""
    if s is None:
        return ""
    d = s.date.strftime("%d.%m.%Y")
    number = _number_text(frame or fr.Frame(), lang, s.number).replace("\u00a0", " ")
    if lang == "kk":
        return " ".join(f"{d} {number} хаттама".split())
    return " ".join(f"{number} от {d}".split())


def overdue_data(
    sv, as_of: date, lang: str = "ru", commission_id: int | None = None
) -> OverdueReportData:
    ppl = _People(sv, lang, preload=True)
    groups: OrderedDict[str, OverdueGroup] = OrderedDict()
    items = sv.overdue(as_of, commission_id=commission_id)
    # grouped by whom it is counted for: an organisation (with or without its responsible
    # person) or a person; a group's heading names the organisation
    items.sort(key=lambda o: (_group_name(ppl, o.instruction.main_executor), -o.days))
    frames = {c.id: c.frame for c in sv.store.commissions()}
    for o in items:
        i = o.instruction
        ex = i.main_executor
        key = ex.key if ex else ""
        head = (
            ppl.executor_line(m.Executor.org(ex.organisation_id))
            if ex and ex.organisation_id
            else ppl.executor_line(ex)
        )
        g = groups.setdefault(key, OverdueGroup(head, []))
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
                _protocol_words(o.session, lang, frames.get(o.session.commission_id))
                if o.session
                else "",
                i.text_kk if lang == "kk" and i.text_kk else i.text or i.text_kk,
                i.due_date_original or o.due,
                o.due,
                o.extensions,
                o.days,
                [ppl.executor(e) for e in i.executors[1:]],
                last,
                responsible=ppl.short(ex.person_id) if ex and ex.organisation_id else "",
            )
        )
    title = sv.store.commission(commission_id).name(lang) if commission_id else ""
    return OverdueReportData(lang, title, as_of, list(groups.values()), stamp(sv))


def _group_name(ppl: _People, ex: m.Executor | None) -> str:
    if ex is None:
        return ""
    return ppl.executor(m.Executor.org(ex.organisation_id) if ex.organisation_id else ex)


def discipline_data(
    sv, date_from: date, date_to: date, lang: str = "ru", as_of: date | None = None
) -> DisciplineReportData:
    ppl = _People(sv, lang, preload=True)
    stats = sv.discipline(date_from, date_to, as_of)
    orgs = {o.id: o for o in sv.store.organisations()}
    rows = []
    for st in stats:
        if st.organisation_id is not None:
            # counted for the organisation; the responsible people named with it shown
            people = ", ".join(sorted(ppl.short(pid) for pid in st.people))
            name = ppl.executor(st.executor) + (f" ({people})" if people else "")
            org = ""
        else:
            p = ppl.get(st.executor_id)
            name = ppl.short(st.executor_id)
            org = orgs[p.organisation_id].short(lang) if p and p.organisation_id in orgs else ""
        rows.append(
            DisciplineRow(
                name,
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
                text=r["text_kk"] if lang == "kk" and r["text_kk"] else r["text"] or r["text_kk"],
                main_executor=ppl.executor(execs[0] if execs else None),
                co_executors=[ppl.executor(e) for e in execs[1:]],
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
