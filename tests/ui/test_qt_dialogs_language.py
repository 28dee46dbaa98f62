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


def test_sizes_read_in_the_interfaces_language():
    from anticorr_desktop.ui.kit.file_dialogs import format_size

    assert format_size(512, "ru") == "512 байт"
    assert format_size(54_500, "ru") == "53\u00a0КБ"
    assert format_size(1_234_567, "ru") == "1,2\u00a0МБ"
    assert format_size(1_234_567, "kk") == "1,2\u00a0МБ"
    assert format_size(54_500, "en") == "53\u00a0KB"
    assert format_size(3 * 1024**3, "en") == "3\u00a0GB"


@pytest.mark.parametrize(("lang", "size"), [("ru", "53\u00a0КБ"), ("en", "53\u00a0KB")])
def test_the_file_dialog_shows_whole_sizes_and_dates(qapp, qtbot, tmp_path, lang, size):
    """Issue #14: sizes were "53....KiB" (the C locale's "53.2 KiB" in a narrow column)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QTreeView

    (tmp_path / "protocol.pdf").write_bytes(b"x" * 54_500)
    languages = LanguageManager()
    languages.load(lang)
    seen: dict[str, object] = {}

    def look() -> None:
        dlg = next(
            w for w in qapp.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
        )
        view = next(v for v in dlg.findChildren(QTreeView) if v.isVisible())
        model = view.model()

        def row() -> int:
            root = view.rootIndex()
            for r in range(model.rowCount(root)):
                if model.index(r, 0, root).data() == "protocol.pdf":
                    return r
            return -1

        qtbot.waitUntil(lambda: row() >= 0)
        index = model.index(row(), 1, view.rootIndex())
        seen["size"] = index.data()
        seen["date"] = index.siblingAtColumn(3).data()
        text_width = view.fontMetrics().horizontalAdvance(str(seen["size"]))
        seen["fits"] = view.header().sectionSize(1) >= text_width + 8
        dlg.reject()

    try:
        QTimer.singleShot(100, look)
        QFileDialog.getOpenFileName(
            None, "", str(tmp_path), "", "", QFileDialog.Option.DontUseNativeDialog
        )
    finally:
        languages.unload()
    assert seen["size"] == size and seen["fits"]
    assert len(str(seen["date"])) == 16 and str(seen["date"])[2] == "."  # 04.12.2026 18:29
