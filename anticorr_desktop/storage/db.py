"""Opening the database, transactions, and the journal of every change.

The database lives in one SQLite file, in WAL mode with synchronous=FULL and
foreign keys on. Every write goes through :meth:`Connection.insert`,
:meth:`Connection.update` or :meth:`Connection.delete`, which record the row
before and after in the hash-chained ``journal`` table inside the same
transaction, so nothing changes without a trace.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import DamagedDatabase, StorageError
from ..i18n import QT_TRANSLATE_NOOP as N_

GENESIS_HASH = "0" * 64
# The journal's "table" of entries about the whole database (a restore), not a row.
EVENT_TABLE = "database"


def canonical(obj: Any) -> str:
    """The one text form of an entry that the hash chain is computed over."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# hashlib.sha256, imported at the first write or check (start-up reads only)
_sha256: Callable[[bytes], Any] | None = None


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    global _sha256
    if _sha256 is None:
        from hashlib import sha256

        _sha256 = sha256
    digest: str = _sha256((prev_hash + canonical(entry)).encode("utf-8")).hexdigest()
    return digest


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def is_damage(exc: BaseException) -> bool:
    """True when an SQLite error says the file itself is damaged (or is no database)."""
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "file is encrypted" in text


def _is_user_world(exc: sqlite3.Error) -> str | None:
    """Map an SQLite error that is the user's world (not our bug) to a message."""
    text = str(exc).lower()
    if "database or disk is full" in text or "disk i/o error" in text:
        return N_(
            "Errors",
            "The disk is full or failed while saving. Nothing was saved. Free some space and try "
            "again.",
        )
    if "database is locked" in text or "database is busy" in text:
        return N_(
            "Errors",
            "The database is busy: another copy of the program is saving. Nothing was saved; try "
            "again in a moment.",
        )
    if "readonly" in text or "read-only" in text:
        return N_("Errors", "The database is open read-only. Nothing was saved.")
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return N_("Errors", "The database file is damaged ({detail}). Restore it from a backup.")
    if "unable to open" in text:
        return N_(
            "Errors",
            "Cannot open the database file ({detail}). Check the folder exists and you may write "
            "to it.",
        )
    return None


def read_only_uri(path: str | Path) -> str:
    """An SQLite URI that opens ``path`` read-only: the path percent-escaped (a folder
    named "Комиссия #2" or "100%" is a path, not a fragment or an escape), a Windows
    network path (\\\\server\\share) as SQLite wants it (file:////server/share)."""
    uri = Path(path).resolve().as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):  # UNC: file://server/...
        uri = "file:////" + uri[len("file://") :]
    return uri + "?mode=ro"


class Connection:
    """One open database: a sqlite3 connection plus the journal."""

    def __init__(self, path: str | Path, *, readonly: bool = False, user: str | None = None):
        self.path = Path(path) if str(path) != ":memory:" else None
        self.readonly = readonly
        self.user = user or os_user()
        try:
            if readonly:
                uri = read_only_uri(path)
                self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5)
            else:
                self.conn = sqlite3.connect(str(path), isolation_level=None, timeout=5)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                self.wal = mode == "wal"
                self.conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            raise self.translate(exc) from exc
        self._depth = 0
        self._head: str | None = None

    # -- errors -----------------------------------------------------------
    @staticmethod
    def translate(exc: sqlite3.Error) -> Exception:
        msg = _is_user_world(exc)
        if msg is None:
            return exc
        cls = DamagedDatabase if is_damage(exc) else StorageError
        return cls(msg, detail=str(exc))

    # -- transactions -------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One user action: all of it is written, or none of it.

        Nested calls join the outer transaction (through a savepoint)."""
        if self.readonly:
            raise StorageError("The database is open read-only. Nothing was saved.")
        if self._depth:
            name = f"sp{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                self._head = None
                raise
            self._depth -= 1
            self.conn.execute(f"RELEASE {name}")
            return
        with self.write_lock():
            yield from self._outer_transaction()

    def write_lock(self) -> AbstractContextManager[None]:
        """Hold the write lock of this database file (see ``writelock``): every write
        transaction takes it; a restore or an import holds it over its safety backup and
        its writes, so no other program's write falls between the two and is lost."""
        from .writelock import write_lock

        return write_lock(self.path)

    def _outer_transaction(self) -> Iterator[Connection]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self.translate(exc) from exc
        # Another connection (a worker thread, a second copy of the program, the CLI)
        # may have written since: read the journal head again now that we hold the lock.
        self._head = None
        self._depth = 1
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:  # a damaged file may refuse even that: SQLite undoes it
                    pass
            self._head = None
            if isinstance(exc, sqlite3.Error):
                mapped = self.translate(exc)
                if mapped is not exc:
                    raise mapped from exc
            raise
        finally:
            self._depth = 0

    def _require_tx(self) -> None:
        if not self._depth:
            raise RuntimeError("write outside a transaction")

    # -- plain reads ----------------------------------------------------------
    def q(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self.translate(exc) from exc

    def q1(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        try:
            row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
            return row
        except sqlite3.Error as exc:
            raise self.translate(exc) from exc

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.q1(sql, params)
        return None if row is None else row[0]

    def row_dict(self, table: str, id_: int) -> dict[str, Any] | None:
        row = self.q1(f"SELECT * FROM {table} WHERE id = ?", (id_,))
        return dict(row) if row is not None else None

    # -- journaled writes -----------------------------------------------------
    def journal_head(self) -> str:
        if self._head is None:
            self._head = (
                self.scalar("SELECT hash FROM journal ORDER BY seq DESC LIMIT 1") or GENESIS_HASH
            )
        return self._head

    def _journal(
        self,
        action: str,
        table: str,
        uid: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        note: str = "",
    ) -> None:
        prev = self.journal_head()
        entry = {
            "at": datetime.now(UTC).isoformat(timespec="microseconds"),
            "user": self.user,
            "action": action,
            "tbl": table,
            "row_uid": uid,
            "before": before,
            "after": after,
            "note": note,
        }
        h = entry_hash(prev, entry)
        self.conn.execute(
            "INSERT INTO journal (at, user, action, tbl, row_uid, before, after, note,"
            " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                entry["at"],
                entry["user"],
                action,
                table,
                uid,
                None if before is None else canonical(before),
                None if after is None else canonical(after),
                note,
                prev,
                h,
            ),
        )
        self._head = h

    def record_event(self, action: str, details: dict[str, Any], note: str = "") -> None:
        """Journal something that happened to the database as a whole (a restore): an
        entry in the hash chain naming no row (table "database"), in its own transaction."""
        with self.transaction():
            self._journal(action, EVENT_TABLE, "", None, details, note)

    def _insert(self, table: str, values: dict[str, Any], note: str = "") -> int:
        self._require_tx()
        cols = list(values)
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        cur = self.conn.execute(sql, [values[c] for c in cols])
        new_id = cur.lastrowid
        after = self.row_dict(table, new_id) if new_id is not None else None
        if new_id is None or after is None:  # pragma: no cover - an INSERT leaves its row
            raise RuntimeError(f"INSERT INTO {table} left no row to journal")
        self._journal("insert", table, after["uid"], None, after, note)
        return new_id

    def _update(self, table: str, id_: int, changes: dict[str, Any], note: str = "") -> bool:
        """Apply ``changes``; journal them if anything really changed."""
        self._require_tx()
        before = self.row_dict(table, id_)
        if before is None:
            raise LookupError(f"{table} {id_} does not exist")
        changes = {k: v for k, v in changes.items() if before.get(k) != v}
        if not changes:
            return False
        sets = ", ".join(f"{c} = ?" for c in changes)
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*changes.values(), id_])
        after = self.row_dict(table, id_)
        self._journal("update", table, before["uid"], before, after, note)
        return True

    def _delete(self, table: str, id_: int, note: str = "") -> None:
        self._require_tx()
        before = self.row_dict(table, id_)
        if before is None:
            return
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (id_,))
        self._journal("delete", table, before["uid"], before, None, note)

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass
