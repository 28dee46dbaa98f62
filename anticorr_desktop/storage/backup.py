"""Backups with SQLite's online backup API (never a file copy: a WAL
database's main file alone may lack committed changes)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from ..errors import StorageError


def backup_database(store, dest: Path | None = None, reason: str = "manual", keep: int | None = None) -> Path:
    if store.path is None:
        raise StorageError("An in-memory database cannot be backed up.")
    if dest is None:
        folder = store.path.parent / "backups"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = folder / f"{store.path.stem}-{stamp}-{reason}.sqlite3"
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".part")
    try:
        target = sqlite3.connect(str(tmp))
        try:
            store.conn.backup(target)
        finally:
            target.close()
        tmp.replace(dest)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError("The backup to {path} failed: {detail}", path=str(dest), detail=str(exc)) from exc
    if keep:
        rotate(dest.parent, store.path.stem, keep, reason)
    return dest


def rotate(folder: Path, stem: str, keep: int, reason: str) -> None:
    """Keep the newest ``keep`` automatic backups of one kind; others are never touched."""
    files = sorted(folder.glob(f"{stem}-*-{reason}.sqlite3"), key=lambda p: p.stat().st_mtime)
    for old in files[:-keep]:
        old.unlink(missing_ok=True)
