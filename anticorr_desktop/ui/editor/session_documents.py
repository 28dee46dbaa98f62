"""Documents from the session: the minutes in Russian or Kazakh, and extracts
(one file per executor), made in a background task and opened when done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QToolButton,
    QWidget,
)

from ...errors import UserError, ValidationError
from ...exports.common import ExportCancelled
from ..kit.common import confirm_mixed, show_user_error, start_folder
from ..kit.context import AppContext
from ..kit.dialogs import ActionDialog, DialogKeeper
from ..kit.preferences import document_lang
from ..kit.tasks import Task, run_task, worker_services

SETTING_FOLDER = "documents/folder"


def minutes_job(db_path, ui_lang: str, today, session_id: int, doc_lang: str, path: Path):
    """Work for run_task: make the minutes in ``doc_lang`` at ``path``; returns [path]."""

    def job(progress, _cancelled) -> list[Path]:
        sv = worker_services(db_path, ui_lang, today)
        try:
            progress(0, 1)
            sv.write_minutes(session_id, doc_lang, path)
            progress(1, 1)
        finally:
            sv.store.close()
        return [path]

    return job


def extracts_job(
    db_path, ui_lang: str, today, session_id: int, doc_lang: str, executors: list[int], folder: Path
):
    """Work for run_task: one extract per executor into ``folder``; returns the paths
    (none when cancelled: nothing is left behind)."""

    def job(progress, cancelled) -> list[Path]:
        sv = worker_services(db_path, ui_lang, today)
        try:
            return sv.write_extracts(session_id, doc_lang, folder, executors, progress, cancelled)
        except ExportCancelled:
            return []
        finally:
            sv.store.close()

    return job


def documents_folder(ctx: AppContext) -> str:
    return start_folder(ctx.settings, ctx.settings.value(SETTING_FOLDER, ""))


class ExtractsDialog(ActionDialog):
    """Which executors, in which language, into which folder."""

    def __init__(self, ctx: AppContext, executors: list[int], parent: QWidget | None = None):
        super().__init__(lambda: ctx.lang, parent)
        self.ctx = ctx
        self.language = QComboBox(self)
        self.language.addItem("", "ru")
        self.language.addItem("", "kk")
        self.language.setCurrentIndex(max(0, self.language.findData(document_lang(ctx))))
        self.executors = QListWidget(self)
        for pid in executors:
            item = QListWidgetItem(ctx.person_name(pid), self.executors)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.folder = QLineEdit(documents_folder(ctx), self)
        self.browse = QToolButton(self)
        self.browse.clicked.connect(self._on_browse)
        folder_row = QWidget(self)
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.add_row(self.language)
        self.add_row(self.executors)
        self.add_row(folder_row)
        self._folder_row = folder_row
        self.set_action(self._check)
        self.retranslateUi()

    def chosen(self) -> list[int]:
        return [
            self.executors.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.executors.count())
            if self.executors.item(n).checkState() == Qt.CheckState.Checked
        ]

    def _check(self, _dlg) -> None:
        if not self.chosen():
            raise ValidationError("Tick at least one executor.")
        if not Path(self.folder.text()).is_dir():
            raise ValidationError(
                "The folder {folder} does not exist. Choose another.", folder=self.folder.text()
            )

    def _on_browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("SessionEditor", "Folder for the extracts"),
            self.folder.text(),
        )
        if folder:
            self.folder.setText(folder)

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("SessionEditor", "Extracts of the minutes"))
        self.subject.setText(
            QCoreApplication.translate(
                "SessionEditor",
                "Each ticked executor gets a file with the decisions addressed to them.",
            )
        )
        self.language.setItemText(0, QCoreApplication.translate("SessionEditor", "Russian"))
        self.language.setItemText(1, QCoreApplication.translate("SessionEditor", "Kazakh"))
        self._row_label(self.language).setText(
            QCoreApplication.translate("SessionEditor", "&Language:")
        )
        self._row_label(self.executors).setText(
            QCoreApplication.translate("SessionEditor", "E&xecutors:")
        )
        self._row_label(self._folder_row).setText(
            QCoreApplication.translate("SessionEditor", "&Folder:")
        )
        self.browse.setText(QCoreApplication.translate("SessionEditor", "Choose…"))


class DocumentsBar(QWidget):
    """The document buttons, the progress of the task making them, and its result."""

    def __init__(
        self, ctx: AppContext, ensure_saved: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ensure_saved = ensure_saved
        self._dialogs = DialogKeeper()
        self.task: Task | None = None
        self._running = False
        self.last_paths: list[Path] = []
        self.minutes_ru = QPushButton(self)
        self.minutes_kk = QPushButton(self)
        self.extracts = QPushButton(self)
        self.minutes_ru.clicked.connect(lambda: self.make_minutes("ru"))
        self.minutes_kk.clicked.connect(lambda: self.make_minutes("kk"))
        self.extracts.clicked.connect(self.make_extracts)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel = QToolButton(self)
        self.cancel.clicked.connect(self._on_cancel)
        self.cancel.hide()
        self.status = QLabel(self)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.minutes_ru,
            self.minutes_kk,
            self.extracts,
            self.progress,
            self.cancel,
            self.status,
        ):
            box.addWidget(w)
        self.retranslateUi()

    @property
    def busy(self) -> bool:
        return self._running

    # -- the minutes ----------------------------------------------------------------------
    def make_minutes(self, lang: str) -> None:
        if self.busy:
            return
        sid = self._ensure_saved()
        if sid is None:
            return
        from .session_translations import fill_in_place

        def fill() -> bool:
            return fill_in_place(self.ctx, sid, lang, self.window())

        if not confirm_mixed(
            self.window(),
            self.ctx.services.missing_texts(sid, lang),
            lang,
            fill,
            lambda: self.ctx.services.missing_texts(sid, lang),
        ):
            return
        s = self.ctx.store.session(sid)
        default = Path(documents_folder(self.ctx)) / self.ctx.services.minutes_file_name(s, lang)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("SessionEditor", "Save the minutes as"),
            str(default),
            QCoreApplication.translate("SessionEditor", "PDF documents (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.ctx.settings.setValue(SETTING_FOLDER, str(target.parent))
        self._start(
            minutes_job(
                self.ctx.store.path, self.ctx.lang, self.ctx.services.today, sid, lang, target
            ),
            QCoreApplication.translate("SessionEditor", "Making the minutes…"),
            0,
        )

    # -- the extracts ---------------------------------------------------------------------
    def make_extracts(self) -> ExtractsDialog | None:
        if self.busy:
            return None
        sid = self._ensure_saved()
        if sid is None:
            return None
        executors = self.ctx.services.session_executors(sid)
        if not executors:
            show_user_error(
                self,
                ValidationError(
                    "This session has no instructions with executors yet, so there is nothing "
                    "to extract."
                ),
                self.ctx.lang,
            )
            return None
        dlg = ExtractsDialog(self.ctx, executors, self.window())
        dlg.accepted.connect(lambda: self._on_extracts_accepted(sid, dlg))
        return self._dialogs.open(dlg)  # type: ignore[return-value]

    def _on_extracts_accepted(self, sid: int, dlg: ExtractsDialog) -> None:
        folder = Path(dlg.folder.text())
        self.ctx.settings.setValue(SETTING_FOLDER, str(folder))
        executors = dlg.chosen()
        self._start(
            extracts_job(
                self.ctx.store.path,
                self.ctx.lang,
                self.ctx.services.today,
                sid,
                dlg.language.currentData(),
                executors,
                folder,
            ),
            QCoreApplication.translate("SessionEditor", "Making the extracts…"),
            len(executors),
        )

    # -- the task -------------------------------------------------------------------------
    def _start(self, job, text: str, total: int) -> None:
        self.last_paths = []
        self.status.setText(text)
        self.progress.setRange(0, total)  # 0: busy without a count
        self.progress.setValue(0)
        self.progress.show()
        self.cancel.setVisible(total > 1)
        self._set_buttons(False)
        # No parent: the task lives (Task._running) until it ends, even if this bar is
        # deleted first; its signals reach only bound slots of live objects.
        self._running = True
        task = run_task(None, job, on_success=self._on_succeeded, on_failure=self._on_failed)
        if self._running:  # not already done (tests run tasks inline)
            self.task = task
            task.progress.connect(self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finish(self) -> None:
        self._running = False
        self.task = None
        self.progress.hide()
        self.cancel.hide()
        self._set_buttons(True)

    def _on_succeeded(self, paths: list[Path]) -> None:
        self._finish()
        self.last_paths = list(paths)
        if not paths:
            self.status.setText(QCoreApplication.translate("SessionEditor", "Cancelled."))
            return
        self.status.setText(
            QCoreApplication.translate("SessionEditor", "Saved: {path}").format(
                path=paths[0] if len(paths) == 1 else paths[0].parent
            )
        )
        self.status.setToolTip("\n".join(str(p) for p in paths))
        target = paths[0] if len(paths) == 1 else paths[0].parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        self.status.setText("")
        if isinstance(exc, UserError):
            show_user_error(self, exc, self.ctx.lang)
            return
        raise exc  # our bug: the crash handler logs it and tells the user

    def _set_buttons(self, enabled: bool) -> None:
        for b in (self.minutes_ru, self.minutes_kk, self.extracts):
            b.setEnabled(enabled)

    def retranslateUi(self) -> None:
        self.minutes_ru.setText(QCoreApplication.translate("SessionEditor", "Minutes (RU)"))
        self.minutes_kk.setText(QCoreApplication.translate("SessionEditor", "Minutes (KZ)"))
        self.extracts.setText(QCoreApplication.translate("SessionEditor", "Extracts…"))
        self.minutes_ru.setToolTip(
            QCoreApplication.translate("SessionEditor", "The minutes in Russian, as a PDF file")
        )
        self.minutes_kk.setToolTip(
            QCoreApplication.translate("SessionEditor", "The minutes in Kazakh, as a PDF file")
        )
        self.extracts.setToolTip(
            QCoreApplication.translate(
                "SessionEditor", "An extract of the minutes for each executor, one PDF file each"
            )
        )
        self.cancel.setText(QCoreApplication.translate("SessionEditor", "Stop"))
