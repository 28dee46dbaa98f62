"""`anticorr-desktop`: start the window.

anticorr-desktop [--db PATH] [--version]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__, paths
from ..errors import StorageError, UserError
from .context import SETTING_LANGUAGE, AppContext
from .crash import CrashHandler
from .language import LanguageManager, normalise

APP_NAME = "AntiCorr Desktop"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="anticorr-desktop", description=APP_NAME)
    p.add_argument(
        "--db",
        type=Path,
        help="the database file (default: $ANTICORR_DB, else the user's data folder)",
    )
    p.add_argument("--version", action="store_true", help="print the version and exit")
    return p


def main(argv: list[str] | None = None) -> int:
    args, qt_args = build_parser().parse_known_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        print(f"anticorr-desktop {__version__}")
        return 0

    app = QApplication.instance() or QApplication(
        [sys.argv[0] if sys.argv else "anticorr-desktop", *qt_args]
    )
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    settings = QSettings()
    lang = normalise(settings.value(SETTING_LANGUAGE, "ru"))
    languages = LanguageManager(app)
    languages.load(lang)

    crash = CrashHandler(paths.user_log_dir(), lang=lambda: languages.lang)
    crash.install()
    try:
        return _run(app, settings, languages, args.db or paths.default_db_path())
    finally:
        crash.uninstall()
        languages.unload()


def _run(app: QApplication, settings: QSettings, languages: LanguageManager, db: Path) -> int:
    from ..services import Services
    from ..storage.store import open_store
    from .first_run import FirstRunDialog
    from .main_window import MainWindow

    title = QCoreApplication.translate("App", "Cannot open the database")
    try:
        store = open_store(db)
    except StorageError as exc:
        QMessageBox.critical(None, title, exc.message(languages.lang))
        return 1
    try:
        ctx = AppContext(Services(store, lang=languages.lang), settings, languages)
        try:
            if store.is_empty():
                FirstRunDialog(ctx).exec()
            window = MainWindow(ctx)
        except UserError as exc:  # a locked or damaged database while reading it
            QMessageBox.critical(None, title, exc.message(languages.lang))
            return 1
        window.show()
        return app.exec()
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
