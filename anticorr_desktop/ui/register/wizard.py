"""File → Import register…: a register kept in Excel or CSV, in four steps.

1. the file, its sheet and the header row (guessed: registers have merged titles above);
2. which column holds which field (guessed from the header words, remembered);
3. the preview: every row as it will be stored, every problem by row and column, and
   who each executor written in the register is (a person, an organisation or a group;
   the best candidates when unsure; a name the directory lacks is added as an
   organisation or a person, as the secretary chooses);
4. the import: one transaction, after a backup, with progress.

Reading, preview and import are the services' (``services/register.py``); the heavy
work runs in the task runner with a connection of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ... import registers as rg
from ...errors import UserError
from ...i18n import QT_TRANSLATE_NOOP as N_
from ...services.register import RegisterPlan, RegisterPreview
from ..kit.tasks import Task, run_task, worker_services

PREVIEW_ROWS = 15  # rows of the sheet shown on the first page
# executor choices besides an executor's reference ("o5", "p12", "o5p12")
CHOOSE, NEW_PERSON, NEW_ORGANISATION = "", "person", "organisation"


def tr(text: str) -> str:
    return QCoreApplication.translate("Register", text)


def _item(text: object, tip: str = "") -> QTableWidgetItem:
    it = QTableWidgetItem(str(text))
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tip:
        it.setToolTip(tip)
    return it


def _table(columns: int) -> QTableWidget:
    t = QTableWidget(0, columns)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(False)
    return t


class RegisterWizard(QWizard):
    """The import of one register; ``result`` holds the outcome after Finish."""

    def __init__(self, ctx: Any, parent: QWidget | None = None, path: Path | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.table: rg.Table | None = None
        self.preview: RegisterPreview | None = None
        self.result: Any = None
        self.task: Task | None = None
        self.setObjectName("registerWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.file_page = FilePage(self)
        self.map_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.map_page, self.preview_page):
            self.addPage(page)
        self.setWindowTitle(tr("Import a register"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Import"))
        self.resize(1100, 680)
        if path is not None:
            self.file_page.load(path)

    # what the services need
    def worker(self):
        db, lang, today = self.ctx.store.path, self.ctx.lang, self.ctx.services.today
        return lambda: worker_services(db, lang, today=today)

    def plan(self) -> RegisterPlan:
        assert self.table is not None
        return RegisterPlan(
            self.table.path,
            self.table.sheet,
            self.file_page.header.value() - 1,
            self.map_page.mapping(),
        )

    def start(self, work, ok, fail, on_progress) -> None:
        """Run ``work`` in the task runner; ``self.task`` is set while it runs (a task
        run inline, as in tests, has ended before ``run_task`` returns)."""
        running = [True]

        def ended(*_a: object) -> None:
            running[0] = False
            self.task = None

        t = run_task(self, work, lambda v: (ended(), ok(v)), lambda e: (ended(), fail(e)))
        if running[0]:
            self.task = t
            t.progress.connect(on_progress)

    def accept(self) -> None:  # Finish: import, then close
        if self.preview is None or self.task is not None:
            return
        plan, pv = self.plan(), self.preview
        choices = self.preview_page.choices()
        open_sv = self.worker()

        def work(progress, cancelled):
            sv = open_sv()
            try:
                return sv.import_register(
                    plan, choices=choices, progress=progress, cancelled=cancelled, preview=pv
                )
            finally:
                sv.store.close()

        def done(out: Any) -> None:
            self.result = out
            self.ctx.services.forget_caches()
            self.ctx.notify_changed(self)
            super(RegisterWizard, self).accept()

        self.preview_page.busy(tr("Importing…"))
        self.start(work, done, self._failed, self.preview_page.on_progress)

    def _failed(self, exc: BaseException) -> None:
        self.preview_page.busy(None)
        if isinstance(exc, UserError):
            self.preview_page.status.setText(exc.message(self.ctx.lang))
        else:
            raise exc

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        super().reject()


class FilePage(QWizardPage):
    """The file, its sheet, and the header row over a glimpse of the sheet."""

    def __init__(self, wiz: RegisterWizard):
        super().__init__()
        self.wiz = wiz
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.sheet = QComboBox()
        self.sheet.currentTextChanged.connect(self._sheet_changed)
        self.header = QSpinBox()
        self.header.setRange(1, 1)
        self.header.valueChanged.connect(self._mark_header)
        self.rows = _table(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        line = QHBoxLayout()
        line.addWidget(self.path, 1)
        line.addWidget(self.browse)
        self.file_label, self.sheet_label, self.header_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.file_label, line)
        form.addRow(self.sheet_label, self.sheet)
        form.addRow(self.header_label, self.header)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(self.rows, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(tr("The register's file"))
        self.setSubTitle(
            tr(
                "An Excel workbook (.xlsx) or a CSV file. Titles above the column names are "
                "skipped: check the header row."
            )
        )
        self.browse.setText(tr("Choose…"))
        self.file_label.setText(tr("File:"))
        self.sheet_label.setText(tr("Sheet:"))
        self.header_label.setText(tr("Header row:"))
        self.hint.setText(tr("The first rows of the sheet; the header row is highlighted."))

    def _browse(self) -> None:
        name, _f = QFileDialog.getOpenFileName(
            self,
            tr("Import a register"),
            "",
            tr("Registers (*.xlsx *.xlsm *.csv *.txt);;All files (*)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read the file off the window's thread (a register of 10,000 rows takes a
        second or two), then show its first rows."""
        if self.wiz.task is not None:
            return

        def work(_progress, _cancelled):
            return rg.read_table(path, sheet)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, UserError):
                raise exc
            self.hint.setText(exc.message(self.wiz.ctx.lang))

        self.hint.setText(tr("Reading the register…"))
        self.wiz.start(work, self._loaded, failed, lambda _d, _t: None)

    def _loaded(self, table: rg.Table) -> None:
        self.hint.setText(tr("The first rows of the sheet; the header row is highlighted."))
        self.wiz.table = table
        self.wiz.preview = None
        self.path.setText(str(table.path))
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        self.sheet.setCurrentText(table.sheet)
        self.sheet.blockSignals(False)
        self._show(table)

    def _sheet_changed(self, name: str) -> None:
        t = self.wiz.table
        if t is not None and name and name != t.sheet:
            self.load(t.path, name)

    def _show(self, table: rg.Table) -> None:
        width = max(table.width, 1)
        rows = table.rows[:PREVIEW_ROWS]
        self.rows.clear()
        self.rows.setColumnCount(width)
        self.rows.setRowCount(len(rows))
        self.rows.setHorizontalHeaderLabels([rg.column_letter(c) for c in range(width)])
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                text = rg.cell_text(v)
                self.rows.setItem(r, c, _item(text.replace("\n", " ⏎ "), text))
        self.header.setRange(1, max(len(table.rows), 1))
        self.header.setValue(rg.guess_header_row(table.rows) + 1)
        self._mark_header()
        for c in range(width):
            self.rows.setColumnWidth(c, 140)
        self.completeChanged.emit()

    def _mark_header(self) -> None:
        n = self.header.value() - 1
        for r in range(self.rows.rowCount()):
            for c in range(self.rows.columnCount()):
                it = self.rows.item(r, c)
                if it is not None:
                    f = it.font()
                    f.setBold(r == n)
                    it.setFont(f)
                    it.setBackground(QBrush(QColor("#dbe8f7")) if r == n else QBrush())
        self.wiz.preview = None

    def isComplete(self) -> bool:
        return self.wiz.table is not None


class MappingPage(QWizardPage):
    """Each column of the sheet and the field it holds (guessed, remembered)."""

    def __init__(self, wiz: RegisterWizard):
        super().__init__()
        self.wiz = wiz
        self.columns = _table(4)
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        lay = QVBoxLayout(self)
        lay.addWidget(self.columns)
        self.setTitle(tr("Columns and fields"))
        self.setSubTitle(
            tr(
                "Which field each column holds. Guessed from the column names; the choice "
                "is remembered for the next import."
            )
        )
        self.columns.setHorizontalHeaderLabels(
            [tr("Column"), tr("Name in the file"), tr("First value"), tr("Field")]
        )

    def initializePage(self) -> None:
        t = self.wiz.table
        assert t is not None
        header = self.wiz.file_page.header.value() - 1
        names = rg.headers(t, header)
        mapping = rg.guess_mapping(names, self.wiz.ctx.services.register_mapping())
        first = next(
            (row for _n, row in rg.data_rows(t, header) if any(v is not None for v in row)), []
        )
        self.columns.setRowCount(len(names))
        self.combos = []
        for c, name in enumerate(names):
            sample = rg.cell_text(first[c]) if c < len(first) else ""
            self.columns.setItem(c, 0, _item(rg.column_letter(c)))
            self.columns.setItem(c, 1, _item(name.replace("\n", " "), name))
            self.columns.setItem(c, 2, _item(sample.replace("\n", " ⏎ "), sample))
            combo = QComboBox()
            combo.addItem(tr("— not imported —"), "")
            for f in rg.FIELDS:
                combo.addItem(tr(rg.FIELD_LABELS[f]), f)
            combo.setCurrentIndex(max(combo.findData(mapping.get(c, "")), 0))
            combo.currentIndexChanged.connect(self._changed)
            self.columns.setCellWidget(c, 3, combo)
            self.combos.append(combo)
        self.columns.setColumnWidth(0, 70)
        self.columns.setColumnWidth(1, 260)
        self.columns.setColumnWidth(3, 220)
        self._changed()

    def _changed(self) -> None:
        self.wiz.preview = None
        self.completeChanged.emit()

    def mapping(self) -> dict[int, str]:
        out: dict[int, str] = {}
        for c, combo in enumerate(self.combos):
            f = combo.currentData()
            if f and f not in out.values():
                out[c] = f
        return out

    def isComplete(self) -> bool:
        return "text" in self.mapping().values()


class PreviewPage(QWizardPage):
    """Every row as it will be stored, its problems, and the executors to settle."""

    HEADERS = (
        N_("Register", "Row"),
        N_("Register", "Session"),
        N_("Register", "No."),
        N_("Register", "Text"),
        N_("Register", "Executors"),
        N_("Register", "Deadline"),
        N_("Register", "Status"),
        N_("Register", "Problems"),
    )

    def __init__(self, wiz: RegisterWizard):
        super().__init__()
        self.wiz = wiz
        self.rows = _table(len(self.HEADERS))
        self.rows.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.people = _table(2)
        self.people.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.people.setMaximumHeight(150)
        self.people_label = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.hide()
        self.combos: dict[str, QComboBox] = {}
        lay = QVBoxLayout(self)
        lay.addWidget(self.rows, 3)
        lay.addWidget(self.people_label)
        lay.addWidget(self.people, 1)
        lay.addWidget(self.status)
        lay.addWidget(self.bar)
        self.setTitle(tr("Preview"))
        self.setSubTitle(
            tr(
                "Each row as it will be stored. Nothing is written until you press Import; "
                "the import is all or nothing, after a backup."
            )
        )
        self.rows.setHorizontalHeaderLabels([tr(h) for h in self.HEADERS])
        self.people.setHorizontalHeaderLabels([tr("Written in the register"), tr("Who it is")])
        self.people_label.setText(tr("Executors the directory does not know for sure:"))

    def busy(self, what: str | None) -> None:
        self.bar.setVisible(what is not None)
        self.bar.setRange(0, 0)
        if what:
            self.status.setText(what)

    def on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def initializePage(self) -> None:
        self.rows.setRowCount(0)
        self.people.setRowCount(0)
        self.combos = {}
        plan = self.wiz.plan()
        table = self.wiz.table  # read on the first page: not read again
        open_sv = self.wiz.worker()

        def work(progress, cancelled):
            sv = open_sv()
            try:
                return sv.register_preview(plan, progress, cancelled, table=table)
            finally:
                sv.store.close()

        self.busy(tr("Reading the register…"))
        self.wiz.start(work, self._shown, self._failed, self.on_progress)

    def _failed(self, exc: BaseException) -> None:
        self.busy(None)
        if isinstance(exc, UserError):
            self.status.setText(exc.message(self.wiz.ctx.lang))
        else:
            raise exc

    def _shown(self, pv: RegisterPreview) -> None:
        self.busy(None)
        self.wiz.preview = pv
        sv = self.wiz.ctx.services
        self.rows.setRowCount(len(pv.rows))
        red, grey = QBrush(QColor("#f9d6d5")), QBrush(QColor("#888888"))
        for n, r in enumerate(pv.rows):
            due = r.due_text
            if r.due_date and r.due_date.strftime("%d.%m.%Y") != due:
                due += f" → {r.due_date:%d.%m.%Y}"
            notes = r.problems + r.warnings
            if r.exists:
                notes = [tr("Already in the database: left as it is.")]
            cells = (
                r.row,
                r.session_label,
                r.number,
                r.text.replace("\n", " "),
                ", ".join(r.executors),
                due,
                sv.status_label(r.status),
                "; ".join(notes),
            )
            for c, v in enumerate(cells):
                it = _item(v, "\n".join(notes) if c == 7 else str(v))
                if r.problems:
                    it.setBackground(red)
                elif r.exists:
                    it.setForeground(grey)
                self.rows.setItem(n, c, it)
        for c, w in enumerate((50, 70, 50, 0, 200, 170, 120, 260)):
            if w:
                self.rows.setColumnWidth(c, w)
        unsure = pv.unresolved
        self.people.setRowCount(len(unsure))
        for n, x in enumerate(unsure):
            self.people.setItem(n, 0, _item(x.text))
            combo = QComboBox()
            combo.addItem(tr("— choose —"), CHOOSE)
            for ex, label in x.candidates:
                combo.addItem(label, ex.ref)
            # add as written: as the kind the directory's rule reads it as, or the other
            combo.addItem(tr("Add to the directory as a person"), NEW_PERSON)
            combo.addItem(tr("Add to the directory as an organisation"), NEW_ORGANISATION)
            if x.candidates:
                combo.setCurrentIndex(1)
            else:
                combo.setCurrentIndex(combo.findData(x.new_kind))
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            self.people.setCellWidget(n, 1, combo)
            self.combos[x.text.casefold()] = combo
        self.people.setColumnWidth(0, 320)
        self.people_label.setVisible(bool(unsure))
        self.people.setVisible(bool(unsure))
        new = len(pv.new_rows)
        text = tr(
            "Rows: {new} to import, {old} already in the database, {skipped} skipped (empty "
            "rows, titles, totals). New sessions: {sessions}."
        ).format(
            new=new,
            old=len(pv.rows) - new,
            skipped=pv.skipped,
            sessions=", ".join(pv.new_sessions) or "—",
        )
        if pv.problems:
            text += " " + tr(
                "Problems: {n}. Correct them in the file and read it again (Back, Next)."
            ).format(n=len(pv.problems))
        self.status.setText(text)
        self.completeChanged.emit()

    def choices(self) -> dict[str, str]:
        """Name as written (casefolded) -> an executor's reference, or the kind to add it
        as (``import_register``'s choices)."""
        return {
            key: str(combo.currentData())
            for key, combo in self.combos.items()
            if combo.currentData() != CHOOSE
        }

    def isComplete(self) -> bool:
        pv = self.wiz.preview
        if pv is None or pv.problems or self.wiz.task is not None or not pv.new_rows:
            return False
        return all(c.currentData() != CHOOSE for c in self.combos.values())
