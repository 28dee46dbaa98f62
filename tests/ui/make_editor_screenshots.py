"""Screenshots of the session editor, for the documentation (a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_editor_screenshots.py [OUTPUT_DIR]

Opens the demo's December session (2024/4, approved, so read-only) in the
editor at 1280x800 and writes docs/screenshots/session-editor-<tab>-en.png for
each tab, and session-editor-draft-decisions-en.png with the session reopened
(editable, a due rule being typed).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from anticorr_desktop.demo import load_demo
from anticorr_desktop.domain import model as m
from anticorr_desktop.services import Services
from anticorr_desktop.storage.store import open_store
from anticorr_desktop.ui.context import AppContext
from anticorr_desktop.ui.session_editor import SessionEditor

TODAY = date(2025, 5, 12)
SIZE = (1280, 800)
ROOT = Path(__file__).resolve().parents[2]
TABS = ("header", "attendance", "agenda", "decisions")


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def main(out: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.sqlite3")
        try:
            services = Services(store, today=lambda: TODAY, lang="en")
            with store.transaction():
                december = load_demo(services)
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            ctx = AppContext(services, settings)
            editor = SessionEditor(ctx, december)
            editor.resize(*SIZE)
            editor.show()
            _settle(app)
            editor.agenda.select(0)
            editor.decisions.refresh_items(0, 2)  # 1.3: two executors, a date
            for n, tab in enumerate(TABS):
                editor.tabs.setCurrentIndex(n)
                _settle(app)
                _save(editor, out / f"session-editor-{tab}-en.png")

            # reopened: editable, a new decision with its instruction being written
            services.set_session_status(december, m.SessionStatus.HELD, "screenshot")
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
            _settle(app)
            _save(editor, out / "session-editor-draft-decisions-en.png")
            editor.pristine = editor.draft.copy()  # close without the unsaved-changes question
            editor.close()
            ctx.languages.unload()
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
