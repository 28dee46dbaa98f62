"""The write lock: one writer of a database file at a time, across threads and processes,
held over more than one SQLite transaction when an action needs it.

SQLite's own lock (``BEGIN IMMEDIATE``) covers one transaction. A restore is more than
one: a safety backup of the current contents, then the copy of the backup over them,
then the journal entry. A write committed by another program between the first two
steps would be in neither the safety backup nor the restored file: a lost write. So
every write transaction first takes this lock, and a restore or an import takes it
before its safety backup and keeps it until it is done; a writer that comes meanwhile
waits (up to ``WAIT`` seconds, then it is told the database is busy and nothing was
saved), and what it then writes lands after the restore, in the live file.

The lock is an operating-system lock on a small file beside the database
(``NAME.sqlite3.writelock``; never on the database file itself, whose POSIX locks
belong to SQLite): ``flock`` on POSIX, ``msvcrt.locking`` on Windows. The system drops
it when the holder dies, so a killed program never leaves it held. Within one process
it is re-entrant for the thread that holds it (a restore's own journal entry is a
write) and other threads wait for it like other processes.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StorageError
from ..i18n import QT_TRANSLATE_NOOP as N_

WAIT = 30.0  # seconds a writer waits for a restore or an import by another program

BUSY = N_(
    "Errors",
    "The database is busy: another copy of the program is restoring, importing or saving. "
    "Nothing was saved; try again in a moment.",
)


class _Held:
    def __init__(self) -> None:
        self.guard = threading.RLock()  # the threads of this process
        self.fd: int | None = None  # the system lock, while depth > 0
        self.depth = 0


_registry: dict[str, _Held] = {}
_registry_guard = threading.Lock()


def lock_path(db_path: Path) -> Path:
    return Path(str(db_path) + ".writelock")


def _entry(db_path: Path) -> _Held:
    try:
        key = str(Path(db_path).resolve())
    except OSError:
        key = str(Path(db_path).absolute())
    with _registry_guard:
        held = _registry.get(key)
        if held is None:
            held = _registry[key] = _Held()
        return held


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:  # a file system without locks: SQLite's lock is all there is
        if exc.errno in (getattr(os, "ENOLCK", -1), getattr(os, "EOPNOTSUPP", -1)):
            return True
        raise
    return True


def _unlock(fd: int) -> None:
    try:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def write_lock(db_path: Path | None, wait: float = WAIT) -> Iterator[None]:
    """Hold the write lock of the database at ``db_path`` (nothing for an in-memory one).

    Raises StorageError (busy, nothing saved) when it cannot be had within ``wait``."""
    if db_path is None:
        yield
        return
    held = _entry(db_path)
    deadline = time.monotonic() + wait
    if not held.guard.acquire(timeout=max(wait, 0.001)):
        raise StorageError(BUSY)
    try:
        if held.depth == 0:
            held.fd = _acquire(Path(db_path), deadline)
        held.depth += 1
        try:
            yield
        finally:
            held.depth -= 1
            if held.depth == 0 and held.fd is not None:
                fd, held.fd = held.fd, None
                _unlock(fd)
    finally:
        held.guard.release()


def _acquire(db_path: Path, deadline: float) -> int | None:
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        # A folder we may not create files in: then we may not write the database there
        # either (SQLite needs its -wal beside it); let SQLite say so, with its own lock.
        return None
    pause = 0.005
    while True:
        try:
            if _try_lock(fd):
                return fd
        except OSError:
            os.close(fd)
            return None
        if time.monotonic() >= deadline:
            os.close(fd)
            raise StorageError(BUSY)
        time.sleep(pause)
        pause = min(pause * 2, 0.05)
