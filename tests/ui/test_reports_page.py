"""The Reports page: every document and export reaches its file, a cancelled one
leaves none, and an import of the same file twice changes nothing."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from anticorr_desktop.ui.kit.tasks import Task
from anticorr_desktop.ui.reports import reports_page as rp
from anticorr_desktop.ui.reports.reports_page import ALL_EXECUTORS, ReportsPage

from .conftest import TODAY

OVERDUE_IDS_AS_OF_TODAY = 4


class Files:
    """QFileDialog answers and QDesktopServices.openUrl calls, recorded."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.next_name: str | None = None
        self.asked: list[str] = []  # the suggested names
        self.opened: list[str] = []

    def save(self, parent, caption, suggested, filter_=""):
        self.asked.append(Path(suggested).name)
        return (str(self.tmp / self.next_name), "") if self.next_name else ("", "")

    def open(self, parent, caption, folder, filter_=""):
        return (str(self.tmp / self.next_name), "") if self.next_name else ("", "")

    def folder(self, parent, caption, folder):
        return str(self.tmp / self.next_name) if self.next_name else ""


@pytest.fixture
def files(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    f = Files(out)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(f.save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(f.open))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(f.folder))
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: f.opened.append(url.toLocalFile()))
    )
    return f


@pytest.fixture
def sync_tasks(monkeypatch):
    monkeypatch.setattr(Task, "synchronous", True)


@pytest.fixture
def tracker_ids(store):
    """Stands for the tracker filtered to "overdue"."""
    return lambda: store.instruction_ids(overdue_as_of=TODAY)


@pytest.fixture
def page(ctx, qtbot, files, sync_tasks, message_boxes, tracker_ids):
    p = ReportsPage(ctx, tracker_ids)
    qtbot.addWidget(p)
    p.resize(1100, 760)
    p.show()
    qtbot.waitExposed(p)
    return p


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _pdf(path: Path) -> bytes:
    data = path.read_bytes()
    assert data.startswith(b"%PDF"), path
    return data


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def _december(page: ReportsPage, store) -> int:
    sid = next(s.id for s in store.sessions() if s.label == "2024/4")
    page.session.setCurrentIndex(page.session.findData(sid))
    return sid


# -- documents ---------------------------------------------------------------------------


def test_minutes_in_russian_and_kazakh(page, qtbot, files, store):
    _december(page, store)
    for lang, word in (("ru", "ПРОТОКОЛ"), ("kk", "ХАТТАМА")):
        page.lang.setCurrentIndex(page.lang.findData(lang))
        files.next_name = f"minutes-{lang}"  # the suffix is added
        _click(qtbot, page.minutes_button)
        path = files.tmp / f"minutes-{lang}.pdf"
        _pdf(path)
        assert word in _pdf_text(path)
        assert files.opened[-1] == str(path)
        assert str(path) in page.result.text()
    assert files.asked[0] == "minutes-2024-4-ru.pdf"
    assert not page.busy and not page.progress.isVisible()


def test_extract_for_one_executor_and_for_all(page, qtbot, files, store, ctx):
    from anticorr_desktop.reports.build import session_executors

    sid = _december(page, store)
    execs = session_executors(ctx.services, sid)
    assert page.executor.count() == len(execs) + 1
    page.executor.setCurrentIndex(page.executor.findData(execs[0].ref))
    files.next_name = "one.pdf"
    _click(qtbot, page.extract_button)
    _pdf(files.tmp / "one.pdf")

    page.executor.setCurrentIndex(page.executor.findData(ALL_EXECUTORS))
    (files.tmp / "all").mkdir()
    files.next_name = "all"
    _click(qtbot, page.extract_button)
    written = sorted((files.tmp / "all").iterdir())
    assert len(written) == len(execs)
    for p in written:
        _pdf(p)
    assert files.opened[-1] == str(files.tmp / "all")


def test_overdue_and_discipline_reports(page, qtbot, files):
    assert page.as_of.date() == QDate(TODAY.year, TODAY.month, TODAY.day)
    files.next_name = "overdue.pdf"
    _click(qtbot, page.overdue_button)
    text = _pdf_text(files.tmp / "overdue.pdf")
    assert "12.05.2025" in text or "12 мая 2025" in text

    assert page.date_from.date() == QDate(2025, 1, 1)
    assert page.date_to.date() == QDate(2025, 12, 31)
    page.date_from.setDate(QDate(2024, 1, 1))
    files.next_name = "discipline.pdf"
    _click(qtbot, page.discipline_button)
    _pdf(files.tmp / "discipline.pdf")
    assert files.opened == [str(files.tmp / "overdue.pdf"), str(files.tmp / "discipline.pdf")]


def _text_xs(path) -> list[float]:
    """Where each piece of text on the first page starts, in points from the left edge."""
    from pypdf import PdfReader

    xs = []

    def visit(text, cm, tm, *_):
        if text.strip():
            xs.append(cm[4] + tm[4] * cm[0])

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return xs


def test_documents_follow_the_page_layout_from_settings(page, qtbot, files, ctx):
    ctx.services.set_document_settings(margin_left_mm=45.0)
    for name, button in (("o.pdf", page.overdue_button), ("m.pdf", page.minutes_button)):
        files.next_name = name
        _click(qtbot, button)
        xs = _text_xs(files.tmp / name)
        assert 44.5 < min(xs) * 25.4 / 72 < 47, name  # not the usual 30 mm


def test_a_user_error_is_shown_and_nothing_is_asked(page, qtbot, files, message_boxes):
    page.date_from.setDate(QDate(2025, 6, 1))
    page.date_to.setDate(QDate(2025, 5, 1))
    _click(qtbot, page.discipline_button)
    assert files.asked == []
    assert "before it starts" in message_boxes.texts("warning")[-1]


# -- exports --------------------------------------------------------------------------------


def test_csv_of_all_instructions_and_of_the_trackers_list(page, qtbot, files, store, ctx):
    assert page.scope_all.isChecked()
    files.next_name = "all.csv"
    _click(qtbot, page.csv_button)
    with open(files.tmp / "all.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert len(rows) - 1 == len(store.instruction_ids())
    assert str(files.tmp / "all.csv") in page.result.text()

    page.scope_tracker.setChecked(True)
    assert f"({OVERDUE_IDS_AS_OF_TODAY})" in page.scope_tracker.text()
    page.delimiter.setCurrentIndex(page.delimiter.findData(","))
    files.next_name = "tracker.csv"
    _click(qtbot, page.csv_button)
    with open(files.tmp / "tracker.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=","))
    assert len(rows) - 1 == OVERDUE_IDS_AS_OF_TODAY
    assert ctx.settings.value(rp.SETTING_DELIMITER) == ","
    assert ctx.settings.value(rp.SETTING_FOLDER) == str(files.tmp)


def test_xlsx_one_sheet_and_a_sheet_per_executor(page, qtbot, files, store):
    import openpyxl

    files.next_name = "one.xlsx"
    _click(qtbot, page.xlsx_button)
    wb = openpyxl.load_workbook(files.tmp / "one.xlsx", read_only=True)
    assert len(wb.sheetnames) == 1
    assert sum(1 for _ in wb[wb.sheetnames[0]].iter_rows()) == len(store.instruction_ids()) + 1
    wb.close()

    page.per_executor.setChecked(True)
    files.next_name = "per.xlsx"
    _click(qtbot, page.xlsx_button)
    wb = openpyxl.load_workbook(files.tmp / "per.xlsx", read_only=True)
    assert len(wb.sheetnames) > 2
    wb.close()


def test_ics_and_json(page, qtbot, files, store):
    import icalendar

    files.next_name = "due.ics"
    _click(qtbot, page.ics_button)
    cal = icalendar.Calendar.from_ical((files.tmp / "due.ics").read_bytes())
    assert cal.walk("VEVENT")

    files.next_name = "all.json"
    _click(qtbot, page.json_button)
    data = json.loads((files.tmp / "all.json").read_text("utf-8"))
    assert data["format"] == "anticorr-desktop"
    n = sum(len(s["instructions"]) for s in data["sessions"]) + len(data.get("instructions", []))
    assert n == len(store.instruction_ids())

    page.scope_tracker.setChecked(True)
    files.next_name = "tracker.json"
    _click(qtbot, page.json_button)
    data = json.loads((files.tmp / "tracker.json").read_text("utf-8"))
    uids = {i["uid"] for s in data["sessions"] for i in s["instructions"]}
    overdue = store.instructions_by_ids(store.instruction_ids(overdue_as_of=TODAY))
    assert uids == {i.uid for i in overdue}


def test_an_empty_tracker_list_is_not_exported(ctx, qtbot, files, sync_tasks, message_boxes):
    p = ReportsPage(ctx, list)
    qtbot.addWidget(p)
    p.scope_tracker.setChecked(True)
    p.csv_button.click()
    assert files.asked == []
    assert "nothing to export" in message_boxes.texts("warning")[-1]


def test_before_the_tracker_is_opened_only_all_can_be_exported(ctx, qtbot, sync_tasks):
    listed: list[int] | None = None
    p = ReportsPage(ctx, lambda: listed)
    qtbot.addWidget(p)
    p.show()
    assert not p.scope_tracker.isEnabled() and p.scope_all.isChecked()
    assert (
        "open it first" in p.scope_tracker.text()
        and "open the tracker first" in p.scope_tracker.toolTip()
    )
    listed = [1, 2]
    p.hide()
    p.show()  # the counts are read again when the page is shown
    assert p.scope_tracker.isEnabled()
    assert "(2)" in p.scope_tracker.text()
    p.scope_tracker.setChecked(True)
    assert p.scope_ids() == [1, 2]


@pytest.mark.parametrize(
    ("button", "name"),
    [
        ("csv_button", "c.csv"),
        ("xlsx_button", "x.xlsx"),
        ("ics_button", "i.ics"),
        ("json_button", "j.json"),
        ("overdue_button", "o.pdf"),
        ("minutes_button", "m.pdf"),
    ],
)
def test_a_cancelled_export_leaves_no_file(page, qtbot, files, monkeypatch, button, name):
    real = rp.run_task

    def always_cancelled(parent, fn, on_success=None, on_failure=None):
        return real(parent, lambda progress, _c: fn(progress, lambda: True), on_success, on_failure)

    monkeypatch.setattr(rp, "run_task", always_cancelled)
    files.next_name = name
    _click(qtbot, getattr(page, button))
    assert list(files.tmp.iterdir()) == []
    assert files.opened == []
    assert "Cancelled" in page.result.text()
    assert not page.busy


def test_all_extracts_cancelled_leave_no_file(page, qtbot, files, store, monkeypatch):
    real = rp.run_task
    calls = {"n": 0}

    def cancelled_after_first(parent, fn, on_success=None, on_failure=None):
        def cancelled():
            calls["n"] += 1
            return calls["n"] > 2  # one extract is written, then cancel

        return real(parent, lambda p, _c: fn(p, cancelled), on_success, on_failure)

    monkeypatch.setattr(rp, "run_task", cancelled_after_first)
    _december(page, store)
    page.executor.setCurrentIndex(0)
    (files.tmp / "all").mkdir()
    files.next_name = "all"
    _click(qtbot, page.extract_button)
    assert list((files.tmp / "all").iterdir()) == []
    assert "Cancelled" in page.result.text()


def test_cancel_button_stops_a_running_export(page, qtbot, files, monkeypatch):
    """In the background: the window stays usable, Cancel reaches the writer."""
    monkeypatch.setattr(Task, "synchronous", False)
    real = rp.run_task
    started = threading.Event()

    def held_until_cancelled(parent, fn, on_success=None, on_failure=None):
        def work(progress, cancelled):
            started.set()
            wait = threading.Event()
            for _ in range(500):  # the worker waits (at most 5 s) for the Cancel click
                if cancelled():
                    break
                wait.wait(0.01)
            return fn(progress, cancelled)

        return real(parent, work, on_success, on_failure)

    monkeypatch.setattr(rp, "run_task", held_until_cancelled)
    files.next_name = "big.csv"
    _click(qtbot, page.csv_button)
    assert page.busy and page.cancel_button.isVisible() and page.progress.isVisible()
    assert not page.xlsx_button.isEnabled()  # one task at a time
    assert started.wait(5)
    _click(qtbot, page.cancel_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert not (files.tmp / "big.csv").exists()
    assert "Cancelled" in page.result.text()
    assert page.xlsx_button.isEnabled()


def test_progress_reaches_the_bar(page, qtbot, files, monkeypatch):
    monkeypatch.setattr(Task, "synchronous", False)
    files.next_name = "p.csv"
    _click(qtbot, page.csv_button)
    task = page.task
    assert task is not None
    seen = []
    task.progress.connect(lambda d, t: seen.append((d, t, page.progress.maximum())))
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert (files.tmp / "p.csv").exists()
    assert seen and seen[-1][0] == seen[-1][1] == seen[-1][2]


# -- import ---------------------------------------------------------------------------------


def test_import_then_reimport_changes_nothing(
    ctx, empty_ctx, qtbot, files, sync_tasks, message_boxes
):
    demo = ReportsPage(ctx)
    qtbot.addWidget(demo)
    files.next_name = "demo.json"
    demo.json_button.click()
    assert (files.tmp / "demo.json").exists()

    from anticorr_desktop.domain import model as m

    # the window's connection has written (and cached the journal's head) before the import
    empty_ctx.services.save_organisation(m.Organisation("До импорта"))
    page = ReportsPage(empty_ctx)
    qtbot.addWidget(page)
    changed = []
    empty_ctx.data_changed.connect(changed.append)
    page.import_json()
    first = page.last_outcome.summary
    assert first.created > 0 and first.updated == 0
    assert "new" in page.result.text()
    assert changed == [page]
    assert len(empty_ctx.store.sessions()) == len(ctx.store.sessions())
    assert len(empty_ctx.store.instruction_ids()) == len(ctx.store.instruction_ids())
    backups = list((empty_ctx.store.path.parent / "backups").glob("*-before-import.sqlite3.zst"))
    assert backups == []  # an empty database has nothing to back up (as from the command line)
    assert page.session.count() == 0
    page.show()  # hidden, the page read the imported sessions when shown
    qtbot.waitExposed(page)
    assert page.session.count() == 3

    journal = empty_ctx.store.journal_length()
    page.import_json()
    again = page.last_outcome.summary
    assert (again.created, again.updated) == (0, 0)
    assert again.unchanged > 0
    assert empty_ctx.store.journal_length() == journal
    backups = list((empty_ctx.store.path.parent / "backups").glob("*-before-import.sqlite3.zst"))
    assert len(backups) == 1  # the second import found data to back up first
    assert files.opened == [str(files.tmp / "demo.json")]  # an import opens nothing

    # the window's own connection writes on after the worker's import: the chain holds
    empty_ctx.services.save_organisation(m.Organisation("После импорта"))
    assert empty_ctx.store.verify() == []


def test_a_bad_file_is_refused_with_its_place(page, qtbot, files, message_boxes, store):
    bad = files.tmp / "bad.json"
    bad.write_text('{"format": "anticorr-desktop", "version": 1, "sessions": [{}]}', "utf-8")
    before = store.journal_length()
    files.next_name = "bad.json"
    page.import_button.click()
    assert "sessions[0]" in message_boxes.texts("warning")[-1]
    assert store.journal_length() == before
    assert not page.busy


def test_document_language_follows_the_setting(page, ctx):
    assert page.doc_lang() == "ru"
    page.lang.setCurrentIndex(page.lang.findData("kk"))
    ctx.notify_changed(None)  # another change: the choice made here stays
    assert page.doc_lang() == "kk"
    ctx.store.set_setting("document_lang", "kk")
    page.lang.setCurrentIndex(page.lang.findData("ru"))
    ctx.notify_changed(None)  # the setting changed: the page follows it
    assert page.doc_lang() == "kk"


def test_documents_and_an_import_in_the_background(page, qtbot, files, store, monkeypatch):
    """With real worker threads: each job opens its own connection and closes it."""
    monkeypatch.setattr(Task, "synchronous", False)
    _december(page, store)
    for button, name in (
        (page.minutes_button, "m.pdf"),
        (page.xlsx_button, "x.xlsx"),
        (page.json_button, "j.json"),
    ):
        files.next_name = name
        _click(qtbot, button)
        qtbot.waitUntil(lambda: not page.busy, timeout=10000)
        assert (files.tmp / name).stat().st_size > 0, page.result.text()
    _pdf(files.tmp / "m.pdf")
    files.next_name = "j.json"
    _click(qtbot, page.import_button)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.last_outcome.summary.created == 0
    assert store.verify() == []


def test_all_extracts_with_two_executors_of_the_same_name(page, qtbot, files, store, ctx):
    """Was FileNotFoundError into the crash dialog (issue #11)."""
    from tests.twins import make_twins

    sid = _december(page, store)
    make_twins(ctx.services, sid)
    page.reload()
    page.session.setCurrentIndex(page.session.findData(sid))
    page.executor.setCurrentIndex(page.executor.findData(ALL_EXECUTORS))
    (files.tmp / "twins").mkdir()
    files.next_name = "twins"
    _click(qtbot, page.extract_button)
    written = sorted((files.tmp / "twins").iterdir())
    assert len(written) == len(ctx.services.session_executors(sid)) == page.last_outcome.count
    for p in written:
        _pdf(p)


def test_the_session_follows_the_sessions_as_they_change(page, ctx, store, qtbot):
    """Issue #14: the page kept a stale session chosen after sessions changed."""
    from datetime import date
    from types import SimpleNamespace

    newest = page.session.currentData()
    assert page.session.currentIndex() == 0
    com = store.commissions()[0]
    new = ctx.services.create_session(com.id, date(2025, 5, 14))
    ctx.notify_changed(None)
    assert page.session.currentData() == new.id  # the newest, chosen by default, gives way
    assert page.session.findData(newest) > 0
    # a session the user chose stays chosen when another one is added
    older = _december(page, store)
    ctx.services.create_session(com.id, date(2025, 5, 21))
    ctx.notify_changed(None)
    assert page.session.currentData() == older
    # a session saved in its editor is the one chosen
    saved = SimpleNamespace(draft=SimpleNamespace(session=SimpleNamespace(id=new.id)))
    ctx.notify_changed(saved)
    assert page.session.currentData() == new.id


def test_the_sessions_names_follow_the_language(page, ctx, qtbot):
    ctx.set_language("kk")
    qtbot.waitUntil(lambda: "ж. №" in page.session.currentText())
    ctx.set_language("en")
    qtbot.waitUntil(lambda: page.session.currentText().startswith("No. "))
