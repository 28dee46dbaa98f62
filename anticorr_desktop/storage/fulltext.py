"""The full-text indexes: what they index, and keeping them in step.

Both FTS5 tables are contentless (``content=''``): they hold the index of
word forms (domain/stemming.py: Russian lemmas, Kazakh stems), not a second
copy of the texts, which stay in their own tables. A snippet is cut from the
source text when a hit is shown.

Storage's generic writers (db.py ``_insert/_update/_delete``) keep them in
step: before a write they compute the indexed form of what the write
replaces (a contentless FTS5 table deletes an entry by its old terms), after
it the new one; an instruction's document (its text, decision, reports and
executors) once per transaction, at its commit. (The other way, SQL triggers
calling a Python function, would need every connection to register that
function, the sqlite3 shell's included, would fail a repair made there with
"no such function", and would load the Russian dictionary inside any write of
any tool; the write path is where every change already passes for the
journal. SQLite 3.40 here has no contentless_delete, so a delete needs the
old terms, which the write path has at hand.)

To index another column, add it below: SEARCH_SOURCES for the search of the
whole database (a column whose name ends in ``_kk`` is read as Kazakh),
INSTRUCTION_DOC for the tracker's filter, and raise RULES_VERSION: every
database's index is then rebuilt once at its next open (told as the upgrade's
"search" stage), so it covers the rows already there and deletes by the terms
it really holds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .names import FTS_AGENDA, FTS_DECISION, FTS_INSTRUCTION, FTS_KINDS, FTS_REPORT

# search_fts: table -> (kind of hit, indexed columns). rowid = id * FTS_KINDS + kind.
SEARCH_SOURCES: dict[str, tuple[int, tuple[str, ...]]] = {
    "instruction": (FTS_INSTRUCTION, ("text", "text_kk")),
    "decision": (FTS_DECISION, ("text", "text_kk")),
    "agenda_item": (FTS_AGENDA, ("title", "title_kk", "summary", "summary_kk")),
    "report": (FTS_REPORT, ("text", "outgoing_number")),
}

# instruction_fts: one document per instruction (rowid = its id), made of these columns
# of the instruction, its decision, its reports and its executors (main and co-).
INSTRUCTION_DOC: dict[str, tuple[str, ...]] = {
    "instruction": ("text", "text_kk"),
    "decision": ("text", "text_kk"),
    "report": ("text", "outgoing_number"),
    "person": ("surname", "name", "patronymic", "surname_kk", "name_kk", "patronymic_kk"),
    "organisation": ("short_ru", "full_ru", "short_kk", "full_kk"),
}

FTS_OPTIONS = "content='', tokenize = 'unicode61 remove_diacritics 2'"

# The rules of domain/stemming.py and the columns above: raise it with any change that
# alters what a row is indexed as. A contentless index deletes an entry by its old
# terms, so an index built by other rules or another dictionary is rebuilt when the
# database is opened (the setting below records what built it).
RULES_VERSION = 3  # 2: organisations as executors (m003); 3: agenda summaries in Kazakh (m004)
VERSION_SETTING = "fulltext_index"


def index_version() -> str:
    import pymorphy3_dicts_ru  # its version only (0.1 ms), not the dictionary

    return f"rules {RULES_VERSION}, dictionary {pymorphy3_dicts_ru.__version__}"


def record_version(conn: sqlite3.Connection) -> None:
    import json

    conn.execute(
        "INSERT INTO setting(key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (VERSION_SETTING, json.dumps(index_version())),
    )


def _kazakh(column: str) -> bool:
    return column.endswith("_kk")


def _terms(values: Iterable[tuple[str, Any]]) -> str:
    from ..domain.stemming import index_text

    return " ".join(
        t for t in (index_text(str(v), _kazakh(c)) for c, v in values if v) if t
    ).strip()


def source_body(table: str, row: Mapping[str, Any]) -> str:
    return _terms((c, row.get(c)) for c in SEARCH_SOURCES[table][1])


def _cols(table: str, alias: str) -> str:
    return ", ".join(f"{alias}.{c}" for c in INSTRUCTION_DOC[table])


def doc_body(conn: sqlite3.Connection, inst_id: int) -> str | None:
    """The indexed form of one instruction's document, None if there is no instruction."""
    r = conn.execute(
        f"SELECT {_cols('instruction', 'i')}, {_cols('decision', 'd')}"
        " FROM instruction i LEFT JOIN decision d ON d.id = i.decision_id WHERE i.id = ?",
        (inst_id,),
    ).fetchone()
    if r is None:
        return None
    names = [f"i.{c}" for c in INSTRUCTION_DOC["instruction"]] + [
        f"d.{c}" for c in INSTRUCTION_DOC["decision"]
    ]
    parts: list[tuple[str, Any]] = list(zip(names, tuple(r), strict=True))
    for rep in conn.execute(
        f"SELECT {_cols('report', 'r')} FROM report r WHERE r.instruction_id = ? ORDER BY r.id",
        (inst_id,),
    ):
        parts += zip(INSTRUCTION_DOC["report"], tuple(rep), strict=True)
    for p in conn.execute(
        f"SELECT {_cols('person', 'p')} FROM person p WHERE p.id IN"
        " (SELECT person_id FROM instruction_executor WHERE instruction_id = ?"
        "  UNION SELECT main_executor_id FROM instruction WHERE id = ?) ORDER BY p.id",
        (inst_id, inst_id),
    ):
        parts += zip(INSTRUCTION_DOC["person"], tuple(p), strict=True)
    for o in conn.execute(
        f"SELECT {_cols('organisation', 'o')} FROM organisation o WHERE o.id IN"
        " (SELECT organisation_id FROM instruction_executor WHERE instruction_id = ?"
        "  UNION SELECT main_organisation_id FROM instruction WHERE id = ?) ORDER BY o.id",
        (inst_id, inst_id),
    ):
        parts += zip(INSTRUCTION_DOC["organisation"], tuple(o), strict=True)
    return _terms(parts)


# columns whose change touches the instruction documents, by table
_DOC_KEYS: dict[str, frozenset[str]] = {
    "instruction": frozenset(INSTRUCTION_DOC["instruction"])
    | {"decision_id", "main_executor_id", "main_organisation_id"},
    "decision": frozenset(INSTRUCTION_DOC["decision"]),
    "report": frozenset(INSTRUCTION_DOC["report"]) | {"instruction_id"},
    "instruction_executor": frozenset({"instruction_id", "person_id", "organisation_id"}),
    "person": frozenset(INSTRUCTION_DOC["person"]),
    "organisation": frozenset(INSTRUCTION_DOC["organisation"]),
}


def _doc_ids(conn: sqlite3.Connection, table: str, row: Mapping[str, Any]) -> set[int]:
    if table == "instruction":
        return {row["id"]} if row.get("id") else set()
    if table in ("report", "instruction_executor"):
        return {row["instruction_id"]} if row.get("instruction_id") else set()
    if not row.get("id"):  # a new decision or person: no instruction refers to it yet
        return set()
    if table == "decision":
        return {
            r[0]
            for r in conn.execute("SELECT id FROM instruction WHERE decision_id = ?", (row["id"],))
        }
    if table == "person":
        return {
            r[0]
            for r in conn.execute(
                "SELECT id FROM instruction WHERE main_executor_id = ?"
                " UNION SELECT instruction_id FROM instruction_executor WHERE person_id = ?",
                (row["id"], row["id"]),
            )
        }
    if table == "organisation":
        return {
            r[0]
            for r in conn.execute(
                "SELECT id FROM instruction WHERE main_organisation_id = ?"
                " UNION SELECT instruction_id FROM instruction_executor WHERE organisation_id = ?",
                (row["id"], row["id"]),
            )
        }
    return set()


class Pending:
    """What a write replaces in search_fts, computed before it."""

    __slots__ = ("search_old",)

    def __init__(self) -> None:
        self.search_old: tuple[int, str] | None = None


def before_write(
    conn: sqlite3.Connection,
    table: str,
    before: Mapping[str, Any] | None,
    changes: Mapping[str, Any],
    docs: dict[int, str | None],
) -> Pending | None:
    """Call before inserting (before None, changes = the values), updating (the changes
    that really change) or deleting (changes = before) a row of ``table``. ``docs`` are
    the instruction documents the transaction touched, with what the index holds for
    each (computed at the first touch): they are indexed anew once, at the commit
    (``flush_docs``), however many rows of an instruction the transaction writes."""
    in_search = table in SEARCH_SOURCES
    in_docs = table in _DOC_KEYS
    if not (in_search or in_docs):
        return None
    pending = Pending()
    if in_search and before is not None and not set(changes).isdisjoint(SEARCH_SOURCES[table][1]):
        pending.search_old = (before["id"], source_body(table, before))
    if in_docs and (before is None or not set(changes).isdisjoint(_DOC_KEYS[table])):
        ids: set[int] = set()
        if before is not None:
            ids |= _doc_ids(conn, table, before)
            ids |= _doc_ids(conn, table, {**before, **changes})
        else:
            ids |= _doc_ids(conn, table, changes)
        for i in ids:
            if i not in docs:
                docs[i] = doc_body(conn, i)
    return pending


def after_write(
    conn: sqlite3.Connection,
    pending: Pending | None,
    table: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    docs: dict[int, str | None],
) -> None:
    if pending is None:
        return
    if table in SEARCH_SOURCES:
        kind = SEARCH_SOURCES[table][0]
        if pending.search_old is not None:
            id_, body = pending.search_old
            conn.execute(
                "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', ?, ?)",
                (id_ * FTS_KINDS + kind, body),
            )
        if after is not None and (before is None or pending.search_old is not None):
            conn.execute(
                "INSERT INTO search_fts(rowid, body) VALUES (?, ?)",
                (after["id"] * FTS_KINDS + kind, source_body(table, after)),
            )
    if table == "instruction" and before is None and after is not None:
        docs.setdefault(after["id"], None)  # a new instruction: a new document


def flush_docs(conn: sqlite3.Connection, docs: dict[int, str | None]) -> None:
    """Index the touched instruction documents as they are now (just before COMMIT)."""
    for inst_id, old in docs.items():
        new = doc_body(conn, inst_id)
        if new == old:
            continue
        if old is not None:
            conn.execute(
                "INSERT INTO instruction_fts(instruction_fts, rowid, body) VALUES ('delete', ?, ?)",
                (inst_id, old),
            )
        if new is not None:
            conn.execute("INSERT INTO instruction_fts(rowid, body) VALUES (?, ?)", (inst_id, new))
    docs.clear()


def create(conn: sqlite3.Connection) -> None:
    conn.execute(f"CREATE VIRTUAL TABLE search_fts USING fts5(body, {FTS_OPTIONS})")
    conn.execute(f"CREATE VIRTUAL TABLE instruction_fts USING fts5(body, {FTS_OPTIONS})")


def rebuild(conn: sqlite3.Connection, progress: Callable[[int, int], None] | None = None) -> None:
    """Index every row anew (the migration, or a change of the indexed columns)."""
    for fts in ("search_fts", "instruction_fts"):
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')")
    total = conn.execute("SELECT COUNT(*) FROM instruction").fetchone()[0]
    for table, (kind, cols) in SEARCH_SOURCES.items():
        rows = conn.execute(f"SELECT id, {', '.join(cols)} FROM {table}")
        conn.executemany(
            "INSERT INTO search_fts(rowid, body) VALUES (?, ?)",
            ((r[0] * FTS_KINDS + kind, _terms(zip(cols, tuple(r)[1:], strict=True))) for r in rows),
        )
    # the tracker's documents: each part read once for all, joined in memory
    extra: dict[int, list[tuple[str, Any]]] = {}
    rcols = INSTRUCTION_DOC["report"]
    for r in conn.execute(f"SELECT instruction_id, {', '.join(rcols)} FROM report ORDER BY id"):
        extra.setdefault(r[0], []).extend(zip(rcols, tuple(r)[1:], strict=True))
    pcols = INSTRUCTION_DOC["person"]
    people = {
        r[0]: list(zip(pcols, tuple(r)[1:], strict=True))
        for r in conn.execute(f"SELECT id, {', '.join(pcols)} FROM person")
    }
    ocols = INSTRUCTION_DOC["organisation"]
    organisations = {
        r[0]: list(zip(ocols, tuple(r)[1:], strict=True))
        for r in conn.execute(f"SELECT id, {', '.join(ocols)} FROM organisation")
    }
    executors: dict[int, set[int]] = {}
    for iid, pid in conn.execute(
        "SELECT instruction_id, person_id FROM instruction_executor WHERE person_id IS NOT NULL"
        " UNION SELECT id, main_executor_id FROM instruction WHERE main_executor_id IS NOT NULL"
    ):
        executors.setdefault(iid, set()).add(pid)
    bodies: dict[int, set[int]] = {}
    for iid, oid in conn.execute(
        "SELECT instruction_id, organisation_id FROM instruction_executor"
        " WHERE organisation_id IS NOT NULL"
        " UNION SELECT id, main_organisation_id FROM instruction"
        " WHERE main_organisation_id IS NOT NULL"
    ):
        bodies.setdefault(iid, set()).add(oid)
    icols = INSTRUCTION_DOC["instruction"]
    dcols = INSTRUCTION_DOC["decision"]
    done = 0

    def docs() -> Iterable[tuple[int, str]]:
        nonlocal done
        for r in conn.execute(
            f"SELECT i.id, {_cols('instruction', 'i')}, {_cols('decision', 'd')}"
            " FROM instruction i LEFT JOIN decision d ON d.id = i.decision_id"
        ).fetchall():
            parts = list(zip(("i." + c for c in icols), tuple(r)[1 : 1 + len(icols)], strict=True))
            parts += zip(("d." + c for c in dcols), tuple(r)[1 + len(icols) :], strict=True)
            parts += extra.get(r[0], [])
            for pid in sorted(executors.get(r[0], ())):
                parts += people.get(pid, [])
            for oid in sorted(bodies.get(r[0], ())):
                parts += organisations.get(oid, [])
            done += 1
            if progress is not None and done % 5000 == 0:
                progress(done, total)
            yield r[0], _terms(parts)

    conn.executemany("INSERT INTO instruction_fts(rowid, body) VALUES (?, ?)", docs())
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO instruction_fts(instruction_fts) VALUES ('optimize')")
    record_version(conn)
