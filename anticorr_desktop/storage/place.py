"""Where the database lives: health at start, a lock against a second copy of
the program, and a warning for network shares (WAL needs shared memory that
network file systems do not provide)."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DamagedDatabase, StorageError

if TYPE_CHECKING:
    from .db import Connection

NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb",
    "smb2",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "9p",
    "afs",
    "ceph",
    "glusterfs",
    "fuse.glusterfs",
    "davfs",
    "fuse.davfs2",
}


def _host() -> str:
    """This computer's name (os.uname on POSIX: importing socket costs start-up ~5 ms)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def quick_check(store: Connection, full: bool = False) -> str | None:
    """None when ``PRAGMA quick_check`` (``integrity_check`` when ``full``: also every
    index against its table, several times slower) is ok, else what it found."""
    try:
        rows = [r[0] for r in store.q(f"PRAGMA {'integrity_check' if full else 'quick_check'}")]
    except DamagedDatabase as exc:
        return str(exc.params.get("detail") or exc.message("en"))
    except StorageError as exc:
        return exc.message("en")
    return None if rows == ["ok"] else damage_summary(rows)


def damage_summary(rows: list[str], limit: int = 3) -> str:
    """SQLite's check report as one line: its first ``limit`` findings."""
    lines = [
        line.strip()
        for row in rows
        for line in str(row).splitlines()
        if line.strip() and not line.startswith("*** in database")
    ]
    more = len(lines) - limit
    return "; ".join(lines[:limit]) + (f"; … (+{more})" if more > 0 else "")


def is_network_path(path: Path) -> bool:
    """True when ``path`` is on a network file system (or a UNC path on Windows)."""
    path = Path(path)
    if sys.platform == "win32":
        p = str(path.resolve())
        if p.startswith("\\\\"):
            return True
        try:
            import ctypes

            drive = os.path.splitdrive(p)[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
        except Exception:
            return False
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    target = path.resolve() if path.exists() else path.parent.resolve()
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mnt = parts[1].replace("\\040", " ")
        if (str(target) == mnt or str(target).startswith(mnt.rstrip("/") + "/")) and len(mnt) > len(
            best
        ):
            best, fstype = mnt, parts[2]
    return fstype in NETWORK_FS


@dataclass
class LockOwner:
    pid: int
    host: str
    user: str


class InstanceLock:
    """A lock file beside the database saying which copy of the program has it open.

    SQLite itself keeps two writers from interleaving (every user action is one
    ``BEGIN IMMEDIATE`` transaction); the lock tells a second copy of the window
    that another one is working, so it can open read-only instead."""

    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + ".lock")
        self.held = False

    def owner(self) -> LockOwner | None:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            owner = LockOwner(int(data["pid"]), str(data["host"]), str(data.get("user", "")))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if owner.host == _host() and not _alive(owner.pid):
            return None  # left behind by a copy that crashed
        return owner

    def acquire(self) -> LockOwner | None:
        """Take the lock; returns the other owner instead if another copy holds it."""
        other = self.owner()
        if other is not None and not (other.pid == os.getpid() and other.host == _host()):
            return other
        from .db import os_user

        if other is None:
            self.path.unlink(missing_ok=True)  # a crashed copy's lock, or none
        data = json.dumps({"pid": os.getpid(), "host": _host(), "user": os_user()})
        try:
            self.path.parent.mkdir(
                parents=True, exist_ok=True
            )  # the first start: no data folder yet
        except OSError as exc:
            raise StorageError(
                "Cannot create the folder {path}: {detail}",
                path=str(self.path.parent),
                detail=exc.strerror or str(exc),
            ) from exc
        try:  # exclusive create: of two copies starting at once, one wins
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            winner = self.owner()
            return winner or LockOwner(0, "?", "?")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        self.held = True
        return None

    def release(self) -> None:
        if self.held:
            owner = self.owner()
            if owner is not None and owner.pid == os.getpid():
                self.path.unlink(missing_ok=True)
            self.held = False


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        try:
            import ctypes

            handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
            if handle:
                ctypes.windll.kernel32.CloseHandle(handle)
                return True
            return False
        except Exception:
            return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
