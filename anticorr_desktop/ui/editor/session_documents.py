"""Documents from the session: the minutes in Russian or Kazakh, and extracts
(one file per executor), as PDF or as Word copies to edit ("Save as Word…"),
made in a background task and opened when done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ...domain import model as m
from ...errors import UserError, ValidationError
from ...exports.common import ExportCancelled
from ..kit.common import confirm_mixed, show_user_error, start_folder
from ..kit.context import AppContext
from ..kit.dialogs import ActionDialog, DialogKeeper
from ..kit.preferences import document_lang
from ..kit.tasks import Task, run_task, worker_services

SETTING_FOLDER = "documents/folder"


def minutes_job(
    db_path, ui_lang: str, today, session_id: int, doc_lang: str, path: Path, fmt: str = "pdf"
):
    """Work for run_task: make the minutes in ``doc_lang`` at ``path`` (PDF, or the Word
    copy with ``fmt`` "docx"); returns [path]."""

    def job(progress, _cancelled) -> list[Path]:
        sv = worker_services(db_path, ui_lang, today)
        try:
            progress(0, 1)
            sv.write_minutes(session_id, doc_lang, path, fmt=fmt)
            progress(1, 1)
        finally:
            sv.store.close()
        return [path]

    return job


def extracts_job(
    db_path,
    ui_lang: str,
    today,
    session_id: int,
    doc_lang: str,
    executors: list[m.Executor],
    folder: Path,
    fmt: str = "pdf",
):
    """Work for run_task: one extract per executor into ``folder``; returns the paths
    (none when cancelled: nothing is left behind)."""

    def job(progress, cancelled) -> list[Path]:
        sv = worker_services(db_path, ui_lang, today)
        try:
            return sv.write_extracts(
                session_id, doc_lang, folder, executors, progress, cancelled, fmt=fmt
            )
        except ExportCancelled:
            return []
        finally:
            sv.store.close()

    return job


def documents_folder(ctx: AppContext) -> str:
    return start_folder(ctx.settings, ctx.settings.value(SETTING_FOLDER, ""))


class ExtractsDialog(ActionDialog):
    """Which executors, in which language, into which folder."""

    def __init__(self, ctx: AppContext, executors: list[m.Executor], parent: QWidget | None = None):
        super().__init__(lambda: ctx.lang, parent)
        self.ctx = ctx
        self.language = QComboBox(self)
        self.language.addItem("", "ru")
        self.language.addItem("", "kk")
        self.language.setCurrentIndex(max(0, self.language.findData(document_lang(ctx))))
        self.executors = QListWidget(self)
        for ex in executors:
            item = QListWidgetItem(ctx.executor_name(ex), self.executors)
            item.setData(Qt.ItemDataRole.UserRole, ex.ref)
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

    def chosen(self) -> list[m.Executor]:
        return [
            m.Executor.parse(self.executors.item(n).data(Qt.ItemDataRole.UserRole))
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


class ElidedLabel(QLabel):
    """A one-line label that takes the room it is given and no more: a long text is cut
    with "…" in the middle (the whole of it in the tool tip) instead of widening its row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideMiddle, max(self.width(), 0)
        )
        super().setText(shown)


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
        self.extracts.clicked.connect(lambda: self.make_extracts("pdf"))
        # "Save as Word…": the same documents as Word copies to edit
        self.word = QPushButton(self)  # a menu: the minutes in either language, extracts
        self.word_menu = QMenu(self.word)
        self.word_minutes_ru = QAction(self.word_menu)
        self.word_minutes_kk = QAction(self.word_menu)
        self.word_extracts = QAction(self.word_menu)
        self.word_minutes_ru.triggered.connect(lambda: self.make_minutes("ru", "docx"))
        self.word_minutes_kk.triggered.connect(lambda: self.make_minutes("kk", "docx"))
        self.word_extracts.triggered.connect(lambda: self.make_extracts("docx"))
        for action in (self.word_minutes_ru, self.word_minutes_kk, self.word_extracts):
            self.word_menu.addAction(action)
        self.word.setMenu(self.word_menu)
        # Print: the minutes written to a temporary folder, then the viewer or the printer
        self.print_button = QToolButton(self)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        self.print_ru = self.print_menu.addAction("", lambda: self.print_minutes("ru"))
        self.print_kk = self.print_menu.addAction("", lambda: self.print_minutes("kk"))
        self._printing = False  # the job running makes a document to print
        self.print_dialog = None
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel = QToolButton(self)
        self.cancel.clicked.connect(self._on_cancel)
        self.cancel.hide()
        # "Saved: <path>", the progress bar and its Stop: the editor places them in its
        # bottom row, beside Save, where they move nothing and take no room from the buttons
        self.status = ElidedLabel(self)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.minutes_ru,
            self.minutes_kk,
            self.extracts,
            self.word,
            self.print_button,
        ):
            box.addWidget(w)
        # the progress bar and its Stop keep their room while hidden: nothing beside them
        # moves when a document is being made
        for w in (self.progress, self.cancel):
            policy = w.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            w.setSizePolicy(policy)
        self.retranslateUi()

    @property
    def busy(self) -> bool:
        return self._running

    # -- the minutes ----------------------------------------------------------------------
    def print_minutes(self, lang: str) -> None:
        """The minutes in ``lang``, to print: no file name is asked."""
        self.make_minutes(lang, printing=True)

    def make_minutes(self, lang: str, fmt: str = "pdf", printing: bool = False) -> None:
        """The minutes in ``lang`` as a PDF, or (``fmt`` "docx") as a Word copy; with
        ``printing``, a PDF in a temporary folder for the viewer or the printer."""
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
        if printing:
            from ..kit.printing import print_folder

            self._printing = True
            self._start(
                minutes_job(
                    self.ctx.store.path,
                    self.ctx.lang,
                    self.ctx.services.today,
                    sid,
                    lang,
                    print_folder() / self.ctx.services.minutes_file_name(s, lang),
                ),
                QCoreApplication.translate("SessionEditor", "Making the minutes…"),
                0,
            )
            return
        name = self.ctx.services.minutes_file_name(s, lang, fmt)
        default = Path(documents_folder(self.ctx)) / name
        if fmt == "docx":
            filter_ = QCoreApplication.translate("SessionEditor", "Word documents (*.docx)")
        else:
            filter_ = QCoreApplication.translate("SessionEditor", "PDF documents (*.pdf)")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("SessionEditor", "Save the minutes as"),
            str(default),
            filter_,
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(f"{target.name}.{fmt}")
        self.ctx.settings.setValue(SETTING_FOLDER, str(target.parent))
        self._start(
            minutes_job(
                self.ctx.store.path, self.ctx.lang, self.ctx.services.today, sid, lang, target, fmt
            ),
            QCoreApplication.translate("SessionEditor", "Making the minutes…"),
            0,
        )

    # -- the extracts ---------------------------------------------------------------------
    def make_extracts(self, fmt: str = "pdf") -> ExtractsDialog | None:
        """Ask for the executors, language and folder; then one file each, PDF or
        (``fmt`` "docx") Word."""
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
        dlg.accepted.connect(lambda: self._on_extracts_accepted(sid, dlg, fmt))
        return self._dialogs.open(dlg)  # type: ignore[return-value]

    def _on_extracts_accepted(self, sid: int, dlg: ExtractsDialog, fmt: str = "pdf") -> None:
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
                fmt,
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
        printing, self._printing = self._printing, False
        self._finish()
        self.last_paths = list(paths)
        if printing and paths:
            from ..kit.printing import PrintDialog

            self.status.setText("")
            dlg = PrintDialog(list(paths), self.window())
            self.print_dialog = dlg
            self._dialogs.open(dlg)
            return
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
        self._printing = False
        self._finish()
        self.status.setText("")
        if isinstance(exc, UserError):
            show_user_error(self, exc, self.ctx.lang)
            return
        raise exc  # our bug: the crash handler logs it and tells the user

    def _set_buttons(self, enabled: bool) -> None:
        for b in (self.minutes_ru, self.minutes_kk, self.extracts, self.word, self.print_button):
            b.setEnabled(enabled)

    def retranslateUi(self) -> None:
        self.minutes_ru.setText(QCoreApplication.translate("SessionEditor", "Minutes (RU)"))
        self.minutes_kk.setText(QCoreApplication.translate("SessionEditor", "Minutes (KZ)"))
        self.extracts.setText(QCoreApplication.translate("SessionEditor", "Extracts…"))
        self.print_button.setText(QCoreApplication.translate("SessionEditor", "Print"))
        self.print_button.setToolTip(
            QCoreApplication.translate(
                "SessionEditor", "Print the minutes (the extracts: on the Reports page)"
            )
        )
        self.print_ru.setText(QCoreApplication.translate("SessionEditor", "Minutes in Russian…"))
        self.print_kk.setText(QCoreApplication.translate("SessionEditor", "Minutes in Kazakh…"))
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
        self.word.setText(QCoreApplication.translate("SessionEditor", "Save as Word…"))
        self.word.setToolTip(
            QCoreApplication.translate(
                "SessionEditor",
                "A Word copy to edit, with the same text as the PDF. The record stays the "
                "program's; the copy's footer says so.",
            )
        )
        self.word_minutes_ru.setText(
            QCoreApplication.translate("SessionEditor", "Minutes in Russian")
        )
        self.word_minutes_kk.setText(
            QCoreApplication.translate("SessionEditor", "Minutes in Kazakh")
        )
        self.word_extracts.setText(QCoreApplication.translate("SessionEditor", "Extracts…"))
        self.cancel.setText(QCoreApplication.translate("SessionEditor", "Stop"))
