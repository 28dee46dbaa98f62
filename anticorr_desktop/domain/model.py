"""The commission's record as plain data: no Qt, no SQL.

Every record has an integer ``id`` (local to one database, 0 before it is
stored) and a ``uid`` (a UUID string, stable across databases: the JSON
interchange format refers to records by uid, so importing the same file twice
changes nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

from ..i18n import QT_TRANSLATE_NOOP as N_

if TYPE_CHECKING:  # not imported at run time: the window reads the model before its first paint
    from collections.abc import Iterable

    from .due import DueRule
    from .frame import Frame


def _frame() -> Frame:
    from .frame import Frame

    return Frame()


def new_uid() -> str:
    import uuid  # here: only writes need it, and importing it costs start-up ~4 ms

    return str(uuid.uuid4())


class Lang(str, Enum):
    RU = "ru"
    KK = "kk"


class OrgKind(str, Enum):
    AKIM_APPARATUS = "akim_apparatus"
    DISTRICT_AKIMAT = "district_akimat"
    CITY_DEPARTMENT = "city_department"
    QUASI_STATE = "quasi_state"
    AGENCY = "agency"
    OTHER = "other"
    # a named group of bodies ("акимы районов"): one addressee, or its members
    # (``Organisation.expands``) when chosen as an executor
    GROUP = "group"


class Role(str, Enum):
    CHAIR = "chair"
    DEPUTY = "deputy"
    SECRETARY = "secretary"
    MEMBER = "member"


class SessionKind(str, Enum):
    REGULAR = "regular"
    EXTENDED = "extended"
    EXTRAORDINARY = "extraordinary"
    OFFSITE = "offsite"


class SessionStatus(str, Enum):
    DRAFT = "draft"
    HELD = "held"
    APPROVED = "approved"


class AttendanceKind(str, Enum):
    MEMBER = "member"
    INVITED = "invited"


class SpeakerKind(str, Enum):
    HEARD = "heard"  # СЛУШАЛИ
    SPOKE = "spoke"  # ВЫСТУПИЛИ


class InstructionStatus(str, Enum):
    ON_CONTROL = "on_control"
    REPORTED = "reported"  # a report awaits the controller's decision
    REWORK = "rework"  # the last report was returned for rework
    DONE = "done"
    OFF_CONTROL = "off_control"
    CANCELLED = "cancelled"


OPEN_STATUSES = (InstructionStatus.ON_CONTROL, InstructionStatus.REPORTED, InstructionStatus.REWORK)
# The executor owes work (a report) in these statuses; a report awaiting review
# does not make an instruction overdue.
OWING_STATUSES = (InstructionStatus.ON_CONTROL, InstructionStatus.REWORK)


class PointStatus(str, Enum):
    OPEN = "open"
    REPORTED = "reported"
    REWORK = "rework"
    DONE = "done"


class ReportOutcome(str, Enum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    RETURNED = "returned"


# Labels for the user (English source; translated by context "Labels").
STATUS_LABELS = {
    InstructionStatus.ON_CONTROL: N_("Labels", "On control"),
    InstructionStatus.REPORTED: N_("Labels", "Report received"),
    InstructionStatus.REWORK: N_("Labels", "Returned for rework"),
    InstructionStatus.DONE: N_("Labels", "Done"),
    InstructionStatus.OFF_CONTROL: N_("Labels", "Taken off control"),
    InstructionStatus.CANCELLED: N_("Labels", "Cancelled"),
}
SESSION_KIND_LABELS = {
    SessionKind.REGULAR: N_("Labels", "Regular"),
    SessionKind.EXTENDED: N_("Labels", "Extended"),
    SessionKind.EXTRAORDINARY: N_("Labels", "Extraordinary"),
    SessionKind.OFFSITE: N_("Labels", "Off-site"),
}
SESSION_STATUS_LABELS = {
    SessionStatus.DRAFT: N_("Labels", "Draft"),
    SessionStatus.HELD: N_("Labels", "Held"),
    SessionStatus.APPROVED: N_("Labels", "Approved"),
}
ROLE_LABELS = {
    Role.CHAIR: N_("Labels", "Chair"),
    Role.DEPUTY: N_("Labels", "Deputy chair"),
    Role.SECRETARY: N_("Labels", "Secretary"),
    Role.MEMBER: N_("Labels", "Member"),
}


@dataclass
class Organisation:
    """A body of the akimat or outside it (an executor's place of work)."""

    short_ru: str
    full_ru: str = ""
    short_kk: str = ""
    full_kk: str = ""
    kind: OrgKind = OrgKind.OTHER
    expands: bool = False  # a group: chosen as an executor, it stands for its members
    id: int = 0
    uid: str = field(default_factory=new_uid)

    def short(self, lang: str = "ru") -> str:
        return self.short_kk if lang == "kk" and self.short_kk else self.short_ru

    def full(self, lang: str = "ru") -> str:
        if lang == "kk" and (self.full_kk or self.short_kk):
            return self.full_kk or self.short_kk
        return self.full_ru or self.short_ru


@dataclass
class Person:
    """Someone in the directory: members, executors, speakers, controllers."""

    surname: str
    name: str = ""
    patronymic: str = ""
    position: str = ""
    surname_kk: str = ""
    name_kk: str = ""
    patronymic_kk: str = ""
    position_kk: str = ""
    organisation_id: int | None = None
    gender: str = ""  # "m", "f" or "" (unknown): inferred when entered, editable
    id: int = 0
    uid: str = field(default_factory=new_uid)

    def grammatical_gender(self) -> str:
        """The stored gender, else the one the name tells (domain/gender.py)."""
        if self.gender:
            return self.gender
        from .gender import gender_of

        return gender_of(self.surname, self.patronymic) or gender_of(
            self.surname_kk, self.patronymic_kk
        )

    def _parts(self, lang: str) -> tuple[str, str, str]:
        if lang == "kk":
            return (
                self.surname_kk or self.surname,
                self.name_kk or self.name,
                self.patronymic_kk or self.patronymic,
            )
        return self.surname, self.name, self.patronymic

    def full_name(self, lang: str = "ru") -> str:
        return " ".join(p for p in self._parts(lang) if p)

    def short_name(self, lang: str = "ru") -> str:
        """ "А.Б. Фамилия" as written after a position in minutes."""
        s, n, p = self._parts(lang)
        initials = "".join(f"{x[0]}." for x in (n, p) if x)
        return f"{initials} {s}".strip()

    def signature_name(self, lang: str = "ru") -> str:
        """ "И. Фамилия" as under a signature line."""
        s, n, _ = self._parts(lang)
        return f"{n[0]}. {s}" if n else s

    def position_in(self, lang: str = "ru") -> str:
        return self.position_kk if lang == "kk" and self.position_kk else self.position


@dataclass
class QuorumRule:
    """Present voting members must be at least (or, if ``strict``, more than)
    ``numerator/denominator`` of the voting members on the roster."""

    numerator: int = 2
    denominator: int = 3
    strict: bool = False


@dataclass
class Commission:
    """The commission: its names, chair, secretary and quorum rule."""

    name_ru: str
    name_kk: str = ""
    city_ru: str = ""
    city_kk: str = ""
    chair_id: int | None = None
    secretary_id: int | None = None
    controller_id: int | None = None  # who controls execution ("контроль ... возложить на")
    quorum: QuorumRule = field(default_factory=QuorumRule)
    voting_rule: str = "simple_majority_chair_casting"
    frame: Frame = field(default_factory=lambda: _frame())  # how its minutes are framed
    id: int = 0
    uid: str = field(default_factory=new_uid)

    def name(self, lang: str = "ru") -> str:
        return self.name_kk if lang == "kk" and self.name_kk else self.name_ru

    def city(self, lang: str = "ru") -> str:
        return self.city_kk if lang == "kk" and self.city_kk else self.city_ru


@dataclass
class Membership:
    """A person on a commission's roster for a span of dates, with a role."""

    commission_id: int
    person_id: int
    role: Role = Role.MEMBER
    voting: bool = True
    date_from: date | None = None
    date_to: date | None = None
    id: int = 0
    uid: str = field(default_factory=new_uid)

    def active_on(self, d: date) -> bool:
        return (self.date_from is None or self.date_from <= d) and (
            self.date_to is None or d <= self.date_to
        )


@dataclass
class Session:
    """A session of the commission: its number in the year, date, kind and status."""

    commission_id: int
    year: int
    number: int
    date: date
    time: str = ""  # "15:00"
    place: str = ""
    place_kk: str = ""
    kind: SessionKind = SessionKind.REGULAR
    chair_id: int | None = None
    secretary_id: int | None = None
    status: SessionStatus = SessionStatus.DRAFT
    notes: str = ""
    notes_kk: str = ""
    # the vote on the agenda, where the body holds one
    agenda_vote_for: int | None = None
    agenda_vote_against: int | None = None
    agenda_vote_abstained: int | None = None
    revision: int = 0  # raised each time an approved session is reopened
    id: int = 0
    uid: str = field(default_factory=new_uid)

    @property
    def label(self) -> str:
        return f"{self.year}/{self.number}"

    @property
    def has_agenda_vote(self) -> bool:
        return self.agenda_vote_for is not None


@dataclass
class Attendance:
    """A session's attendance: a member present or absent (a reason, a substitute), or an
    invited person."""

    session_id: int
    person_id: int
    kind: AttendanceKind = AttendanceKind.MEMBER
    present: bool = True
    absence_reason: str = ""
    substitute_id: int | None = None
    absence_reason_kk: str = ""
    id: int = 0
    uid: str = field(default_factory=new_uid)


@dataclass
class Speaker:
    """Someone heard or speaking on an agenda item."""

    kind: SpeakerKind
    person_id: int | None = None
    name: str = ""  # free text when the speaker is not in the directory
    summary: str = ""
    summary_kk: str = ""
    name_kk: str = ""


@dataclass
class AgendaItem:
    """A question on a session's agenda, with what was heard."""

    session_id: int
    position: int
    title: str
    title_kk: str = ""
    summary: str = ""
    speakers: list[Speaker] = field(default_factory=list)
    vote_for: int | None = None
    vote_against: int | None = None
    vote_abstained: int | None = None
    summary_kk: str = ""
    id: int = 0
    uid: str = field(default_factory=new_uid)

    @property
    def has_vote(self) -> bool:
        return self.vote_for is not None


@dataclass
class NamedVote:
    """One member's vote, where the body records who voted how: on an agenda item,
    or on the agenda itself (``agenda_item_id`` None). ``choice``: for/against/abstained."""

    session_id: int
    person_id: int
    choice: str
    agenda_item_id: int | None = None
    position: int = 0
    id: int = 0
    uid: str = field(default_factory=new_uid)


@dataclass
class Decision:
    """What the commission decided on an agenda item (ПОСТАНОВИЛИ)."""

    agenda_item_id: int
    position: int
    text: str
    text_kk: str = ""
    id: int = 0
    uid: str = field(default_factory=new_uid)


@dataclass(frozen=True, order=True)
class Executor:
    """Who an instruction is addressed to: an organisation, a person, or an
    organisation with its responsible person ("Управление спорта (Ахметов А.Б.)"),
    which is one executor counted for the organisation."""

    organisation_id: int | None = None
    person_id: int | None = None

    def __post_init__(self) -> None:
        if self.organisation_id is None and self.person_id is None:
            raise ValueError("an executor is a person, an organisation or both")

    @property
    def key(self) -> str:
        """Whom reports and discipline count it for: "o5" (the organisation, even with a
        person named) or "p12" (a person alone)."""
        if self.organisation_id is not None:
            return f"o{self.organisation_id}"
        return f"p{self.person_id}"

    @property
    def ref(self) -> str:
        """The executor exactly: "o5", "p12" or "o5p12" (a text for the command line and
        the window's item data)."""
        if self.organisation_id is not None and self.person_id is not None:
            return f"o{self.organisation_id}p{self.person_id}"
        return self.key

    @classmethod
    def parse(cls, ref: str) -> Executor:
        """The inverse of ``ref``; a bare number is a person's id (as before executors
        could be organisations)."""
        import re

        m_ = re.fullmatch(r"(?:o(\d+))?(?:p?(\d+))?", ref.strip())
        if not ref.strip() or m_ is None or not (m_.group(1) or m_.group(2)):
            raise ValueError(f"not an executor reference: {ref!r}")
        return cls(
            int(m_.group(1)) if m_.group(1) else None, int(m_.group(2)) if m_.group(2) else None
        )

    @classmethod
    def person(cls, person_id: int) -> Executor:
        return cls(None, person_id)

    @classmethod
    def org(cls, organisation_id: int, person_id: int | None = None) -> Executor:
        return cls(organisation_id, person_id)


def as_executors(items: Iterable[Executor | int]) -> list[Executor]:
    """Executors from executors or person ids (callers that know only people)."""
    return [e if isinstance(e, Executor) else Executor.person(e) for e in items]


@dataclass
class Instruction:
    """An instruction (поручение): its executors in order, due rule and life cycle."""

    text: str
    executors: list[Executor]  # in order: first = main executor
    due_text: str  # the rule as typed ("в месячный срок")
    due_rule: DueRule  # what the deadline, as decided, means (domain/due.py)
    issued_date: date
    session_id: int | None = None
    decision_id: int | None = None
    number: str = ""  # "1.1" in a protocol; free for instructions outside a session
    text_kk: str = ""
    issued_by_id: int | None = None
    controller_id: int | None = None
    due_date_original: date | None = None  # effective date when issued
    due_date: date | None = None  # current effective date (next open control point if recurring)
    recur_until: date | None = None
    status: InstructionStatus = InstructionStatus.ON_CONTROL
    done_date: date | None = None
    closed_note: str = ""  # reason for cancelling / off-control decision
    closed_on: date | None = None  # the day it was cancelled or taken off control
    event_date: date | None = None  # an event-driven deadline: the day the event occurred
    id: int = 0
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        self.executors = as_executors(self.executors)

    @property
    def main_executor(self) -> Executor | None:
        return self.executors[0] if self.executors else None

    @property
    def main_executor_id(self) -> int | None:
        """The main executor's person (None for an organisation without one)."""
        return self.executors[0].person_id if self.executors else None

    @property
    def main_organisation_id(self) -> int | None:
        return self.executors[0].organisation_id if self.executors else None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass
class ControlPoint:
    """One due date of a recurring instruction."""

    instruction_id: int
    due_date: date
    due_date_original: date
    status: PointStatus = PointStatus.OPEN
    done_date: date | None = None
    id: int = 0
    uid: str = field(default_factory=new_uid)


@dataclass
class Report:
    """An executor's report on an instruction (or a control point), and what became of it."""

    instruction_id: int
    received: date
    text: str
    outgoing_number: str = ""
    from_person_id: int | None = None
    control_point_id: int | None = None
    outcome: ReportOutcome = ReportOutcome.PENDING
    outcome_date: date | None = None
    outcome_note: str = ""
    id: int = 0
    uid: str = field(default_factory=new_uid)


@dataclass
class Extension:
    """A moved deadline: the old and new date, the reason and who decided."""

    instruction_id: int
    old_date: date
    new_date: date
    reason: str
    decided_by: str  # who decided (name or "Председатель комиссии")
    decided_on: date
    control_point_id: int | None = None
    id: int = 0
    uid: str = field(default_factory=new_uid)


@dataclass
class JournalEntry:
    """One entry of the hash-chained journal: a row inserted, changed or deleted."""

    seq: int
    at: datetime
    user: str
    action: str  # insert / update / delete
    table: str
    row_uid: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    prev_hash: str
    hash: str
    note: str = ""  # why, where the use case says (a reason, "import", "revised before execution")
