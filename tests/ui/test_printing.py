"""Print: every document of the window can be printed without saving it first. Qt has no
PDF renderer here (no QtPdf in PySide6-Essentials), so the print dialog says so and
offers the PDF viewer or the default printer (CUPS lp, Windows' print command)."""

from __future__ import annotations

import os
import stat
import sys

import pytest
from PySide6.QtCore import Qt

from anticorr_desktop.ui.kit import printing
from anticorr_desktop.ui.kit.printing import PrintDialog
from anticorr_desktop.ui.reports.reports_page import ReportsPage

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a fake lp on PATH")


def test_qtpdf_is_not_there_so_the_viewer_is_offered():
    with pytest.raises(ImportError):
        import PySide6.QtPdf  # noqa: F401


@pytest.fixture
def fake_lp(tmp_path, monkeypatch):
    """An ``lp`` that records what it was asked to print."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "printed.txt"
    lp = bin_dir / "lp"
    lp.write_text(f'#!/bin/sh\nfor f in "$@"; do echo "$f" >> "{log}"; done\n')
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    return log


@pytest.fixture
def no_printer(monkeypatch):
    monkeypatch.setattr(printing.shutil, "which", lambda name: None)


def _dialog(qtbot, owner) -> PrintDialog:
    qtbot.waitUntil(lambda: owner.print_dialog is not None and owner.print_dialog.isVisible())
    return owner.print_dialog


def test_the_overdue_report_is_printed_on_the_default_printer(
    ctx, qtbot, fake_lp, monkeypatch, message_boxes
):
    from anticorr_desktop.ui.kit.tasks import Task

    monkeypatch.setattr(Task, "synchronous", True)
    page = ReportsPage(ctx, None)
    qtbot.addWidget(page)
    page.show()
    page.print_actions["overdue"].trigger()  # no file name is asked
    dlg = _dialog(qtbot, page)
    [pdf] = dlg.paths
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.name.endswith(".pdf")
    assert dlg.print_button.isEnabled()
    qtbot.mouseClick(dlg.print_button, Qt.MouseButton.LeftButton)
    assert fake_lp.read_text().splitlines() == [str(pdf)]
    assert dlg.printed and not dlg.isVisible()


def test_all_extracts_go_to_the_printer_together(ctx, qtbot, fake_lp, monkeypatch):
    from anticorr_desktop.ui.kit.tasks import Task

    monkeypatch.setattr(Task, "synchronous", True)
    page = ReportsPage(ctx, None)
    qtbot.addWidget(page)
    page.show()
    sid = next(s.id for s in ctx.store.sessions() if s.label == "2024/4")
    page.session.setCurrentIndex(page.session.findData(sid))
    page.print_document(page.make_extract)  # all executors: no folder is asked
    dlg = _dialog(qtbot, page)
    executors = ctx.services.session_executors(sid)  # people and organisations alike
    assert len(dlg.paths) == len(executors) == 8 and all(
        p.read_bytes().startswith(b"%PDF") for p in dlg.paths
    )
    qtbot.mouseClick(dlg.print_button, Qt.MouseButton.LeftButton)
    assert sorted(fake_lp.read_text().splitlines()) == sorted(str(p) for p in dlg.paths)


def test_without_a_printing_system_the_viewer_is_offered(
    ctx, qtbot, no_printer, monkeypatch, tmp_path
):
    from PySide6.QtGui import QDesktopServices

    from anticorr_desktop.ui.editor.session_editor import SessionEditor
    from anticorr_desktop.ui.kit.tasks import Task

    monkeypatch.setattr(Task, "synchronous", True)
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )
    december = next(s for s in ctx.store.sessions() if s.label == "2024/4")
    ed = SessionEditor(ctx, december.id)
    qtbot.addWidget(ed)
    ed.show()
    ed.documents.print_kk.trigger()
    dlg = _dialog(qtbot, ed.documents)
    [pdf] = dlg.paths
    assert "(KZ)" in pdf.name and pdf.read_bytes().startswith(b"%PDF")
    assert not dlg.print_button.isEnabled()
    assert "PDF viewer" in dlg.how.text()
    qtbot.mouseClick(dlg.view_button, Qt.MouseButton.LeftButton)
    assert opened == [str(pdf)]


def test_a_failed_print_says_why(tmp_path, monkeypatch, qapp, message_boxes):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text('#!/bin/sh\necho "lp: Error - no default destination available." >&2\nexit 1\n')
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    pdf = tmp_path / "m.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    dlg = PrintDialog([pdf])
    dlg.print_now()
    [text] = message_boxes.texts("warning")
    assert "no default destination" in text and not dlg.printed
