"""Editing the directory: people, organisations and a commission's roster.

Each form is an ``ActionDialog``: OK runs one use case, and a user error
leaves the form open with what was typed. After a change the context's
``data_changed`` tells every view.
"""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListView, QWidget

from ...domain import model as m
from ...domain.collation import kazakh_key
from ...errors import ValidationError
from ..kit.common import fmt_date, from_qdate, label, to_qdate
from ..kit.context import AppContext
from ..kit.dialogs import ActionDialog, DialogKeeper, date_edit, text_edit
from ..settings.settings_commission import combo_person, fill_people, person_combo
from .directory import ORG_KIND_LABELS


def short_text(parent: QWidget, lines: int = 2):
    """A few lines for a long position or name; the form does not grow with it."""
    w = text_edit(parent, lines)
    w.setFixedHeight(w.minimumHeight())
    return w


class PersonDialog(ActionDialog):
    """A person's name and position in Russian and in Kazakh, and organisation."""

    def __init__(self, ctx: AppContext, person: m.Person | None, parent: QWidget | None = None):
        super().__init__(lambda: ctx.lang, parent)
        self.ctx = ctx
        self.person_before = person
        p = person or m.Person("")
        self.surname = QLineEdit(p.surname, self)
        self.name = QLineEdit(p.name, self)
        self.patronymic = QLineEdit(p.patronymic, self)
        self.position = short_text(self)
        self.position.setPlainText(p.position)
        self.surname_kk = QLineEdit(p.surname_kk, self)
        self.name_kk = QLineEdit(p.name_kk, self)
        self.patronymic_kk = QLineEdit(p.patronymic_kk, self)
        self.position_kk = short_text(self)
        self.position_kk.setPlainText(p.position_kk)
        self.organisation = QComboBox(self)
        self.organisation.addItem("", None)
        lang = ctx.name_lang
        for o in sorted(ctx.store.organisations(), key=lambda o: kazakh_key(o.short(lang))):
            self.organisation.addItem(o.short(lang), o.id)
        self.organisation.setCurrentIndex(max(self.organisation.findData(p.organisation_id), 0))
        # grammatical gender ("Председательствовала"): guessed from the name as it is
        # typed, until the secretary chooses it here
        self.gender = QComboBox(self)
        for value in ("", "m", "f"):
            self.gender.addItem("", value)
        self._gender_chosen = bool(p.gender)
        self.gender.setCurrentIndex(max(self.gender.findData(p.gender or self._guess()), 0))
        self.gender.activated.connect(self._choose_gender)
        for w in (self.surname, self.patronymic, self.surname_kk, self.patronymic_kk):
            w.textChanged.connect(self._guess_gender)
        self.kk_title = QLabel(self)
        for w in (self.surname, self.name, self.patronymic, self.gender, self.position):
            self.add_row(w)
        self.form.addRow(self.kk_title)
        for w in (self.surname_kk, self.name_kk, self.patronymic_kk, self.position_kk):
            self.add_row(w)
        self.add_row(self.organisation)
        self.setMinimumWidth(560)
        self.retranslateUi()

    def _guess(self) -> str:
        from ...domain.gender import gender_of

        return gender_of(self.surname.text(), self.patronymic.text()) or gender_of(
            self.surname_kk.text(), self.patronymic_kk.text()
        )

    def _guess_gender(self, *_args) -> None:
        if not self._gender_chosen:
            self.gender.setCurrentIndex(max(self.gender.findData(self._guess()), 0))

    def _choose_gender(self, *_args) -> None:
        self._gender_chosen = True

    def person(self) -> m.Person:
        """The person as typed (an edited copy keeps its id and uid)."""
        p = copy.deepcopy(self.person_before) if self.person_before else m.Person("")
        p.surname = self.surname.text()
        p.name = self.name.text()
        p.patronymic = self.patronymic.text()
        p.position = self.position.toPlainText()
        p.surname_kk = self.surname_kk.text()
        p.name_kk = self.name_kk.text()
        p.patronymic_kk = self.patronymic_kk.text()
        p.position_kk = self.position_kk.toPlainText()
        p.organisation_id = self.organisation.currentData()
        p.gender = self.gender.currentData()
        return p

    def retranslateUi(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("Directory", "Edit a person")
            if self.person_before
            else QCoreApplication.translate("Directory", "Add a person")
        )
        self._row_label(self.surname).setText(QCoreApplication.translate("Directory", "Surname:"))
        self._row_label(self.name).setText(QCoreApplication.translate("Directory", "Name:"))
        self._row_label(self.patronymic).setText(
            QCoreApplication.translate("Directory", "Patronymic:")
        )
        self._row_label(self.position).setText(QCoreApplication.translate("Directory", "Position:"))
        self._row_label(self.gender).setText(QCoreApplication.translate("Directory", "Gender:"))
        for n, text in enumerate(
            (
                QCoreApplication.translate("Directory", "not known"),
                QCoreApplication.translate("Directory", "male"),
                QCoreApplication.translate("Directory", "female"),
            )
        ):
            self.gender.setItemText(n, text)
        self.gender.setToolTip(
            QCoreApplication.translate(
                "Directory",
                "For the forms of words in documents (Председательствовал / "
                "Председательствовала); guessed from the patronymic or surname.",
            )
        )
        self.kk_title.setText(
            QCoreApplication.translate(
                "Directory", "In Kazakh (for documents in Kazakh; empty fields use the above):"
            )
        )
        self._row_label(self.surname_kk).setText(
            QCoreApplication.translate("Directory", "Surname:")
        )
        self._row_label(self.name_kk).setText(QCoreApplication.translate("Directory", "Name:"))
        self._row_label(self.patronymic_kk).setText(
            QCoreApplication.translate("Directory", "Patronymic:")
        )
        self._row_label(self.position_kk).setText(
            QCoreApplication.translate("Directory", "Position:")
        )
        self._row_label(self.organisation).setText(
            QCoreApplication.translate("Directory", "Organisation:")
        )
        self.organisation.setItemText(0, QCoreApplication.translate("Directory", "— none —"))
        self.position.setPlaceholderText(
            QCoreApplication.translate("Directory", "e.g. Руководитель управления спорта")
        )


class OrganisationDialog(ActionDialog):
    def __init__(self, ctx: AppContext, org: m.Organisation | None, parent: QWidget | None = None):
        super().__init__(lambda: ctx.lang, parent)
        self.org_before = org
        o = org or m.Organisation("")
        self.short_ru = QLineEdit(o.short_ru, self)
        self.full_ru = short_text(self)
        self.full_ru.setPlainText(o.full_ru)
        self.short_kk = QLineEdit(o.short_kk, self)
        self.full_kk = short_text(self)
        self.full_kk.setPlainText(o.full_kk)
        self.kind = QComboBox(self)
        for kind in m.OrgKind:
            self.kind.addItem("", kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(o.kind.value), 0))
        # a group ("акимы районов"): its member organisations, and whether naming it as an
        # executor names each of them or the group as one addressee
        self.expands = QCheckBox(self)
        self.expands.setChecked(o.expands)
        current = (
            [x.id for x in ctx.services.group_members(o.id)]
            if o.id and o.kind == m.OrgKind.GROUP
            else []
        )
        self.member_model = QStandardItemModel(self)
        others = [
            x
            for x in ctx.services.store.organisations()
            if x.kind != m.OrgKind.GROUP and x.id != o.id
        ]
        others.sort(key=lambda x: (x.id not in current, kazakh_key(x.short(ctx.name_lang))))
        for x in others:
            item = QStandardItem(x.short(ctx.name_lang))
            item.setData(x.id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if x.id in current else Qt.CheckState.Unchecked
            )
            self.member_model.appendRow(item)
        self.member_list = QListView(self)
        self.member_list.setModel(self.member_model)
        self.member_list.setMinimumHeight(120)
        for w in (
            self.short_ru,
            self.full_ru,
            self.short_kk,
            self.full_kk,
            self.kind,
            self.expands,
            self.member_list,
        ):
            self.add_row(w)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()
        self.setMinimumWidth(560)
        self.retranslateUi()

    def _is_group(self) -> bool:
        return bool(self.kind.currentData() == m.OrgKind.GROUP.value)

    def _on_kind_changed(self, *_args: object) -> None:
        group = self._is_group()
        for w in (self.expands, self.member_list):
            w.setVisible(group)
            self._row_label(w).setVisible(group)

    def members(self) -> list[int] | None:
        """A group's checked organisations (the directory's order); None for a body."""
        if not self._is_group():
            return None
        return [
            int(it.data(Qt.ItemDataRole.UserRole))
            for it in (self.member_model.item(n) for n in range(self.member_model.rowCount()))
            if it.checkState() == Qt.CheckState.Checked
        ]

    def organisation(self) -> m.Organisation:
        o = copy.deepcopy(self.org_before) if self.org_before else m.Organisation("")
        o.short_ru = self.short_ru.text()
        o.full_ru = self.full_ru.toPlainText()
        o.short_kk = self.short_kk.text()
        o.full_kk = self.full_kk.toPlainText()
        o.kind = m.OrgKind(self.kind.currentData())
        o.expands = self._is_group() and self.expands.isChecked()
        return o

    def retranslateUi(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("Directory", "Edit an organisation")
            if self.org_before
            else QCoreApplication.translate("Directory", "Add an organisation")
        )
        self._row_label(self.short_ru).setText(
            QCoreApplication.translate("Directory", "Short name (Russian):")
        )
        self._row_label(self.full_ru).setText(
            QCoreApplication.translate("Directory", "Full name (Russian):")
        )
        self._row_label(self.short_kk).setText(
            QCoreApplication.translate("Directory", "Short name (Kazakh):")
        )
        self._row_label(self.full_kk).setText(
            QCoreApplication.translate("Directory", "Full name (Kazakh):")
        )
        self._row_label(self.kind).setText(QCoreApplication.translate("Directory", "Kind:"))
        self._row_label(self.expands).setText(
            QCoreApplication.translate("Directory", "As executor:")
        )
        self.expands.setText(
            QCoreApplication.translate(
                "Directory", "stands for each of its members (otherwise one addressee)"
            )
        )
        self._row_label(self.member_list).setText(
            QCoreApplication.translate("Directory", "Members:")
        )
        for n, kind in enumerate(m.OrgKind):
            self.kind.setItemText(n, QCoreApplication.translate("Directory", ORG_KIND_LABELS[kind]))


class NewExecutorDialog(ActionDialog):
    """The executor field's "add to the directory": a typed name that is nobody in the
    directory becomes a person or an organisation there, and the executor."""

    def __init__(self, ctx: AppContext, typed: str, parent: QWidget | None = None):
        super().__init__(lambda: ctx.lang, parent)
        self.ctx = ctx
        self.created: m.Executor | None = None
        self.kind = QComboBox(self)
        self.kind.addItem("", "organisation")
        self.kind.addItem("", "person")
        self.name_ru = QLineEdit(typed, self)
        self.name_kk = QLineEdit(self)
        self.position = QLineEdit(self)
        self.position_kk = QLineEdit(self)
        for w in (self.kind, self.name_ru, self.name_kk, self.position, self.position_kk):
            self.add_row(w)
        # a typed "Управление ..." is most likely a body; "Фамилия И.О." a person
        looks_person = len(typed.split()) <= 3 and any(c == "." for c in typed)
        self.kind.setCurrentIndex(1 if looks_person else 0)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()
        self.set_action(self._create)
        self.retranslateUi()

    def _person(self) -> bool:
        return bool(self.kind.currentData() == "person")

    def _on_kind_changed(self, *_args: object) -> None:
        for w in (self.position, self.position_kk):
            w.setVisible(self._person())
            self._row_label(w).setVisible(self._person())
        self.retranslateUi()

    def _create(self, _dlg: object) -> None:
        self.created = self.ctx.services.new_executor(
            str(self.kind.currentData()),
            self.name_ru.text(),
            self.name_kk.text(),
            self.position.text() if self._person() else "",
            self.position_kk.text() if self._person() else "",
        )
        self.ctx.notify_changed(self)

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Directory", "Add to the directory"))
        self.kind.setItemText(0, QCoreApplication.translate("Directory", "Organisation"))
        self.kind.setItemText(1, QCoreApplication.translate("Directory", "Person"))
        self._row_label(self.kind).setText(QCoreApplication.translate("Directory", "Kind:"))
        person = self._person()
        self._row_label(self.name_ru).setText(
            QCoreApplication.translate("Directory", "Name (Russian):")
            if person
            else QCoreApplication.translate("Directory", "Short name (Russian):")
        )
        self._row_label(self.name_kk).setText(
            QCoreApplication.translate("Directory", "Name (Kazakh):")
            if person
            else QCoreApplication.translate("Directory", "Short name (Kazakh):")
        )
        self.name_ru.setPlaceholderText(
            QCoreApplication.translate("Directory", "Фамилия Имя Отчество")
            if person
            else QCoreApplication.translate("Directory", "e.g. Управление спорта")
        )
        self._row_label(self.position).setText(
            QCoreApplication.translate("Directory", "Position (Russian):")
        )
        self._row_label(self.position_kk).setText(
            QCoreApplication.translate("Directory", "Position (Kazakh):")
        )


class MemberDialog(ActionDialog):
    """Add a person to a commission's roster: role, vote, from which day."""

    def __init__(self, ctx: AppContext, commission: m.Commission, today: date, parent=None):
        super().__init__(lambda: ctx.lang, parent)
        self.ctx = ctx
        self.commission = commission
        self.subject.setText(commission.name(ctx.name_lang))
        self.person = person_combo(self)
        fill_people(self.person, ctx, "", None)
        self.role = QComboBox(self)
        for role in (m.Role.MEMBER, m.Role.DEPUTY, m.Role.CHAIR, m.Role.SECRETARY):
            self.role.addItem("", role.value)
        self.voting = QCheckBox(self)
        self.voting.setChecked(True)
        self.date_from = date_edit(today, self)
        for w in (self.person, self.role, self.voting, self.date_from):
            self.add_row(w)
        self.setMinimumWidth(560)
        self.retranslateUi()

    def person_id(self) -> int:
        pid = combo_person(self.person)
        if pid is None:
            raise ValidationError("Choose a person from the list.")
        return pid

    def member_role(self) -> m.Role:
        return m.Role(self.role.currentData())

    def start(self) -> date:
        return from_qdate(self.date_from.date())

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Directory", "Add a member"))
        self._row_label(self.person).setText(QCoreApplication.translate("Directory", "Person:"))
        self._row_label(self.role).setText(QCoreApplication.translate("Directory", "Role:"))
        self._row_label(self.voting).setText(QCoreApplication.translate("Directory", "Votes:"))
        self._row_label(self.date_from).setText(
            QCoreApplication.translate("Directory", "Member from:")
        )
        self.voting.setText(
            QCoreApplication.translate("Directory", "counts towards the quorum and votes")
        )
        self.person.lineEdit().setPlaceholderText(
            QCoreApplication.translate("Directory", "Type part of the name")
        )
        for n in range(self.role.count()):
            self.role.setItemText(n, label(m.ROLE_LABELS[m.Role(self.role.itemData(n))]))


class EndMembershipDialog(ActionDialog):
    """The last day a member is on the roster."""

    def __init__(self, ctx: AppContext, membership: m.Membership, today: date, parent=None):
        super().__init__(lambda: ctx.lang, parent)
        self.membership = membership
        name = ctx.person_name(membership.person_id)
        self.subject.setText(
            f"{name} — {label(m.ROLE_LABELS[membership.role])}"
            + (f", {fmt_date(membership.date_from)}" if membership.date_from else "")
        )
        self.date_to = date_edit(today, self)
        if membership.date_from:
            self.date_to.setMinimumDate(to_qdate(membership.date_from))
        self.add_row(self.date_to)
        self.retranslateUi()

    def end(self) -> date:
        return from_qdate(self.date_to.date())

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Directory", "End a membership"))
        self._row_label(self.date_to).setText(
            QCoreApplication.translate("Directory", "Member until:")
        )


class DirectoryEditor(QObject):
    """Opens the directory's forms (window-modal, not blocking) and reports changes."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self._dialogs = DialogKeeper()

    @property
    def active_dialog(self) -> ActionDialog | None:
        return self._dialogs.current  # type: ignore[return-value]

    def _open(self, dlg: ActionDialog) -> ActionDialog:
        dlg.accepted.connect(self._on_accepted)
        self._dialogs.open(dlg)
        return dlg

    def _on_accepted(self) -> None:
        self.ctx.notify_changed(self._parent)
        self.changed.emit()

    def add_person(self) -> ActionDialog:
        dlg = PersonDialog(self.ctx, None, self._parent)
        dlg.set_action(lambda d: self.ctx.services.save_person(d.person()))
        return self._open(dlg)

    def edit_person(self, person_id: int) -> ActionDialog:
        dlg = PersonDialog(self.ctx, self.ctx.store.person(person_id), self._parent)
        dlg.set_action(lambda d: self.ctx.services.save_person(d.person()))
        return self._open(dlg)

    def add_organisation(self) -> ActionDialog:
        dlg = OrganisationDialog(self.ctx, None, self._parent)
        dlg.set_action(lambda d: self.ctx.services.save_organisation(d.organisation(), d.members()))
        return self._open(dlg)

    def edit_organisation(self, org_id: int) -> ActionDialog:
        dlg = OrganisationDialog(self.ctx, self.ctx.store.organisation(org_id), self._parent)
        dlg.set_action(lambda d: self.ctx.services.save_organisation(d.organisation(), d.members()))
        return self._open(dlg)

    def add_member(self, commission_id: int) -> ActionDialog:
        dlg = MemberDialog(
            self.ctx, self.ctx.store.commission(commission_id), self.ctx.today(), self._parent
        )
        dlg.set_action(
            lambda d: self.ctx.services.add_member(
                commission_id, d.person_id(), d.member_role(), d.voting.isChecked(), d.start()
            )
        )
        return self._open(dlg)

    def end_membership(self, membership: m.Membership) -> ActionDialog:
        dlg = EndMembershipDialog(self.ctx, membership, self.ctx.today(), self._parent)
        dlg.set_action(lambda d: self.ctx.services.end_membership(membership.id, d.end()))
        return self._open(dlg)
