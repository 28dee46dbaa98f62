"""'Save as Word…' in the window (issue #16): the session editor's documents bar and
the Reports page write the Word copy beside each PDF, through the same use case."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QFileDialog

from anticorr_desktop.ui.reports.reports_page import ALL_EXECUTORS

from .test_reports_page import _click, _december, files, page, sync_tasks, tracker_ids  # noqa: F401
from .test_session_editor import _editor, answers, inline_tasks, opened  # noqa: F401


def _docx_text(path: Path) -> str:
    assert zipfile.is_zipfile(path), path
    doc = Document(str(path))
    return "\n".join(p.text for p in doc.paragraphs)


def test_reports_page_minutes_and_extracts_as_word(page, qtbot, files, store):  # noqa: F811
    _december(page, store)
    page.lang.setCurrentIndex(page.lang.findData("ru"))
    files.next_name = "minutes"  # the suffix is added
    _click(qtbot, page.minutes_word_button)
    path = files.tmp / "minutes.docx"
    text = _docx_text(path)
    assert "ПРОТОКОЛ" in text and "ПОСТАНОВИЛИ:" in text
    assert files.asked[-1] == "minutes-2024-4-ru.docx"
    assert files.opened[-1] == str(path)

    page.executor.setCurrentIndex(page.executor.findData(ALL_EXECUTORS))
    (files.tmp / "all").mkdir()
    files.next_name = "all"
    _click(qtbot, page.extract_word_button)
    written = sorted((files.tmp / "all").iterdir())
    assert written and all(p.suffix == ".docx" for p in written)
    assert all("ВЫПИСКА ИЗ ПРОТОКОЛА" in _docx_text(p) for p in written)
    assert not page.busy and page.minutes_word_button.isEnabled()


def test_documents_bar_saves_as_word(ctx, qtbot, tmp_path, monkeypatch, opened):  # noqa: F811
    december = next(s for s in ctx.store.sessions() if s.label == "2024/4")
    target = tmp_path / "protocol"
    asked = []

    def save_name(parent, caption, default, filters):
        asked.append((default, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    ed = _editor(qtbot, ctx, december.id)
    bar = ed.documents
    assert bar.word.isEnabled() and bar.word.menu() is not None
    bar.word_minutes_ru.trigger()
    docx = target.with_name("protocol.docx")
    assert "ПРОТОКОЛ" in _docx_text(docx)
    assert asked[0][0].endswith("Minutes No. 4 of 12.12.2024 (RU).docx")
    assert "*.docx" in asked[0][1]
    assert opened == [QUrl.fromLocalFile(str(docx))]
    assert not bar.busy and bar.word.isEnabled()

    bar.word_extracts.trigger()
    dlg = bar._dialogs.current
    assert dlg is not None
    dlg.folder.setText(str(tmp_path))
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    written = sorted(tmp_path.glob("*.docx"))
    assert len(written) == 1 + dlg.executors.count()  # the minutes and one extract each
