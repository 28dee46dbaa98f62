"""Work off the UI thread: documents, exports, imports, long queries.

``run_task(parent, fn)`` runs ``fn(progress, cancelled)`` in the global thread
pool and reports back through the returned :class:`Task`'s signals, which
arrive on the UI thread. ``fn`` must not touch widgets, and must open its own
database connection (SQLite connections belong to one thread): use
:func:`worker_services` with ``context.store.path``.

Tests set ``Task.synchronous = True`` to run the work inline, so a test needs
no waiting; the signals are emitted all the same.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class Task(QObject):
    progress = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the result
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed

    # emitted from the worker thread; connected to this object's slots, so Qt
    # queues them to the UI thread, where the public signals above are emitted
    _progress_w = Signal(int, int)
    _done_w = Signal(bool, object)

    synchronous = False
    _running: ClassVar[set[Task]] = set()  # keeps a task alive until it ends

    def __init__(self, fn: Callable[[ProgressFn, CancelledFn], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self._progress_w.connect(self._on_progress)
        self._done_w.connect(self._on_done)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _work(self) -> None:
        try:
            result = self._fn(
                lambda d, t: self._progress_w.emit(int(d), int(t)), self._cancel.is_set
            )
        except BaseException as exc:
            self._done_w.emit(False, exc)
        else:
            self._done_w.emit(True, result)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(bool, object)
    def _on_done(self, ok: bool, value: object) -> None:
        (self.succeeded if ok else self.failed).emit(value)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._work()


def run_task(
    parent: QObject | None,
    fn: Callable[[ProgressFn, CancelledFn], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> Task:
    task = Task(fn, parent)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_failure is not None:
        task.failed.connect(on_failure)
    Task._running.add(task)
    task.finished.connect(lambda: Task._running.discard(task))
    if Task.synchronous:
        task._work()
    else:
        QThreadPool.globalInstance().start(_Runnable(task))
    return task


_journal_user: str | None = None  # who the window's user is in the journal (the setting)


def set_journal_user(user: str | None) -> None:
    global _journal_user
    _journal_user = user


def worker_services(db_path, lang: str | None, today=None):
    """A Services object with its own connection, for use inside a task; what it
    writes is signed with the window's user."""
    from ...services import Services
    from ...storage.store import open_store

    kwargs = {"today": today} if today is not None else {}
    return Services(open_store(db_path, user=_journal_user), lang=lang, **kwargs)
