"""Backups of the open database: write one, list them, restore a checked one."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .base import ServiceBase

if TYPE_CHECKING:
    from ..storage import backup as _backup
    from ..storage.backup import BackupInfo, DatabaseSummary
else:

    class _Lazy:
        """storage.backup, imported on first use: the window's start and a listing
        command never need it."""

        def __getattr__(self, name: str) -> Any:
            from ..storage import backup

            return getattr(backup, name)

    _backup = _Lazy()


def __getattr__(name: str) -> Any:  # BackupInfo, DatabaseSummary (re-exported by services)
    if name in ("BackupInfo", "DatabaseSummary"):
        from ..storage import backup

        return getattr(backup, name)
    raise AttributeError(name)


@dataclass(frozen=True)
class RestoreOutcome:
    source: Path
    safety: Path | None  # the backup of the previous contents (the file was sound)
    kept: Path | None  # the previous file kept aside (it was empty, damaged or unreadable)


def restore_file(db_path: Path, source: Path) -> RestoreOutcome:
    """Restore the checked backup ``source`` as the database ``db_path``, whatever state
    the file there is in. A sound database is backed up first and its contents replaced;
    an empty, damaged, unreadable or non-SQLite file is never opened for writing: it is
    kept aside under a new name and the backup copied in its place. Another program's
    SQLite file, or a database of a newer version, is refused."""
    from ..errors import DamagedDatabase, ForeignFile, StorageError
    from ..storage.place import InstanceLock, quick_check
    from ..storage.store import open_store

    db_path, source = Path(db_path), Path(source)
    owner = InstanceLock(db_path).owner()
    if owner is not None and owner.pid != os.getpid():
        # the window works on it: replacing everything under it would leave it showing,
        # and saving over, what is no longer there
        raise StorageError(
            "The database is open in the program of {user} on {host}: close it there "
            "first, then restore. Nothing was changed.",
            user=owner.user or "?",
            host=owner.host,
        )
    sound_so_far = db_path.exists() and db_path.stat().st_size > 0 and os.access(db_path, os.R_OK)
    if sound_so_far:
        try:
            store = open_store(db_path)
        except DamagedDatabase:
            pass
        except ForeignFile as exc:
            if exc.params.get("sqlite", True):
                raise  # another program's file: not ours to move aside
        else:
            try:
                if quick_check(store) is None:
                    return RestoreOutcome(source, _backup.restore_database(store, source), None)
            finally:
                store.close()
    return RestoreOutcome(source, None, _backup.restore_over(db_path, source))


def restore_preview(
    db_path: Path, source: Path
) -> tuple[DatabaseSummary | None, DatabaseSummary | None]:
    """What the database holds now and what the backup holds (None: cannot be read), to
    show before the one replaces the other. Both are only read."""
    return _backup.database_summary(Path(db_path)), _backup.database_summary(Path(source))


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup of ``db_path`` that passes every check a restore makes."""
    return _backup.newest_good_backup(Path(db_path))


class BackupsService(ServiceBase):
    def damage(self, full: bool = False) -> str | None:
        """None when SQLite finds the file sound (``quick_check``; ``integrity_check``
        with ``full``), else what it found."""
        from ..storage.place import quick_check

        return quick_check(self.store, full)

    def back_up(self, dest: Path | None = None, reason: str = "manual") -> Path:
        """A consistent copy: to ``dest``, or into the backups folder beside the database."""
        return _backup.backup_database(self.store, dest, reason=reason)

    def printed_head(self) -> str:
        """The journal head as printed on a document (128 bits, grouped to read aloud),
        witnessed in the lists outside the database that ``verify`` checks."""
        from ..storage import witness

        now = witness.current(self.store)
        if now is None:
            return witness.printed_head(self.store.journal_head())
        if self.store.path is not None:
            witness.append(self.store.path, "printed", "document", *now)
        return witness.printed_head(now[1])

    def witness_breaches(self) -> list[Any]:
        """The backups and printed documents whose chain the live one does not extend."""
        from ..storage import witness

        if self.store.path is None:
            return []
        return witness.check(self.store, witness.read(self.store.path))

    def find_printed(self, text: str) -> Any:
        """When the printed head ``text`` was current (None: not in this journal)."""
        from ..storage import witness

        return witness.find_printed(self.store, text)

    def backup_folder(self) -> Path | None:
        return _backup.backup_dir(self.store.path) if self.store.path is not None else None

    def backup_list(self) -> list[BackupInfo]:
        """The automatic and manual backups, newest first."""
        return _backup.backup_infos(self.store.path) if self.store.path is not None else []

    def restore(self, source: Path) -> Path:
        """Replace the database's contents with ``source`` after checking it; the current
        contents are backed up first (that backup's path is returned)."""
        safety = _backup.restore_database(self.store, source)
        self.forget_caches()
        return safety


__all__ = [
    "BackupInfo",
    "BackupsService",
    "DatabaseSummary",
    "RestoreOutcome",
    "newest_good_backup",
    "restore_file",
    "restore_preview",
]
