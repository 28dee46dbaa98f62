"""Witnesses of the journal's hash chain, kept outside the database file.

The chain alone proves nothing to someone who holds the file: whoever deletes the last
entries, or rewrites history and rehashes it, or puts an older copy back, leaves a chain
that verifies. A witness is a (seq, hash) pair of the chain written somewhere else when
it was current: every backup, and every printed document's head, appends one line to an
append-only list beside the backups (``backups/STEM.witnesses``) and to a second copy in
the user's settings folder. ``verify`` then checks that the live chain still holds each
witnessed entry at its place: a missing entry is a rollback, a different one a
divergence (history rewritten since), each reported with the witness's name and date.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .db import Connection

PRINTED_HEX = 32  # 128 bits of the head on printed documents


def config_dir() -> Path:
    """The user's settings folder (``$ANTICORR_CONFIG_DIR`` when set)."""
    env = os.environ.get("ANTICORR_CONFIG_DIR")
    if env:
        return Path(env)
    import platformdirs

    from ..paths import APP_AUTHOR, APP_NAME

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def printed_head(head: str) -> str:
    """The head as printed: 128 bits in groups of four hex digits, to read aloud."""
    h = head[:PRINTED_HEX]
    return " ".join(h[i : i + 4] for i in range(0, len(h), 4))


@dataclass(frozen=True)
class Witness:
    kind: str  # "backup" or "printed"
    name: str  # the backup's file name, or the document
    made: str  # local time, ISO
    seq: int
    hash: str
    source: str  # which list it came from


def lists(db_path: Path) -> list[Path]:
    from .backup import backup_dir

    db_path = Path(db_path)
    return [
        backup_dir(db_path) / f"{db_path.stem}.witnesses",
        config_dir() / "witnesses" / f"{_key(db_path)}.witnesses",
    ]


def _key(db_path: Path) -> str:
    """One list per database in the settings folder, named after its resolved path."""
    from hashlib import sha256

    try:
        full = str(db_path.resolve())
    except OSError:
        full = str(db_path.absolute())
    return f"{db_path.stem}-{sha256(full.encode('utf-8')).hexdigest()[:12]}"


def current(store: Connection) -> tuple[int, str] | None:
    row = store.q1("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
    return None if row is None else (int(row[0]), str(row[1]))


def append(db_path: Path, kind: str, name: str, seq: int, hash_: str) -> None:
    """Append a witness to both lists; a list that cannot be written is skipped (the
    other still holds it; verify says when one is missing)."""
    line = json.dumps(
        {
            "kind": kind,
            "name": name,
            "made": datetime.now().isoformat(timespec="seconds"),
            "seq": seq,
            "hash": hash_,
        },
        ensure_ascii=False,
    )
    for path in lists(db_path):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")
        except OSError:
            continue


def witness_of_file(db_file: Path) -> tuple[int, str] | None:
    """The head (seq, hash) of the one-file database ``db_file`` (a backup's copy)."""
    import sqlite3

    from .db import read_only_uri

    con = sqlite3.connect(read_only_uri(db_file), uri=True)
    try:
        row = con.execute("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        con.close()
    return None if row is None else (int(row[0]), str(row[1]))


def read(db_path: Path) -> list[Witness]:
    out: list[Witness] = []
    for path in lists(db_path):
        try:
            text = path.read_text("utf-8")
        except OSError:
            continue
        for line in text.splitlines():
            try:
                d = json.loads(line)
                out.append(
                    Witness(
                        str(d["kind"]),
                        str(d["name"]),
                        str(d["made"]),
                        int(d["seq"]),
                        str(d["hash"]),
                        str(path),
                    )
                )
            except (ValueError, KeyError, TypeError):
                continue  # a line cut off by a crash, or not ours
    return out


@dataclass(frozen=True)
class Breach:
    kind: str  # "rollback" or "divergence"
    witness: Witness


def check(store: Connection, witnesses: list[Witness]) -> list[Breach]:
    """The witnesses the live chain does not extend: an entry they saw is gone (rollback)
    or is another one (divergence: history rewritten since)."""
    breaches: list[Breach] = []
    seen: set[tuple[int, str]] = set()
    # m005_compact rewrote the chain in its compact form; its first entry (0, "convert")
    # records the old chain's length and head. A witness of the old chain is checked
    # against that record: its head must be the old head; an earlier old entry's hash
    # was not kept, so it cannot be compared (docs/reliability.md)
    old_entries, old_head = 0, ""
    conv = store.q1("SELECT after FROM journal WHERE seq = 0 AND action = 'convert'")
    if conv is not None and conv[0]:
        import json

        record = json.loads(conv[0])
        old_entries, old_head = int(record.get("old_entries", 0)), str(record.get("old_head", ""))
    for w in witnesses:
        if (w.seq, w.hash) in seen:
            continue
        seen.add((w.seq, w.hash))
        if w.seq <= old_entries and w.hash != old_head:
            if w.seq == old_entries:
                breaches.append(Breach("divergence", w))
            continue
        if w.seq <= old_entries:  # the old chain's head, as the conversion recorded it
            continue
        row = store.q1("SELECT hash FROM journal WHERE seq = ?", (w.seq,))
        if row is None:
            breaches.append(Breach("rollback", w))
        elif str(row[0]) != w.hash:
            breaches.append(Breach("divergence", w))
    return breaches


@dataclass(frozen=True)
class PrintedHead:
    seq: int
    hash: str
    since: str  # the time (UTC) of that entry
    until: str | None  # the time of the next entry; None: it is the current head


def find_printed(store: Connection, text: str) -> PrintedHead | None:
    """The journal entry whose hash starts with the printed head ``text`` (spaces and
    case ignored), with when it was current; None when no entry has it."""
    prefix = "".join(text.split()).lower()
    row = store.q1(
        "SELECT seq, hash, at FROM journal WHERE substr(hash, 1, ?) = ? ORDER BY seq LIMIT 1",
        (len(prefix), prefix),
    )
    if row is None:
        return None
    nxt = store.q1("SELECT at FROM journal WHERE seq > ? ORDER BY seq LIMIT 1", (row[0],))
    return PrintedHead(int(row[0]), str(row[1]), str(row[2]), None if nxt is None else str(nxt[0]))
