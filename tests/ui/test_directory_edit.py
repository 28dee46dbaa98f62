"""Editing the directory: a person, an organisation, a member joining and leaving."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from anticorr_desktop.domain import model as m
from anticorr_desktop.ui.directory.directory import DirectoryView, RosterModel
from anticorr_desktop.ui.directory.directory_edit import (
    EndMembershipDialog,
    MemberDialog,
    OrganisationDialog,
    PersonDialog,
)

from .conftest import TODAY


@pytest.fixture
def view(ctx, qtbot, message_boxes):
    v = DirectoryView(ctx)
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def changes(ctx):
    seen: list[object] = []
    ctx.data_changed.connect(seen.append)
    return seen


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _dialog(view, cls):
    dlg = view.editor.active_dialog
    assert isinstance(dlg, cls) and dlg.isVisible()
    return dlg


def _ok(qtbot, view, dlg) -> None:
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)


def _names(model) -> list[str]:
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_add_a_person_and_make_them_a_member(view, qtbot, ctx, store, changes, qtmodeltester):
    org = next(o for o in store.organisations() if o.kind == m.OrgKind.CITY_DEPARTMENT)
    view.tabs.setCurrentIndex(0)
    _click(qtbot, view.add_person_button)
    dlg = _dialog(view, PersonDialog)
    dlg.surname.setText("Жанибеков")
    dlg.name.setText("Арман")
    dlg.patronymic.setText("Серикович")
    dlg.position.setPlainText("Руководитель управления образования")
    dlg.surname_kk.setText("Жәнібеков")
    dlg.position_kk.setPlainText("Білім басқармасының басшысы")
    dlg.organisation.setCurrentIndex(dlg.organisation.findData(org.id))
    _ok(qtbot, view, dlg)
    assert view.editor.active_dialog is None

    person = next(p for p in store.people() if p.surname == "Жанибеков")
    assert (person.name, person.patronymic, person.surname_kk) == (
        "Арман",
        "Серикович",
        "Жәнібеков",
    )
    assert person.position_kk == "Білім басқармасының басшысы"
    assert person.organisation_id == org.id
    assert "Жанибеков Арман Серикович" in _names(view.people_model)
    assert changes == [view]

    # the roster: add the new person as a voting member from 01.06.2025
    view.tabs.setCurrentIndex(2)
    cid = view.commission.currentData()
    before = len(store.memberships(cid))
    _click(qtbot, view.add_member_button)
    dlg = _dialog(view, MemberDialog)
    dlg.person.setCurrentIndex(dlg.person.findData(person.id))
    dlg.role.setCurrentIndex(dlg.role.findData(m.Role.MEMBER.value))
    assert dlg.voting.isChecked()
    dlg.date_from.setDate(QDate(2025, 6, 1))
    _ok(qtbot, view, dlg)
    ms = [x for x in store.memberships(cid) if x.person_id == person.id]
    assert len(store.memberships(cid)) == before + 1
    assert len(ms) == 1 and ms[0].voting and ms[0].role == m.Role.MEMBER
    assert ms[0].date_from == date(2025, 6, 1) and ms[0].date_to is None
    assert "Жанибеков Арман Серикович" in _names(view.roster_model)
    qtmodeltester.check(view.roster_model)

    # and the membership ends
    row = next(
        r
        for r in range(view.roster_model.rowCount())
        if view.roster_model.record(r).membership.person_id == person.id
    )
    view.roster_table.selectRow(row)
    _click(qtbot, view.end_member_button)
    dlg = _dialog(view, EndMembershipDialog)
    dlg.date_to.setDate(QDate(2025, 12, 31))
    _ok(qtbot, view, dlg)
    ms = next(x for x in store.memberships(cid) if x.person_id == person.id)
    assert ms.date_to == date(2025, 12, 31)
    row = next(
        r
        for r in range(view.roster_model.rowCount())
        if view.roster_model.record(r).membership.person_id == person.id
    )
    assert view.roster_model.data(view.roster_model.index(row, RosterModel.COL_TO)) == "31.12.2025"
    view.roster_table.selectRow(row)
    assert not view.end_member_button.isEnabled()  # it has ended


def test_a_form_with_an_error_stays_open_with_its_input(view, qtbot, store, message_boxes):
    n = len(store.people())
    _click(qtbot, view.add_person_button)
    dlg = _dialog(view, PersonDialog)
    dlg.name.setText("Без фамилии")
    _ok(qtbot, view, dlg)
    assert "empty" in message_boxes.texts("warning")[-1]
    assert view.editor.active_dialog is dlg and dlg.isVisible()
    assert dlg.name.text() == "Без фамилии"
    assert len(store.people()) == n
    dlg.surname.setText("Наконец")
    _ok(qtbot, view, dlg)
    assert len(store.people()) == n + 1


def test_a_member_needs_a_person_and_a_sane_period(view, qtbot, ctx, store, message_boxes):
    view.tabs.setCurrentIndex(2)
    _click(qtbot, view.add_member_button)
    dlg = _dialog(view, MemberDialog)
    dlg.person.setEditText("Никто Такой")
    _ok(qtbot, view, dlg)
    assert "Choose a person" in message_boxes.texts("warning")[-1]
    assert dlg.isVisible()
    dlg.reject()

    # the end of a membership cannot be typed before its start
    row = 0
    view.roster_table.selectRow(row)
    member = view.roster_model.record(row).membership
    _click(qtbot, view.end_member_button)
    dlg = _dialog(view, EndMembershipDialog)
    assert dlg.date_to.date() == QDate(TODAY.year, TODAY.month, TODAY.day)
    assert dlg.date_to.minimumDate() == QDate(2024, 1, 1)  # not before it started
    dlg.reject()
    assert (
        next(x for x in store.memberships(member.commission_id) if x.id == member.id).date_to
        is None
    )


def test_edit_a_person_and_an_organisation(view, qtbot, store):
    view.tabs.setCurrentIndex(0)
    assert not view.edit_person_button.isEnabled()
    view.people_table.selectRow(0)
    target = view.people_model.record(0).person
    _click(qtbot, view.edit_person_button)
    dlg = _dialog(view, PersonDialog)
    assert dlg.surname.text() == target.surname
    dlg.position.setPlainText("Новая должность")
    _ok(qtbot, view, dlg)
    edited = store.person(target.id)
    assert edited.position == "Новая должность"
    assert edited.uid == target.uid and edited.surname == target.surname
    assert len(store.people()) == 13

    view.tabs.setCurrentIndex(1)
    view.orgs_table.selectRow(0)
    org = view.orgs_model.record(0).org
    view.orgs_table.doubleClicked.emit(view.orgs_model.index(0, 0))
    dlg = _dialog(view, OrganisationDialog)
    assert dlg.short_ru.text() == org.short_ru
    dlg.short_kk.setText("Жаңа атау")
    dlg.kind.setCurrentIndex(dlg.kind.findData(m.OrgKind.QUASI_STATE.value))
    _ok(qtbot, view, dlg)
    saved = store.organisation(org.id)
    assert saved.short_kk == "Жаңа атау" and saved.kind == m.OrgKind.QUASI_STATE


def test_add_an_organisation(view, qtbot, store):
    view.tabs.setCurrentIndex(1)
    n = view.orgs_model.rowCount()
    _click(qtbot, view.add_org_button)
    dlg = _dialog(view, OrganisationDialog)
    dlg.short_ru.setText("Управление образования")
    dlg.full_ru.setPlainText("ГУ «Управление образования города Алматы»")
    _ok(qtbot, view, dlg)
    assert view.orgs_model.rowCount() == n + 1
    org = next(o for o in store.organisations() if o.short_ru == "Управление образования")
    assert org.kind == m.OrgKind.OTHER


def test_add_a_group_of_organisations_that_stands_for_its_members(view, qtbot, store, ctx):
    view.tabs.setCurrentIndex(1)
    _click(qtbot, view.add_org_button)
    dlg = _dialog(view, OrganisationDialog)
    assert not dlg.member_list.isVisible()  # a body has no members
    dlg.short_ru.setText("Все районы")
    dlg.short_kk.setText("Барлық аудандар")
    dlg.kind.setCurrentIndex(dlg.kind.findData(m.OrgKind.GROUP.value))
    assert dlg.member_list.isVisible() and dlg.expands.isVisible()
    dlg.expands.setChecked(True)
    wanted = []
    for n in range(dlg.member_model.rowCount()):
        item = dlg.member_model.item(n)
        if "район" in item.text():
            item.setCheckState(Qt.CheckState.Checked)
            wanted.append(item.data(Qt.ItemDataRole.UserRole))
    assert len(wanted) >= 2
    _ok(qtbot, view, dlg)
    group = next(o for o in store.organisations() if o.short_ru == "Все районы")
    assert group.kind == m.OrgKind.GROUP and group.expands
    assert store.group_members(group.id) == wanted
    # edited again: its members come checked
    row = next(
        r for r in range(view.orgs_model.rowCount()) if view.orgs_model.record(r).org.id == group.id
    )
    view.orgs_table.selectRow(row)
    view.orgs_table.doubleClicked.emit(view.orgs_model.index(row, 0))
    dlg = _dialog(view, OrganisationDialog)
    checked = [
        dlg.member_model.item(n).data(Qt.ItemDataRole.UserRole)
        for n in range(dlg.member_model.rowCount())
        if dlg.member_model.item(n).checkState() == Qt.CheckState.Checked
    ]
    assert sorted(checked) == sorted(wanted) and dlg.expands.isChecked()


def test_a_persons_gender_is_guessed_as_typed_and_may_be_corrected(view, qtbot, store):
    """Issue #13: the gender that words "Председательствовала" is stored with the person,
    guessed from the patronymic (or surname) as it is typed, and editable."""
    view.tabs.setCurrentIndex(0)
    _click(qtbot, view.add_person_button)
    dlg = _dialog(view, PersonDialog)
    assert dlg.gender.currentData() == ""
    dlg.surname.setText("Жақсылықова")
    assert dlg.gender.currentData() == "f"
    dlg.patronymic.setText("Серікқызы")
    assert dlg.gender.currentData() == "f"
    _ok(qtbot, view, dlg)
    saved = next(p for p in store.people() if p.surname == "Жақсылықова")
    assert saved.gender == "f"

    # a name that tells nothing: the secretary says it, and it stays said
    _click(qtbot, view.add_person_button)
    dlg = _dialog(view, PersonDialog)
    dlg.surname.setText("Ким")
    dlg.name.setText("Алина")
    assert dlg.gender.currentData() == ""
    dlg.gender.setCurrentIndex(dlg.gender.findData("f"))
    dlg.gender.activated.emit(dlg.gender.currentIndex())
    dlg.patronymic.setText("Александрович")  # a slip: the choice is not overridden
    assert dlg.gender.currentData() == "f"
    _ok(qtbot, view, dlg)
    assert next(p for p in store.people() if p.surname == "Ким" and p.name == "Алина").gender == "f"
