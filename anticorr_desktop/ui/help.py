"""The user guide (resources/help/guide_<lang>.html) in a window of its own, opened with
F1 at the part about the window in front (the editor, the tracker, the settings...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..paths import resource
from .kit.placement import remember_geometry

# the guide's parts, by the name of the place they are about
ANCHORS = (
    "first-steps",
    "overview",
    "sessions",
    "editor",
    "tracker",
    "reports",
    "directory",
    "settings",
    "keys",
    "data",
)


def guide_path(lang: str):
    path = resource("help", f"guide_{lang}.html")
    return path if path.is_file() else resource("help", "guide_en.html")


def anchor_for(widget: QWidget | None, view: str | None) -> str:
    """The part of the guide about ``widget`` (the active window) or the main window's
    ``view``."""
    # by the class's name: F1 imports none of the windows it may be pressed in
    names = {c.__name__ for c in type(widget).__mro__} if widget is not None else set()
    for name, anchor in _WINDOWS.items():
        if name in names:
            return anchor
    return view if view in ANCHORS else "first-steps"


_WINDOWS = {
    "SessionEditor": "editor",
    "SessionViewDialog": "sessions",
    "SettingsDialog": "settings",
    "BackupDialog": "data",
    "InstructionWindow": "tracker",
    "FirstRunDialog": "first-steps",
}


class HelpWindow(QDialog):
    def __init__(self, settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.browser, 1)
        box.addWidget(self.buttons)
        self._geometry = remember_geometry(self, settings, "help/geometry", QSize(760, 640))
        self._load()
        self.retranslateUi()

    def _load(self) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(self.lang))))

    def show_part(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)

    def set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self._load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Help", "User guide"))
