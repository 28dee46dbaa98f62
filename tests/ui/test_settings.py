"""The settings dialog: the commission, the calendar table and rule, reminders,
documents and the data tab; each change reaches the database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from anticorr_desktop.domain.workdays import DayOffRule
from anticorr_desktop.ui.backups.backup_dialog import BackupDialog
from anticorr_desktop.ui.kit.tasks import Task
from anticorr_desktop.ui.settings.settings_calendar import CalendarModel
from anticorr_desktop.ui.settings.settings_dialog import (
    SettingsDialog,
    document_lang,
    reminder_days,
)


@pytest.fixture
def dialog(ctx, qtbot, message_boxes, monkeypatch):
    monkeypatch.setattr(Task, "synchronous", True)
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


@pytest.fixture
def changes(ctx):
    seen: list[object] = []
    ctx.data_changed.connect(seen.append)
    return seen


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_tab_is_there(dialog):
    assert [dialog.tabs.tabText(n) for n in range(dialog.tabs.count())] == [
        "Commissions",
        "Calendar",
        "Reminders",
        "Documents",
        "Data",
    ]
    for key in SettingsDialog.TABS:
        assert dialog.show_tab(key) is dialog.tabs.currentWidget()


# -- commissions ------------------------------------------------------------------------------


def test_editing_the_commission_persists(dialog, qtbot, ctx, changes):
    tab = dialog.show_tab("commissions")
    c = ctx.store.commissions()[0]
    assert tab.name_ru.toPlainText() == c.name_ru
    assert tab.chair.currentData() == c.chair_id
    tab.name_kk.setPlainText("Комиссия (қаз.)")
    tab.city_ru.setText("г. Алматы ")
    tab.city_kk.setText("Алматы қаласы")
    tab.numerator.setValue(1)
    tab.denominator.setValue(2)
    tab.strict.setChecked(True)
    assert "more than 1/2" in tab.quorum_text.text()
    people = ctx.store.people()
    tab.controller.setCurrentIndex(tab.controller.findData(people[1].id))
    _click(qtbot, tab.save_button)

    saved = ctx.store.commission(c.id)
    assert saved.name_kk == "Комиссия (қаз.)"
    assert (saved.city_ru, saved.city_kk) == ("г. Алматы", "Алматы қаласы")
    assert (saved.quorum.numerator, saved.quorum.denominator, saved.quorum.strict) == (1, 2, True)
    assert saved.controller_id == people[1].id
    assert saved.chair_id == c.chair_id and saved.secretary_id == c.secretary_id
    assert saved.uid == c.uid
    assert tab.status.text() == "Saved."
    assert changes == [tab]


def test_the_frame_of_the_minutes_is_edited_with_the_commission(dialog, qtbot, ctx, tmp_path):
    """Issue #13: a supervisory board's frame, set on the commission's card, is stored
    with it and used by its minutes."""
    from anticorr_desktop.domain import frame as fr
    from anticorr_desktop.reports.build import minutes_data

    tab = dialog.show_tab("commissions")
    box = tab.frame
    c = ctx.store.commissions()[0]
    assert box.frame() == c.frame == fr.Frame()  # the defaults: an akimat commission
    assert not box.title_ru.isVisibleTo(box) and not box.signatories.isVisibleTo(box)
    box.body.setCurrentIndex(box.body.findData(fr.BODY_SUPERVISORY_BOARD))
    box.title.setCurrentIndex(box.title.findData(fr.TITLE_PLAIN))
    box.number.setCurrentIndex(box.number.findData(fr.NUMBER_BN))
    box.lead.setCurrentIndex(box.lead.findData(fr.LEAD_DECIDED))
    box.numbering.setCurrentIndex(box.numbering.findData(fr.NUMBERING_PAREN))
    box.vote_kk.setCurrentText("ИӘ / ҚАРСЫ / ҚАЛЫС")
    box.signers.setCurrentIndex(box.signers.findData(fr.SIGN_LIST))
    assert box.signatories.isVisibleTo(box)
    _click(qtbot, box.add_signatory)
    person = ctx.store.person(c.chair_id)
    combo = box.signatories.cellWidget(0, 0)
    combo.setCurrentIndex(combo.findData(person.id))
    box.signatories.cellWidget(0, 1).setText("Председатель Наблюдательного совета")
    box.signatories.cellWidget(0, 2).setText("Байқау кеңесінің төрағасы")
    _click(qtbot, tab.save_button)

    saved = ctx.store.commission(c.id).frame
    assert (saved.body, saved.title, saved.number, saved.lead, saved.numbering) == (
        fr.BODY_SUPERVISORY_BOARD,
        fr.TITLE_PLAIN,
        fr.NUMBER_BN,
        fr.LEAD_DECIDED,
        "1)",
    )
    assert (saved.vote_ru, saved.vote_kk) == ("", "ИӘ / ҚАРСЫ / ҚАЛЫС")
    assert saved.signatories == [
        fr.Signatory(person.uid, "Председатель Наблюдательного совета", "Байқау кеңесінің төрағасы")
    ]
    sid = ctx.store.sessions(c.id)[0].id
    kk = minutes_data(ctx.services, sid, "kk")
    assert [t.text for t in kk.header.title] == ["ХАТТАМА"] and kk.header.number_text == "нөмірсіз"
    assert kk.members_label == "Байқау кеңесінің мүшелері:"
    assert [s.role for s in kk.signatures] == ["Байқау кеңесінің төрағасы"]
    assert all(sec.lead == "ШЕШІМ ЕТТІ:" for sec in kk.agenda if sec.decisions)
    voted = [sec.vote_line.text for sec in kk.agenda if sec.vote_line]
    assert voted and all("«ИӘ» — " in v for v in voted)
    # shown again as saved
    dialog.show_tab("commissions")
    tab.reload(select=c.id)
    assert box.frame() == saved


def test_a_commission_error_keeps_the_form(dialog, qtbot, ctx, message_boxes):
    tab = dialog.show_tab("commissions")
    before = ctx.store.commissions()[0]
    tab.name_ru.setPlainText("   ")
    tab.city_ru.setText("typed")
    _click(qtbot, tab.save_button)
    assert "empty" in message_boxes.texts("warning")[-1]
    assert tab.city_ru.text() == "typed"
    assert ctx.store.commission(before.id).city_ru == before.city_ru


def test_a_new_commission(dialog, qtbot, ctx):
    tab = dialog.show_tab("commissions")
    _click(qtbot, tab.new_button)
    assert tab.name_ru.toPlainText() == "" and tab.chair.currentData() is None
    tab.name_ru.setPlainText("Комиссия по этике")
    # typing a name in the searchable combo chooses that person
    person = ctx.store.people()[0]
    tab.chair.setEditText(person.full_name("ru"))
    _click(qtbot, tab.save_button)
    coms = ctx.store.commissions()
    assert len(coms) == 2
    new = next(c for c in coms if c.name_ru == "Комиссия по этике")
    assert new.chair_id == person.id
    assert tab.commission.currentData() == new.id


# -- calendar ---------------------------------------------------------------------------------


def test_adding_and_removing_a_day_off(dialog, qtbot, ctx, changes, qtmodeltester):
    tab = dialog.show_tab("calendar")
    day = date(2026, 1, 5)  # a Monday
    assert ctx.services.calendar.is_working_day(day)
    tab.date.setDate(QDate(2026, 1, 5))
    assert "a working day" in tab.check.text()
    tab.kind.setCurrentIndex(tab.kind.findData(False))
    tab.note.setText("Постановление о переносе (пример)")
    _click(qtbot, tab.add_button)
    assert not ctx.services.calendar.is_working_day(day)
    assert ctx.store.calendar_overrides() == [(day, False, "Постановление о переносе (пример)")]
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, CalendarModel.COL_DATE)) == "05.01.2026"
    assert tab.model.data(tab.model.index(0, CalendarModel.COL_WEEKDAY)) == "Monday"
    assert tab.model.data(tab.model.index(0, CalendarModel.COL_KIND)) == "Day off"
    assert "a day off (Постановление" in tab.check.text()
    assert changes == [tab]

    # a working Saturday
    tab.date.setDate(QDate(2026, 1, 10))
    tab.kind.setCurrentIndex(tab.kind.findData(True))
    _click(qtbot, tab.add_button)
    assert ctx.services.calendar.is_working_day(date(2026, 1, 10))
    qtmodeltester.check(tab.model)

    tab.table.selectRow(0)
    _click(qtbot, tab.remove_button)
    assert ctx.services.calendar.is_working_day(day)
    assert [d for d, _w, _n in ctx.store.calendar_overrides()] == [date(2026, 1, 10)]
    assert not tab.remove_button.isEnabled()


def test_the_day_off_rule(dialog, qtbot, ctx, changes):
    tab = dialog.show_tab("calendar")
    assert tab.preceding.isChecked()
    assert ctx.services.calendar.rule == DayOffRule.PRECEDING
    saturday = date(2025, 5, 17)
    assert ctx.services.calendar.shift(saturday) == date(2025, 5, 16)
    tab.next.click()
    assert ctx.services.calendar.rule == DayOffRule.NEXT
    assert ctx.store.get_setting("day_off_rule") == "next"
    assert ctx.services.calendar.shift(saturday) == date(2025, 5, 19)
    tab.preceding.click()
    assert ctx.services.calendar.rule == DayOffRule.PRECEDING
    assert changes == [tab, tab]


def test_calendar_model(ctx, qtmodeltester):
    for d, w in ((date(2026, 3, 23), False), (date(2026, 3, 28), True)):
        ctx.services.set_calendar_day(d, w, "")
    model = CalendarModel()
    model.load(ctx)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    model.sort(CalendarModel.COL_KIND, Qt.SortOrder.DescendingOrder)
    assert model.day(0) == date(2026, 3, 28)


# -- reminders, documents, data --------------------------------------------------------------


def test_reminder_horizon_and_document_language(dialog, ctx):
    assert reminder_days(ctx) == 5
    tab = dialog.show_tab("reminders")
    assert tab.days.value() == 5
    tab.days.setValue(8)
    assert ctx.store.get_setting("reminder_days") == 8
    assert reminder_days(ctx) == 8

    tab = dialog.show_tab("documents")
    assert tab.buttons["ru"].isChecked()
    tab.buttons["kk"].click()
    assert ctx.store.get_setting("document_lang") == "kk"
    assert document_lang(ctx) == "kk"


def test_documents_tab_sets_the_page_layout(dialog, ctx, message_boxes):
    from anticorr_desktop.reports.data import DocumentSettings

    tab = dialog.show_tab("documents")
    assert tab.layout_boxes["font_size"].value() == 14.0
    assert tab.layout_boxes["margin_left_mm"].value() == 30.0
    tab.layout_boxes["margin_left_mm"].setValue(25)
    tab.layout_boxes["table_font_size"].setValue(11)
    tab.layout_boxes["annex_threshold"].setValue(30)
    got = ctx.services.document_settings()
    assert (got.margin_left_mm, got.table_font_size, got.annex_threshold) == (25.0, 11.0, 30)
    tab.layout_boxes["margin_left_mm"].setValue(99)  # the box keeps to the allowed range
    assert ctx.services.document_settings().margin_left_mm == 50.0
    tab.defaults_button.click()
    assert ctx.services.document_settings() == DocumentSettings()
    assert tab.layout_boxes["margin_left_mm"].value() == 30.0 and message_boxes.shown == []


def test_data_tab_backs_up_and_opens_the_backups(dialog, qtbot, ctx):
    tab = dialog.show_tab("data")
    assert tab.path.text() == str(ctx.store.path)
    assert tab.last.text() == "none yet"
    _click(qtbot, tab.backup_button)
    assert "Backup written" in tab.status.text()
    assert list((ctx.store.path.parent / "backups").glob("*-manual.sqlite3.zst"))
    assert tab.last.text() != "none yet"
    _click(qtbot, tab.backups_button)
    dlg = tab.backup_dialog
    assert isinstance(dlg, BackupDialog) and dlg.isVisible()
    assert dlg.model.rowCount() == 1
    dlg.reject()
    assert tab.backup_dialog is None


def test_a_language_switch_reaches_every_new_window(dialog, ctx, qtbot):
    """Each widget answers LanguageChange (sent to these windows only: widgets other tests
    left behind belong to closed databases)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    from anticorr_desktop.ui.reports.reports_page import ReportsPage

    page = ReportsPage(ctx, list)
    qtbot.addWidget(page)
    backups = dialog.data.open_backups()
    dialog.tabs.setTabText(0, "")
    page.csv_button.setText("")
    backups.backup_button.setText("")
    for top in (dialog, page, backups):
        for w in [top, *top.findChildren(QWidget)]:
            QCoreApplication.sendEvent(w, QEvent(QEvent.Type.LanguageChange))
    assert dialog.tabs.tabText(0) == "Commissions"
    assert page.csv_button.text() == "CSV…"
    assert backups.backup_button.text() == "Back up now"
    assert dialog.calendar.model.rowCount() == 0


def test_a_restore_under_the_dialog_is_shown_in_its_tabs(dialog, qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    tab = dialog.show_tab("data")
    _click(qtbot, tab.backup_button)
    ctx.services.set_calendar_day(date(2026, 1, 5), False, "")
    ctx.store.set_setting("reminder_days", 9)
    dialog.calendar.reload()
    dialog.reminders.reload()
    assert dialog.calendar.model.rowCount() == 1 and dialog.reminders.days.value() == 9
    backups = tab.open_backups()
    backups.table.selectRow(0)
    assert backups.restore(backups.selected_backup())
    assert dialog.calendar.model.rowCount() == 0
    assert dialog.reminders.days.value() == 5
    assert ctx.services.calendar.is_working_day(date(2026, 1, 5))


def test_how_many_daily_backups_are_kept_is_a_setting(ctx, qtbot, monkeypatch):
    from anticorr_desktop.ui import startup
    from anticorr_desktop.ui.kit.tasks import Task
    from anticorr_desktop.ui.settings.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.data.keep.setValue(3)
    assert ctx.store.get_setting("backup_keep") == 3
    monkeypatch.setattr(Task, "synchronous", True)
    seen = {}
    monkeypatch.setattr(
        "anticorr_desktop.storage.backup.daily_backup",
        lambda store, keep: seen.setdefault("keep", keep),
    )
    startup.StartupChecks(ctx, dlg).start()
    assert seen["keep"] == 3


def test_the_name_shown_in_the_history_is_a_setting(dialog, qtbot, ctx):
    from anticorr_desktop.storage.db import os_user
    from anticorr_desktop.ui.tracker.instruction_detail import InstructionDetail

    login = os_user()
    tab = dialog.show_tab("data")
    tab.author.setFocus()
    tab.author.setText("Ахметова А. Б.")  # keyClicks types ASCII only
    qtbot.keyClick(tab.author, Qt.Key.Key_Return)
    assert ctx.journal_name() == "Ахметова А. Б."
    assert f"Ахметова А. Б. ({login})" in tab.author_hint.text()
    inst = ctx.store.instruction(ctx.store.instruction_ids(overdue_as_of=date(2025, 5, 12))[0])
    ctx.services.register_report(inst.id, received=date(2025, 5, 12), text="Выполнено частично")
    last = ctx.services.history(inst.id)[-1]
    assert (last.what, last.user) == ("Report received", f"Ахметова А. Б. ({login})")
    # the detail pane lists the report once, signed with the name and the login
    pane = InstructionDetail(ctx)
    qtbot.addWidget(pane)
    pane.show_instructions([ctx.store.instruction(inst.id)])
    pane.show()
    text = pane.browser.toPlainText()
    assert text.count("Выполнено частично") == 1
    assert f"Ахметова А. Б. ({login})" in text
    # the setting outlives the window: a new context of the same settings signs the same
    from tests.ui.conftest import make_ctx

    again = make_ctx(ctx.store, ctx.settings)
    assert again.store.user == f"Ахметова А. Б. ({login})"
