"""Screenshots of File → Import register… (a script, not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_register_screenshots.py [OUTPUT_DIR]

Opens the demo with three more people in the directory, reads the messy register
fixture (tests/fixtures/registers/ru_merged.xlsx: merged titles, merged protocol
cells, an Excel serial date, several executors in a cell, a totals row) in the
wizard at 1366x768 and writes docs/screenshots/register-wizard-<page>-<lang>.png:
the header row, the columns, and the preview with the executors to settle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_screenshots import ROOT, SIZE, demo_context, save, settle

from anticorr_desktop.domain import model as m
from anticorr_desktop.ui.kit.language import has_catalogue
from anticorr_desktop.ui.kit.tasks import Task
from anticorr_desktop.ui.register.wizard import RegisterWizard

REGISTER = ROOT / "tests" / "fixtures" / "registers" / "ru_merged.xlsx"


def register_copy(folder: Path) -> Path:
    """The fixture with protocols the demo does not have (13 and 14 of 2024) and one
    mistake left in it (31.02.2024), so the preview shows a problem by row and column."""
    from openpyxl import load_workbook

    wb = load_workbook(REGISTER)
    ws = wb.active
    ws["B4"], ws["B8"], ws["G6"] = "13", "14", "31.02.2024"
    path = folder / "Реестр поручений 2024.xlsx"
    wb.save(path)
    return path


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    Task.synchronous = True  # the preview is in the picture, not its progress bar
    with demo_context() as (app, ctx, _december):
        register = register_copy(Path(ctx.store.path).parent)
        st = ctx.store
        with st.transaction():
            sport = st.save_organisation(m.Organisation("Управление спорта"))
            st.save_person(
                m.Person("Оспанов", "Асхат", "Болатович", "руководитель", organisation_id=sport)
            )
            st.save_person(m.Person("Сейткали", "Данияр", "Маратович"))
            st.save_person(m.Person("Нурланова", "Гульмира"))
        for lang in ["en"] + [x for x in ("ru", "kk") if has_catalogue(x)]:
            ctx.set_language(lang)
            wiz = RegisterWizard(ctx, None, register)
            wiz.resize(*SIZE)
            wiz.show()
            settle(app)
            if lang == "ru":
                save(wiz, out / f"register-wizard-file-{lang}.png")
            wiz.next()
            settle(app)
            if lang == "ru":
                save(wiz, out / f"register-wizard-columns-{lang}.png")
            wiz.next()
            settle(app)
            save(wiz, out / f"register-wizard-preview-{lang}.png")
            wiz.reject()
            wiz.deleteLater()
            settle(app)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
