"""The interface language: Qt translators loaded and swapped at run time.

Installing or removing a translator makes Qt send ``QEvent.LanguageChange``
to every window, and each widget answers with ``retranslateUi()``. When
neither the old nor the new language has a catalogue (English, or before the
``.qm`` files are built) nothing would be sent, so the event is sent by hand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QObject, QTranslator

from ...i18n import LANGUAGES
from ...paths import resource

DEFAULT_LANGUAGE = "ru"
# Each language named in itself, so a user can find their own in any interface language.
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}


def qm_path(lang: str) -> Path:
    return resource("translations", f"anticorr_{lang}.qm")


def qt_extra_path(lang: str) -> Path:
    """Strings of Qt's file dialog that Qt's own catalogue lacks (resources/translations)."""
    return resource("translations", f"qt_extra_{lang}.qm")


def has_catalogue(lang: str) -> bool:
    return qm_path(lang).is_file()


def normalise(lang: object) -> str:
    value = str(lang or "").strip().lower()
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


class LanguageManager(QObject):
    """Owns the translators installed on the application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self.lang = "en"

    def load(self, lang: str) -> None:
        lang = normalise(lang)
        app = QCoreApplication.instance()
        changed = False
        for t in self._translators:
            changed = app.removeTranslator(t) or changed
        self._translators = []
        if lang != "en":
            # the last installed is asked first: the supplement before Qt's own catalogue
            for path in (qm_path(lang), _qt_catalogue(lang), qt_extra_path(lang)):
                if path is None or not path.is_file():
                    continue
                t = QTranslator(self)
                if t.load(str(path)):
                    changed = app.installTranslator(t) or changed
                    self._translators.append(t)
        self.lang = lang
        from . import file_dialogs  # Qt's file dialog: sizes and dates in this language

        file_dialogs.set_language(lang)
        file_dialogs.install()
        if not changed:
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))

    def unload(self) -> None:
        app = QCoreApplication.instance()
        for t in self._translators:
            app.removeTranslator(t)
        self._translators = []


def _qt_catalogue(lang: str) -> Path | None:
    """Qt's own strings (OK, Cancel, the calendar popup) in ``lang``, if shipped."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not folder:
        return None
    return Path(folder) / f"qtbase_{lang}.qm"
