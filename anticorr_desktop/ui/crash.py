"""Errors nobody caught: logged with their traceback, told to the user in plain
words, and the program keeps running.

PySide6 hands an exception raised in a slot to ``sys.excepthook``; without a
hook of ours it would only reach a console the user never sees.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..errors import UserError

LOG_NAME = "anticorr-desktop.log"
log = logging.getLogger("anticorr_desktop")


LOG_MAX_BYTES = 1_000_000
LOG_KEEP = 5


def setup_logging(log_dir: Path) -> logging.Handler | None:
    """A log file in ``log_dir``, rotated at start when it passed LOG_MAX_BYTES (the last
    LOG_KEEP kept as .1 ... .5); None (and no file) if the folder is unusable. (Rotating at
    start spares importing logging.handlers, which costs start-up ~10 ms.)"""
    path = log_dir / LOG_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > LOG_MAX_BYTES:
            for n in range(LOG_KEEP - 1, 0, -1):
                older = path.with_name(f"{LOG_NAME}.{n}")
                if older.exists():
                    older.replace(path.with_name(f"{LOG_NAME}.{n + 1}"))
            path.replace(path.with_name(f"{LOG_NAME}.1"))
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return handler


class CrashHandler:
    """``sys.excepthook`` for the window."""

    def __init__(self, log_dir: Path, lang: Callable[[], str | None] = lambda: None) -> None:
        self.log_dir = log_dir
        self.log_path = log_dir / LOG_NAME
        self._lang = lang
        self._handler: logging.Handler | None = None
        self._previous = None
        self._showing = False

    def install(self) -> None:
        self._handler = setup_logging(self.log_dir)
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous or sys.__excepthook__
        if self._handler is not None:
            log.removeHandler(self._handler)
            self._handler.close()
            self._handler = None

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, UserError):
            # The user's world (a locked or full database...), not our bug.
            log.warning("user error: %s", exc.message("en"))
            self._show(
                QMessageBox.warning,
                QCoreApplication.translate("Crash", "Cannot do this"),
                exc.message(self._lang()),
            )
            return
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        text = QCoreApplication.translate(
            "Crash",
            "Something went wrong inside the program, and the last action may not have "
            "finished. What was saved before stays saved, and you can keep working.\n\n"
            "If it happens again, send the file {log} to whoever looks after the program.\n\n"
            "Technical detail: {detail}",
        ).format(log=self.log_path, detail=f"{exc_type.__name__}: {exc}"[:500])
        self._show(
            QMessageBox.critical, QCoreApplication.translate("Crash", "Internal error"), text
        )

    def _show(self, box: Callable[..., object], title: str, text: str) -> None:
        if self._showing:  # an error while the dialog is up: logged above, not stacked
            return
        self._showing = True
        try:
            box(_parent(), title, text)
        except Exception:
            log.exception("could not show the error dialog")
        finally:
            self._showing = False


def _parent() -> QWidget | None:
    return QApplication.activeModalWidget() or QApplication.activeWindow()
