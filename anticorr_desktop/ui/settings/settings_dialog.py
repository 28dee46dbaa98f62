"""The settings dialog: commissions, the working-day calendar, reminders,
documents and the data file. Each change is saved as it is made (the
commission form on Save); the interface language stays in the View menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import UserError
from ...reports.data import DocumentSettings
from ...services import DOCUMENT_LAYOUT_LIMITS
from ...services.settings import DOCUMENT_LANGUAGES, MAX_REMINDER_DAYS
from ..backups.backup_dialog import BackupDialog, backup_rows, open_folder, start_backup
from ..kit.common import show_user_error
from ..kit.context import AppContext
from ..kit.dialogs import DialogKeeper
from ..kit.language import LANGUAGE_NAMES
from ..kit.placement import remember_geometry
from ..kit.preferences import document_lang, reminder_days
from .settings_calendar import CalendarTab
from .settings_commission import CommissionTab


class RemindersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.days = QSpinBox(self)
        self.days.setRange(1, MAX_REMINDER_DAYS)
        self.days.setValue(reminder_days(ctx))
        self.days_label = QLabel(self)
        self.days_label.setBuddy(self.days)
        self.days_suffix = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.days_label)
        row.addWidget(self.days)
        row.addWidget(self.days_suffix)
        row.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.hint)
        box.addStretch(1)
        self.days.valueChanged.connect(self._on_days_changed)
        self.retranslateUi()

    def reload(self) -> None:
        self.days.blockSignals(True)
        self.days.setValue(reminder_days(self.ctx))
        self.days.blockSignals(False)

    def _on_days_changed(self, n: int) -> None:
        self.ctx.services.set_reminder_days(int(n))
        self.ctx.notify_changed(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.days_label.setText(
            QCoreApplication.translate("Settings", "Remind of instructions due within")
        )
        self.days_suffix.setText(QCoreApplication.translate("Settings", "working days"))
        self.hint.setText(
            QCoreApplication.translate(
                "Settings",
                "The reminder appears when the program starts and every morning at 08:00 "
                "while it runs. It names the instructions due within this many working days, "
                "and those that became overdue since the last reminder (each only once).",
            )
        )


class DocumentsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang_label = QLabel(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.lang_label)
        current = document_lang(ctx)
        for lang in DOCUMENT_LANGUAGES:
            b = QRadioButton(LANGUAGE_NAMES[lang], self)  # each language named in itself
            b.setChecked(lang == current)
            b.toggled.connect(lambda on, lang=lang: on and self._on_lang_chosen(lang))
            self.group.addButton(b)
            self.buttons[lang] = b
            row.addWidget(b)
        row.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        # the page layout of every document, saved as it is changed
        self.layout_title = QLabel(self)
        self.layout_form = QFormLayout()
        self.layout_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.layout_labels: dict[str, QLabel] = {}
        self.layout_boxes: dict[str, QDoubleSpinBox | QSpinBox] = {}
        for key, (lo, hi, _what) in DOCUMENT_LAYOUT_LIMITS.items():
            if key == "annex_threshold":
                spin: QDoubleSpinBox | QSpinBox = QSpinBox(self)
            else:
                spin = QDoubleSpinBox(self)
                spin.setDecimals(1)
                spin.setSingleStep(0.5 if key.endswith("size") else 1.0)
            spin.setRange(lo, hi)
            spin.setKeyboardTracking(False)  # saved when the typing is done, not per digit
            spin.valueChanged.connect(lambda value, key=key: self._on_layout_changed(key, value))
            label = QLabel(self)
            label.setBuddy(spin)
            self.layout_labels[key] = label
            self.layout_boxes[key] = spin
            self.layout_form.addRow(label, spin)
        self.defaults_button = QPushButton(self)
        self.defaults_button.clicked.connect(self._on_defaults)
        self.layout_hint = QLabel(self)
        self.layout_hint.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.hint)
        box.addSpacing(12)
        box.addWidget(self.layout_title)
        box.addLayout(self.layout_form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addWidget(self.layout_hint)
        box.addStretch(1)
        self._show_layout()
        self.retranslateUi()

    def reload(self) -> None:
        current = document_lang(self.ctx)
        for lang, b in self.buttons.items():
            b.blockSignals(True)
            b.setChecked(lang == current)
            b.blockSignals(False)
        self._show_layout()

    def _show_layout(self) -> None:
        layout = self.ctx.services.document_settings()
        for key, spin in self.layout_boxes.items():
            spin.blockSignals(True)
            spin.setValue(getattr(layout, key))
            spin.blockSignals(False)

    def _on_layout_changed(self, key: str, value: float) -> None:
        try:
            self.ctx.services.set_document_settings(
                **{key: int(value) if key == "annex_threshold" else value}
            )
        except UserError as exc:  # out of range (the boxes keep to it; a stored value may not)
            show_user_error(self, exc, self.ctx.lang)
            self._show_layout()

    def _on_defaults(self) -> None:
        self.ctx.services.reset_document_settings()
        self._show_layout()

    def _on_lang_chosen(self, lang: str) -> None:
        if lang != document_lang(self.ctx):
            self.ctx.services.set_document_language(lang)
            self.ctx.notify_changed(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.lang_label.setText(
            QCoreApplication.translate("Settings", "Language of documents and exports:")
        )
        self.hint.setText(
            QCoreApplication.translate(
                "Settings",
                "The language the Reports page starts with for minutes, extracts, reports and "
                "task lists; each document can still be made in the other language there. "
                "The interface language is in the View menu.",
            )
        )
        self.layout_title.setText(
            "<b>{}</b>".format(
                QCoreApplication.translate("Settings", "Page layout of the documents")
            )
        )
        labels = {
            "font_size": QCoreApplication.translate("Settings", "Text size:"),
            "table_font_size": QCoreApplication.translate("Settings", "Text size in tables:"),
            "margin_left_mm": QCoreApplication.translate("Settings", "Left margin:"),
            "margin_right_mm": QCoreApplication.translate("Settings", "Right margin:"),
            "margin_top_mm": QCoreApplication.translate("Settings", "Top margin:"),
            "margin_bottom_mm": QCoreApplication.translate("Settings", "Bottom margin:"),
            "annex_threshold": QCoreApplication.translate(
                "Settings", "Attendees listed in the minutes, at most:"
            ),
        }
        for key, label in labels.items():
            self.layout_labels[key].setText(label)
            spin = self.layout_boxes[key]
            if key.endswith("size"):
                spin.setSuffix(" " + QCoreApplication.translate("Settings", "pt"))
            elif key.startswith("margin"):
                spin.setSuffix(" " + QCoreApplication.translate("Settings", "mm"))
        self.defaults_button.setText(
            QCoreApplication.translate("Settings", "Restore the usual layout")
        )
        usual = DocumentSettings()  # the figures the button restores, named once
        self.layout_hint.setText(
            QCoreApplication.translate(
                "Settings",
                "Minutes, extracts and reports follow these from the next document on. The usual "
                "layout is {size} pt text ({table} pt in tables), margins {left} mm left, "
                "{right} mm right, {top} mm top and {bottom} mm bottom; a longer list of "
                "attendees goes to an annex.",
            ).format(
                size=f"{usual.font_size:g}",
                table=f"{usual.table_font_size:g}",
                left=f"{usual.margin_left_mm:g}",
                right=f"{usual.margin_right_mm:g}",
                top=f"{usual.margin_top_mm:g}",
                bottom=f"{usual.margin_bottom_mm:g}",
            )
        )


class DataTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dialogs = DialogKeeper()
        self._busy = False
        self.path = QLabel(self)
        self.path.setTextFormat(Qt.TextFormat.PlainText)
        self.path.setWordWrap(True)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last = QLabel(self)
        self.last.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label = QLabel(self)
        self.last_label = QLabel(self)
        self.keep_label = QLabel(self)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 365)
        self.keep.setMaximumWidth(220)
        self.keep.setValue(ctx.services.backup_keep())
        self.keep_label.setBuddy(self.keep)
        # who the history of each change names: this user's name, the login kept beside it
        self.author_label = QLabel(self)
        self.author = QLineEdit(ctx.journal_name(), self)
        self.author.setMaxLength(120)
        self.author.setMinimumWidth(320)
        self.author_label.setBuddy(self.author)
        self.author_hint = QLabel(self)
        self.author_hint.setWordWrap(True)
        self.author.editingFinished.connect(self._on_author_edited)
        form = QFormLayout()
        form.addRow(self.path_label, self.path)
        form.addRow(self.last_label, self.last)
        form.addRow(self.keep_label, self.keep)
        form.addRow(self.author_label, self.author)
        form.addRow("", self.author_hint)
        self.folder_button = QPushButton(self)
        self.backup_button = QPushButton(self)
        self.backups_button = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.folder_button)
        row.addWidget(self.backup_button)
        row.addWidget(self.backups_button)
        row.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addLayout(row)
        box.addWidget(self.status)
        box.addStretch(1)
        self.folder_button.clicked.connect(self._on_open_folder)
        self.backup_button.clicked.connect(self.back_up_now)
        self.keep.valueChanged.connect(self._on_keep_changed)
        self.backups_button.clicked.connect(self.open_backups)
        has_db = ctx.store.path is not None
        for b in (self.folder_button, self.backup_button, self.backups_button):
            b.setEnabled(has_db)
        self.retranslateUi()

    @property
    def db_path(self) -> Path | None:
        return self.ctx.store.path

    def open_backups(self) -> BackupDialog:
        dlg = BackupDialog(self.ctx, self.window())
        dlg.finished.connect(lambda _r: self._update_last())
        self._dialogs.open(dlg)
        return dlg

    @property
    def backup_dialog(self) -> BackupDialog | None:
        dlg = self._dialogs.current
        return dlg if isinstance(dlg, BackupDialog) else None

    def back_up_now(self) -> None:
        if self.db_path is None or self._busy:
            return
        self._busy = True
        self.backup_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("Settings", "Writing a backup…"))
        start_backup(self.ctx, self._on_backup_done, self._on_backup_failed)

    def _on_backup_done(self, path: Path) -> None:
        self._busy = False
        self.backup_button.setEnabled(True)
        self.status.setText(
            QCoreApplication.translate("Settings", "Backup written: {path}").format(path=path)
        )
        self._update_last()

    def _on_backup_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.backup_button.setEnabled(True)
        self.status.setText("")
        if not isinstance(exc, UserError):
            raise exc
        show_user_error(self, exc, self.ctx.lang)

    def _on_keep_changed(self, n: int) -> None:
        if not self.ctx.store.readonly:
            self.ctx.services.set_backup_keep(int(n))

    def _on_author_edited(self) -> None:
        if self.author.text().strip() != self.ctx.journal_name():
            self.ctx.set_journal_name(self.author.text())
            self._show_author()

    def _show_author(self) -> None:
        self.author_hint.setText(
            QCoreApplication.translate(
                "Settings",
                "The history of every change names its author as: {user}. The name is kept "
                "for this computer's login; the login is always recorded beside it.",
            ).format(user=self.ctx.store.user)
        )

    def _on_open_folder(self) -> None:
        if self.db_path is not None:
            open_folder(self.db_path.parent)

    def _update_last(self) -> None:
        rows = backup_rows(self.ctx)
        self.last.setText(
            rows[0].made.strftime("%d.%m.%Y %H:%M")
            if rows
            else QCoreApplication.translate("Settings", "none yet")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.path_label.setText(QCoreApplication.translate("Settings", "Database:"))
        self.last_label.setText(QCoreApplication.translate("Settings", "Latest backup:"))
        self.keep_label.setText(QCoreApplication.translate("Settings", "&Keep daily backups:"))
        self.keep.setSuffix(QCoreApplication.translate("Settings", " (the latest)"))
        self.path.setText(
            str(self.db_path)
            if self.db_path is not None
            else QCoreApplication.translate("Settings", "in memory (nothing is saved)")
        )
        self.folder_button.setText(QCoreApplication.translate("Settings", "Open folder"))
        self.backup_button.setText(QCoreApplication.translate("Settings", "Back up now"))
        self.backups_button.setText(QCoreApplication.translate("Settings", "Backups…"))
        self.author_label.setText(
            QCoreApplication.translate("Settings", "Your &name in the history:")
        )
        self.author.setPlaceholderText(
            QCoreApplication.translate("Settings", "e.g. Ахметова А. Б., secretary")
        )
        self._show_author()
        self._update_last()


class SettingsDialog(QDialog):
    """Tabs: commissions, calendar, reminders, documents, data."""

    TABS = ("commissions", "calendar", "reminders", "documents", "data")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumSize(720, 460)  # fits 1280x720 at 125 %
        self.tabs = QTabWidget(self)
        self.commissions = CommissionTab(ctx, self.tabs)
        self.calendar = CalendarTab(ctx, self.tabs)
        self.reminders = RemindersTab(ctx, self.tabs)
        self.documents = DocumentsTab(ctx, self.tabs)
        self.data = DataTab(ctx, self.tabs)
        self._pages = {
            "commissions": self.commissions,
            "calendar": self.calendar,
            "reminders": self.reminders,
            "documents": self.documents,
            "data": self.data,
        }
        for key in self.TABS:
            self.tabs.addTab(self._pages[key], "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.buttons)
        ctx.data_changed.connect(self._on_data_changed)
        self.retranslateUi()
        self._geometry = remember_geometry(
            self,
            ctx.settings,
            "settings_dialog/geometry",
            self.sizeHint().expandedTo(QSize(900, 620)),
        )

    def _on_data_changed(self, source: object) -> None:
        """Another window changed the data (a restore from the Data tab, an import): read it
        again."""
        if source in (self.commissions, self.calendar, self.reminders, self.documents):
            return
        for tab in (self.commissions, self.calendar, self.reminders, self.documents):
            tab.reload()

    def show_tab(self, key: str) -> QWidget:
        page = self._pages[key]
        self.tabs.setCurrentWidget(page)
        return page

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Settings", "Settings"))
        titles = {
            "commissions": QCoreApplication.translate("Settings", "Commissions"),
            "calendar": QCoreApplication.translate("Settings", "Calendar"),
            "reminders": QCoreApplication.translate("Settings", "Reminders"),
            "documents": QCoreApplication.translate("Settings", "Documents"),
            "data": QCoreApplication.translate("Settings", "Data"),
        }
        for n, key in enumerate(self.TABS):
            self.tabs.setTabText(n, titles[key])
