"""Help → About: the program, its version, where its data lives, and the
licences of everything it ships (resources/licences/index.json lists them)."""

from __future__ import annotations

import json
import textwrap
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, paths
from .kit.icon import app_icon
from .kit.placement import default_size, fit_on_show


@cache
def components() -> tuple[dict, ...]:
    """The shipped components and their licences, from resources/licences/index.json."""
    try:
        data = json.loads(paths.resource("licences", "index.json").read_text("utf-8"))
        return tuple(c for c in data["components"] if isinstance(c, dict) and c.get("name"))
    except (OSError, ValueError, KeyError, TypeError):
        return ()


def _version_of(dist: str | None) -> str:
    if not dist:
        return ""
    from importlib import metadata

    try:
        return metadata.version(dist)
    except Exception:
        return ""


def licence_text(component: dict) -> str:
    parts = []
    for name in component.get("files", []):
        path = paths.resource(*name.split("/"))
        try:
            parts.append(path.read_text("utf-8", errors="replace").strip())
        except OSError:
            parts.append(f"[{path}: missing]")
    return "\n\n" + ("\n\n" + "-" * 72 + "\n\n").join(parts) if parts else ""


class AboutDialog(QDialog):
    """``AboutDialog(parent, db_path=None).exec()``."""

    def __init__(self, parent: QWidget | None = None, db_path: Path | str | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path) if db_path else None
        self.setWindowIcon(app_icon())
        default_size(self, QSize(900, 600))
        fit_on_show(self)

        self.tabs = QTabWidget(self)
        # -- the program
        page = QWidget(self)
        emblem = QLabel(page)
        emblem.setPixmap(app_icon().pixmap(96, 96))
        emblem.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(page)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel(page)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setOpenExternalLinks(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.text, 1)
        row = QHBoxLayout(page)
        row.addWidget(emblem)
        row.addLayout(column, 1)
        self.tabs.addTab(page, "")

        # -- the licences: components on the left, the selected one's text on the right
        split = QSplitter(self)
        self.component_list = QListWidget(split)
        self.licence = QPlainTextEdit(split)
        self.licence.setReadOnly(True)
        self.licence.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence.setLineWrapMode(
            QPlainTextEdit.LineWrapMode.NoWrap
        )  # the texts break their own lines
        split.setStretchFactor(1, 1)
        split.setSizes([240, 660])
        for comp in components():
            item = QListWidgetItem(comp["name"], self.component_list)
            item.setData(Qt.ItemDataRole.UserRole, comp)
        self.component_list.currentItemChanged.connect(self._show_licence)
        self.tabs.addTab(split, "")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.retranslateUi()
        if self.component_list.count():
            self.component_list.setCurrentRow(0)

    def _show_licence(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            self.licence.clear()
            return
        comp = item.data(Qt.ItemDataRole.UserRole)
        version = _version_of(comp.get("dist"))
        head = [f"{comp['name']} {version}".rstrip()]
        head.append(
            QCoreApplication.translate("About", "Licence: {licence}").format(
                licence=comp.get("licence", "")
            )
        )
        if comp.get("url"):
            head.append(
                QCoreApplication.translate("About", "Home page: {url}").format(url=comp["url"])
            )
        if comp.get("note"):
            head.append("")
            head.append(
                textwrap.fill(comp["note"], 76, break_on_hyphens=False, break_long_words=False)
            )
        self.licence.setPlainText("\n".join(head) + licence_text(comp))

    def retranslateUi(self) -> None:
        tr = QCoreApplication.translate
        self.setWindowTitle(tr("About", "About AntiCorr Desktop"))
        self.tabs.setTabText(0, tr("About", "Program"))
        self.tabs.setTabText(1, tr("About", "Licences"))
        self.title.setText(
            "<h2>{name}</h2><p>{version}</p>".format(
                name=tr("About", "AntiCorr Desktop"),
                version=tr("About", "Version {version}").format(version=__version__),
            )
        )
        folder = self.db_path.parent if self.db_path else paths.user_data_dir()
        lines = [
            tr(
                "About",
                "Minutes of the anti-corruption commission's sessions and control of the "
                "chair's instructions: due dates, reports, overdue, discipline.",
            ),
            tr(
                "About",
                "Free software under the GNU General Public License, version 3 or later. "
                "It comes with no warranty.",
            ),
            tr(
                "About",
                "The documents are set in Liberation Serif (SIL Open Font License 1.1). "
                "The window is built with Qt and PySide6 (GNU LGPL version 3); the "
                "Licences tab lists every library the program ships and its licence.",
            ),
            tr("About", "Database: {path}").format(path=self.db_path or paths.default_db_path()),
            tr("About", "Backups: {path}").format(path=folder / "backups"),
            tr("About", "Log: {path}").format(path=paths.user_log_dir()),
        ]
        self.text.setText("".join(f"<p>{_html(line)}</p>" for line in lines))
        self._show_licence(self.component_list.currentItem())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
