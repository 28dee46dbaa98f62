"""The frame of a body's minutes: how its protocols are titled, numbered and signed.

Stored with the commission (``commission.frame``, JSON) and carried by the
interchange file. The defaults are what an akimat commission prints:
"ПРОТОКОЛ очередного заседания", "№ 4", "Члены комиссии:", "ПОСТАНОВИЛИ:",
decisions "1.1.", the chair and the secretary signing, "за / против /
воздержались". The words themselves live in ``reports/wording.py``; this is
only which of them a body uses (and its own texts where it writes its own).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP as N_

# Kinds of body: their members' label, the noun of their sitting, the chair's signature.
BODY_COMMISSION = "commission"
BODY_WORKING_GROUP = "working_group"
BODY_SUPERVISORY_BOARD = "supervisory_board"
BODY_MEETING = "meeting"  # совещание: no members' roster, "Присутствовали:"
BODY_PUBLIC_DISCUSSION = "public_discussion"
BODY_TYPES = (
    BODY_COMMISSION,
    BODY_WORKING_GROUP,
    BODY_SUPERVISORY_BOARD,
    BODY_MEETING,
    BODY_PUBLIC_DISCUSSION,
)

# The title: "ПРОТОКОЛ" + the session's kind ("очередного заседания"), the type
# alone ("ПРОТОКОЛ" / "ХАТТАМА"), or the body's own text per language.
TITLE_KIND = "kind"
TITLE_PLAIN = "plain"
TITLE_CUSTOM = "custom"
TITLES = (TITLE_KIND, TITLE_PLAIN, TITLE_CUSTOM)

# The session's number: "№ 4", "б/н", or nothing printed (never an invented number).
NUMBER_PRINTED = "number"
NUMBER_BN = "bn"
NUMBER_NONE = "none"
NUMBER_STYLES = (NUMBER_PRINTED, NUMBER_BN, NUMBER_NONE)

# Who signs.
SIGN_CHAIR_SECRETARY = "chair_secretary"
SIGN_PRESENT = "present"  # the chair, every member present, the secretary
SIGN_SECRETARY = "secretary"
SIGN_LIST = "list"  # the body's list of signatories with their printed roles
SIGNERS = (SIGN_CHAIR_SECRETARY, SIGN_PRESENT, SIGN_SECRETARY, SIGN_LIST)

# The decision lead-in.
LEAD_RESOLVED = "resolved"  # ПОСТАНОВИЛИ / ҚАУЛЫ ЕТТІ
LEAD_DECIDED = "decided"  # РЕШИЛИ / ШЕШІМ ЕТТІ
LEAD_CUSTOM = "custom"
LEADS = (LEAD_RESOLVED, LEAD_DECIDED, LEAD_CUSTOM)

# Decisions' numbers: "1.1." (item.decision), "1." (within the item), "1)".
NUMBERING_NESTED = "1.1."
NUMBERING_FLAT = "1."
NUMBERING_PAREN = "1)"
NUMBERINGS = (NUMBERING_NESTED, NUMBERING_FLAT, NUMBERING_PAREN)

# Vote words offered in the window ("за / против / воздержались" is the default).
VOTE_PRESETS = {
    "ru": ("за / против / воздержались", "ДА / НЕТ / ВОЗДЕРЖАЛСЯ"),
    "kk": ("жақтап / қарсы / қалыс қалғандар", "ИӘ / ҚАРСЫ / ҚАЛЫС"),
}

BODY_LABELS = {
    BODY_COMMISSION: N_("Labels", "Commission"),
    BODY_WORKING_GROUP: N_("Labels", "Working group"),
    BODY_SUPERVISORY_BOARD: N_("Labels", "Supervisory board"),
    BODY_MEETING: N_("Labels", "Meeting"),
    BODY_PUBLIC_DISCUSSION: N_("Labels", "Public discussion"),
}
TITLE_LABELS = {
    TITLE_KIND: N_("Labels", "Type and the session's kind"),
    TITLE_PLAIN: N_("Labels", "Type only"),
    TITLE_CUSTOM: N_("Labels", "Own text"),
}
NUMBER_LABELS = {
    NUMBER_PRINTED: N_("Labels", "Session number"),
    NUMBER_BN: N_("Labels", "Without a number (б/н)"),
    NUMBER_NONE: N_("Labels", "Nothing"),
}
SIGNER_LABELS = {
    SIGN_CHAIR_SECRETARY: N_("Labels", "Chair and secretary"),
    SIGN_PRESENT: N_("Labels", "All members present"),
    SIGN_SECRETARY: N_("Labels", "Secretary alone"),
    SIGN_LIST: N_("Labels", "A list of signatories"),
}
LEAD_LABELS = {
    LEAD_RESOLVED: N_("Labels", "Resolved: ПОСТАНОВИЛИ / ҚАУЛЫ ЕТТІ"),
    LEAD_DECIDED: N_("Labels", "Decided: РЕШИЛИ / ШЕШІМ ЕТТІ"),
    LEAD_CUSTOM: N_("Labels", "Own text"),
}


@dataclass
class Signatory:
    """One signature line of a body that signs by list: a person and the role
    printed before the line, in each language ("Бас дәрігер")."""

    person_uid: str
    role_ru: str = ""
    role_kk: str = ""


@dataclass
class Frame:
    body: str = BODY_COMMISSION
    title: str = TITLE_KIND
    title_ru: str = ""  # TITLE_CUSTOM: the lines of the title, the first in bold
    title_kk: str = ""
    number: str = NUMBER_PRINTED
    signers: str = SIGN_CHAIR_SECRETARY
    signatories: list[Signatory] = field(default_factory=list)
    lead: str = LEAD_RESOLVED
    lead_ru: str = ""  # LEAD_CUSTOM
    lead_kk: str = ""
    numbering: str = NUMBERING_NESTED
    vote_ru: str = ""  # "за / против / воздержались"; "" = the default
    vote_kk: str = ""
    named_votes: bool = False  # the body records who voted how

    def to_json(self) -> dict[str, Any]:
        """The frame as plain data (what ``commission.frame`` and interchange hold)."""
        return asdict(self)

    def dumps(self) -> str:
        """The stored form; "" for the defaults (an akimat commission)."""
        data = self.to_json()
        return "" if data == Frame().to_json() else json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Frame:
        """A frame from plain data; unknown keys and values fall back to the defaults."""
        f = cls()
        if not data:
            return f
        choices = {
            "body": BODY_TYPES,
            "title": TITLES,
            "number": NUMBER_STYLES,
            "signers": SIGNERS,
            "lead": LEADS,
            "numbering": NUMBERINGS,
        }
        for key, allowed in choices.items():
            value = data.get(key)
            if value in allowed:
                setattr(f, key, value)
        for key in ("title_ru", "title_kk", "lead_ru", "lead_kk", "vote_ru", "vote_kk"):
            value = data.get(key)
            if isinstance(value, str):
                setattr(f, key, value.strip())
        f.named_votes = bool(data.get("named_votes", False))
        f.signatories = [
            Signatory(
                str(s.get("person_uid", "")),
                str(s.get("role_ru", "")).strip(),
                str(s.get("role_kk", "")).strip(),
            )
            for s in data.get("signatories") or []
            if isinstance(s, dict) and s.get("person_uid")
        ]
        return f

    @classmethod
    def loads(cls, stored: str) -> Frame:
        if not stored:
            return cls()
        try:
            data = json.loads(stored)
        except ValueError:
            return cls()
        return cls.from_json(data if isinstance(data, dict) else None)


def vote_words(text: str) -> tuple[str, str, str] | None:
    """ "ИӘ / ҚАРСЫ / ҚАЛЫС" -> ("ИӘ", "ҚАРСЫ", "ҚАЛЫС"); None unless three words."""
    parts = [p.strip() for p in text.split("/")]
    if len(parts) != 3 or not all(parts):
        return None
    return parts[0], parts[1], parts[2]


def decision_label(numbering: str, item: int, position: int) -> str:
    """A decision's printed number: "1.2.", "2." or "2)"."""
    if numbering == NUMBERING_FLAT:
        return f"{position}."
    if numbering == NUMBERING_PAREN:
        return f"{position})"
    return f"{item}.{position}."


# Vote choices of a named vote.
VOTE_FOR = "for"
VOTE_AGAINST = "against"
VOTE_ABSTAINED = "abstained"
VOTE_CHOICES = (VOTE_FOR, VOTE_AGAINST, VOTE_ABSTAINED)
