"""Texts the secretary must read whole at 1366x768: the executor field's hint and the
CSV delimiter's label and choice, in each language (issue #14)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit


def _placeholder_fits(edit: QLineEdit) -> bool:
    # the room a line edit gives its text: its width less the frame and text margins
    room = edit.contentsRect().width() - edit.textMargins().left() - edit.textMargins().right()
    return edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room - 4


def _combo_fits(combo: QComboBox) -> bool:
    return combo.width() >= combo.minimumSizeHint().width() or all(
        combo.fontMetrics().horizontalAdvance(combo.itemText(n)) + 40 <= combo.width()
        for n in range(combo.count())
    )


@pytest.mark.parametrize("width", [1366, 1024])  # 1280x720 at 125 % is 1024 wide
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_csv_delimiter_reads_whole(window, ctx, qtbot, lang, width):
    window.resize(width, 700)
    ctx.set_language(lang)
    window.show_view("reports")
    page = window.reports
    qtbot.wait(20)
    label = page.delimiter_label
    assert label.width() >= label.sizeHint().width(), (lang, label.text())
    assert _combo_fits(page.delimiter), (lang, page.delimiter.currentText())
    ctx.set_language("en")


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_executor_hint_reads_whole(ctx, qtbot, lang):
    from anticorr_desktop.ui.editor.session_editor import SessionEditor

    ctx.set_language(lang)
    december = next(s for s in ctx.store.sessions() if s.label == "2024/4")
    ed = SessionEditor(ctx, december.id)
    qtbot.addWidget(ed)
    ed.resize(1366, 768 - 60)
    ed.show()
    qtbot.waitExposed(ed)
    ed.tabs.setCurrentWidget(ed.decisions)
    qtbot.wait(20)
    edits = [
        e
        for e in ed.decisions.findChildren(QLineEdit)
        if e.isVisible() and e.placeholderText() and not e.text()
    ]
    assert edits
    for e in edits:
        assert _placeholder_fits(e), (lang, e.placeholderText(), e.width())
    ctx.set_language("en")
