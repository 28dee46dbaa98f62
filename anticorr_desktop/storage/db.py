"""Opening the database, transactions, and the journal of every change.

The database lives in one SQLite file, in WAL mode with synchronous=FULL and
foreign keys on. Every write goes through :meth:`Connection._insert`,
:meth:`Connection._update` or :meth:`Connection._delete`, which record what
changed in the hash-chained journal inside the same transaction, so nothing
changes without a trace, and keep the full-text indexes in step.

The journal (since migration m005_compact) is the table ``journal_entry``:
an update records only the changed columns (old and new values), an insert
only the SHA-256 of the row it wrote (the row itself is in its table), a
delete the row it removed. Every entry of a row carries that digest of the
row's state after it ("state"), so ``verify`` compares each row with the
journal without a second copy of it. hash = sha256(prev_hash + canonical
entry) as before; the view ``journal`` shows the entries with ``hash`` and
``prev_hash`` in hex, as the journal table had them.
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
# The journal's formats: 1 = whole rows before and after (m001..m004), 2 = what changed.
JOURNAL_V1, JOURNAL_V2 = 1, 2
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


def row_digest(compact: dict[str, Any]) -> bytes:
    """SHA-256 of a row's compact canonical form (see ``Connection.compact``)."""
    from hashlib import sha256

    return sha256(canonical(compact).encode("utf-8")).digest()


def _default_of(declared: str | None, notnull: int) -> tuple[bool, Any]:
    """(has a known default, its value) of a column from PRAGMA table_info."""
    if declared is None:
        return (not notnull, None)
    d = declared.strip()
    if d.upper() == "NULL":
        return True, None
    if len(d) >= 2 and d[0] == d[-1] == "'":
        return True, d[1:-1].replace("''", "'")
    try:
        return True, int(d)
    except ValueError:
        return False, None


def entry_v2(
    at: str,
    user: str,
    action: str,
    table: str,
    uid: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    state: bytes | None,
    note: str,
) -> dict[str, Any]:
    """The canonical entry of the journal's format 2 (what the hash is computed over)."""
    return {
        "at": at,
        "user": user,
        "action": action,
        "tbl": table,
        "row_uid": uid,
        "before": before,
        "after": after,
        "state": None if state is None else state.hex(),
        "note": note,
    }


def table_defaults(conn: sqlite3.Connection, table: str) -> dict[str, Any]:
    """Columns of ``table`` with a known default value (a nullable column without one
    defaults to NULL)."""
    d: dict[str, Any] = {}
    for r in conn.execute(f"PRAGMA table_info({table})"):
        known, value = _default_of(r[4], r[3])
        if known and not r[5]:  # the primary key has no default
            d[r[1]] = value
    return d


def compact_row(defaults: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """A row without the columns that hold their default value: the same form before and
    after a migration adds a column with a default (so its digest does not change)."""
    return {
        k: v
        for k, v in row.items()
        if k not in defaults or defaults[k] != v or type(defaults[k]) is not type(v)
    }


def write_entry(
    conn: sqlite3.Connection,
    prev: str,
    at: str,
    user: str,
    action: str,
    table: str,
    uid: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    state: bytes | None,
    note: str,
    seq: int | None = None,
) -> str:
    """Write one entry of the journal's format 2 after ``prev``; returns its hash."""
    entry = entry_v2(at, user, action, table, uid, before, after, state, note)
    h = entry_hash(prev, entry)
    conn.execute(
        "INSERT INTO journal_entry (seq, at, user, action, tbl, row_uid, before, after,"
        " state, note, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            seq,
            at,
            user,
            action,
            table,
            uid,
            None if before is None else canonical(before),
            None if after is None else canonical(after),
            state,
            note,
            bytes.fromhex(h),
        ),
    )
    return h


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
        self._format: int | None = None
        # instruction documents this transaction touched -> what the index holds for each
        self._docs: dict[int, str | None] = {}
        self._defaults: dict[str, dict[str, Any]] = {}

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
        self._format = None  # a restore may have put a file of the old format in place
        self._depth = 1
        self._docs = {}
        try:
            yield self
            if self._docs:
                from . import fulltext

                fulltext.flush_docs(self.conn, self._docs)
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
            self._docs = {}

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
    def journal_format(self) -> int:
        """1 or 2 (see JOURNAL_V1). Read anew outside a transaction: a restore may have
        put a file of the other format under this connection."""
        if self._format is None or not self._depth:
            v2 = self.scalar(
                "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE name = 'journal_entry')"
            )
            self._format = JOURNAL_V2 if v2 else JOURNAL_V1
        return self._format

    def journal_head(self) -> str:
        if self._head is None:
            if self.journal_format() == JOURNAL_V2:
                raw = self.scalar("SELECT hash FROM journal_entry ORDER BY seq DESC LIMIT 1")
                self._head = raw.hex() if raw else GENESIS_HASH
            else:
                self._head = (
                    self.scalar("SELECT hash FROM journal ORDER BY seq DESC LIMIT 1")
                    or GENESIS_HASH
                )
        return self._head

    def column_defaults(self, table: str) -> dict[str, Any]:
        d = self._defaults.get(table)
        if d is None:
            d = self._defaults[table] = table_defaults(self.conn, table)
        return d

    def compact(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        return compact_row(self.column_defaults(table), row)

    def expand(self, table: str, compact: dict[str, Any]) -> dict[str, Any]:
        """The whole row of a compact form (its missing columns at their defaults)."""
        return {**self.column_defaults(table), **compact}

    def _journal(
        self,
        action: str,
        table: str,
        uid: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        note: str = "",
    ) -> None:
        """Chain one entry: ``before``/``after`` are the whole row (None for none), or
        an event's details in ``after`` (table "database")."""
        prev = self.journal_head()
        at = datetime.now(UTC).isoformat(timespec="microseconds")
        if self.journal_format() == JOURNAL_V1:
            entry: dict[str, Any] = {
                "at": at,
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
                    at,
                    self.user,
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
            return
        if table == EVENT_TABLE:
            b, a, state = before, after, None
        elif before is None:  # an insert: the row is in its table
            assert after is not None
            b, a, state = None, None, row_digest(self.compact(table, after))
        elif after is None:  # a delete: the row is gone, keep it here
            b, a, state = self.compact(table, before), None, None
        else:  # an update: what changed
            keys = sorted(k for k in after if before.get(k) != after[k])
            b = {k: before.get(k) for k in keys}
            a = {k: after[k] for k in keys}
            state = row_digest(self.compact(table, after))
        self._head = write_entry(
            self.conn, prev, at, self.user, action, table, uid, b, a, state, note
        )

    def record_event(self, action: str, details: dict[str, Any], note: str = "") -> None:
        """Journal something that happened to the database as a whole (a restore): an
        entry in the hash chain naming no row (table "database"), in its own transaction."""
        with self.transaction():
            self._journal(action, EVENT_TABLE, "", None, details, note)

    def _fts_before(
        self, table: str, before: dict[str, Any] | None, changes: dict[str, Any]
    ) -> Any:
        if self.journal_format() == JOURNAL_V1:  # the old schema's triggers do it
            return None
        from . import fulltext

        return fulltext.before_write(self.conn, table, before, changes, self._docs)

    def _fts_after(
        self,
        pending: Any,
        table: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> None:
        if pending is not None:
            from . import fulltext

            fulltext.after_write(self.conn, pending, table, before, after, self._docs)

    def _insert(self, table: str, values: dict[str, Any], note: str = "") -> int:
        self._require_tx()
        pending = self._fts_before(table, None, values)
        cols = list(values)
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        cur = self.conn.execute(sql, [values[c] for c in cols])
        new_id = cur.lastrowid
        after = self.row_dict(table, new_id) if new_id is not None else None
        if new_id is None or after is None:
            # an INSERT leaves its row, unless the page it went onto is damaged
            raise self.translate(
                sqlite3.DatabaseError(f"database disk image is malformed ({table} {new_id})")
            )
        self._fts_after(pending, table, None, after)
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
        pending = self._fts_before(table, before, changes)
        sets = ", ".join(f"{c} = ?" for c in changes)
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*changes.values(), id_])
        after = self.row_dict(table, id_)
        self._fts_after(pending, table, before, after)
        self._journal("update", table, before["uid"], before, after, note)
        return True

    def _delete(self, table: str, id_: int, note: str = "") -> None:
        self._require_tx()
        before = self.row_dict(table, id_)
        if before is None:
            return
        pending = self._fts_before(table, before, before)
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (id_,))
        self._fts_after(pending, table, before, None)
        self._journal("delete", table, before["uid"], before, None, note)

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass
