"""Screenshots of the session editor, for the documentation (a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_editor_screenshots.py [OUTPUT_DIR]

Opens the demo's December session (2024/4, approved, so read-only) in the
editor at 1366x768 and writes docs/screenshots/session-editor-<tab>-en.png for
each tab, session-editor-draft-decisions-en.png with the session reopened
(editable, a due rule being typed), and session-editor-organisation-event-en.png
(organisations as executors, an event-driven deadline in the preview).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The offscreen platform's screen is 800x800 unless told otherwise, and windows fit their
# screen: a screen of the akimat laptop's size, so the shots are 1366x768.
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).with_name('offscreen-1366x768.json')}",
)

from make_screenshots import ROOT, SIZE, demo_context, save, settle

from anticorr_desktop.domain import model as m
from anticorr_desktop.ui.editor.session_editor import SessionEditor

TABS = ("header", "attendance", "agenda", "decisions")


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with demo_context() as (app, ctx, december):
        editor = SessionEditor(ctx, december)
        editor.resize(*SIZE)
        editor.show()
        settle(app)
        editor.agenda.select(0)
        editor.decisions.refresh_items(0, 2)  # 1.3: two executors, a date
        for n, tab in enumerate(TABS):
            editor.tabs.setCurrentIndex(n)
            settle(app)
            save(editor, out / f"session-editor-{tab}-en.png")

        # reopened: editable, a new decision with its instruction being written
        ctx.services.set_session_status(december, m.SessionStatus.HELD, "screenshot")
        editor._reload()
        editor.agenda.select(1)
        editor.tabs.setCurrentIndex(3)
        editor.decisions.add_decision()
        editor.decisions.text.setPlainText(
            "Управлению строительства представить график ввода спортивных объектов."
        )
        editor.decisions.instruction.setChecked(True)
        inst = editor.decisions.instruction
        for name in ("Оспанов", "Ким"):
            inst.executor_person.setEditText(
                next(
                    inst.executor_person.itemText(i)
                    for i in range(inst.executor_person.count())
                    if name in inst.executor_person.itemText(i)
                )
            )
            inst._on_add_executor()
        inst.due.edit.setText("в месячный срок")
        settle(app)
        save(editor, out / "session-editor-draft-decisions-en.png")

        # issue #12: an organisation as the main executor (found by its Kazakh name too),
        # its department head named with it, and an event-driven deadline in the preview
        editor.decisions.add_decision()
        editor.decisions.text.setPlainText(
            "Управлению строительства разработать план устранения коррупционных рисков."
        )
        editor.decisions.instruction.setChecked(True)
        inst = editor.decisions.instruction
        combo = inst.executor_person
        combo.setEditText(
            next(
                combo.itemText(i)
                for i in range(combo.count())
                if "Құрылыс басқармасы" in combo.itemText(i)
            )
        )
        inst._on_add_executor()
        combo.setEditText("Управление спорта (Ким В.А.)")
        inst._on_add_executor()
        inst.due.edit.setText("в течение 5 рабочих дней после утверждения плана")
        settle(app)
        save(editor, out / "session-editor-organisation-event-en.png")
        editor.pristine = editor.draft.copy()  # close without the unsaved-changes question
        editor.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
