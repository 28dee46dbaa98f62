"""File → Import register…: the wizard guesses, previews, settles executors, imports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from anticorr_desktop.domain import model as m
from anticorr_desktop.ui.kit.tasks import Task

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "registers"


@pytest.fixture
def ctx_with_people(empty_ctx):
    ctx = empty_ctx
    st = ctx.services.store
    with st.transaction():
        ids = {
            "ospanov": st.save_person(m.Person("Оспанов", "Асхат", "Болатович")),
            "seitkali": st.save_person(m.Person("Сейткали", "Данияр", "Маратович")),
            "nurlanova": st.save_person(m.Person("Нурланова", "Гульмира")),
        }
        if not st.commissions():
            st.save_commission(m.Commission("Комиссия"))
    ctx.ids = ids
    return ctx


def test_the_wizard_imports_a_messy_register(qtbot, ctx_with_people, monkeypatch):
    from anticorr_desktop.ui.register.wizard import (
        NEW_ORGANISATION,
        NEW_PERSON,
        RegisterWizard,
    )

    monkeypatch.setattr(Task, "synchronous", True)
    ctx = ctx_with_people
    wiz = RegisterWizard(ctx, None, FIX / "ru_merged.xlsx")
    qtbot.addWidget(wiz)
    wiz.show()
    assert wiz.file_page.header.value() == 3  # under the merged titles
    assert wiz.file_page.isComplete()
    wiz.next()
    assert wiz.map_page.mapping()[6] == "deadline"
    wiz.next()
    page = wiz.preview_page
    pv = wiz.preview
    assert pv is not None and len(pv.rows) == 6 and not pv.problems
    assert page.rows.rowCount() == 6
    assert page.rows.item(2, 5).text() == "29.03.2024"  # an Excel serial, as a date
    # nobody of these names here: added as written, a body as an organisation
    assert set(page.combos) == {"управление спорта", "жаксылыкова м."}
    assert page.combos["управление спорта"].currentData() == NEW_ORGANISATION
    assert page.combos["жаксылыкова м."].currentData() == NEW_PERSON
    assert page.isComplete()
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert wiz.result is not None and wiz.result.created == 6
    assert wiz.result.organisations_created == 1 and wiz.result.people_created == 1
    st = ctx.services.store
    assert [o.short_ru for o in st.organisations()] == ["Управление спорта"]
    assert not [p for p in st.people() if p.surname == "Управление спорта"]
    assert st.instruction_count() >= 6
    assert st.verify() == []


def test_a_register_with_problems_cannot_be_imported(qtbot, ctx_with_people, monkeypatch):
    from anticorr_desktop.ui.register.wizard import RegisterWizard

    monkeypatch.setattr(Task, "synchronous", True)
    wiz = RegisterWizard(ctx_with_people, None, FIX / "ru_problems.xlsx")
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    wiz.next()
    assert len(wiz.preview.problems) == 5
    assert not wiz.preview_page.isComplete()
    assert "31.02.2023" in wiz.preview_page.rows.item(0, 7).text()
    assert "Problems: 5" in wiz.preview_page.status.text()


def test_the_file_menu_opens_the_wizard(qtbot, window):
    window.import_register_action.trigger()
    from anticorr_desktop.ui.register.wizard import RegisterWizard

    assert isinstance(window._dialogs.current, RegisterWizard)
    window._dialogs.current.reject()


def test_the_wizard_lets_the_secretary_choose_a_new_names_kind(qtbot, ctx_with_people, monkeypatch):
    from anticorr_desktop.ui.register.wizard import (
        CHOOSE,
        NEW_ORGANISATION,
        NEW_PERSON,
        RegisterWizard,
    )

    monkeypatch.setattr(Task, "synchronous", True)
    ctx = ctx_with_people
    st = ctx.services.store
    with st.transaction():
        sport = st.save_organisation(m.Organisation("Управление спорта"))
    wiz = RegisterWizard(ctx, None, FIX / "orgs_register.xlsx")
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    wiz.next()
    page = wiz.preview_page
    combos = page.combos
    # "Управление спорта" is in the directory, with its person too: nothing to settle;
    # "акимы районов" is not a group here: added as an organisation
    assert set(combos) == {
        "білім басқармасы",
        "акимы районов",
        "отдел образования",
        "ахметова б.к.",
        "цон",
    }
    kinds = {k: c.currentData() for k, c in combos.items()}
    assert kinds == {
        "білім басқармасы": NEW_ORGANISATION,
        "акимы районов": NEW_ORGANISATION,
        "отдел образования": NEW_ORGANISATION,
        "ахметова б.к.": NEW_PERSON,
        "цон": NEW_PERSON,
    }
    combos["цон"].setCurrentIndex(combos["цон"].findData(NEW_ORGANISATION))  # it is a body
    combos["акимы районов"].setCurrentIndex(combos["акимы районов"].findData(CHOOSE))
    assert not page.isComplete()  # a name left unsettled
    combos["акимы районов"].setCurrentIndex(combos["акимы районов"].findData(NEW_ORGANISATION))
    assert page.isComplete()
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert wiz.result is not None and wiz.result.created == 7
    orgs = {o.short_ru: o.id for o in st.organisations()}
    assert set(orgs) == {
        "Управление спорта",
        "Білім басқармасы",
        "акимы районов",
        "Отдел образования",
        "ЦОН",
    }
    assert not [p for p in st.people() if p.surname in orgs]
    insts = {i.number: i for i in st.instructions_by_ids(st.instruction_ids(order="id"))}
    assert insts["6"].executors == [m.Executor.org(orgs["ЦОН"])]
    assert insts["4"].executors == [m.Executor.org(sport, ctx.ids["ospanov"])]
