"""Screenshots of the main views, for the documentation (a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_screenshots.py [OUTPUT_DIR]

Opens the demo (as of 12.05.2025, so the figures do not drift with the
calendar) in a 1280x800 window and writes docs/screenshots/<view>-<lang>.png
for English and for each language whose .qm catalogue is built.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from anticorr_desktop.demo import load_demo
from anticorr_desktop.services import Services
from anticorr_desktop.storage.store import open_store
from anticorr_desktop.ui.kit.context import AppContext
from anticorr_desktop.ui.kit.language import has_catalogue
from anticorr_desktop.ui.main_window import MainWindow

TODAY = date(2025, 5, 12)
SIZE = (1366, 768)  # the usual akimat laptop; windows open within it
ROOT = Path(__file__).resolve().parents[2]


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


@contextmanager
def demo_context() -> Iterator[tuple[QApplication, AppContext, int]]:
    """The demo as of TODAY in a temporary database: (app, context, December session id).
    Shared by the screenshot scripts. Background queries run inline, so each picture
    shows the figures and lists, not the moment before they arrive."""
    from anticorr_desktop.ui.kit.lane import QueryLane

    QueryLane.synchronous = True
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.sqlite3")
        try:
            services = Services(store, today=lambda: TODAY, lang="en")
            with store.transaction():
                december = load_demo(services)
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            ctx = AppContext(services, settings)
            try:
                yield app, ctx, december
            finally:
                ctx.close()
                ctx.languages.unload()
        finally:
            store.close()


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with demo_context() as (app, ctx, december_id):
        store = ctx.store
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()
        settle(app)
        build = next(
            i
            for i in store.instructions_by_ids(store.instruction_ids())
            if i.number == "1.2" and i.due_date == date(2025, 2, 28)
        )
        for lang in ["en"] + [x for x in ("ru", "kk") if has_catalogue(x)]:
            ctx.set_language(lang)
            settle(app)
            window.show_view("overview")
            settle(app)
            save(window, out / f"overview-{lang}.png")

            window.show_view("sessions")
            settle(app)
            save(window, out / f"sessions-{lang}.png")
            dialog = window.sessions.open_session(december_id)
            dialog.resize(1000, 700)
            settle(app)
            save(dialog, out / f"session-view-{lang}.png")
            dialog.close()

            window.show_view("tracker")
            window.tracker.apply_query(window.tracker.filters.query().with_(status="all"))
            window.tracker.select_instruction(build.id)
            settle(app)
            save(window, out / f"tracker-{lang}.png")

            window.show_view("directory")
            window.directory.tabs.setCurrentIndex(2)
            settle(app)
            save(window, out / f"directory-{lang}.png")
            window.directory.tabs.setCurrentIndex(0)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
