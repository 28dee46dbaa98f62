"""What each document says, computed before anything is drawn.

Builders (``reports/build.py``) fill these from storage; renderers
(``reports/pdf_*.py``) draw them. Text fields hold the user's text exactly as
typed (never markup) and names already in the document's language.

Every wording the body's frame decides (``domain/frame.py``: the title, the
number, the members' label, the chair's word, the decisions' lead-in and
numbers, the vote words, who signs) is worded here by the builder, in the
document's language, so that every renderer (PDF, Word) prints the same; an
empty field means "the standard wording" (data built by hand in tests).

A text that had no version in the document's language carries, in the
``*_lang`` field beside it, the language it is printed in instead ("ru" in a
Kazakh document); the renderer marks it, and the document's ``missing`` names
it, so that a print never silently mixes the two languages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..domain.model import SessionKind


@dataclass
class DocumentSettings:
    font_size: float = 14.0
    table_font_size: float = 12.0
    margin_left_mm: float = 30.0
    margin_right_mm: float = 10.0
    margin_top_mm: float = 20.0
    margin_bottom_mm: float = 20.0
    font: str = "LiberationSerif"  # a family bundled in resources/fonts
    annex_threshold: int = 15  # more attendees than this go to an annex


@dataclass
class Stamp:
    """The footer of every page: the journal head and the time of printing."""

    journal_head: str  # short hash of the journal's last entry
    generated_at: datetime


@dataclass
class PersonLine:
    name: str  # "А.Б. Фамилия"
    position: str = ""
    note: str = ""  # absence reason, "(замещает ...)", etc.
    signature_name: str = ""  # "А. Фамилия" for signature blocks
    gender: str = ""  # "m", "f" or "" (unknown): gendered words ("Председательствовала")
    position_lang: str = ""  # the position's language when not the document's
    note_lang: str = ""


@dataclass
class InstructionLine:
    due: str  # already worded: "до 25 декабря 2024 года", "ежеквартально, до 5 числа ..."
    responsible: list[PersonLine]  # main executor first
    controller: PersonLine | None = None


@dataclass
class DecisionLine:
    number: str  # "1.1": the instruction's number
    text: str
    instruction: InstructionLine | None = None
    text_lang: str = ""
    label: str = ""  # as printed before the text, in the body's style: "1.1.", "1.", "1)"


@dataclass
class VoteLine:
    """A vote as printed: "Голосовали: «за» — 5, «против» — 0, «воздержались» — 1."
    and, where the body records them, who voted how ("За: А.Б. Иванов, ...")."""

    text: str
    voters: list[str] = field(default_factory=list)


@dataclass
class TitleLine:
    text: str  # "ПРОТОКОЛ", "очередного заседания", "кеңейтілген отырысының", ...
    bold: bool = False
    text_lang: str = ""  # the body's own title had no version in the document's language


@dataclass
class SignatureLine:
    """One row of the signature block: the role printed before the line and the
    person ("И. Фамилия" after it); no person: a heading row ("Члены комиссии:")."""

    role: str
    person: PersonLine | None = None
    line: bool = True  # a line to sign on
    bold: bool = False  # a heading row printed bold ("Выписка верна:")


@dataclass
class SpeakerLine:
    name: str
    position: str = ""
    summary: str = ""
    position_lang: str = ""
    summary_lang: str = ""
    name_lang: str = ""  # a speaker outside the directory, described in words


@dataclass
class AgendaSection:
    number: int
    title: str
    heard: list[SpeakerLine] = field(default_factory=list)
    spoke: list[SpeakerLine] = field(default_factory=list)
    summary: str = ""
    decisions: list[DecisionLine] = field(default_factory=list)
    vote: tuple[int, int, int] | None = None  # for, against, abstained
    title_lang: str = ""
    summary_lang: str = ""
    vote_line: VoteLine | None = None  # the vote worded in the body's words
    lead: str = ""  # the decisions' lead-in: "ПОСТАНОВИЛИ:", "РЕШИЛИ:", "ШЕШІМ ЕТТІ:"


@dataclass
class SessionHeader:
    body_name: str  # the commission's name in the document's language
    city: str  # "г. Алматы" / "Алматы қ."
    kind: SessionKind
    date: date
    number: int
    time: str = ""
    place: str = ""
    revision: int = 0  # > 0 when an approved session was reopened
    draft: bool = False  # not yet approved as held: "ПРОЕКТ" / "ЖОБА" on page 1
    body_lang: str = ""
    place_lang: str = ""
    # the title in print order ("ПРОТОКОЛ" / "очередного заседания"; Kazakh puts the
    # kind first); empty: the standard title from ``kind``
    title: list[TitleLine] = field(default_factory=list)
    # the number as printed: "№ 4", "б/н", or "" (the body numbers no sessions);
    # None: the standard "№ {number}"
    number_text: str | None = None


@dataclass
class MinutesData:
    lang: str
    header: SessionHeader
    chair: PersonLine
    secretary: PersonLine
    present: list[PersonLine]  # members present (substitutes noted)
    invited: list[PersonLine]
    absent: list[PersonLine]  # note = reason
    quorum: bool
    voting_present: int
    voting_total: int
    agenda: list[AgendaSection]
    control_assignee: PersonLine | None  # "Контроль за исполнением ... возложить на"
    on_control: bool  # any instruction on control: the control mark on page 1
    stamp: Stamp
    # the secretary has no vote: listed as secretary, never among the members
    secretary_listed: bool = False
    # each text printed in the other language, named ("Повестка, п. 2: название")
    missing: list[str] = field(default_factory=list)
    # the body's frame, worded ("" = the standard wording)
    chaired_label: str = ""  # "Председательствовал:" / "Председательствовала:"
    members_label: str | None = None  # "Члены наблюдательного совета:"; "" = none (a meeting)
    quorum_text: str | None = None  # the whole quorum sentence; "" = none printed
    agenda_vote: VoteLine | None = None  # the vote on the agenda
    signatures: list[SignatureLine] = field(default_factory=list)  # empty: chair, secretary


@dataclass
class ExtractData:
    lang: str
    header: SessionHeader
    executor: PersonLine
    chair: PersonLine
    secretary: PersonLine
    agenda: list[AgendaSection]  # only the items and decisions assigning work to the executor
    on_control: bool
    stamp: Stamp
    missing: list[str] = field(default_factory=list)
    chaired_label: str = ""
    chair_sign: str = ""  # the chair's word under the signature ("" = "Председатель")


@dataclass
class OverdueRow:
    number: str  # "1.1"
    protocol: str  # "№ 4 от 13.12.2024" already worded; "" outside a session
    text: str
    original_due: date
    current_due: date
    extensions: int
    days_overdue: int
    co_executors: list[str]
    last_report: str  # "12.03.2025, исх. № 01-12/345: ..." or ""
    responsible: str = ""  # the person named with an organisation executor, or ""


@dataclass
class OverdueGroup:
    executor: PersonLine
    rows: list[OverdueRow]


@dataclass
class OverdueReportData:
    lang: str
    title_body: str  # commission name, or "" for all commissions
    as_of: date
    groups: list[OverdueGroup]
    stamp: Stamp

    @property
    def total(self) -> int:
        return sum(len(g.rows) for g in self.groups)


@dataclass
class DisciplineRow:
    executor: str
    organisation: str
    issued: int
    on_time: int
    late: int
    overdue: int
    percent: float | None  # None when nothing was due in the period


@dataclass
class DisciplineReportData:
    lang: str
    title_body: str
    date_from: date
    date_to: date
    rows: list[DisciplineRow]
    total: DisciplineRow
    stamp: Stamp
