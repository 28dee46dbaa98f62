"""`anticorr-desktop`: start the window.

anticorr-desktop [--db PATH] [--version] [--self-test] [--restore FILE]
"""

from __future__ import annotations

import argparse
import logging  # noqa: F401  (the crash handler's; see below)
import sys
from pathlib import Path
from typing import Any

import platformdirs  # noqa: F401  (the paths' folders; see below)

# The Qt-free modules the start needs come before PySide6: once imported, PySide6 reads
# the source of every module imported after it (to see whether it uses PySide6's
# __feature__ switches), ~12 ms of CPU at each start for ours and those they import.
from .. import __version__, paths
from ..domain import collation, model, rules, workdays  # noqa: F401  (see above)
from ..errors import StorageError, UserError
from ..services import Services
from ..services import listing as _listing  # noqa: F401  (see above)
from ..storage.store import open_store
from ..xcb_check import check as xcb_problem

# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from .crash import CrashHandler
from .kit.context import SETTING_LANGUAGE, AppContext
from .kit.icon import DESKTOP_ID, app_icon
from .kit.language import LanguageManager, normalise

APP_NAME = "AntiCorr Desktop"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="anticorr-desktop", description=APP_NAME)
    p.add_argument(
        "--db",
        help="the database file (default: $ANTICORR_DB, else the user's data folder)",
    )
    p.add_argument("--version", action="store_true", help="print the version and exit")
    p.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (a temporary demo database, PDFs, the window) and exit",
    )
    p.add_argument(
        "--restore",
        type=Path,
        metavar="FILE",
        help="offer to restore the database from this backup (after a confirmation)",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args, qt_args = build_parser().parse_known_args(sys.argv[1:] if argv is None else argv)
    if args.version or args.self_test:
        _attach_console()
    if args.version:
        print(f"anticorr-desktop {__version__}")
        return 0
    if args.self_test:
        return self_test(qt_args)
    if QApplication.instance() is None:
        problem = xcb_problem(qt_args)
        if problem:  # Qt would abort with a message about plugins that helps nobody
            print(problem, file=sys.stderr, flush=True)
            return 1

    app = QApplication.instance() or QApplication(
        [sys.argv[0] if sys.argv else "anticorr-desktop", *qt_args]
    )
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    settings = QSettings()
    lang = normalise(settings.value(SETTING_LANGUAGE, "ru"))
    languages = LanguageManager(app)
    languages.load(lang)

    crash = CrashHandler(paths.user_log_dir(), lang=lambda: languages.lang)
    crash.install()
    try:
        try:
            db = paths.database_path(args.db) if args.db else paths.default_db_path()
        except UserError as exc:  # a server's address where a file was expected
            print(exc.message(languages.lang), file=sys.stderr, flush=True)
            QMessageBox.critical(None, APP_NAME, exc.message(languages.lang))
            return 2
        return _run(app, settings, languages, db, args.restore)
    finally:
        crash.uninstall()
        languages.unload()


class _UpgradeProgress:
    """What the window shows while an existing database is upgraded (a backup, then the
    conversion: minutes on a database of 100,000 instructions). Nothing appears when no
    upgrade is needed."""

    def __init__(self) -> None:
        self.dialog: Any = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        from PySide6.QtWidgets import QProgressDialog

        if self.dialog is None:
            self.dialog = QProgressDialog()
            self.dialog.setWindowTitle(QCoreApplication.translate("App", "Upgrading the database"))
            self.dialog.setCancelButton(None)
            self.dialog.setMinimumDuration(0)
            self.dialog.setMinimumWidth(480)
        texts = {
            "backup": QCoreApplication.translate(
                "App",
                "Upgrading the database to this version's format. A backup is made first; "
                "this may take a few minutes on a large database.",
            ),
            "journal": QCoreApplication.translate("App", "Converting the journal of changes..."),
            "search": QCoreApplication.translate("App", "Indexing word forms for search..."),
            "compact": QCoreApplication.translate(
                "App", "Giving the freed space back to the disk..."
            ),
        }
        self.dialog.setLabelText(texts.get(stage, texts["backup"]))
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        self.dialog.show()
        QCoreApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None


def _run(
    app: QApplication,
    settings: QSettings,
    languages: LanguageManager,
    db: Path,
    restore: Path | None = None,
) -> int:
    from . import startup
    from .main_window import MainWindow

    title = QCoreApplication.translate("App", "Cannot open the database")
    startup.use_holiday_cache()
    try:
        taken = startup.take_lock(db)
    except StorageError as exc:  # e.g. the data folder cannot be created
        QMessageBox.critical(None, title, exc.message(languages.lang))
        return 1
    if taken is None:
        return 1
    lock, readonly = taken
    store = ctx = None
    try:
        startup.warn_if_network(db)
        try:
            upgrade = _UpgradeProgress()
            try:
                store = open_store(db, readonly=readonly, progress=upgrade)
            finally:
                upgrade.close()
            state = startup.check_damage(store, db, languages.lang)
            if state == startup.STOP:
                return 1
            if state == startup.REPLACED:  # a good backup now stands in for the damaged file
                store = open_store(db, readonly=readonly)
        except StorageError as exc:
            QMessageBox.critical(None, title, exc.message(languages.lang))
            return 1
        if restore is not None:
            _restore_on_start(store, restore, languages.lang)
        ctx = AppContext(Services(store, lang=languages.lang), settings, languages)
        ctx.lane.hold()  # the overview's queries start once the window is painted
        try:
            next_step = None
            if store.is_empty() and not readonly:
                from .first_run import FirstRunDialog

                first = FirstRunDialog(ctx)
                first.exec()
                next_step = first.next_step
            window = MainWindow(ctx)
        except UserError as exc:  # a locked or damaged database while reading it
            QMessageBox.critical(None, title, exc.message(languages.lang))
            return 1
        window.show()
        if next_step is not None:
            window.take_first_step(next_step)

        def after_paint() -> None:  # the queries, the checks and the reminders wait for it
            if not ctx.lane.closed:
                ctx.lane.release()
                startup.StartupChecks(ctx, window).start()
                startup.start_reminders(ctx, window)  # a child of the window: lives as long as it

        startup.after_first_paint(window, after_paint)
        return app.exec()
    finally:
        if ctx is not None:
            ctx.close()
        if store is not None:
            store.close()
        lock.release()


def _restore_on_start(store, source: Path, lang: str) -> bool:
    """``--restore FILE`` (a backup opened from the file manager): ask, then restore."""
    from ..storage.backup import restore_database

    tr = QCoreApplication.translate
    answer = QMessageBox.question(
        None,
        tr("App", "Restore the database"),
        tr(
            "App",
            "Replace everything in the database\n{db}\nwith the contents of\n{path}?\n\n"
            "The file is checked first. The current contents are backed up before they are "
            "replaced, so this can be undone by restoring that backup.",
        ).format(db=store.path, path=source),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        safety = restore_database(store, source)
    except UserError as exc:
        QMessageBox.critical(None, tr("App", "Restore the database"), exc.message(lang))
        return False
    QMessageBox.information(
        None,
        tr("App", "Database restored"),
        tr("App", "Restored from {path}. The previous contents were saved to {backup}.").format(
            path=source, backup=safety
        ),
    )
    return True


# -- --self-test ---------------------------------------------------------------------------
def self_test(qt_args: list[str]) -> int:
    """The Qt-free checks (selftest.py) on a temporary demo database, then the main
    window made, shown off screen and closed. Prints a report; 0 when all pass."""
    import os
    import tempfile

    from ..selftest import SelfTestError, run_core_selftest

    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for stream in (sys.stdout, sys.stderr):  # a path in any script, on any console
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    app = QApplication.instance() or QApplication(
        [sys.argv[0] if sys.argv else "anticorr-desktop", *qt_args]
    )
    app.setWindowIcon(app_icon())
    # The offscreen platform says this whenever a window is shown: noise, not a finding.
    previous_handler = qInstallMessageHandler(
        lambda _mode, _ctx, msg: (
            None if "propagateSizeHints" in msg else print(msg, file=sys.stderr)
        )
    )
    try:
        with tempfile.TemporaryDirectory(
            prefix="anticorr-selftest-", ignore_cleanup_errors=True
        ) as tmp:
            run_core_selftest(
                tmp,
                report=lambda check: print(check.line(), flush=True),
                with_services=lambda sv: _window_check(app, sv, Path(tmp)),
            )
    except SelfTestError as exc:
        print(f"FAILED  {exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        qInstallMessageHandler(previous_handler)
    print(f"self-test passed: anticorr-desktop {__version__}", flush=True)
    return 0


def _window_check(app: QApplication, sv, folder: Path):
    from PySide6.QtCore import QThreadPool, QTranslator

    from ..selftest import Check, SelfTestError
    from .main_window import MainWindow

    for lang in ("ru", "kk"):
        if not QTranslator().load(str(paths.resource("translations", f"anticorr_{lang}.qm"))):
            raise SelfTestError(f"Qt cannot load the {lang} interface translation")
    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, exc, _tb: errors.append(f"{kind.__name__}: {exc}")
    languages = LanguageManager(app)
    ctx = None
    try:
        languages.load("ru")
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(sv, settings, languages)
        window = MainWindow(ctx)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.show()
        app.processEvents()
        from .about import AboutDialog

        about = AboutDialog(window, sv.store.path)
        about.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        about.show()
        app.processEvents()
        about.close()
        title = window.windowTitle()
        window.close()
        QThreadPool.globalInstance().waitForDone(10_000)
        app.processEvents()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    except SelfTestError:
        raise
    except Exception as exc:
        raise SelfTestError(f"the main window failed: {type(exc).__name__}: {exc}") from exc
    finally:
        if ctx is not None:
            ctx.close()  # the query thread and its connection to the temporary database
        sys.excepthook = previous_hook
        languages.unload()
    if errors:
        raise SelfTestError("the main window raised: " + "; ".join(errors[:3]))
    return Check(
        "window",
        f'main window "{title}" and About opened and closed (Qt platform {app.platformName()})',
    )


def _attach_console() -> None:
    """A windowed program on Windows has no stdout: print into the console it was run from."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stderr = sys.stdout


if __name__ == "__main__":
    sys.exit(main())
