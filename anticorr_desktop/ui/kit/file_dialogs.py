"""Qt's own file dialog (the one used where the desktop offers none) in the interface's
language: file sizes as "53 КБ" and dates as 04.12.2026 14:05, in columns wide enough
to read them. Qt formats them by the system locale (often C on Linux: "512 bytes",
"53.2 KiB" cut to "53....KiB" by a narrow column); a proxy model in front of the
dialog's file list shows ours. Installed once, it serves every dialog the program opens,
the static ``QFileDialog.get...`` ones too."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QHeaderView, QTreeView

COL_SIZE, COL_DATE = 1, 3
_UNITS = {
    "ru": ("байт", "КБ", "МБ", "ГБ", "ТБ"),
    "kk": ("байт", "КБ", "МБ", "ГБ", "ТБ"),
    "en": ("bytes", "KB", "MB", "GB", "TB"),
}

_state: dict[str, object] = {"lang": "en", "filter": None}


def set_language(lang: str) -> None:
    _state["lang"] = lang if lang in _UNITS else "en"


def format_size(n: int, lang: str) -> str:
    """A file's size as people say it: 512 байт, 53 КБ, 1,2 МБ (binary steps of 1024;
    a decimal comma in Russian and Kazakh, and one decimal below 10 units)."""
    units = _UNITS.get(lang, _UNITS["en"])
    if n < 1024:
        return f"{n} {units[0]}"
    value, step = float(n), 0
    while value >= 1024 and step < len(units) - 1:
        value /= 1024
        step += 1
    text = f"{value:.1f}" if value < 10 else f"{value:.0f}"
    if text.endswith(".0"):
        text = text[:-2]
    if lang in ("ru", "kk"):
        text = text.replace(".", ",")
    return f"{text}\u00a0{units[step]}"


class ReadableFileModel(QIdentityProxyModel):
    """The file system model with sizes and dates in the interface's language."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and index.column() in (COL_SIZE, COL_DATE):
            source = self.sourceModel()
            src = self.mapToSource(index)
            if isinstance(source, QFileSystemModel) and src.isValid():
                if index.column() == COL_SIZE:
                    if source.isDir(src.siblingAtColumn(0)):
                        return ""
                    return format_size(source.size(src.siblingAtColumn(0)), str(_state["lang"]))
                when = source.lastModified(src.siblingAtColumn(0))
                return when.toString("dd.MM.yyyy HH:mm") if when.isValid() else ""
        return super().data(index, role)


class _FileDialogWatcher(QObject):
    """Puts the readable model in front of each file dialog as it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            fit_file_dialog(watched)
        return False


def fit_file_dialog(dialog: QFileDialog) -> None:
    if not isinstance(dialog.proxyModel(), ReadableFileModel):
        dialog.setProxyModel(ReadableFileModel(dialog))
    for view in dialog.findChildren(QTreeView):
        header = view.header()
        font = view.fontMetrics()
        widths = {
            COL_SIZE: font.horizontalAdvance(format_size(999 * 1024, str(_state["lang"]))) + 24,
            COL_DATE: font.horizontalAdvance("00.00.0000 00:00") + 24,
        }
        for col, width in widths.items():
            if col < header.count():
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, max(header.sectionSize(col), width))


def install() -> None:
    """Watch for file dialogs across the application (once)."""
    app = QCoreApplication.instance()
    if app is None or _state["filter"] is not None:
        return
    watcher = _FileDialogWatcher(app)
    app.installEventFilter(watcher)
    _state["filter"] = watcher
