"""The directory: organisations, people, commissions and their members."""

from __future__ import annotations

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
    return " ".join(text.casefold().replace("ё", "е").split())


def _name_parts(text: str) -> tuple[str, str, str]:
    """(surname, name, patronymic) of "Фамилия Имя Отчество" or "Фамилия И.О."."""
    words = text.replace(".", ". ").split()
    if not words:
        return "", "", ""
    rest = words[1:]
    if len(rest) > 2:  # "Фамилия Имя Отчество-улы ..." : the rest is the patronymic
        rest = [rest[0], " ".join(rest[1:])]
    rest += [""] * (2 - len(rest))
    return words[0], rest[0], rest[1]


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
    def match_executor(self, text: str) -> list[ExecutorMatch]:
        """Who a typed executor's name may mean: people and organisations (groups too)
        whose name in either language contains the text, any case; "Организация
        (Фамилия И.О.)" gives the organisation with that person. Whole-name matches
        first, then in Kazakh alphabetical order. Empty when nobody matches (the
        window then offers to add the name to the directory)."""
        text = text.strip()
        if not text:
            return []
        out: list[ExecutorMatch] = []
        pair = _ORG_WITH_PERSON.match(text)
        if pair:
            orgs = self._match_orgs(pair["org"])
            people = self._match_people(pair["person"])
            for o, o_exact in orgs:
                for p, p_exact in people:
                    ex = m.Executor.org(o.id, p.id)
                    label = f"{o.short('ru')} ({p.short_name('ru')})"
                    out.append(ExecutorMatch(ex, label, o_exact and p_exact))
        for o, exact in self._match_orgs(text):
            out.append(
                ExecutorMatch(m.Executor.org(o.id), o.short("ru"), exact, o.kind == m.OrgKind.GROUP)
            )
        for p, exact in self._match_people(text):
            out.append(ExecutorMatch(m.Executor.person(p.id), p.short_name("ru"), exact))
        out.sort(key=lambda c: (not c.exact, kazakh_key(c.label)))
        return out

    def _match_orgs(self, text: str) -> list[tuple[m.Organisation, bool]]:
        needle = _norm(text)
        out = []
        for o in self.store.organisations():
            names = [_norm(n) for n in (o.short_ru, o.full_ru, o.short_kk, o.full_kk) if n]
            if any(needle in n for n in names):
                out.append((o, needle in names))
        return out

    def _match_people(self, text: str) -> list[tuple[m.Person, bool]]:
        needle = _norm(text)
        out = []
        for p in self.store.people():
            names: set[str] = set()
            for lang in ("ru", "kk"):
                surname = (p.surname_kk or p.surname) if lang == "kk" else p.surname
                short = p.short_name(lang)
                initials = short[: len(short) - len(surname)].strip()
                # "Ахметов А.Б." as well as "А.Б. Ахметов" and the full name
                names |= {_norm(p.full_name(lang)), _norm(short), _norm(f"{surname} {initials}")}
            if any(needle in n for n in names):
                out.append((p, needle in names or needle == _norm(p.surname)))
        return out

    def new_executor(
        self,
        kind: str,
        name_ru: str,
        name_kk: str = "",
        position: str = "",
        position_kk: str = "",
    ) -> m.Executor:
        """Add a typed executor to the directory (the executor field's "add to the
        directory"): ``kind`` "person" (the name as "Фамилия Имя Отчество" or "Фамилия
        И.О.") or "organisation" (its short name). Returns the new executor."""
        if kind == "organisation":
            org = m.Organisation(name_ru, short_kk=name_kk)
            return m.Executor.org(self.save_organisation(org))
        if kind != "person":
            raise ValidationError('"{value}" is not a kind of executor.', value=kind)
        ru = _name_parts(clean_text(name_ru, self.t("Surname"), max_len=600))
        kk = _name_parts(clean_text(name_kk, "", required=False, max_len=600))
        p = m.Person(ru[0], ru[1], ru[2], position, kk[0], kk[1], kk[2], position_kk=position_kk)
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
