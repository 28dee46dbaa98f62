"""The database schema as a registry of small named migrations.

Each migration runs in its own transaction (sqlite-utils ``Migrations``);
``SCHEMA_VERSION`` is the number of migrations this program knows. A database
that has applied a migration we do not know comes from a newer program and is
refused (see ``db.open_store``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

from sqlite_utils import Database, Migrations

from ..errors import StorageError
from .names import (
    APPLICATION_ID,
    FTS_AGENDA,
    FTS_DECISION,
    FTS_INSTRUCTION,
    FTS_REPORT,
    MIGRATION_SET,
    MIGRATIONS,
)

migrations = Migrations(MIGRATION_SET)


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE organisation (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            short_ru TEXT NOT NULL,
            full_ru TEXT NOT NULL DEFAULT '',
            short_kk TEXT NOT NULL DEFAULT '',
            full_kk TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'other'
        );
        CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            surname TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            patronymic TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            surname_kk TEXT NOT NULL DEFAULT '',
            name_kk TEXT NOT NULL DEFAULT '',
            patronymic_kk TEXT NOT NULL DEFAULT '',
            position_kk TEXT NOT NULL DEFAULT '',
            organisation_id INTEGER REFERENCES organisation(id)
        );
        CREATE INDEX person_surname ON person(surname, name);
        CREATE TABLE commission (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name_ru TEXT NOT NULL,
            name_kk TEXT NOT NULL DEFAULT '',
            city_ru TEXT NOT NULL DEFAULT '',
            city_kk TEXT NOT NULL DEFAULT '',
            chair_id INTEGER REFERENCES person(id),
            secretary_id INTEGER REFERENCES person(id),
            controller_id INTEGER REFERENCES person(id),
            quorum_numerator INTEGER NOT NULL DEFAULT 2,
            quorum_denominator INTEGER NOT NULL DEFAULT 3,
            quorum_strict INTEGER NOT NULL DEFAULT 0,
            voting_rule TEXT NOT NULL DEFAULT 'simple_majority_chair_casting'
        );
        CREATE TABLE membership (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            commission_id INTEGER NOT NULL REFERENCES commission(id),
            person_id INTEGER NOT NULL REFERENCES person(id),
            role TEXT NOT NULL DEFAULT 'member',
            voting INTEGER NOT NULL DEFAULT 1,
            date_from TEXT,
            date_to TEXT
        );
        CREATE INDEX membership_commission ON membership(commission_id);
        CREATE TABLE session (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            commission_id INTEGER NOT NULL REFERENCES commission(id),
            year INTEGER NOT NULL,
            number INTEGER NOT NULL,
            date TEXT NOT NULL,
            time TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            place_kk TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'regular',
            chair_id INTEGER REFERENCES person(id),
            secretary_id INTEGER REFERENCES person(id),
            status TEXT NOT NULL DEFAULT 'draft',
            notes TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL DEFAULT 0,
            UNIQUE (commission_id, year, number)
        );
        CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id),
            kind TEXT NOT NULL DEFAULT 'member',
            present INTEGER NOT NULL DEFAULT 1,
            absence_reason TEXT NOT NULL DEFAULT '',
            substitute_id INTEGER REFERENCES person(id),
            UNIQUE (session_id, person_id)
        );
        CREATE TABLE agenda_item (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            title_kk TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            vote_for INTEGER,
            vote_against INTEGER,
            vote_abstained INTEGER
        );
        CREATE INDEX agenda_item_session ON agenda_item(session_id, position);
        CREATE TABLE agenda_speaker (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            person_id INTEGER REFERENCES person(id),
            name TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX agenda_speaker_item ON agenda_speaker(agenda_item_id, position);
        CREATE TABLE decision (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            text_kk TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX decision_item ON decision(agenda_item_id, position);
        CREATE TABLE instruction (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            session_id INTEGER REFERENCES session(id),
            decision_id INTEGER REFERENCES decision(id),
            number TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            text_kk TEXT NOT NULL DEFAULT '',
            issued_by_id INTEGER REFERENCES person(id),
            issued_date TEXT NOT NULL,
            controller_id INTEGER REFERENCES person(id),
            main_executor_id INTEGER REFERENCES person(id),
            due_text TEXT NOT NULL,
            due_rule TEXT NOT NULL,
            due_kind TEXT NOT NULL,
            due_date_original TEXT,
            due_date TEXT,
            recur_until TEXT,
            status TEXT NOT NULL DEFAULT 'on_control',
            done_date TEXT,
            closed_note TEXT NOT NULL DEFAULT '',
            closed_on TEXT  -- the day it was cancelled or taken off control
        );
        CREATE INDEX instruction_session ON instruction(session_id, number);
        CREATE INDEX instruction_decision ON instruction(decision_id);
        -- measured at 100,000 instructions (benchmarks/RESULTS.md): one executor's overdue
        -- items 0.01 ms with (status, main_executor_id, due_date); overdue counted by executor
        -- 79 ms with it alone, 9 ms with (status, due_date) beside it
        CREATE INDEX instruction_status_exec_due ON instruction(status, main_executor_id, due_date);
        CREATE INDEX instruction_status_due ON instruction(status, due_date);
        CREATE INDEX instruction_due ON instruction(due_date);
        -- "done late this year": without it the count reads every done row
        -- (305 ms -> 2 ms at 100,000)
        CREATE INDEX instruction_done ON instruction(done_date);
        -- the tracker sorted by main executor: people in name order, each one's instructions
        -- by due date, no sort (with person_surname; 160 -> 45 ms at 100,000)
        CREATE INDEX instruction_exec_due ON instruction(main_executor_id, due_date);
        CREATE TABLE instruction_executor (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            instruction_id INTEGER NOT NULL REFERENCES instruction(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id),
            position INTEGER NOT NULL,
            UNIQUE (instruction_id, position)
        );
        CREATE INDEX instruction_executor_person ON instruction_executor(person_id, instruction_id);
        CREATE TABLE control_point (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            instruction_id INTEGER NOT NULL REFERENCES instruction(id) ON DELETE CASCADE,
            due_date TEXT NOT NULL,
            due_date_original TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            done_date TEXT
        );
        CREATE INDEX control_point_instruction ON control_point(instruction_id, due_date);
        CREATE TABLE report (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            instruction_id INTEGER NOT NULL REFERENCES instruction(id) ON DELETE CASCADE,
            control_point_id INTEGER REFERENCES control_point(id),
            received TEXT NOT NULL,
            outgoing_number TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            from_person_id INTEGER REFERENCES person(id),
            outcome TEXT NOT NULL DEFAULT 'pending',
            outcome_date TEXT,
            outcome_note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX report_instruction ON report(instruction_id, received);
        CREATE TABLE extension (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            instruction_id INTEGER NOT NULL REFERENCES instruction(id) ON DELETE CASCADE,
            control_point_id INTEGER REFERENCES control_point(id),
            old_date TEXT NOT NULL,
            new_date TEXT NOT NULL,
            reason TEXT NOT NULL,
            decided_by TEXT NOT NULL,
            decided_on TEXT NOT NULL
        );
        CREATE INDEX extension_instruction ON extension(instruction_id);
        CREATE TABLE calendar_override (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            day TEXT NOT NULL UNIQUE,
            working INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- The journal of every change, written by storage in the same
        -- transaction as the change. hash = sha256(prev_hash + canonical entry).
        CREATE TABLE journal (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            tbl TEXT NOT NULL,
            row_uid TEXT NOT NULL,
            before TEXT,
            after TEXT,
            note TEXT NOT NULL DEFAULT '',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX journal_row ON journal(tbl, row_uid, seq);
        CREATE VIRTUAL TABLE search_fts USING fts5(
            body, tokenize = 'unicode61 remove_diacritics 2'
        );
        """
    )
    # Keep the full-text index in step with its sources, whoever writes them.
    for table, col, watched, kind in (
        ("instruction", "text || ' ' || new.text_kk", "text, text_kk", FTS_INSTRUCTION),
        ("decision", "text || ' ' || new.text_kk", "text, text_kk", FTS_DECISION),
        (
            "agenda_item",
            "title || ' ' || new.title_kk || ' ' || new.summary",
            "title, title_kk, summary",
            FTS_AGENDA,
        ),
        ("report", "text || ' ' || new.outgoing_number", "text, outgoing_number", FTS_REPORT),
    ):
        db.executescript(
            f"""
            CREATE TRIGGER {table}_fts_ins AFTER INSERT ON {table} BEGIN
                INSERT INTO search_fts(rowid, body) VALUES (new.id * 4 + {kind}, new.{col});
            END;
            CREATE TRIGGER {table}_fts_del AFTER DELETE ON {table} BEGIN
                DELETE FROM search_fts WHERE rowid = old.id * 4 + {kind};
            END;
            CREATE TRIGGER {table}_fts_upd AFTER UPDATE OF {watched} ON {table} BEGIN
                DELETE FROM search_fts WHERE rowid = old.id * 4 + {kind};
                INSERT INTO search_fts(rowid, body) VALUES (new.id * 4 + {kind}, new.{col});
            END;
            """
        )
    create_instruction_fts(db)


@migrations(name="m002_application_id")
def m002_application_id(db: Database) -> None:
    """Mark the file as ours in its header (PRAGMA application_id): new databases and
    existing ones (known by this migration table and the journal) alike."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@migrations(name="m003_executors")
def m003_executors(db: Database) -> None:
    """Organisations (and groups of them) as executors.

    ``instruction_executor`` names a person, an organisation, or an organisation with its
    responsible person (SQLite cannot drop NOT NULL from ``person_id``, so the table is
    rebuilt with its rows, ids and uids kept). ``instruction.main_organisation_id`` sits
    beside ``main_executor_id``: the overdue, discipline and tracker queries of people
    keep their indexes and plans unchanged; an organisation's are served by a partial
    index that holds only the rows addressed to organisations (nothing to write or read
    where none are). A group ("акимы районов") is an organisation of kind 'group' whose
    members are in ``organisation_member``; ``expands`` says whether choosing it as an
    executor stands for its members or for the group as one addressee. ``event_date``:
    the day the event of an event-driven deadline occurred, which fixes its due date."""
    db.executescript(
        """
        CREATE TABLE instruction_executor_m003 (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            instruction_id INTEGER NOT NULL REFERENCES instruction(id) ON DELETE CASCADE,
            person_id INTEGER REFERENCES person(id),
            organisation_id INTEGER REFERENCES organisation(id),
            position INTEGER NOT NULL,
            UNIQUE (instruction_id, position),
            CHECK (person_id IS NOT NULL OR organisation_id IS NOT NULL)
        );
        INSERT INTO instruction_executor_m003 (id, uid, instruction_id, person_id, position)
            SELECT id, uid, instruction_id, person_id, position FROM instruction_executor;
        DROP TABLE instruction_executor;
        ALTER TABLE instruction_executor_m003 RENAME TO instruction_executor;
        CREATE INDEX instruction_executor_person
            ON instruction_executor(person_id, instruction_id);
        CREATE INDEX instruction_executor_org
            ON instruction_executor(organisation_id, instruction_id)
            WHERE organisation_id IS NOT NULL;
        ALTER TABLE instruction ADD COLUMN main_organisation_id INTEGER
            REFERENCES organisation(id);
        -- one organisation's items (its overdue ones, the tracker's filter and sort by
        -- executor); partial: rows addressed to people alone are not in it
        CREATE INDEX instruction_org_due ON instruction(main_organisation_id, due_date)
            WHERE main_organisation_id IS NOT NULL;
        -- the day the event of an event-driven deadline occurred ("событие наступило")
        ALTER TABLE instruction ADD COLUMN event_date TEXT;
        ALTER TABLE organisation ADD COLUMN expands INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE organisation_member (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            group_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES organisation(id),
            position INTEGER NOT NULL,
            UNIQUE (group_id, member_id)
        );
        CREATE INDEX organisation_member_member ON organisation_member(member_id);
        """
    )


@migrations(name="m004_frame")
def m004_frame(db: Database) -> None:
    """The frame of each body's minutes (issue #13): the commission's frame settings
    (JSON, ``domain/frame.py``), a person's stored gender, the Kazakh version of every
    text of a session that had only one, the vote on the agenda, named votes.

    New columns default to empty: rows journalled before them verify unchanged
    (``Store._verify`` reads a column missing from a journal entry as its default).
    The full-text index is left as it is (its triggers are rebuilt elsewhere)."""
    db.executescript(
        """
        ALTER TABLE commission ADD COLUMN frame TEXT NOT NULL DEFAULT '';
        ALTER TABLE person ADD COLUMN gender TEXT NOT NULL DEFAULT '';
        ALTER TABLE session ADD COLUMN notes_kk TEXT NOT NULL DEFAULT '';
        ALTER TABLE session ADD COLUMN agenda_vote_for INTEGER;
        ALTER TABLE session ADD COLUMN agenda_vote_against INTEGER;
        ALTER TABLE session ADD COLUMN agenda_vote_abstained INTEGER;
        ALTER TABLE attendance ADD COLUMN absence_reason_kk TEXT NOT NULL DEFAULT '';
        ALTER TABLE agenda_item ADD COLUMN summary_kk TEXT NOT NULL DEFAULT '';
        ALTER TABLE agenda_speaker ADD COLUMN name_kk TEXT NOT NULL DEFAULT '';
        ALTER TABLE agenda_speaker ADD COLUMN summary_kk TEXT NOT NULL DEFAULT '';
        -- who voted how, where the body records it: on an agenda item, or on the
        -- agenda itself (agenda_item_id NULL)
        CREATE TABLE named_vote (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            person_id INTEGER NOT NULL REFERENCES person(id),
            choice TEXT NOT NULL
        );
        CREATE INDEX named_vote_session ON named_vote(session_id, agenda_item_id, position);
        """
    )


# The tracker's full-text filter: one document per instruction (its text, its decision's
# and its reports'), so a match is an instruction id at once. (Mapping search_fts hits of
# reports and decisions back to instructions cost 160 ms for a common word at 100,000.)
_INSTRUCTION_DOC = (
    "SELECT i.id, i.text || ' ' || i.text_kk"
    " || ' ' || coalesce((SELECT d.text || ' ' || d.text_kk"
    "                     FROM decision d WHERE d.id = i.decision_id), '')"
    " || ' ' || coalesce((SELECT group_concat(r.text || ' ' || r.outgoing_number, ' ')"
    "                     FROM report r WHERE r.instruction_id = i.id), '')"
    " FROM instruction i WHERE i.id = {x}"
)


def _refresh_instruction_doc(x: str) -> str:
    return (
        f"DELETE FROM instruction_fts WHERE rowid = {x};"
        f" INSERT INTO instruction_fts(rowid, body) {_INSTRUCTION_DOC.format(x=x)};"
    )


def create_instruction_fts(db: Database) -> None:
    db.executescript(
        f"""
        CREATE VIRTUAL TABLE instruction_fts
            USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER instruction_doc_ins AFTER INSERT ON instruction BEGIN
            {_refresh_instruction_doc("new.id")}
        END;
        CREATE TRIGGER instruction_doc_upd
            AFTER UPDATE OF text, text_kk, decision_id ON instruction BEGIN
            {_refresh_instruction_doc("new.id")}
        END;
        CREATE TRIGGER instruction_doc_del AFTER DELETE ON instruction BEGIN
            DELETE FROM instruction_fts WHERE rowid = old.id;
        END;
        CREATE TRIGGER report_doc_ins AFTER INSERT ON report BEGIN
            {_refresh_instruction_doc("new.instruction_id")}
        END;
        CREATE TRIGGER report_doc_upd
            AFTER UPDATE OF text, outgoing_number, instruction_id ON report BEGIN
            {_refresh_instruction_doc("old.instruction_id")}
            {_refresh_instruction_doc("new.instruction_id")}
        END;
        CREATE TRIGGER report_doc_del AFTER DELETE ON report BEGIN
            {_refresh_instruction_doc("old.instruction_id")}
        END;
        CREATE TRIGGER decision_doc_upd AFTER UPDATE OF text, text_kk ON decision BEGIN
            DELETE FROM instruction_fts
                WHERE rowid IN (SELECT id FROM instruction WHERE decision_id = new.id);
            INSERT INTO instruction_fts(rowid, body)
                {_INSTRUCTION_DOC.replace("i.id = {x}", "i.decision_id = new.id")};
        END;
        INSERT INTO instruction_fts(rowid, body)
            {_INSTRUCTION_DOC.replace(" WHERE i.id = {x}", "")};
        """
    )


# Told how far a long migration is: (what, done, total). Set by open_store for its run.
progress: Callable[[str, int, int], None] | None = None


def _tell(what: str, done: int, total: int) -> None:
    if progress is not None:
        progress(what, done, total)


# The journal of format 2 (see db.py): what changed, the digest of each row's state,
# hashes as 32 bytes; the view "journal" shows it as the journal table had it (hex).
JOURNAL_V2_TABLE = """
    CREATE TABLE journal_entry (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        tbl TEXT NOT NULL,
        row_uid TEXT NOT NULL,
        before TEXT,  -- update: old values of the changed columns; delete: the row
        after TEXT,   -- update: their new values; an event: its details
        state BLOB,   -- sha256 of the row after the entry (insert, update)
        note TEXT NOT NULL DEFAULT '',
        hash BLOB NOT NULL  -- sha256(prev hash in hex + canonical entry)
    );
    CREATE INDEX journal_entry_row ON journal_entry(tbl, row_uid);
"""
JOURNAL_V2_VIEW = f"""
    CREATE VIEW journal AS SELECT seq, at, user, action, tbl, row_uid, before, after, note,
        coalesce((SELECT lower(hex(p.hash)) FROM journal_entry p WHERE p.seq < e.seq
                  ORDER BY p.seq DESC LIMIT 1), '{"0" * 64}') AS prev_hash,
        lower(hex(e.hash)) AS hash,
        CASE WHEN e.state IS NOT NULL THEN lower(hex(e.state)) END AS state
        FROM journal_entry e;
"""


@migrations(name="m005_compact")
def m005_compact(db: Database) -> None:
    """The journal records what changed (format 2), the full-text indexes hold word forms
    and no copy of the texts. The old chain is verified first and its head and length
    are the first entry of the new chain, so the conversion cannot be dropped quietly."""
    from . import fulltext
    from .db import (
        EVENT_TABLE,
        GENESIS_HASH,
        compact_row,
        entry_hash,
        os_user,
        row_digest,
        table_defaults,
        write_entry,
    )

    conn = db.conn
    total = conn.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
    old_head = conn.execute("SELECT hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    db.executescript(JOURNAL_V2_TABLE)
    prev = GENESIS_HASH
    if total:  # (a new database has no old chain to account for)
        prev = write_entry(
            conn,
            GENESIS_HASH,
            datetime.now(UTC).isoformat(timespec="microseconds"),
            os_user(),
            "convert",
            EVENT_TABLE,
            "",
            None,
            {
                "migration": "m005_compact",
                "old_entries": total,
                "old_head": old_head[0] if old_head else GENESIS_HASH,
            },
            None,
            "the journal of whole rows converted to the journal of changes",
            seq=0,
        )
    defaults: dict[str, dict[str, object]] = {}
    old_prev = GENESIS_HASH
    done = 0
    cur = conn.execute(
        "SELECT seq, at, user, action, tbl, row_uid, before, after, note, prev_hash, hash"
        " FROM journal ORDER BY seq"
    )
    while rows := cur.fetchmany(2000):
        for seq, at, user, action, tbl, uid, before_s, after_s, note, prev_hash, h in rows:
            before = json.loads(before_s) if before_s else None
            after = json.loads(after_s) if after_s else None
            entry = {
                "at": at,
                "user": user,
                "action": action,
                "tbl": tbl,
                "row_uid": uid,
                "before": before,
                "after": after,
                "note": note,
            }
            if prev_hash != old_prev or entry_hash(old_prev, entry) != h:
                raise StorageError(
                    "The journal's hash chain is broken at entry {seq}, so the database was "
                    "not converted to this version's format (nothing was changed). Restore "
                    "the newest good backup, or open the file with the previous version.",
                    seq=seq,
                )
            old_prev = h
            state = None
            if tbl == EVENT_TABLE:
                b, a = before, after
            else:
                d = defaults.get(tbl)
                if d is None:
                    d = defaults[tbl] = table_defaults(conn, tbl)
                if before is None:
                    b = a = None
                    state = row_digest(compact_row(d, after or {}))
                elif after is None:
                    b, a = compact_row(d, before), None
                else:
                    keys = sorted(k for k in after if before.get(k) != after[k])
                    b = {k: before.get(k) for k in keys}
                    a = {k: after[k] for k in keys}
                    state = row_digest(compact_row(d, after))
            prev = write_entry(conn, prev, at, user, action, tbl, uid, b, a, state, note, seq)
        done += len(rows)
        _tell("journal", done, total)
    conn.execute("DROP TABLE journal")
    db.executescript(JOURNAL_V2_VIEW)
    # the full-text indexes: contentless, kept in step by storage's writers
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        if "_fts_" in name or "_doc_" in name:  # m001's triggers of the full-text tables
            conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE search_fts")
    conn.execute("DROP TABLE instruction_fts")
    fulltext.create(conn)
    n = conn.execute("SELECT COUNT(*) FROM instruction").fetchone()[0]
    _tell("search", 0, n)
    fulltext.rebuild(conn, lambda done, total: _tell("search", done, total))
    _tell("search", n, n)


KNOWN_MIGRATIONS = [m.name for m in migrations._migrations]
SCHEMA_VERSION = len(KNOWN_MIGRATIONS)
if tuple(KNOWN_MIGRATIONS) != MIGRATIONS:  # pragma: no cover - a developer's slip
    raise RuntimeError(f"storage/names.py MIGRATIONS {MIGRATIONS} != registered {KNOWN_MIGRATIONS}")
