"""Screenshots of the Reports page, the settings tabs and the backups dialog
(a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_more_screenshots.py [OUTPUT_DIR]

Opens the demo (as of 12.05.2025) in a 1280x800 window and writes
docs/screenshots/reports-en.png, settings-<tab>-en.png and backups-en.png; and the
tracker's context menu (tracker-menu-en.png), an instruction in its own window
(instruction-window-en.png), the user guide (help-en.png) and the print dialog
(print-en.png).
The calendar gets two example lines and the database three backups, so the
tables show something; nothing leaves the temporary folder.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_screenshots import ROOT, SIZE, demo_context, save, settle

from anticorr_desktop.storage.backup import backup_database
from anticorr_desktop.ui.backups.backup_dialog import BackupDialog
from anticorr_desktop.ui.main_window import MainWindow
from anticorr_desktop.ui.settings.settings_dialog import SettingsDialog

DIALOG_SIZE = (860, 600)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with demo_context() as (app, ctx, december):
        ctx.services.set_calendar_day(date(2026, 1, 2), False, "Example: a transferred day off")
        ctx.services.set_calendar_day(date(2026, 1, 10), True, "Example: a working Saturday")
        for reason in ("daily", "before-import", "manual"):
            backup_database(ctx.store, reason=reason)
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()
        settle(app)

        window.show_view("reports")
        page = window.reports
        page.session.setCurrentIndex(page.session.findData(december))
        settle(app)
        save(window, out / "reports-en.png")

        dialog = SettingsDialog(ctx, window)
        dialog.resize(*DIALOG_SIZE)
        dialog.show()
        for key in SettingsDialog.TABS:
            tab = dialog.show_tab(key)
            if key == "calendar":
                tab.table.selectRow(0)
            settle(app)
            save(dialog, out / f"settings-{key}-en.png")
        dialog.close()

        backups = BackupDialog(ctx, window)
        backups.resize(DIALOG_SIZE[0], 480)
        backups.show()
        backups.table.selectRow(0)
        settle(app)
        save(backups, out / "backups-en.png")
        backups.close()

        # the tracker from the keyboard: the context menu and Enter's window
        window.show_view("tracker")
        tracker = window.tracker
        settle(app)
        row = next(r for r in range(tracker.model.rowCount()) if tracker.model.row_data(r).days)
        tracker.select_instruction(tracker.model.instruction_id(row))
        tracker.table.setFocus()
        tracker._on_context_menu(None)  # as the Menu key and Shift+F10 open it
        settle(app)
        save(tracker.context_menu, out / "tracker-menu-en.png")
        tracker.context_menu.close()
        instruction = tracker.open_instruction(tracker.model.instruction_id(row))
        instruction.resize(900, 600)
        settle(app)
        save(instruction, out / "instruction-window-en.png")
        instruction.close()

        guide = window.show_guide("tracker")
        guide.resize(760, 640)
        guide.show_part("tracker")
        settle(app)
        save(guide, out / "help-en.png")
        guide.close()

        from anticorr_desktop.ui.kit.printing import PrintDialog

        printing = PrintDialog([Path("Minutes No. 4 of 12.12.2024 (RU).pdf")], window)
        printing.show()
        settle(app)
        save(printing, out / "print-en.png")
        printing.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
