"""Backups of the open database: write one, list them, restore a checked one."""

from __future__ import annotations

from pathlib import Path

from ..storage import backup as _backup
from ..storage.backup import BackupInfo
from .base import ServiceBase


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


__all__ = ["BackupInfo", "BackupsService", "newest_good_backup"]
