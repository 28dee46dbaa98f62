"""The JSON interchange file in and out (the format itself: ``interchange.py``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .base import ServiceBase, check_cancelled

if TYPE_CHECKING:
    from . import Services


@dataclass
class ImportOutcome:
    summary: Any  # interchange.ImportSummary: created, unchanged, kept
    backup: Path | None  # the backup made before the import (None: nothing to back up)


class InterchangeService(ServiceBase):
    def import_file(self, path: Path, cancelled: Callable[[], bool] | None = None) -> ImportOutcome:
        """Read and check the whole file, back the database up (when it holds data),
        then import in one transaction. The same file twice changes nothing."""
        from ..interchange import import_data, load_file

        data = load_file(path)  # the whole file is read and parsed before anything else
        check_cancelled(cancelled)
        backup = None
        # The write lock before the backup and until the import is written: what the
        # import checks against (the sessions and directory already here) cannot change
        # meanwhile, and no other program's write falls between backup and import.
        with self.store.write_lock():
            self.forget_caches()
            if self.store.path is not None and not self.store.is_empty():
                from ..storage.backup import backup_database

                backup = backup_database(self.store, reason="before-import", keep=20)
            summary = import_data(self, data)  # validates all, then one transaction
        self.forget_caches()
        return ImportOutcome(summary, backup)

    def load_demo(self) -> None:
        """The demonstration sessions, all or nothing; only into an empty database."""
        from ..demo import load_demo
        from ..errors import UserError

        with self.store.transaction():
            # checked inside the transaction that writes: of two copies loading the demo
            # at once, the second finds the first's data and refuses
            if not self.store.is_empty():
                raise UserError(
                    "The database already holds data; the demo loads only into an empty one."
                )
            load_demo(cast("Services", self))  # self is always the Services facade
        self.forget_caches()

    def export_sessions_json(self, path: Path, session_ids: Sequence[int] | None = None) -> Path:
        """The whole database, or the sessions ``session_ids`` with the directory."""
        from ..interchange import export_data, write_json

        write_json(export_data(self, list(session_ids) if session_ids else None), path)
        return path
