"""Screenshots of the Reports page, the settings tabs and the backups dialog
(a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_more_screenshots.py [OUTPUT_DIR]

Opens the demo (as of 12.05.2025) in a 1280x800 window and writes
docs/screenshots/reports-en.png, settings-<tab>-en.png and backups-en.png.
The calendar gets two example lines and the database three backups, so the
tables show something; nothing leaves the temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QListWidgetItem, QStyle, QWidget

from anticorr_desktop.demo import load_demo
from anticorr_desktop.services import Services
from anticorr_desktop.storage.backup import backup_database
from anticorr_desktop.storage.store import open_store
from anticorr_desktop.ui.backup_dialog import BackupDialog
from anticorr_desktop.ui.context import AppContext
from anticorr_desktop.ui.main_window import MainWindow
from anticorr_desktop.ui.reports_page import ReportsPage
from anticorr_desktop.ui.settings_dialog import SettingsDialog

TODAY = date(2025, 5, 12)
SIZE = (1280, 800)
DIALOG_SIZE = (860, 600)
ROOT = Path(__file__).resolve().parents[2]


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def _reports_view(window: MainWindow) -> QWidget:
    """The window's Reports page; until the window has one, added here the same way."""
    for row in range(window.nav.count()):
        if window.nav.item(row).data(Qt.ItemDataRole.UserRole) == "reports":
            window.show_view("reports")
            return window.view("reports")
    page = ReportsPage(window.ctx, lambda: window.tracker.model.ids(), window.stack)
    window.stack.addWidget(page)
    window.views["reports"] = page
    style = QApplication.style()
    item = QListWidgetItem(
        style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView), "Reports", window.nav
    )
    item.setData(Qt.ItemDataRole.UserRole, "reports")
    window.show_view("reports")
    return page


def main(out: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "demo.sqlite3")
        try:
            services = Services(store, today=lambda: TODAY, lang="en")
            with store.transaction():
                load_demo(services)
            services.set_calendar_day(date(2026, 1, 2), False, "Example: a transferred day off")
            services.set_calendar_day(date(2026, 1, 10), True, "Example: a working Saturday")
            for reason in ("daily", "before-import", "manual"):
                backup_database(store, reason=reason)
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            ctx = AppContext(services, settings)
            window = MainWindow(ctx)
            window.resize(*SIZE)
            window.show()
            _settle(app)

            page = _reports_view(window)
            december = next(s for s in store.sessions() if s.label == "2024/4")
            page.session.setCurrentIndex(page.session.findData(december.id))
            _settle(app)
            _save(window, out / "reports-en.png")

            dialog = SettingsDialog(ctx, window)
            dialog.resize(*DIALOG_SIZE)
            dialog.show()
            for key in SettingsDialog.TABS:
                tab = dialog.show_tab(key)
                if key == "calendar":
                    tab.table.selectRow(0)
                _settle(app)
                _save(dialog, out / f"settings-{key}-en.png")
            dialog.close()

            backups = BackupDialog(ctx, window)
            backups.resize(DIALOG_SIZE[0], 480)
            backups.show()
            backups.table.selectRow(0)
            _settle(app)
            _save(backups, out / "backups-en.png")
            backups.close()
            window.close()
            ctx.languages.unload()
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
