"""The user guide: F1 opens it in the interface's language, at the part about the
window in front; the Help menu has it too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from anticorr_desktop.paths import resource
from anticorr_desktop.ui.help import ANCHORS, HelpWindow, anchor_for

# the offscreen platform cannot raise a window (the guide is raised when opened)
RAISE = pytest.mark.qt_log_ignore(
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_guide_exists_in_each_language_with_every_part(lang):
    text = resource("help", f"guide_{lang}.html").read_text(encoding="utf-8")
    for anchor in ANCHORS:
        assert f'<a name="{anchor}">' in text and f'href="#{anchor}"' in text, anchor
    assert "F1" in text and "Shift+F10" in text


@RAISE
def test_f1_opens_the_guide_at_the_current_view(window, ctx, qtbot):
    window.show_view("tracker")
    window.activateWindow()
    assert window.guide_action in window.help_menu.actions()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_window
    assert isinstance(guide, HelpWindow) and guide.isVisible()
    assert guide.browser.source().toLocalFile().endswith("guide_en.html")
    assert "Register report" in guide.browser.toPlainText()
    # scrolled to the tracker's part: its title is at the top of the view
    assert guide.browser.verticalScrollBar().value() > 0
    guide.show_part("first-steps")
    assert guide.browser.verticalScrollBar().value() < 300


@RAISE
def test_the_guide_follows_the_language(window, ctx, qtbot):
    guide = window.show_guide("keys")
    ctx.set_language("kk")
    qtbot.waitUntil(lambda: guide.browser.source().toLocalFile().endswith("guide_kk.html"))
    assert "Пернелер" in guide.browser.toPlainText()
    ctx.set_language("ru")
    qtbot.waitUntil(lambda: "Клавиши" in guide.browser.toPlainText())
    ctx.set_language("en")


def test_the_part_follows_the_window_in_front(ctx, qtbot):
    from anticorr_desktop.ui.editor.session_editor import SessionEditor

    december = next(s for s in ctx.store.sessions() if s.label == "2024/4")
    ed = SessionEditor(ctx, december.id)
    qtbot.addWidget(ed)
    assert anchor_for(ed, "tracker") == "editor"
    assert anchor_for(None, "reports") == "reports"
    assert anchor_for(None, "nowhere") == "first-steps"
