"""Backups: a consistent snapshot of the database file, copied while a read
transaction pins it, or SQLite's online backup API when that cannot be had.
(Never a plain file copy: a WAL database's main file alone may lack committed
changes, and a checkpoint may rewrite it during the copy.)"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DamagedDatabase, StorageError
from .db import is_damage, read_only_uri

if TYPE_CHECKING:
    from .db import Connection


def backup_dir(db_path: Path) -> Path:
    """Where a database's backups go: ``backups/`` beside it."""
    return Path(db_path).parent / "backups"


def backup_database(
    store: Connection, dest: Path | None = None, reason: str = "manual", keep: int | None = None
) -> Path:
    if store.path is None:
        raise StorageError("An in-memory database cannot be backed up.")
    sweep_parts(backup_dir(store.path), store.path.stem)
    if dest is None:
        folder = backup_dir(store.path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime(_STAMP)
        dest = folder / f"{store.path.stem}-{stamp}-{reason}{COMPRESSED_SUFFIX}"
    dest = Path(dest)
    compress = dest.name.endswith(".zst")
    # the one-file copy first (checked as a database), then, for a .zst, its compression
    tmp = dest.with_name(dest.name.removesuffix(".zst") + ".part")
    try:
        if not _snapshot_copy(store, tmp):
            target = sqlite3.connect(str(tmp))
            try:
                store.conn.backup(target)
                # a one-file database like the snapshot copy (the pages say WAL): its
                # check below, and a read-only open later, leave no -wal/-shm beside it
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        damage = copy_damage(tmp)
    except (sqlite3.Error, OSError) as exc:
        _remove_part(tmp)
        if is_damage(exc):
            damage = str(exc)
        else:
            raise StorageError(
                "The backup to {path} failed: {detail}", path=str(dest), detail=str(exc)
            ) from exc
    if damage is None:  # the copy's chain head: the backup witnesses it (see witness.py)
        from .witness import witness_of_file

        head = witness_of_file(tmp)
    if damage is not None:  # never keep a damaged copy as if it were a backup
        _remove_part(tmp)
        raise DamagedDatabase(
            "The database is damaged ({detail}): no backup was written, and nothing was "
            "changed. Restore the newest good backup.",
            detail=damage,
        )
    try:
        if compress:
            packed = dest.with_name(dest.name + ".part")
            try:
                _compress(tmp, packed)
                packed.replace(dest)
            finally:
                packed.unlink(missing_ok=True)
                _remove_part(tmp)
        else:
            tmp.replace(dest)
    except OSError as exc:
        _remove_part(tmp)
        raise StorageError(
            "The backup to {path} failed: {detail}", path=str(dest), detail=str(exc)
        ) from exc
    if head is not None:
        from .witness import append

        append(store.path, "backup", dest.name, *head)
    if keep:
        rotate(dest.parent, store.path.stem, keep, reason)
    return dest


def _remove_part(tmp: Path) -> None:
    tmp.unlink(missing_ok=True)
    for side in ("-wal", "-shm", "-journal"):
        Path(str(tmp) + side).unlink(missing_ok=True)


# Backups are compressed with Zstandard (level 3): on the 100,000-instruction database
# (726 MB) a backup is about 15% of the file and compresses at several hundred MB/s and
# decompresses faster still; zlib, bz2, lzma and brotli were measured against it (see
# benchmarks/RESULTS.md). The frame records the size and a checksum of the content, so a
# damaged or cut-off backup fails to decompress instead of restoring something else.
COMPRESSED_SUFFIX = ".sqlite3.zst"
ZSTD_LEVEL = 3
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_CHUNK = 1 << 20


def _compress(src: Path, dest: Path) -> None:
    import zstandard

    size = src.stat().st_size
    cctx = zstandard.ZstdCompressor(level=ZSTD_LEVEL, write_checksum=True, write_content_size=True)
    with open(src, "rb") as fin, open(dest, "wb") as fout:
        cctx.copy_stream(fin, fout, size=size, read_size=_CHUNK, write_size=_CHUNK)
        fout.flush()
        os.fsync(fout.fileno())


def is_compressed(path: Path) -> bool:
    """True for a Zstandard-compressed backup (by its first bytes, whatever its name)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == _ZSTD_MAGIC
    except OSError:
        return False


@contextmanager
def readable_copy(path: Path, work_dir: Path | None = None) -> Iterator[Path]:
    """The backup ``path`` as a one-file SQLite database: itself when it is one, else
    decompressed into a temporary file (in ``work_dir``, else beside the backup, else the
    system's temporary folder), removed afterwards. StorageError when it cannot be
    decompressed (damaged or cut off: the frame's checksum or size does not match)."""
    path = Path(path)
    if not is_compressed(path):
        yield path
        return
    import tempfile

    import zstandard

    folders = [d for d in (work_dir, path.parent) if d is not None]
    tmp: Path | None = None
    for folder in [*folders, Path(tempfile.gettempdir())]:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=".unpacked-", suffix=".sqlite3.part", dir=folder)
        except OSError:
            continue
        os.close(fd)
        tmp = Path(name)
        break
    if tmp is None:
        raise StorageError("No folder to unpack the backup {path} into.", path=str(path))
    try:
        try:
            with open(path, "rb") as fin, open(tmp, "wb") as fout:
                zstandard.ZstdDecompressor().copy_stream(
                    fin, fout, read_size=_CHUNK, write_size=_CHUNK
                )
        except zstandard.ZstdError as exc:
            raise StorageError(
                "{path} cannot be restored: the compressed backup is damaged ({detail}). "
                "Nothing was changed.",
                path=str(path),
                detail=str(exc),
            ) from exc
        except OSError as exc:
            raise StorageError(
                "The backup {path} could not be unpacked: {detail}. Nothing was changed.",
                path=str(path),
                detail=exc.strerror or str(exc),
            ) from exc
        yield tmp
    finally:
        _remove_part(tmp)


def copy_damage(path: Path) -> str | None:
    """None when SQLite's ``quick_check`` finds the one-file database ``path`` sound, else
    what it found (a copy of a damaged page is as damaged as the page)."""
    from .place import damage_summary

    con = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        rows = [r[0] for r in con.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()
    return None if rows == ["ok"] else damage_summary(rows)


def _snapshot_copy(store: Connection, tmp: Path) -> bool:
    """Copy the database file as one consistent snapshot, synced to disk; False (nothing
    written) when no snapshot could be pinned and the caller should use the backup API.

    In WAL mode the WAL is first folded into the file (a TRUNCATE checkpoint); a second
    connection then opens a read transaction. While it is open no checkpoint may write
    the file (SQLite keeps every reader's snapshot intact), and if the WAL is still empty
    the file alone is that snapshot. Writers meanwhile go on appending to the WAL. In
    rollback-journal mode the reader's shared lock keeps writers out of the file.
    A block copy by the kernel is about twice as fast as the backup API's page-by-page
    copy (600 MB: ~0.7 s against ~1.2-1.4 s here)."""
    path = store.path
    if path is None or store.readonly or store._depth:
        return False  # no file; cannot checkpoint; or our own write is pending
    wal = Path(str(path) + "-wal")
    if getattr(store, "wal", False):
        waits = store.conn.execute("PRAGMA busy_timeout").fetchone()[0]
        store.conn.execute("PRAGMA busy_timeout = 0")  # do not wait for others: fall back
        try:
            busy = store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.OperationalError:  # locked
            busy = 1
        finally:
            store.conn.execute(f"PRAGMA busy_timeout = {int(waits)}")
        if busy:
            return False  # another connection is reading or writing: no empty WAL to pin
    reader = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None, timeout=5)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the snapshot starts
        if wal.exists() and wal.stat().st_size > 0:
            return False  # a write came between the checkpoint and the snapshot
        try:
            shutil.copyfile(path, tmp)
        except OSError:
            # e.g. Windows: another connection's lock on the lock-byte page of a file over
            # 1 GiB refuses plain reads there; the backup API reads through SQLite
            tmp.unlink(missing_ok=True)
            return False
    finally:
        reader.close()
    with open(tmp, "r+b") as fh:
        # The copy's header says "WAL" like the original's (bytes 18 and 19 = 2): make it a
        # one-file database (1), so it opens anywhere, read-only too, without -wal and -shm
        # beside it. Sound because the WAL was empty at the snapshot; done on the bytes
        # because opening the copy in WAL mode to switch would need shared memory, which
        # a backup folder on a network share may not give.
        fh.seek(18)
        if fh.read(2) == b"\x02\x02":
            fh.seek(18)
            fh.write(b"\x01\x01")
        fh.flush()
        os.fsync(fh.fileno())
    return True


_STAMP = "%Y%m%d-%H%M%S-%f"  # the time in a backup's name: 20261204-153012-123456


def _name_pattern(stem: str, reason: str | None = None) -> re.Pattern[str]:
    """The name ``backup_database`` gives: STEM-STAMP-REASON.sqlite3.zst, or .sqlite3 for
    the uncompressed backups of earlier versions (the one parser of it)."""
    kind = re.escape(reason) if reason else r"[a-z-]+"
    return re.compile(rf"{re.escape(stem)}-(\d{{8}}-\d{{6}}-\d{{6}})-({kind})\.sqlite3(?:\.zst)?")


PART_STALE_AFTER = 3600  # seconds: no backup takes an hour; a .part this old was abandoned


def sweep_parts(folder: Path, stem: str, now: float | None = None) -> list[Path]:
    """Remove the unfinished copies (``NAME.sqlite3.part`` and its -wal/-shm/-journal) that
    a killed backup of the database ``stem`` left in ``folder``: only names of our own
    making, only when untouched for PART_STALE_AFTER (a backup running now is younger).
    Returns what was removed."""
    import time

    pattern = re.compile(
        rf"(?:{_name_pattern(stem).pattern}|\.unpacked-\w+\.sqlite3)\.part(-wal|-shm|-journal)?"
    )
    if not folder.is_dir():
        return []
    limit = (time.time() if now is None else now) - PART_STALE_AFTER
    removed = []
    for p in folder.iterdir():
        if not pattern.fullmatch(p.name):
            continue
        try:
            if p.is_file() and p.stat().st_mtime < limit:
                p.unlink()
                removed.append(p)
        except OSError:  # removed meanwhile, or not ours to remove: leave it
            continue
    return removed


def _own(folder: Path, stem: str, reason: str | None = None) -> list[Path]:
    """Backups of the database named ``stem`` (not of "stem-other"), of one kind or all."""
    pattern = _name_pattern(stem, reason)
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if pattern.fullmatch(p.name)]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime  # from the name (the file's time if the name has none)
    size: int
    reason: str  # "daily", "manual", "before-import", "before-restore", "before-migration"


def backup_infos(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first, with the time and reason read from the name."""
    pattern = _name_pattern(db_path.stem)
    out = []
    for p in backups(db_path):
        try:
            st = p.stat()
        except OSError:  # removed meanwhile (rotation)
            continue
        made, reason = datetime.fromtimestamp(st.st_mtime), ""
        mt = pattern.fullmatch(p.name)
        if mt:
            reason = mt.group(2)
            made = datetime.strptime(mt.group(1), _STAMP)
        out.append(BackupInfo(p, made, st.st_size, reason))
    return out


def rotate(folder: Path, stem: str, keep: int, reason: str) -> None:
    """Keep the newest ``keep`` automatic backups of one kind; others are never touched."""
    files = sorted(_own(folder, stem, reason), key=lambda p: p.stat().st_mtime)
    for old in files[:-keep]:
        old.unlink(missing_ok=True)


def backups(db_path: Path) -> list[Path]:
    """The automatic and manual backups of ``db_path``, newest first."""
    found = []
    for p in _own(backup_dir(db_path), db_path.stem):
        try:
            found.append((p.stat().st_mtime, p))
        except OSError:  # removed meanwhile (rotation)
            continue
    return [p for _t, p in sorted(found, reverse=True)]


def daily_backup(store: Connection, keep: int = 14) -> Path | None:
    """At the first start of a day, back the database up (keeping the last ``keep``)."""
    if store.path is None or not store.path.exists():
        return None
    today = datetime.now().strftime("%Y%m%d")
    folder = backup_dir(store.path)
    if any(
        p.name.startswith(f"{store.path.stem}-{today}-")
        for p in _own(folder, store.path.stem, "daily")
    ):
        return None
    return backup_database(store, reason="daily", keep=keep)


def check_backup_file(path: Path) -> list[str]:
    """Problems that make ``path`` unfit to restore: an empty list means it is fit."""
    from .names import MIGRATIONS as KNOWN_MIGRATIONS
    from .store import Store

    path = Path(path)
    if not path.is_file():
        return ["the file does not exist"]
    if is_compressed(path):
        try:
            with readable_copy(path) as plain:
                return check_backup_file(plain)
        except StorageError as exc:
            return [str(exc.params.get("detail") or exc.message("en"))]
    try:
        st = Store(path, readonly=True)
    except Exception:
        return ["it cannot be opened as a database"]
    try:
        try:
            ok = st.scalar("PRAGMA integrity_check")
        except Exception:
            return ["it is not an SQLite database"]
        if ok != "ok":
            return [f"integrity check failed: {ok}"]
        try:
            names = [
                r[0]
                for r in st.q(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = 'anticorr'"
                )
            ]
        except Exception:
            return ["it is not an AntiCorr database"]
        unknown = [n for n in names if n not in KNOWN_MIGRATIONS]
        if unknown:
            return [f"written by a newer version of the program ({', '.join(unknown)})"]
        if not names:
            return ["it is not an AntiCorr database"]
        return st.verify()[:5]
    finally:
        st.close()


def restore_database(store: Connection, source: Path) -> Path:
    """Replace the database's contents with ``source`` after checking it; the
    current contents are backed up first. Returns the path of that backup."""
    work = backup_dir(store.path) if store.path is not None else None
    with readable_copy(source, work) as plain:
        _refuse_unfit(plain, source)
        # The write lock before the safety backup and until the restore is journalled: a
        # write by another program is then either in the safety backup or after the
        # restore (it waits), never lost between the two.
        with store.write_lock():
            return _restore_locked(store, plain, source)


def _restore_locked(store: Connection, plain: Path, source: Path) -> Path:
    safety = backup_database(store, reason="before-restore", keep=20)
    store._head = None
    previous_head = store.journal_head()
    src = sqlite3.connect(read_only_uri(plain), uri=True)
    try:
        src.backup(store.conn)
    except sqlite3.Error as exc:
        raise StorageError(
            "The restore failed: {detail}. The previous contents are in {backup}.",
            detail=str(exc),
            backup=str(safety),
        ) from exc
    finally:
        src.close()
    _record_restore(store, source, previous_head, None)
    return safety


def _refuse_unfit(plain: Path, shown: Path) -> None:
    problems = check_backup_file(plain)
    if problems:
        raise StorageError(
            "{path} cannot be restored: {problems}. Nothing was changed.",
            path=str(shown),
            problems="; ".join(problems),
        )


def _copy_database(source: Path, db_path: Path) -> None:
    src = sqlite3.connect(read_only_uri(source), uri=True)
    dst = sqlite3.connect(str(db_path))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def replace_damaged(db_path: Path, source: Path) -> Path:
    """Put a checked backup in place of a damaged database file, keeping the
    damaged file (renamed, never overwritten). Returns where it was kept."""
    from .writelock import write_lock

    with readable_copy(source, backup_dir(Path(db_path))) as plain:
        _refuse_unfit(plain, source)
        with write_lock(Path(db_path)):
            return _replace_damaged_locked(Path(db_path), plain, source)


def _replace_damaged_locked(db_path: Path, plain: Path, source: Path) -> Path:
    db_path = Path(db_path)
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    kept = db_path.with_name(f"{db_path.stem}-damaged-{stamp}{db_path.suffix}")
    n = 1
    while kept.exists():  # two restores within a second: keep both damaged files
        n += 1
        kept = db_path.with_name(f"{db_path.stem}-damaged-{stamp}-{n}{db_path.suffix}")
    db_path.replace(kept)
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            side.replace(Path(str(kept) + suffix))
    try:
        _copy_database(plain, db_path)
    except (sqlite3.Error, OSError) as exc:
        Path(db_path).unlink(missing_ok=True)
        kept.replace(db_path)  # as it was: nothing lost
        raise StorageError(
            "The restore failed: {detail}. The database was left as it was.", detail=str(exc)
        ) from exc
    _record_restore_at(db_path, source, kept)
    return kept


def restore_over(db_path: Path, source: Path) -> Path | None:
    """Put a checked backup at ``db_path`` without opening what is there (it may be
    empty, damaged or unreadable): the file there is kept aside (its path is returned);
    a missing file is simply written."""
    from .writelock import write_lock

    db_path = Path(db_path)
    if db_path.exists():
        return replace_damaged(db_path, source)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            "The restore failed: {detail}. The database was left as it was.", detail=str(exc)
        ) from exc
    with readable_copy(source, backup_dir(db_path)) as plain, write_lock(db_path):
        _refuse_unfit(plain, source)
        if db_path.exists():  # written meanwhile by another program: not ours to overwrite
            return _replace_damaged_locked(db_path, plain, source)
        try:
            _copy_database(plain, db_path)
        except (sqlite3.Error, OSError) as exc:
            db_path.unlink(missing_ok=True)
            raise StorageError(
                "The restore failed: {detail}. The database was left as it was.",
                detail=str(exc),
            ) from exc
        _record_restore_at(db_path, source, None)
    return None


@dataclass(frozen=True)
class DatabaseSummary:
    """What a database file holds, to show before one replaces another."""

    sessions: int
    instructions: int
    journal_entries: int
    journal_head: str
    last_change: datetime | None  # the time (UTC) of the newest journal entry


def database_summary(path: Path) -> DatabaseSummary | None:
    """Read-only; None when the file cannot be read as one of our databases."""
    from .store import Store

    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return None
    if is_compressed(path):
        try:
            with readable_copy(path) as plain:
                return database_summary(plain)
        except StorageError:
            return None
    try:
        st = Store(path, readonly=True)
    except Exception:
        return None
    try:
        at = st.scalar("SELECT at FROM journal ORDER BY seq DESC LIMIT 1")
        return DatabaseSummary(
            st.scalar("SELECT COUNT(*) FROM session") or 0,
            st.scalar("SELECT COUNT(*) FROM instruction") or 0,
            st.journal_length(),
            st.journal_head(),
            datetime.fromisoformat(at) if at else None,
        )
    except Exception:
        return None
    finally:
        st.close()


def _record_restore(
    store: Connection, source: Path, previous_head: str | None, kept: Path | None
) -> None:
    """The restore, as an entry in the restored database's own journal."""
    store._head = None
    store.record_event(
        "restore",
        {
            "source": str(source),
            "source_journal_head": store.journal_head(),
            "previous_journal_head": previous_head,
            "previous_file_kept_as": None if kept is None else str(kept),
        },
        note=f"restored from {source}",
    )


def _record_restore_at(db_path: Path, source: Path, kept: Path | None) -> None:
    from .db import Connection

    con = Connection(db_path)
    try:
        _record_restore(con, source, None, kept)
    finally:
        con.close()


def newest_good_backup(db_path: Path) -> Path | None:
    for p in backups(Path(db_path)):
        if not check_backup_file(p):
            return p
    return None
