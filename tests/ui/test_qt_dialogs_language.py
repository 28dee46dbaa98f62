"""Issue #14, item 8: Qt's own file dialog speaks Russian and Kazakh ("Look in:",
"Files of type:" included), and file dialogs open in the user's Documents or the folder
used last, never the program's own folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from anticorr_desktop.ui.kit.language import LanguageManager


@pytest.mark.parametrize(
    ("lang", "look_in", "files_of_type"),
    [("ru", "&Папка:", "&Тип файлов:"), ("kk", "Қайда қ&арау:", "Файлдар &түрі:")],
)
def test_the_file_dialog_is_translated(qapp, lang, look_in, files_of_type):
    languages = LanguageManager()
    languages.load(lang)
    try:
        tr = QCoreApplication.translate
        assert tr("QFileDialog", "&Look in:") == look_in
        assert tr("QFileDialog", "Files of &type:") == files_of_type
        assert tr("QFileDialog", "&Open") != "&Open"  # Qt's own catalogue is loaded too
    finally:
        languages.unload()


def test_restore_from_a_file_opens_in_documents_then_the_last_folder(
    ctx, qtbot, tmp_path, monkeypatch, message_boxes
):
    from anticorr_desktop.ui.backups.backup_dialog import BackupDialog

    starts: list[str] = []
    chosen = tmp_path / "elsewhere" / "copy.sqlite3"
    chosen.parent.mkdir()

    def fake(parent, caption, start, filter_):
        starts.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    monkeypatch.setattr(BackupDialog, "folder", property(lambda self: None))  # none yet
    dlg = BackupDialog(ctx)
    qtbot.addWidget(dlg)
    dlg._on_restore_file()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert starts[-1] and Path(starts[-1]) != Path.cwd()
    assert starts[-1] in (documents, str(Path.home())) and Path(starts[-1]).is_dir()

    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a: (starts.append(a[2]), (str(chosen), ""))[1]),
    )
    monkeypatch.setattr(dlg, "restore", lambda path: False)
    dlg._on_restore_file()  # the user picks a file in another folder
    dlg._on_restore_file()  # the next dialog opens there
    assert starts[-1] == str(chosen.parent)
