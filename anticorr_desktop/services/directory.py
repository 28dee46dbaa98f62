"""The directory: organisations, people, commissions and their members."""

from __future__ import annotations

from datetime import date

from ..domain import model as m
from ..domain.frame import Frame, Signatory
from ..domain.gender import FEMALE, MALE, gender_of
from ..errors import NotFound, ValidationError
from .base import ServiceBase, clean_text, fmt


class DirectoryService(ServiceBase):
    # -- directory -------------------------------------------------------------------
    def save_organisation(self, org: m.Organisation) -> int:
        org.short_ru = clean_text(org.short_ru, self.t("Short name"), max_len=300)
        org.full_ru = clean_text(org.full_ru, "", required=False, max_len=1000)
        org.short_kk = clean_text(org.short_kk, "", required=False, max_len=300)
        org.full_kk = clean_text(org.full_kk, "", required=False, max_len=1000)
        with self.store.transaction():
            return self.store.save_organisation(org)

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
