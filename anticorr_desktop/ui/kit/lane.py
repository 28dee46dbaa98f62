"""Read-only queries off the UI thread: the tracker's id lists, the overview's figures.

One background thread with its own read-only connection runs the queries one
at a time. Each query has a key ("the tracker's list", "the overview"); when a
newer query arrives for a key, the older one still waiting is dropped and the
one running is stopped (SQLite's progress handler ends a statement whose result
is no longer wanted), so typing in the search box never waits for the searches
it has already made obsolete. Only the latest result for a key reaches its
callback, on the UI thread.

``QueryLane.synchronous = True`` (the tests) runs a query inline on the
window's own connection, so a test needs no waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

_seq = count(1)


@dataclass
class _Job:
    key: Hashable
    fn: Callable[[Any], Any]  # fn(services) -> result; must not touch widgets
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    owner: QObject | None = None  # the result is dropped if it is deleted meanwhile
    seq: int = field(default_factory=lambda: next(_seq))


class QueryLane(QObject):
    busy_changed = Signal(object, bool)  # key, waiting for a result

    _finished_w = Signal(object, bool, object)  # job, ok, value: from the worker thread

    synchronous = False

    def __init__(
        self,
        services_for: Callable[[], Any],
        reader_for: Callable[[Any], Any],
        parent: QObject | None = None,
    ) -> None:
        """``services_for()`` gives the window's Services (path, today, language are read
        from it at each query); ``reader_for(store)`` wraps a worker's read-only Store in a
        Services like it."""
        super().__init__(parent)
        self._services_for = services_for
        self._reader_for = reader_for
        self._cond = threading.Condition()
        self._pending: dict[Hashable, _Job] = {}  # the latest waiting job per key, in order
        self._latest: dict[Hashable, int] = {}  # key -> seq of the newest job submitted
        self._waiting: set[Hashable] = set()  # keys whose newest result has not arrived (UI thread)
        self._running: _Job | None = None
        self._thread: threading.Thread | None = None
        self._closing = False
        self._reader = None  # the worker's Store (touched only on the worker thread)
        self._reader_path: Path | None = None
        self._held = False
        self._finished_w.connect(self._on_finished)

    # -- the UI thread ------------------------------------------------------------------
    def submit(
        self,
        key: Hashable,
        fn: Callable[[Any], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn(services)`` for ``key``; ``on_done(result)`` on the UI thread if no
        newer query for ``key`` was submitted meanwhile and ``owner`` (the view or model
        the callbacks belong to) still exists."""
        job = _Job(key, fn, on_done, on_error, owner)
        self._latest[key] = job.seq
        services = self._services_for()
        if self.synchronous or services.store.path is None:  # tests; an in-memory database
            self._deliver(job, *_call(fn, services))
            return
        if self._closing:
            return
        self._waiting.add(key)
        self.busy_changed.emit(key, True)
        with self._cond:
            self._pending.pop(key, None)
            self._pending[key] = job
            self._cond.notify()  # a running query for ``key`` stops itself (_should_stop)
        self._start_thread()

    def hold(self) -> None:
        """Queue queries without running them (start-up: the first paint goes first, the
        worker's Python would compete with it for the interpreter)."""
        self._held = True

    @property
    def closed(self) -> bool:
        return self._closing

    def release(self) -> None:
        self._held = False
        self._start_thread()

    def _start_thread(self) -> None:
        if self._thread is None and not self._held and not self._closing:
            self._thread = threading.Thread(target=self._loop, name="anticorr-queries", daemon=True)
            self._thread.start()

    def is_busy(self, key: Hashable) -> bool:
        """A result for ``key`` is still to come."""
        return key in self._waiting

    def close(self, timeout: float = 0.5) -> None:
        """Stop: drop what waits, stop the statement running. A query's Python part (the
        discipline's arithmetic) cannot be stopped: quitting waits for it at most
        ``timeout`` seconds, then leaves the daemon thread to end with the process."""
        with self._cond:
            self._closing = True
            self._pending.clear()
            self._cond.notify()
        self._waiting.clear()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @Slot(object, bool, object)
    def _on_finished(self, job: _Job, ok: bool, value: object) -> None:
        if self._latest.get(job.key) == job.seq:
            self._waiting.discard(job.key)
            self.busy_changed.emit(job.key, False)
        self._deliver(job, ok, value)

    def _deliver(self, job: _Job, ok: bool, value: object) -> None:
        if self._latest.get(job.key) != job.seq:
            return  # a newer query for the same thing is on its way
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return  # the view closed meanwhile
        if ok:
            job.on_done(value)
        elif job.on_error is not None:
            job.on_error(value)  # type: ignore[arg-type]
        else:
            raise value  # type: ignore[misc]  # reaches the crash handler

    # -- the worker thread --------------------------------------------------------------
    def _loop(self) -> None:
        try:
            while True:
                with self._cond:
                    while not self._pending and not self._closing:
                        self._cond.wait()
                    if self._closing:
                        return
                    key = next(iter(self._pending))
                    job = self._pending.pop(key)
                try:
                    services = self._worker_services()
                except BaseException as exc:
                    services, failure = None, exc
                with self._cond:
                    if self._closing:
                        return
                    if job.key in self._pending:
                        continue  # superseded while the connection opened
                    self._running = job
                ok, value = (False, failure) if services is None else _call(job.fn, services)
                with self._cond:
                    self._running = None
                    closing = self._closing
                if not closing:
                    self._finished_w.emit(job, ok, value)
        finally:
            self._close_reader()

    def _should_stop(self) -> int:
        """SQLite's progress handler on the worker's connection: non-zero stops the
        statement running (the query was superseded, or the window is closing)."""
        job = self._running
        return int(self._closing or (job is not None and self._latest.get(job.key) != job.seq))

    def _worker_services(self):
        from ...storage.store import Store

        main = self._services_for()
        path = Path(main.store.path)
        if self._reader is None or self._reader_path != path:  # first query; another database
            self._close_reader()
            reader = Store(path, readonly=True)
            reader.conn.set_progress_handler(self._should_stop, 10_000)
            with self._cond:
                self._reader, self._reader_path = reader, path
        services = self._reader_for(self._reader)
        services.today, services.lang = main.today, main.lang
        return services

    def _close_reader(self) -> None:
        with self._cond:
            reader, self._reader = self._reader, None
        if reader is not None:
            reader.close()


def _call(fn: Callable[[Any], Any], services: Any) -> tuple[bool, Any]:
    try:
        return True, fn(services)
    except BaseException as exc:
        return False, exc
