"""The backups of the open database: the list, "Back up now" and a checked restore.

A backup is written by a worker with its own connection (SQLite's online
backup API reads a consistent snapshot). A restore replaces the contents of
the window's own connection, so it runs on the UI thread; ``services.restore``
checks the file first and backs the current contents up before it writes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from ...i18n import QT_TRANSLATE_NOOP
from ...services import BackupInfo
from ..kit.common import remember_folder, show_user_error, start_folder
from ..kit.context import AppContext
from ..kit.placement import remember_geometry
from ..kit.records_model import Column, RecordsModel
from ..kit.tasks import run_task, worker_services

# The reason is the last part of a backup's file name (storage/backup.py).
REASON_LABELS = {
    "daily": QT_TRANSLATE_NOOP("Backups", "Daily, automatic"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Made by hand"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "Before a restore"),
    "before-migration": QT_TRANSLATE_NOOP("Backups", "Before a program upgrade"),
}


def forget_cached_state(ctx: AppContext) -> None:
    """The window's services after another connection (a worker's import, a restore)
    wrote the file: read the calendar again. (The journal head is re-read by
    every transaction.)"""
    ctx.services.forget_caches()


def backup_rows(ctx: AppContext) -> list[BackupInfo]:
    """The backups of the open database, newest first (time and reason from the name)."""
    return ctx.services.backup_list()


def fmt_size(size: int) -> str:
    if size < 1024 * 1024:
        return QCoreApplication.translate("Backups", "{n} KB").format(n=max(1, round(size / 1024)))
    return QCoreApplication.translate("Backups", "{n} MB").format(n=f"{size / 1048576:.1f}")


def _reason_label(reason: str) -> str:
    text = REASON_LABELS.get(reason)
    return QCoreApplication.translate("Backups", text) if text else reason


class BackupsModel(RecordsModel):
    context = "Backups"
    COL_MADE, COL_KIND, COL_SIZE, COL_FILE = range(4)
    columns = (
        Column(
            QT_TRANSLATE_NOOP("Backups", "Made"),
            lambda r: r.made.strftime("%d.%m.%Y %H:%M:%S"),
            key=lambda r: r.made,
        ),
        Column(QT_TRANSLATE_NOOP("Backups", "Kind"), lambda r: _reason_label(r.reason)),
        Column(
            QT_TRANSLATE_NOOP("Backups", "Size"),
            lambda r: fmt_size(r.size),
            key=lambda r: r.size,
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("Backups", "File"), lambda r: r.path.name),
    )

    def load(self, ctx: AppContext) -> None:
        self.set_records(backup_rows(ctx))

    def tooltip(self, r: BackupInfo, column: int) -> str | None:
        return str(r.path)


def start_backup(ctx: AppContext, on_success, on_failure):
    """Write a manual backup in a worker (its own connection); returns the task."""
    db, lang, today = ctx.store.path, ctx.lang, ctx.services.today

    def work(_progress, _cancelled):
        sv = worker_services(db, lang, today=today)
        try:
            return sv.back_up(reason="manual")
        finally:
            sv.store.close()

    return run_task(None, work, on_success, on_failure)


def open_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class BackupDialog(QDialog):
    """The backups of the open database, newest first."""

    restored = Signal(str)  # the file the database was restored from

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self.setMinimumSize(720, 420)
        self.folder_label = QLabel(self)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self)
        self.restore_button = QPushButton(self)
        self.restore_file_button = QPushButton(self)
        self.folder_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.restore_file_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.folder_button)
        box = QVBoxLayout(self)
        box.addWidget(self.folder_label)
        box.addWidget(self.table, 1)
        box.addLayout(row)
        box.addWidget(self.hint)
        box.addWidget(self.status)
        box.addWidget(self.buttons)

        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._on_restore_selected)
        self.restore_file_button.clicked.connect(self._on_restore_file)
        self.folder_button.clicked.connect(self._on_open_folder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _ix: self._on_restore_selected())
        self.retranslateUi()
        self._geometry = remember_geometry(
            self,
            ctx.settings,
            "backup_dialog/geometry",
            self.sizeHint().expandedTo(QSize(820, 520)),
        )
        self.reload()

    # -- data -------------------------------------------------------------------------------
    @property
    def folder(self) -> Path | None:
        return self.ctx.services.backup_folder()

    def reload(self) -> None:
        self.model.load(self.ctx)
        for col in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, self.table.columnWidth(col) + 12)
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()).path if rows else None

    def _update_buttons(self, *_args) -> None:
        has_db = self.ctx.store.path is not None
        self.backup_button.setEnabled(has_db and not self._busy)
        self.restore_button.setEnabled(
            has_db and not self._busy and self.selected_backup() is not None
        )
        self.restore_file_button.setEnabled(has_db and not self._busy)

    # -- back up ---------------------------------------------------------------------------
    def back_up_now(self) -> None:
        """Write a backup in the background; the list shows it when done."""
        if self._busy or self.ctx.store.path is None:
            return
        self._busy = True
        self._update_buttons()
        self.status.setText(QCoreApplication.translate("Backups", "Writing a backup…"))
        start_backup(self.ctx, self._on_backup_done, self._on_backup_failed)

    def _on_backup_done(self, path: Path) -> None:
        self._busy = False
        self.reload()
        self.status.setText(
            QCoreApplication.translate("Backups", "Backup written: {path}").format(path=path)
        )

    def _on_backup_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self.status.setText("")
        if not isinstance(exc, UserError):
            raise exc
        show_user_error(self, exc, self.ctx.lang)

    # -- restore ---------------------------------------------------------------------------
    def _on_restore_selected(self) -> None:
        path = self.selected_backup()
        if path is not None:
            self.restore(path)

    def _on_restore_file(self) -> None:
        start = start_folder(self.ctx.settings, self.folder)
        name, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Backups", "Restore from a file"),
            start,
            QCoreApplication.translate(
                "Backups",
                "AntiCorr databases and backups (*.sqlite3 *.zst *.db);;All files (*)",
            ),
        )
        if name:
            remember_folder(self.ctx.settings, name)
            self.restore(Path(name))

    def restore(self, path: Path) -> bool:
        """Ask, then replace the database's contents with ``path``; True if restored."""
        if self._busy:
            return False
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Backups", "Restore the database"),
            QCoreApplication.translate(
                "Backups",
                "Replace everything in the database with the contents of\n{path}?\n\n"
                "The file is checked first. The current contents are backed up before "
                "they are replaced, so this can be undone by restoring that backup.",
            ).format(path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            safety = self.ctx.services.restore(path)
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_user_error(self, exc, self.ctx.lang)
            return False
        finally:
            forget_cached_state(self.ctx)
        QGuiApplication.restoreOverrideCursor()
        self.ctx.notify_changed(self)
        self.restored.emit(str(path))
        self.reload()
        text = QCoreApplication.translate(
            "Backups", "Restored from {path}. The previous contents were saved to {backup}."
        ).format(path=path, backup=safety)
        self.status.setText(text)
        QMessageBox.information(
            self, QCoreApplication.translate("Backups", "Database restored"), text
        )
        return True

    def _on_open_folder(self) -> None:
        if self.folder is not None:
            open_folder(self.folder)

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Backups", "Backups"))
        folder = self.folder
        self.folder_label.setText(
            QCoreApplication.translate("Backups", "Backups are kept in {folder}").format(
                folder=folder
            )
            if folder is not None
            else QCoreApplication.translate("Backups", "This database is in memory: no backups.")
        )
        self.backup_button.setText(QCoreApplication.translate("Backups", "Back up now"))
        self.restore_button.setText(QCoreApplication.translate("Backups", "Restore…"))
        self.restore_button.setToolTip(
            QCoreApplication.translate("Backups", "Restore the backup selected in the list")
        )
        self.restore_file_button.setText(
            QCoreApplication.translate("Backups", "Restore from a file…")
        )
        self.folder_button.setText(QCoreApplication.translate("Backups", "Open folder"))
        self.hint.setText(
            QCoreApplication.translate(
                "Backups",
                "A backup is made at the first start of each day, before every import, "
                "restore and program upgrade. Restoring checks the file first and backs up "
                "the current contents.",
            )
        )
        self.model.retranslate()
