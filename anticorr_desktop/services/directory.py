"""The directory: organisations, people, commissions and their members."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date

from ..domain import model as m
from ..domain.collation import kazakh_key
from ..domain.frame import Frame, Signatory
from ..domain.gender import FEMALE, MALE, gender_of
from ..errors import NotFound, ValidationError
from .base import ServiceBase, clean_text, fmt

# "Управление спорта (Ахметов А.Б.)": an organisation with its responsible person
_ORG_WITH_PERSON = re.compile(r"^(?P<org>.+?)\s*\((?P<person>[^()]+)\)\s*$")


@dataclass(frozen=True)
class ExecutorMatch:
    """A candidate for a typed executor's name: who, as the documents name them, and
    whether the text names them exactly (a whole name, not a part of one)."""

    executor: m.Executor
    label: str
    exact: bool
    is_group: bool = False


def _norm(text: str) -> str:
    """A name's words, any case, "ё" as "е", no punctuation: "А.Б. Оспанов" and
    "а. б. оспанов" read alike."""
    return " ".join(_WORD.findall(text.casefold().replace("ё", "е")))


_WORD = re.compile(r"\w+", re.UNICODE)

# What makes a name a body rather than a person (docs/rules.md, "Executors"): a word
# starting with one of these stems, or one of these abbreviations as a whole word, or a
# quoted name (ТОО «Береке»).
_BODY_STEMS = (
    "управлени",
    "отдел",
    "департамент",
    "акимат",
    "аппарат",
    "министерств",
    "комитет",
    "служб",
    "инспекци",
    "прокуратур",
    "полиц",
    "учреждени",
    "предприяти",
    "организаци",
    "центр",
    "филиал",
    "товариществ",
    "басқарма",
    "бөлім",
    "әкімдіг",
    "әкімшіліг",
    "министрлі",
    "мекеме",
    "кәсіпорн",
    "серіктест",
    "қызмет",
)
_BODY_WORDS = frozenset(
    (
        "аким",
        "акимы",  # "акимы районов": the office, as a body ("Акимов" is a surname)
        "акиму",
        "акимам",
        "әкім",
        "әкімі",
        "әкімдері",
        "тоо",
        "ао",
        "гу",
        "кгу",
        "ргу",
        "гкп",
        "кгп",
        "ргп",
        "ип",
        "жшс",
        "ақ",
        "мм",
        "кмм",
    )
)


def looks_like_organisation(text: str) -> bool:
    """Whether a name written as an executor is a body (an organisation) rather than a
    person: "Управление спорта", "акимы районов", "ТОО «Береке»", "Білім басқармасы"
    are bodies; "Оспанов А.Б.", "Жаксылыкова Мария" are people. The one rule for
    "add as written" (the register import; docs/rules.md)."""
    if any(q in text for q in '«»"“”'):
        return True
    words = _WORD.findall(text.casefold().replace("ё", "е"))
    return any(w in _BODY_WORDS or w.startswith(_BODY_STEMS) for w in words)


def _name_parts(text: str) -> tuple[str, str, str]:
    """(surname, name, patronymic) of "Фамилия Имя Отчество", "Фамилия И.О." or
    "И.О. Фамилия"."""
    words = text.replace(".", ". ").split()
    if not words:
        return "", "", ""
    if len(words) > 1 and len(words[0].rstrip(".")) == 1:  # "А.Б. Оспанов"
        last = next(
            (i for i in range(len(words) - 1, -1, -1) if len(words[i].rstrip(".")) > 1), None
        )
        if last is not None:
            words = [words[last], *words[:last], *words[last + 1 :]]
    rest = words[1:]
    if len(rest) > 2:  # "Фамилия Имя Отчество-улы ..." : the rest is the patronymic
        rest = [rest[0], " ".join(rest[1:])]
    rest += [""] * (2 - len(rest))
    return words[0], rest[0], rest[1]


def _surname_first(p: m.Person, lang: str) -> str:
    """ "ахметов а б": the short name with the surname first, normalised."""
    words = _norm(p.short_name(lang)).split()
    return " ".join([w for w in words if len(w) > 1] + [w for w in words if len(w) == 1])


def _names_person(needle: str, p: m.Person) -> bool:
    """Whether ``needle`` (normalised) is a form of ``p``'s name: the surname (Russian or
    Kazakh spelling) before or after the given names, each given name whole or as its
    initial, in order: "Оспанов", "Оспанов Асхат", "Оспанов А.Б.", "А.Б. Оспанов",
    "Сейтқали Д.М."."""
    for surname in {_norm(p.surname), _norm(p.surname_kk)} - {""}:
        if needle == surname:
            return True
        if needle.startswith(surname + " "):
            rest = needle[len(surname) + 1 :].split()
        elif needle.endswith(" " + surname):
            rest = needle[: -len(surname) - 1].split()
        else:
            continue
        for given in (
            (p.name, p.patronymic),
            (p.name_kk or p.name, p.patronymic_kk or p.patronymic),
        ):
            names = [_norm(x) for x in given]
            if len(rest) <= len([x for x in names if x]) and all(
                w == n or (len(w) == 1 and n.startswith(w))
                for w, n in zip(rest, names, strict=False)
            ):
                return True
    return False


class DirectoryService(ServiceBase):
    # -- directory -------------------------------------------------------------------
    def save_organisation(self, org: m.Organisation, members: list[int] | None = None) -> int:
        """Save an organisation or a group; ``members`` (a group's organisations, in
        order) replaces a group's members when given."""
        org.short_ru = clean_text(org.short_ru, self.t("Short name"), max_len=300)
        org.full_ru = clean_text(org.full_ru, "", required=False, max_len=1000)
        org.short_kk = clean_text(org.short_kk, "", required=False, max_len=300)
        org.full_kk = clean_text(org.full_kk, "", required=False, max_len=1000)
        if org.kind != m.OrgKind.GROUP:
            org.expands = False
            if members:
                raise ValidationError("Only a group has members; set its kind to group.")
        if members is not None:
            if len(set(members)) != len(members):
                raise ValidationError("An organisation is listed twice in the group.")
            for mid in members:
                member = self.store.organisation(mid)
                if member.kind == m.OrgKind.GROUP or (org.id and mid == org.id):
                    raise ValidationError(
                        "A group's members are organisations, not groups: {name}.",
                        name=member.short_ru,
                    )
        with self.store.transaction():
            oid = self.store.save_organisation(org)
            if members is not None:
                self.store.set_group_members(oid, members)
            return oid

    def group_members(self, group_id: int) -> list[m.Organisation]:
        orgs = self.store.organisations_by_id(self.store.group_members(group_id))
        return [orgs[i] for i in self.store.group_members(group_id)]

    def delete_organisation(self, org_id: int) -> None:
        with self.store.transaction():
            self.store.delete_organisation(org_id)

    # -- executors by name ------------------------------------------------------------
    def match_executor(self, text: str, fuzzy: bool = False) -> list[ExecutorMatch]:
        """Who a typed executor's name may mean: people and organisations (groups too)
        whose name in either language contains the text, any case, any punctuation;
        "Организация (Фамилия И.О.)" gives the organisation with that person. A person's
        name in any form ("Оспанов", "Оспанов Асхат", "Оспанов А.Б.", "А.Б. Оспанов",
        the Kazakh spelling of the surname) is a whole-name match. Whole-name matches
        first, then in Kazakh alphabetical order. Empty when nobody matches (the window
        then offers to add the name to the directory); with ``fuzzy``, the names close
        to the text (a typing slip: "Оспанв Асхат") instead, none of them exact."""
        text = text.strip()
        if not text:
            return []
        out: list[ExecutorMatch] = []
        orgs_all, people_all = self.store.organisations(), self.store.people()
        pair = _ORG_WITH_PERSON.match(text)
        if pair:
            orgs = self._match_orgs(pair["org"], orgs_all)
            people = self._match_people(pair["person"], people_all)
            for o, o_exact in orgs:
                for p, p_exact in people:
                    ex = m.Executor.org(o.id, p.id)
                    label = f"{o.short('ru')} ({p.short_name('ru')})"
                    out.append(ExecutorMatch(ex, label, o_exact and p_exact))
        for o, exact in self._match_orgs(text, orgs_all):
            out.append(
                ExecutorMatch(m.Executor.org(o.id), o.short("ru"), exact, o.kind == m.OrgKind.GROUP)
            )
        for p, exact in self._match_people(text, people_all):
            out.append(ExecutorMatch(m.Executor.person(p.id), p.short_name("ru"), exact))
        if not out and fuzzy:
            out = self._close_executors(text, orgs_all, people_all)
        else:
            out.sort(key=lambda c: (not c.exact, kazakh_key(c.label)))
        return out

    @staticmethod
    def _match_orgs(text: str, orgs: list[m.Organisation]) -> list[tuple[m.Organisation, bool]]:
        needle = _norm(text)
        out = []
        for o in orgs:
            names = [_norm(n) for n in (o.short_ru, o.full_ru, o.short_kk, o.full_kk) if n]
            if any(needle in n for n in names):
                out.append((o, needle in names))
        return out

    @staticmethod
    def _match_people(text: str, people: list[m.Person]) -> list[tuple[m.Person, bool]]:
        needle = _norm(text)
        out = []
        for p in people:
            names: set[str] = set()
            for lang in ("ru", "kk"):
                # the full name, "А.Б. Ахметов" and "Ахметов А.Б."
                names |= {_norm(p.full_name(lang)), _norm(p.short_name(lang))}
                names.add(_surname_first(p, lang))
            if _names_person(needle, p):
                out.append((p, True))
            elif any(needle in n for n in names):
                out.append((p, False))
        return out

    @staticmethod
    def _close_executors(
        text: str, orgs: list[m.Organisation], people: list[m.Person]
    ) -> list[ExecutorMatch]:
        """The directory's names close to ``text`` (a typing slip), closest first."""
        names: dict[str, ExecutorMatch] = {}
        for o in orgs:
            hit = ExecutorMatch(
                m.Executor.org(o.id), o.short("ru"), False, o.kind == m.OrgKind.GROUP
            )
            for n in (o.short_ru, o.full_ru, o.short_kk, o.full_kk):
                if n.strip():
                    names.setdefault(_norm(n), hit)
        for p in people:
            hit = ExecutorMatch(m.Executor.person(p.id), p.short_name("ru"), False)
            for lang in ("ru", "kk"):
                names.setdefault(_norm(p.full_name(lang)), hit)
                names.setdefault(_surname_first(p, lang), hit)
        out: list[ExecutorMatch] = []
        for close in difflib.get_close_matches(_norm(text), list(names), n=8, cutoff=0.75):
            if names[close] not in out:
                out.append(names[close])
        return out[:5]

    def expand_executor(self, ex: m.Executor) -> list[m.Executor]:
        """What naming ``ex`` adds to an instruction: a group that expands stands for its
        member organisations (in its order); anyone else for themselves."""
        if ex.organisation_id is not None and ex.person_id is None:
            org = self.store.organisation(ex.organisation_id)
            if org.kind == m.OrgKind.GROUP and org.expands:
                return [m.Executor.org(mid) for mid in self.store.group_members(org.id)]
        return [ex]

    def new_executor(
        self,
        kind: str,
        name_ru: str,
        name_kk: str = "",
        position: str = "",
        position_kk: str = "",
        uid: str | None = None,
    ) -> m.Executor:
        """Add a typed executor to the directory (the executor field's "add to the
        directory", the register import's "add as written"): ``kind`` "person" (the name
        as "Фамилия Имя Отчество", "Фамилия И.О." or "И.О. Фамилия") or "organisation"
        (its short name). ``uid``: the record's, when the caller derives it (an import).
        Returns the new executor."""
        if kind == "organisation":
            org = m.Organisation(name_ru, short_kk=name_kk)
            if uid:
                org.uid = uid
            return m.Executor.org(self.save_organisation(org))
        if kind != "person":
            raise ValidationError('"{value}" is not a kind of executor.', value=kind)
        ru = _name_parts(clean_text(name_ru, self.t("Surname"), max_len=600))
        kk = _name_parts(clean_text(name_kk, "", required=False, max_len=600))
        p = m.Person(ru[0], ru[1], ru[2], position, kk[0], kk[1], kk[2], position_kk=position_kk)
        if uid:
            p.uid = uid
        return m.Executor.person(self.save_person(p))

    def find_executor(self, text: str) -> m.Executor:
        """The one executor ``text`` names (for the command line): a whole-name match if
        there is exactly one, else the only candidate."""
        found = self.match_executor(text)
        if not found:
            raise NotFound('No person or organisation matches "{text}".', text=text)
        exact = [c for c in found if c.exact]
        if len(exact) == 1:
            return exact[0].executor
        if len(found) == 1:
            return found[0].executor
        raise ValidationError(
            '"{text}" matches several executors: {names}. Be more precise.',
            text=text,
            names=", ".join(c.label for c in found[:5]),
        )

    def save_person(self, p: m.Person) -> int:
        p.surname = clean_text(p.surname, self.t("Surname"), max_len=200)
        for attr in ("name", "patronymic", "surname_kk", "name_kk", "patronymic_kk"):
            setattr(p, attr, clean_text(getattr(p, attr), "", required=False, max_len=200))
        p.position = clean_text(p.position, "", required=False, max_len=1000)
        p.position_kk = clean_text(p.position_kk, "", required=False, max_len=1000)
        if p.gender not in (MALE, FEMALE):
            # inferred when entered; the directory may correct it
            p.gender = gender_of(p.surname, p.patronymic) or gender_of(
                p.surname_kk, p.patronymic_kk
            )
        with self.store.transaction():
            return self.store.save_person(p)

    def find_person(self, text: str) -> m.Person:
        """The one person whose name matches ``text`` (for the command line)."""
        found = self.store.find_people(text)
        if not found:
            raise NotFound('No person matches "{text}".', text=text)
        if len(found) > 1:
            exact = [p for p in found if p.surname.casefold() == text.strip().casefold()]
            if len(exact) == 1:
                return exact[0]
            raise ValidationError(
                '"{text}" matches several people: {names}. Be more precise.',
                text=text,
                names=", ".join(p.full_name() for p in found[:5]),
            )
        return found[0]

    def save_commission(self, c: m.Commission) -> int:
        c.name_ru = clean_text(c.name_ru, self.t("Commission name"), max_len=1000)
        c.name_kk = clean_text(c.name_kk, "", required=False, max_len=1000)
        if c.quorum.denominator <= 0 or not 0 < c.quorum.numerator <= c.quorum.denominator:
            raise ValidationError("The quorum must be a fraction between 0 and 1, such as 2/3.")
        c.frame = self._checked_frame(c.frame)
        with self.store.transaction():
            return self.store.save_commission(c)

    def _checked_frame(self, frame: Frame) -> Frame:
        """A frame as stored: its own texts cleaned, its signatories people we know."""
        from ..domain.frame import LEAD_CUSTOM, SIGN_LIST, TITLE_CUSTOM, vote_words

        f = Frame.from_json(frame.to_json())
        for attr in ("title_ru", "title_kk"):
            setattr(f, attr, clean_text(getattr(f, attr), "", required=False, max_len=1000))
        for attr in ("lead_ru", "lead_kk", "vote_ru", "vote_kk"):
            setattr(f, attr, clean_text(getattr(f, attr), "", required=False, max_len=200))
        if f.title == TITLE_CUSTOM and not (f.title_ru or f.title_kk):
            raise ValidationError("Write the protocol's title, or choose a standard one.")
        if f.lead == LEAD_CUSTOM and not (f.lead_ru or f.lead_kk):
            raise ValidationError("Write the decisions' lead-in, or choose a standard one.")
        for words in (f.vote_ru, f.vote_kk):
            if words and vote_words(words) is None:
                raise ValidationError(
                    'Write the vote words as three words separated by "/", '
                    "such as: за / против / воздержались."
                )
        people = {p.uid for p in self.store.people()}
        signatories = []
        for sg in f.signatories:
            if sg.person_uid not in people:
                raise ValidationError("A signatory is not in the directory.")
            signatories.append(
                Signatory(
                    sg.person_uid,
                    clean_text(sg.role_ru, "", required=False, max_len=300),
                    clean_text(sg.role_kk, "", required=False, max_len=300),
                )
            )
        f.signatories = signatories
        if f.signers == SIGN_LIST and not f.signatories:
            raise ValidationError("Add the signatories, or choose who signs otherwise.")
        return f

    def add_member(
        self,
        commission_id: int,
        person_id: int,
        role: m.Role = m.Role.MEMBER,
        voting: bool = True,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> int:
        if date_from and date_to and date_to < date_from:
            raise ValidationError(
                "Membership ends ({to}) before it starts ({frm}).",
                to=fmt(date_to),
                frm=fmt(date_from),
            )
        self.store.commission(commission_id)
        self.store.person(person_id)
        with self.store.transaction():
            return self.store.save_membership(
                m.Membership(commission_id, person_id, role, voting, date_from, date_to)
            )

    def end_membership(self, membership_id: int, on: date) -> None:
        ms = next(
            (
                x
                for c in self.store.commissions()
                for x in self.store.memberships(c.id)
                if x.id == membership_id
            ),
            None,
        )
        if ms is None:
            raise NotFound("Membership {id} does not exist.", id=membership_id)
        if ms.date_from and on < ms.date_from:
            raise ValidationError(
                "Membership ends ({to}) before it starts ({frm}).",
                to=fmt(on),
                frm=fmt(ms.date_from),
            )
        ms.date_to = on
        with self.store.transaction():
            self.store.save_membership(ms)

    def set_up_commission(
        self, name_ru: str, name_kk: str, city: str, chair: m.Person, secretary: m.Person
    ) -> m.Commission:
        """A new commission with its chair (voting) and secretary (not voting): the
        least to start with, all or nothing."""
        with self.store.transaction():
            self.save_person(chair)
            self.save_person(secretary)
            com = m.Commission(name_ru, name_kk, city, chair_id=chair.id, secretary_id=secretary.id)
            self.save_commission(com)
            self.add_member(com.id, chair.id, m.Role.CHAIR, True)
            self.add_member(com.id, secretary.id, m.Role.SECRETARY, False)
        return com
