"""Printing the documents (minutes, extracts, reports). This build of Qt has no PDF
renderer (QtPdf is not part of PySide6-Essentials), so the program shows no print
preview of its own: it writes the document to a temporary folder and offers, honestly,
to open it in the PDF viewer (to look it over and print from there) or to send it to
the default printer at once (Windows: the PDF application's "print" command; Linux and
macOS: CUPS ``lp``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def print_folder() -> Path:
    """A new temporary folder for documents made to be printed."""
    return Path(tempfile.mkdtemp(prefix="anticorr-print-"))


def print_command() -> list[str] | None:
    """How this computer prints a PDF on its default printer (None: it cannot)."""
    if sys.platform == "win32":
        return ["startfile"]
    for name in ("lp", "lpr"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def send_to_printer(paths: list[Path]) -> str:
    """Print ``paths`` on the default printer; returns what went wrong ("" if nothing)."""
    command = print_command()
    if command is None:
        return QCoreApplication.translate("Print", "No printing system was found.")
    try:
        if command == ["startfile"]:
            for p in paths:
                os.startfile(str(p), "print")  # type: ignore[attr-defined]  # Windows only
            return ""
        done = subprocess.run(
            [*command, *(str(p) for p in paths)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return str(exc)
    if done.returncode != 0:
        return (done.stderr or done.stdout or "").strip() or f"exit code {done.returncode}"
    return ""


class PrintDialog(QDialog):
    """The documents are written: open them in the viewer, or print them at once."""

    def __init__(self, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = list(paths)
        self.printed = False
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        self.how = QLabel(self)
        self.how.setWordWrap(True)
        self.view_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.print_button.setEnabled(print_command() is not None)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.view_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.view_button.clicked.connect(self.open_in_viewer)
        self.print_button.clicked.connect(self.print_now)
        box = QVBoxLayout(self)
        box.addWidget(self.what)
        box.addWidget(self.how)
        box.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.view_button.setDefault(True)
        self.retranslateUi()

    def open_in_viewer(self) -> None:
        target = self.paths[0] if len(self.paths) == 1 else self.paths[0].parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.accept()

    def print_now(self) -> None:
        problem = send_to_printer(self.paths)
        if problem:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("Print", "Print"),
                QCoreApplication.translate(
                    "Print",
                    "The document was not printed: {problem}\n"
                    "Open it in the PDF viewer and print it from there.",
                ).format(problem=problem),
            )
            return
        self.printed = True
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Print", "Print"))
        if len(self.paths) == 1:
            self.what.setText(
                QCoreApplication.translate("Print", "Ready to print: {name}").format(
                    name=self.paths[0].name
                )
            )
        else:
            self.what.setText(
                QCoreApplication.translate("Print", "Ready to print: {n} documents").format(
                    n=len(self.paths)
                )
            )
        self.how.setText(
            QCoreApplication.translate(
                "Print",
                "The program shows documents in your PDF viewer: look the document over "
                "there and print it with Ctrl+P, choosing the printer and the pages. Or "
                "print it at once on the default printer.",
            )
        )
        self.view_button.setText(QCoreApplication.translate("Print", "&Open in the PDF viewer"))
        self.print_button.setText(
            QCoreApplication.translate("Print", "&Print on the default printer")
        )
        if not self.print_button.isEnabled():
            self.print_button.setToolTip(
                QCoreApplication.translate("Print", "No printing system was found.")
            )
