"""The Reports page: every document and export in one place.

Minutes and extracts of a session, the overdue report, the executive
discipline report, the task list as CSV / XLSX / ICS / JSON (the tracker's
current list or all instructions), and the import of a JSON file.

Each runs as a background task with its own database connection
(``worker_services``), a progress bar and a Cancel button; the window stays
usable meanwhile. One task at a time: the buttons wait until it ends. The
file is written whole or not at all (the writers write atomically), then
opened with the desktop's viewer.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import model as m
from ...errors import UserError, ValidationError
from ...exports.common import ExportCancelled
from ...services.base import check_cancelled
from ...services.settings import DOCUMENT_LANGUAGES
from ..backups.backup_dialog import forget_cached_state
from ..kit.common import (
    ReloadingView,
    confirm_mixed,
    fmt_date,
    from_qdate,
    hrow,
    remember_folder,
    show_user_error,
    start_folder,
    typical_width,
)
from ..kit.context import AppContext
from ..kit.dialogs import DialogKeeper, date_edit
from ..kit.language import LANGUAGE_NAMES
from ..kit.preferences import document_lang
from ..kit.tasks import Task, run_task, worker_services

SETTING_FOLDER = "reports/last_folder"
SETTING_DELIMITER = "reports/csv_delimiter"
SETTING_PER_EXECUTOR = "reports/xlsx_per_executor"

ALL_EXECUTORS = -1
SCOPE_TRACKER = "tracker"
SCOPE_ALL = "all"
DELIMITERS = (";", ",", "\t")

IdsProvider = Callable[[], "list[int] | None"]  # None: the tracker was not opened yet


@dataclass
class Outcome:
    """What a finished job hands back to the UI thread."""

    path: Path | None = None  # the file (or folder) written
    count: int = 0  # instructions exported, extracts written
    summary: Any = None  # an import's ImportSummary
    backup: Path | None = None  # the backup made before an import
    files: list[Path] = field(default_factory=list)


def _with_suffix(name: str, suffix: str) -> Path:
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class ReportsPage(ReloadingView):
    """``tracker_ids`` returns the ids the tracker lists now (its current filters),
    or None while the tracker has not been opened."""

    def __init__(
        self,
        ctx: AppContext,
        tracker_ids: IdsProvider | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tracker_ids = tracker_ids
        self.task: Task | None = None
        self._job = 0  # the running job's number; 0 when idle
        self._dirty = False
        self._prefer: int | None = None  # the session to choose at the next reload
        self._doc_lang_default = document_lang(ctx)
        self._counts: tuple[int | None, int] = (None, 0)  # the tracker's list, all
        self.last_outcome: Outcome | None = None

        # -- language of documents
        self.lang_label = QLabel(self)
        self.lang = QComboBox(self)
        for lang in DOCUMENT_LANGUAGES:
            self.lang.addItem(LANGUAGE_NAMES[lang], lang)  # each named in itself
        self.lang.setCurrentIndex(self.lang.findData(self._doc_lang_default))
        self.lang_label.setBuddy(self.lang)
        # Print: the same documents, written to a temporary folder and then printed
        self.print_button = QToolButton(self)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        self.print_actions = {
            "minutes": self.print_menu.addAction(
                "", lambda: self.print_document(self.make_minutes)
            ),
            "extract": self.print_menu.addAction(
                "", lambda: self.print_document(self.make_extract)
            ),
            "overdue": self.print_menu.addAction(
                "", lambda: self.print_document(self.make_overdue_report)
            ),
            "discipline": self.print_menu.addAction(
                "", lambda: self.print_document(self.make_discipline_report)
            ),
        }
        self._printing = False  # the document being made is to be printed
        self.print_dialog = None
        self._dialogs = DialogKeeper()

        # -- minutes and extracts
        self.session_box = QGroupBox(self)
        self.session = typical_width(QComboBox(self.session_box), 24)
        self.executor = QComboBox(self.session_box)
        self.executor.setMinimumContentsLength(24)
        self.minutes_button = QPushButton(self.session_box)
        self.extract_button = QPushButton(self.session_box)
        # the Word copies, for the official who edits the wording before signing
        self.minutes_word_button = QPushButton(self.session_box)
        self.extract_word_button = QPushButton(self.session_box)
        self.session_form = QFormLayout()
        self.session_label = QLabel(self.session_box)
        self.executor_label = QLabel(self.session_box)
        self.session_form.addRow(self.session_label, self.session)
        self.session_form.addRow(self.executor_label, self.executor)
        self.session_hint = _hint(self.session_box)
        sbox = QVBoxLayout(self.session_box)
        sbox.addWidget(self.session_hint)
        sbox.addLayout(self.session_form)
        sbox.addLayout(hrow(self.minutes_button, self.extract_button))
        sbox.addLayout(hrow(self.minutes_word_button, self.extract_word_button))

        # -- overdue report
        today = ctx.today()
        self.overdue_box = QGroupBox(self)
        self.as_of = date_edit(today, self.overdue_box)
        self.as_of_label = QLabel(self.overdue_box)
        self.overdue_button = QPushButton(self.overdue_box)
        self.overdue_hint = _hint(self.overdue_box)
        obox = QVBoxLayout(self.overdue_box)
        obox.addWidget(self.overdue_hint)
        obox.addLayout(hrow(self.as_of_label, self.as_of, self.overdue_button))

        # -- discipline report
        self.discipline_box = QGroupBox(self)
        self.date_from = date_edit(date(today.year, 1, 1), self.discipline_box)
        self.date_to = date_edit(date(today.year, 12, 31), self.discipline_box)
        self.from_label = QLabel(self.discipline_box)
        self.to_label = QLabel(self.discipline_box)
        self.discipline_button = QPushButton(self.discipline_box)
        self.discipline_hint = _hint(self.discipline_box)
        dbox = QVBoxLayout(self.discipline_box)
        dbox.addWidget(self.discipline_hint)
        dbox.addLayout(
            hrow(
                self.from_label,
                self.date_from,
                self.to_label,
                self.date_to,
                self.discipline_button,
            )
        )

        # -- task list exports
        self.export_box = QGroupBox(self)
        self.scope_tracker = QRadioButton(self.export_box)
        self.scope_all = QRadioButton(self.export_box)
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.scope_tracker)
        self.scope.addButton(self.scope_all)
        self.scope_all.setChecked(True)
        self.scope_tracker.setVisible(tracker_ids is not None)
        self.delimiter = QComboBox(self.export_box)
        for d in DELIMITERS:
            self.delimiter.addItem("", d)
        saved = str(ctx.settings.value(SETTING_DELIMITER, ";"))
        self.delimiter.setCurrentIndex(max(self.delimiter.findData(saved), 0))
        self.delimiter_label = QLabel(self.export_box)
        self.delimiter_label.setBuddy(self.delimiter)
        self.per_executor = QCheckBox(self.export_box)
        self.per_executor.setChecked(
            str(ctx.settings.value(SETTING_PER_EXECUTOR, "false")).lower() == "true"
        )
        self.csv_button = QPushButton(self.export_box)
        self.xlsx_button = QPushButton(self.export_box)
        self.ics_button = QPushButton(self.export_box)
        self.json_button = QPushButton(self.export_box)
        ebox = QVBoxLayout(self.export_box)
        ebox.addWidget(self.scope_tracker)
        ebox.addWidget(self.scope_all)
        ebox.addLayout(hrow(self.delimiter_label, self.delimiter))
        ebox.addWidget(self.per_executor)
        ebox.addLayout(hrow(self.csv_button, self.xlsx_button, self.ics_button, self.json_button))
        self.ics_hint = _hint(self.export_box)
        ebox.addWidget(self.ics_hint)

        # -- import
        self.import_box = QGroupBox(self)
        self.import_hint = _hint(self.import_box)
        self.import_button = QPushButton(self.import_box)
        ibox = QVBoxLayout(self.import_box)
        ibox.addWidget(self.import_hint)
        ibox.addLayout(hrow(self.import_button))

        # -- the running task and the last result
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.running = QLabel(self)
        self.cancel_button = QPushButton(self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.hide()
        self.status_frame = QFrame(self)
        self.status_frame.setFrameShape(QFrame.Shape.StyledPanel)
        status = QGridLayout(self.status_frame)
        status.addWidget(self.running, 0, 0)
        status.addWidget(self.progress, 0, 1)
        status.addWidget(self.cancel_button, 0, 2)
        status.addWidget(self.result, 1, 0, 1, 2)
        status.addWidget(self.open_folder_button, 1, 2)
        status.setColumnStretch(1, 1)

        content = QWidget(self)
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(hrow(self.lang_label, self.lang, self.print_button), 0, 0, 1, 2)
        left = QVBoxLayout()
        left.addWidget(self.session_box)
        left.addWidget(self.overdue_box)
        left.addWidget(self.discipline_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.export_box)
        right.addWidget(self.import_box)
        right.addStretch(1)
        grid.addLayout(left, 1, 0)
        grid.addLayout(right, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        box = QVBoxLayout(self)
        box.addWidget(scroll, 1)
        box.addWidget(self.status_frame)

        self.action_buttons = (
            self.minutes_button,
            self.extract_button,
            self.minutes_word_button,
            self.extract_word_button,
            self.overdue_button,
            self.discipline_button,
            self.csv_button,
            self.xlsx_button,
            self.ics_button,
            self.json_button,
            self.import_button,
        )
        self.session.currentIndexChanged.connect(self._on_session_changed)
        self.minutes_button.clicked.connect(lambda: self.make_minutes("pdf"))
        self.extract_button.clicked.connect(lambda: self.make_extract("pdf"))
        self.minutes_word_button.clicked.connect(lambda: self.make_minutes("docx"))
        self.extract_word_button.clicked.connect(lambda: self.make_extract("docx"))
        self.overdue_button.clicked.connect(self.make_overdue_report)
        self.discipline_button.clicked.connect(self.make_discipline_report)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.ics_button.clicked.connect(lambda: self.export("ics"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.import_button.clicked.connect(self.import_json)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_folder_button.clicked.connect(self._on_open_folder)
        self.delimiter.currentIndexChanged.connect(
            lambda _n: ctx.settings.setValue(SETTING_DELIMITER, self.delimiter.currentData())
        )
        self.per_executor.toggled.connect(
            lambda on: ctx.settings.setValue(SETTING_PER_EXECUTOR, "true" if on else "false")
        )
        ctx.data_changed.connect(self._on_data_changed)
        self._set_idle()
        self.retranslateUi()
        self.reload()

    # -- state --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._job != 0

    def doc_lang(self) -> str:
        return self.lang.currentData()

    def _on_data_changed(self, source: object = None) -> None:
        # a session just saved in its editor is the one its documents are wanted of
        draft = getattr(source, "draft", None)
        sid = getattr(getattr(draft, "session", None), "id", None)
        if isinstance(sid, int):
            self._prefer = sid
        super()._on_data_changed(source)

    def reload(self) -> None:
        """Sessions, executors and counts from the database. The session chosen stays
        chosen while it exists; the newest one (the first, chosen by default) gives way to a
        newer one, and a session saved in its editor meanwhile is chosen."""
        keep = self.session.currentData()
        if self.session.currentIndex() <= 0:  # the default: follow the newest
            keep = None
        prefer, self._prefer = self._prefer, None
        self.session.blockSignals(True)
        self.session.clear()
        commissions = {c.id: c for c in self.ctx.store.commissions()}
        several = len(commissions) > 1
        label = QCoreApplication.translate("Reports", "No. {number} of {date}")
        for sid, _year, number, day, com in self.ctx.store.session_choices():
            text = label.format(number=number, date=fmt_date(day))
            if several and com in commissions:
                text += f" — {commissions[com].name(self.ctx.name_lang)}"
            self.session.addItem(text, sid)
        chosen = self.session.findData(prefer) if prefer is not None else -1
        if chosen < 0:
            chosen = max(self.session.findData(keep), 0) if keep is not None else 0
        self.session.setCurrentIndex(chosen)
        self.session.blockSignals(False)
        self._on_session_changed()
        new_default = document_lang(self.ctx)
        if new_default != self._doc_lang_default:  # the setting changed: follow it
            self._doc_lang_default = new_default
            self.lang.setCurrentIndex(self.lang.findData(new_default))
        self._update_counts()
        self._dirty = False

    def _on_session_changed(self, *_args) -> None:
        keep = self.executor.currentData()
        self.executor.clear()
        self.executor.addItem("", ALL_EXECUTORS)
        sid = self.session.currentData()
        if sid is not None:
            for ex in self.ctx.services.session_executors(sid):
                self.executor.addItem(self.ctx.executor_name(ex), ex.ref)
        self.executor.setCurrentIndex(max(self.executor.findData(keep), 0))
        self._retranslate_executor()
        self._update_buttons()

    def use_tracker_list(self) -> None:
        """Export what the tracker lists now (its Export button)."""
        self._update_counts()
        self.scope_tracker.setChecked(True)

    def _tracker_list(self) -> list[int] | None:
        ids = self.tracker_ids() if self.tracker_ids is not None else None
        return None if ids is None else list(ids)

    def _update_counts(self) -> None:
        """Read how many instructions each choice exports (once per reload or show)."""
        ids = self._tracker_list()
        self._counts = (None if ids is None else len(ids), self.ctx.store.instruction_count())
        self._show_counts()

    def _show_counts(self) -> None:
        n_tracker, n_all = self._counts
        self.scope_all.setText(
            QCoreApplication.translate("Reports", "All instructions ({n})").format(n=n_all)
        )
        # a short label (a radio button does not wrap: a long one widened the page past the
        # window in Russian and Kazakh); the whole sentence is its tool tip
        if n_tracker is None:
            text = QCoreApplication.translate("Reports", "The tracker's list (open it first)")
            tip = QCoreApplication.translate(
                "Reports", "The instructions the tracker lists now (open the tracker first)"
            )
        else:
            text = QCoreApplication.translate("Reports", "The tracker's list ({n})").format(
                n=n_tracker
            )
            tip = QCoreApplication.translate(
                "Reports", "The instructions the tracker lists now, with its filters ({n})"
            ).format(n=n_tracker)
        self.scope_tracker.setText(text)
        self.scope_tracker.setToolTip(tip)
        self.scope_tracker.setEnabled(n_tracker is not None)
        if n_tracker is None and self.scope_tracker.isChecked():
            self.scope_all.setChecked(True)

    def _update_buttons(self) -> None:
        has_session = self.session.currentData() is not None
        for b in self.action_buttons:
            b.setEnabled(not self.busy)
        if not self.busy:
            for b in (
                self.minutes_button,
                self.extract_button,
                self.minutes_word_button,
                self.extract_word_button,
            ):
                b.setEnabled(has_session)

    def showEvent(self, event) -> None:
        # the tracker's list may have changed while this page was hidden
        if self._dirty:
            self.reload()
        else:
            self._update_counts()
        super().showEvent(event)

    # -- file names ----------------------------------------------------------------------------
    def _folder(self) -> str:
        return start_folder(self.ctx.settings, self.ctx.settings.value(SETTING_FOLDER, ""))

    def _remember_folder(self, path: Path) -> None:
        self.ctx.settings.setValue(SETTING_FOLDER, str(path))
        remember_folder(self.ctx.settings, path)

    def print_document(self, make) -> Task | None:
        """``make`` (one of the make_... methods) writes its document into a temporary
        folder; then the print dialog offers the viewer or the default printer."""
        self._printing = True
        try:
            return make()
        finally:
            self._printing = False

    def ask_save_path(self, caption: str, suggested: str, suffix: str, filter_: str) -> Path | None:
        if self._printing:
            from ..kit.printing import print_folder

            return print_folder() / _with_suffix(suggested, suffix).name
        name, _chosen = QFileDialog.getSaveFileName(
            self, caption, os.path.join(self._folder(), suggested), filter_
        )
        if not name:
            return None
        path = _with_suffix(name, suffix)
        self._remember_folder(path.parent)
        return path

    # -- jobs ---------------------------------------------------------------------------------
    def _worker(self):
        """A function that opens a connection of the worker's own (call it in the task)."""
        db, lang, today = self.ctx.store.path, self.ctx.lang, self.ctx.services.today
        return lambda: worker_services(db, lang, today=today)

    def _start(
        self,
        what: str,
        work: Callable[[Any, Callable[[], bool]], Outcome],
        done: Callable[[Outcome], str],
        *,
        cancellable: bool = True,
        open_result: bool = True,
    ) -> Task:
        printing = self._printing
        """Run ``work(progress, cancelled)`` in the background; ``done`` words the result."""
        self._job += 1
        job = self._job
        self.result.setText("")
        self.open_folder_button.hide()
        self.running.setText(what)
        self.status_frame.show()
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.progress.show()
        self.running.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(cancellable)
        self._update_buttons()
        task = run_task(
            None,
            work,
            on_success=lambda out: self._on_succeeded(job, out, done, open_result, printing),
            on_failure=lambda exc: self._on_failed(job, exc),
        )
        if self._job == job:  # still running (a synchronous task has finished already)
            self.task = task
            task.progress.connect(self._on_progress)
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.running.setText(QCoreApplication.translate("Reports", "Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _on_succeeded(
        self,
        job: int,
        out: Outcome,
        done: Callable[[Outcome], str],
        open_result: bool,
        printing: bool = False,
    ) -> None:
        if job != self._job:
            return
        self._set_idle()
        self.last_outcome = out
        self._show_result(done(out))
        if printing and out.path is not None:
            from ..kit.printing import PrintDialog

            dlg = PrintDialog(out.files or [out.path], self.window())
            self.print_dialog = dlg
            self._dialogs.open(dlg)
            return
        if out.path is not None:
            self.open_folder_button.show()
            if open_result:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(out.path)))

    def _on_failed(self, job: int, exc: BaseException) -> None:
        if job != self._job:
            return
        self._set_idle()
        self.last_outcome = None
        if isinstance(exc, ExportCancelled):
            self._show_result(
                QCoreApplication.translate("Reports", "Cancelled; nothing was written.")
            )
            return
        if isinstance(exc, UserError):
            self._show_result(exc.message(self.ctx.lang))
            show_user_error(self, exc, self.ctx.lang)
            return
        self._show_result("")
        raise exc  # our bug: to the crash handler

    def _set_idle(self) -> None:
        self._job = 0
        self.task = None
        self.progress.hide()
        self.running.hide()
        self.cancel_button.hide()
        self.status_frame.setVisible(bool(self.result.text()))
        self._update_buttons()

    def _show_result(self, text: str) -> None:
        self.result.setText(text)
        self.status_frame.setVisible(bool(text))

    def _on_open_folder(self) -> None:
        out = self.last_outcome
        if out is None or out.path is None:
            return
        folder = out.path if out.path.is_dir() else out.path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @staticmethod
    def _saved(out: Outcome) -> str:
        return QCoreApplication.translate("Reports", "Saved: {path}").format(path=out.path)

    # -- documents ------------------------------------------------------------------------------
    @staticmethod
    def _file_filter(fmt: str) -> str:
        if fmt == "docx":
            return QCoreApplication.translate("Reports", "Word documents (*.docx)")
        return QCoreApplication.translate("Reports", "PDF documents (*.pdf)")

    def _pdf_job(
        self, caption: str, name: str, busy_text: str, write, fmt: str = "pdf"
    ) -> Task | None:
        """Ask where to save ``name``.pdf (or .docx), then ``write(sv, path)`` with a
        worker connection in the background (reportlab loads off the UI thread)."""
        path = self.ask_save_path(
            caption,
            f"{name}-{self.doc_lang()}.{fmt}",
            f".{fmt}",
            self._file_filter(fmt),
        )
        if path is None:
            return None
        open_sv = self._worker()

        def work(_progress, cancelled) -> Outcome:
            check_cancelled(cancelled)
            sv = open_sv()
            try:
                write(sv, path)
            finally:
                sv.store.close()
            return Outcome(path)

        return self._start(busy_text, work, self._saved)

    def make_minutes(self, fmt: str = "pdf") -> Task | None:
        """The chosen session's minutes as a PDF or (``fmt`` "docx") as a Word copy."""
        sid = self.session.currentData()
        if sid is None or self.busy:
            return None
        s = self.ctx.store.session(sid)
        lang = self.doc_lang()
        from ..editor.session_translations import fill_in_place

        if not confirm_mixed(
            self,
            self.ctx.services.missing_texts(sid, lang),
            lang,
            lambda: fill_in_place(self.ctx, sid, lang, self),
            lambda: self.ctx.services.missing_texts(sid, lang),
        ):
            return None
        return self._pdf_job(
            QCoreApplication.translate("Reports", "Save the minutes"),
            QCoreApplication.translate("Reports", "minutes-{year}-{number}").format(
                year=s.year, number=s.number
            ),
            QCoreApplication.translate("Reports", "Writing the minutes…"),
            lambda sv, path: sv.write_minutes(sid, lang, path, fmt=fmt),
            fmt,
        )

    def make_extract(self, fmt: str = "pdf") -> Task | None:
        """The chosen executor's extract, or every executor's into a folder, as PDF or
        (``fmt`` "docx") as Word copies."""
        sid = self.session.currentData()
        if sid is None or self.busy:
            return None
        s = self.ctx.store.session(sid)
        lang = self.doc_lang()
        chosen = self.executor.currentData()
        executor = ALL_EXECUTORS if chosen == ALL_EXECUTORS else m.Executor.parse(chosen)
        if executor == ALL_EXECUTORS and self._printing:
            from ..kit.printing import print_folder

            target = print_folder()
        elif executor == ALL_EXECUTORS:
            folder = QFileDialog.getExistingDirectory(
                self,
                QCoreApplication.translate("Reports", "Folder for the extracts (a file each)"),
                self._folder(),
            )
            if not folder:
                return None
            target = Path(folder)
            self._remember_folder(target)
        else:
            target = self.ask_save_path(
                QCoreApplication.translate("Reports", "Save the extract"),
                self.ctx.services.extract_file_name(s, executor, lang, fmt),
                f".{fmt}",
                self._file_filter(fmt),
            )
            if target is None:
                return None
        open_sv = self._worker()

        def work(progress, cancelled) -> Outcome:
            sv = open_sv()
            try:
                if isinstance(executor, m.Executor):
                    check_cancelled(cancelled)
                    sv.write_extract(sid, executor, lang, target, fmt=fmt)
                    return Outcome(target, 1)
                files = sv.write_extracts(sid, lang, target, None, progress, cancelled, fmt=fmt)
                return Outcome(target, len(files), files=files)
            finally:
                sv.store.close()

        def done(out: Outcome) -> str:
            if out.files:
                return QCoreApplication.translate(
                    "Reports", "Extracts written: {n}, into {path}"
                ).format(n=out.count, path=out.path)
            return self._saved(out)

        return self._start(
            QCoreApplication.translate("Reports", "Writing the extracts…"), work, done
        )

    def make_overdue_report(self) -> Task | None:
        if self.busy:
            return None
        as_of = from_qdate(self.as_of.date())
        lang = self.doc_lang()
        return self._pdf_job(
            QCoreApplication.translate("Reports", "Save the overdue report"),
            QCoreApplication.translate("Reports", "overdue-{date}").format(date=as_of.isoformat()),
            QCoreApplication.translate("Reports", "Writing the overdue report…"),
            lambda sv, path: sv.write_overdue_report(as_of, lang, path),
        )

    def make_discipline_report(self) -> Task | None:
        if self.busy:
            return None
        date_from, date_to = from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
        if date_to < date_from:  # before asking for a file name
            show_user_error(
                self,
                ValidationError(
                    "The period ends ({to}) before it starts ({frm}).",
                    to=fmt_date(date_to),
                    frm=fmt_date(date_from),
                ),
                self.ctx.lang,
            )
            return None
        lang = self.doc_lang()
        return self._pdf_job(
            QCoreApplication.translate("Reports", "Save the discipline report"),
            QCoreApplication.translate("Reports", "discipline-{start}-{end}").format(
                start=date_from.isoformat(), end=date_to.isoformat()
            ),
            QCoreApplication.translate("Reports", "Writing the discipline report…"),
            lambda sv, path: sv.write_discipline_report(date_from, date_to, lang, path),
        )

    # -- exports --------------------------------------------------------------------------------
    def scope_ids(self) -> list[int] | None:
        """The tracker's ids, or None for all instructions."""
        if self.scope_tracker.isChecked():
            return self._tracker_list()
        return None

    def export(self, fmt: str) -> Task | None:
        """The task list as ``fmt`` (csv, xlsx, ics or json)."""
        if self.busy:
            return None
        ids = self.scope_ids()
        if ids is not None and not ids:
            show_user_error(
                self,
                ValidationError("The tracker lists no instructions: there is nothing to export."),
                self.ctx.lang,
            )
            return None
        lang = self.doc_lang()
        today = self.ctx.today()
        filters = {
            "csv": QCoreApplication.translate("Reports", "CSV files (*.csv)"),
            "xlsx": QCoreApplication.translate("Reports", "Excel workbooks (*.xlsx)"),
            "ics": QCoreApplication.translate("Reports", "Calendars (*.ics)"),
            "json": QCoreApplication.translate("Reports", "AntiCorr JSON files (*.json)"),
        }
        path = self.ask_save_path(
            QCoreApplication.translate("Reports", "Save the task list"),
            QCoreApplication.translate("Reports", "instructions-{date}").format(
                date=today.isoformat()
            )
            + f".{fmt}",
            f".{fmt}",
            filters[fmt],
        )
        if path is None:
            return None
        delimiter = self.delimiter.currentData()
        per_executor = self.per_executor.isChecked()
        open_sv = self._worker()

        def work(progress, cancelled) -> Outcome:
            sv = open_sv()
            try:
                n = sv.export_tasks(
                    ids,
                    fmt,
                    path,
                    lang,
                    as_of=today,
                    delimiter=delimiter,
                    per_executor=per_executor,
                    progress=progress,
                    cancelled=cancelled,
                )
            finally:
                sv.store.close()
            return Outcome(path, n)

        def done(out: Outcome) -> str:
            return QCoreApplication.translate(
                "Reports", "Instructions written: {n}, to {path}"
            ).format(n=out.count, path=out.path)

        return self._start(
            QCoreApplication.translate("Reports", "Exporting the task list…"), work, done
        )

    # -- import ---------------------------------------------------------------------------------
    def import_json(self) -> Task | None:
        """Import an interchange file; a backup is made first. The same file twice changes
        nothing."""
        if self.busy:
            return None
        name, _f = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Reports", "Import a JSON file"),
            self._folder(),
            QCoreApplication.translate("Reports", "AntiCorr JSON files (*.json);;All files (*)"),
        )
        if not name:
            return None
        path = Path(name)
        self._remember_folder(path.parent)
        open_sv = self._worker()

        def work(_progress, cancelled) -> Outcome:
            sv = open_sv()
            try:
                res = sv.import_file(path, cancelled)  # checks all, backs up, one transaction
            finally:
                sv.store.close()
            return Outcome(None, summary=res.summary, backup=res.backup)

        def done(out: Outcome) -> str:
            # the worker's connection wrote: this one's cached journal head is stale
            forget_cached_state(self.ctx)
            self.ctx.notify_changed(self)
            r = out.summary
            text = QCoreApplication.translate(
                "Reports", "Imported: {created} new, {updated} changed, {unchanged} unchanged."
            ).format(created=r.created, updated=r.updated, unchanged=r.unchanged)
            if out.backup is not None:
                text += " " + QCoreApplication.translate(
                    "Reports", "The database was backed up first: {path}"
                ).format(path=out.backup)
            return text

        return self._start(
            QCoreApplication.translate("Reports", "Importing {name}…").format(name=path.name),
            work,
            done,
            open_result=False,
        )

    # -- language -------------------------------------------------------------------------------
    def _retranslate_executor(self) -> None:
        if self.executor.count():
            self.executor.setItemText(
                0,
                QCoreApplication.translate("Reports", "All executors (a file each, into a folder)"),
            )

    def retranslateUi(self) -> None:
        if self.session.count():  # the sessions' names ("No. 4 of 12.12.2024") too
            self._dirty = True
            if self.isVisible():
                self.reload()
        self.lang_label.setText(QCoreApplication.translate("Reports", "Language of the documents:"))
        self.print_button.setText(QCoreApplication.translate("Reports", "&Print"))
        self.print_button.setToolTip(
            QCoreApplication.translate(
                "Reports", "Print a document of this page, with its choices (session, dates)"
            )
        )
        for key, text in (
            ("minutes", QCoreApplication.translate("Reports", "The minutes of the session")),
            ("extract", QCoreApplication.translate("Reports", "The extracts (or the extract)")),
            ("overdue", QCoreApplication.translate("Reports", "The overdue report")),
            ("discipline", QCoreApplication.translate("Reports", "The discipline report")),
        ):
            self.print_actions[key].setText(text)
        self.session_box.setTitle(QCoreApplication.translate("Reports", "Minutes and extracts"))
        self.session_hint.setText(
            QCoreApplication.translate(
                "Reports",
                "The minutes of a session, and the extracts that go to each executor "
                "with their instructions only.",
            )
        )
        self.overdue_hint.setText(
            QCoreApplication.translate(
                "Reports",
                "Instructions still open after their due date, by main executor, with the "
                "days overdue, the extensions and the last report.",
            )
        )
        self.discipline_hint.setText(
            QCoreApplication.translate(
                "Reports",
                "For each main executor, of the instructions due in the period: on time × 100 / "
                "(on time + late + still overdue).",
            )
        )
        self.session_label.setText(QCoreApplication.translate("Reports", "Session:"))
        self.executor_label.setText(QCoreApplication.translate("Reports", "Extract for:"))
        self.minutes_button.setText(QCoreApplication.translate("Reports", "Minutes (PDF)…"))
        self.extract_button.setText(QCoreApplication.translate("Reports", "Extracts (PDF)…"))
        self.minutes_word_button.setText(QCoreApplication.translate("Reports", "Minutes (Word)…"))
        self.extract_word_button.setText(QCoreApplication.translate("Reports", "Extracts (Word)…"))
        word_tip = QCoreApplication.translate(
            "Reports",
            "Save as Word: a copy to edit, with the same text as the PDF. The record stays the "
            "program's; the copy's footer says so.",
        )
        self.minutes_word_button.setToolTip(word_tip)
        self.extract_word_button.setToolTip(word_tip)
        self.overdue_box.setTitle(QCoreApplication.translate("Reports", "Overdue instructions"))
        self.as_of_label.setText(QCoreApplication.translate("Reports", "As of:"))
        self.overdue_button.setText(QCoreApplication.translate("Reports", "Overdue report (PDF)…"))
        self.discipline_box.setTitle(QCoreApplication.translate("Reports", "Executive discipline"))
        self.from_label.setText(QCoreApplication.translate("Reports", "From:"))
        self.to_label.setText(QCoreApplication.translate("Reports", "to:"))
        self.discipline_button.setText(
            QCoreApplication.translate("Reports", "Discipline report (PDF)…")
        )
        self.export_box.setTitle(QCoreApplication.translate("Reports", "Task list"))
        self.delimiter_label.setText(QCoreApplication.translate("Reports", "CSV separator:"))
        for n, text in enumerate(
            (
                QCoreApplication.translate("Reports", "; semicolon (Excel in Russian)"),
                QCoreApplication.translate("Reports", ", comma"),
                QCoreApplication.translate("Reports", "tab"),
            )
        ):
            self.delimiter.setItemText(n, text)
        self.per_executor.setText(
            QCoreApplication.translate("Reports", "Excel: a sheet for each main executor")
        )
        self.csv_button.setText(QCoreApplication.translate("Reports", "CSV…"))
        self.xlsx_button.setText(QCoreApplication.translate("Reports", "Excel (XLSX)…"))
        self.ics_button.setText(QCoreApplication.translate("Reports", "Calendar (ICS)…"))
        self.json_button.setText(QCoreApplication.translate("Reports", "JSON…"))
        self.ics_hint.setText(
            QCoreApplication.translate(
                "Reports",
                "The calendar holds the due dates of open instructions, for Outlook or a phone. "
                "JSON is the program's own format: another copy of AntiCorr Desktop imports it.",
            )
        )
        self.import_box.setTitle(QCoreApplication.translate("Reports", "Import"))
        self.import_hint.setText(
            QCoreApplication.translate(
                "Reports",
                "Sessions and the directory from another copy of the program. The whole file "
                "is checked before anything is written, and the database is backed up first; "
                "importing the same file again changes nothing.",
            )
        )
        self.import_button.setText(QCoreApplication.translate("Reports", "Import a JSON file…"))
        self.cancel_button.setText(QCoreApplication.translate("Reports", "Cancel"))
        self.open_folder_button.setText(QCoreApplication.translate("Reports", "Open folder"))
        self._retranslate_executor()
        self._show_counts()


def _hint(parent: QWidget) -> QLabel:
    lab = QLabel(parent)
    lab.setWordWrap(True)
    return lab
