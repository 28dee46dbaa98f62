"""What happens around opening the database in the window: the lock against
a second copy, a network-share warning, a damaged file, the daily backup, the
journal check in the background, the holiday cache and the reminders."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import paths
from ..storage.place import InstanceLock, is_network_path, quick_check

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)


def use_holiday_cache() -> None:
    """Keep Kazakhstan's computed days off in the user's cache folder (start-up without
    importing the holidays package)."""
    from ..domain import workdays

    workdays.use_cache_file(paths.user_cache_dir() / "kz-days-off.json")


def take_lock(db: Path) -> tuple[InstanceLock, bool] | None:
    """The instance lock, and whether to open read-only; None when the user cancels."""
    lock = InstanceLock(db)
    other = lock.acquire()
    if other is None:
        return lock, False
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("The database is already open"),
        tr(
            "Another copy of AntiCorr Desktop ({user} on {host}, process {pid}) has this "
            "database open:\n{db}\n\nOpen it read-only here, to look without changing "
            "anything?"
        ).format(user=other.user, host=other.host, pid=other.pid, db=db),
    )
    ro = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not ro:
        return None
    return lock, True


def warn_if_network(db: Path, parent: QWidget | None = None) -> bool:
    if not is_network_path(db):
        return False
    QMessageBox.warning(
        parent,
        tr("The database is on a network folder"),
        tr(
            "The database {db} is on a network folder. SQLite's write-ahead log does "
            "not work reliably there, and two computers writing at once can damage the "
            "file.\n\nKeep the database on this computer's disk and put the backups on "
            "the network folder instead (Settings → Data)."
        ).format(db=db),
    )
    return True


OK, REPLACED, STOP = "ok", "replaced", "stop"


QUICK_CHECK_AT_START_MAX = 64 * 1024 * 1024  # larger files are checked in the background


def check_damage(store, db: Path, lang: str, problem: str | None = None) -> str:
    """OK when the database may be used. A damaged one: say so and offer the newest
    good backup (REPLACED: ``store`` is closed, open the file again); the damaged
    file is kept. STOP: the user chose not to go on.

    ``PRAGMA quick_check`` reads the whole file (1.1 s at 600 MB): a file larger than
    QUICK_CHECK_AT_START_MAX is checked by StartupChecks after the window is up."""
    if problem is None:
        if db.exists() and db.stat().st_size > QUICK_CHECK_AT_START_MAX:
            return OK
        problem = quick_check(store)
    if problem is None:
        return OK
    from ..storage.backup import newest_good_backup, replace_damaged

    good = newest_good_backup(db)
    text = tr("The database {db} is damaged ({problem}).").format(db=db, problem=problem)
    if good is None:
        QMessageBox.critical(
            None,
            tr("The database is damaged"),
            text + "\n\n" + tr("No good backup was found. Keep the file and ask for help."),
        )
        return STOP
    answer = QMessageBox.question(
        None,
        tr("The database is damaged"),
        text
        + "\n\n"
        + tr(
            "Restore the newest good backup, {backup}? The damaged file is kept beside it."
        ).format(backup=good.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return STOP
    store.close()
    kept = replace_damaged(db, good)
    QMessageBox.information(
        None,
        tr("The database was restored"),
        tr("Restored from {backup}. The damaged file was kept as {kept}.").format(
            backup=good.name, kept=kept.name
        ),
    )
    return REPLACED


class StartupChecks(QObject):
    """After the window is up, in the background: the word-form dictionary, the daily
    backup, then the journal check."""

    def __init__(self, ctx, window: QWidget):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.problems: list[str] | None = None

    def start(self) -> None:
        from .kit.tasks import run_task

        path, lang = self.ctx.store.path, self.ctx.lang
        if path is None or self.ctx.store.readonly:
            return

        def work(progress, cancelled):
            from ..storage.backup import daily_backup
            from .kit.tasks import worker_services

            sv = worker_services(path, lang)
            try:
                sv.prepare_search()  # the Russian dictionary, before the first search or save
                damage = (
                    quick_check(sv.store)
                    if path.stat().st_size > QUICK_CHECK_AT_START_MAX
                    else None
                )
                if damage is not None:
                    return None, [], damage
                made = daily_backup(sv.store, keep=sv.backup_keep())
                return made, sv.store.verify(), None
            finally:
                sv.store.close()

        run_task(self, work, self._on_done, self._on_failed)

    def _on_done(self, result) -> None:
        made, problems, damage = result
        if damage is not None:  # a large file found damaged after start
            from PySide6.QtWidgets import QApplication

            db = self.ctx.store.path
            self.ctx.store.close()
            state = check_damage(self.ctx.store, db, self.ctx.lang, problem=damage)
            if state == REPLACED:
                QMessageBox.information(
                    self.window,
                    tr("The database was restored"),
                    tr("Start the program again to work with the restored database."),
                )
            QApplication.instance().quit()
            return
        self.problems = problems
        if made is not None:
            log.info("daily backup written to %s", made)
        if problems:
            QMessageBox.warning(
                self.window,
                tr("The record does not verify"),
                tr(
                    "The check of the journal found changes made outside the "
                    "program:\n\n{lines}\n\nThe data may have been edited behind the program's "
                    "back. Keep this database as it is for inspection, and compare it with a "
                    "backup (Settings → Data → Backups)."
                ).format(lines="\n".join(problems[:10])),
            )

    def _on_failed(self, exc: BaseException) -> None:
        log.warning("start-up checks failed: %s", exc)


def start_reminders(ctx, window) -> QObject:
    from ..services.listing import TrackerQuery
    from .overview.reminders import Reminders

    rem = Reminders(ctx, window)
    rem.open_tracker.connect(
        lambda kind: window.open_tracker(
            TrackerQuery(overdue=True) if kind == "overdue" else TrackerQuery(due_soon=True)
        )
    )
    QTimer.singleShot(0, rem.start)
    return rem


class _FirstPaint(QObject):
    """Calls ``then`` once: after ``widget``'s first paint, or after ``latest_ms``."""

    def __init__(self, widget: QWidget, then: Callable[[], None], latest_ms: int) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._fire)  # dropped if the window goes first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after this paint is done
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def after_first_paint(widget: QWidget, then: Callable[[], None], latest_ms: int = 1000) -> None:
    """Run ``then`` once when ``widget`` has been painted, or after ``latest_ms`` whatever
    happens (a platform that paints late), or at once if the widget is not shown."""
    if widget.isVisible():
        _FirstPaint(widget, then, latest_ms)
    else:
        then()
