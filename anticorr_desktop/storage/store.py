"""Repositories: rows <-> domain objects, and the hot queries.

All SQL of the program lives in this package.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain import model as m
from ..errors import ForeignFile, NotFound, StorageError
from .db import EVENT_TABLE, GENESIS_HASH, Connection, canonical, entry_hash, read_only_uri
from .names import (
    APPLICATION_ID,
    FTS_DECISION,
    FTS_INSTRUCTION,
    FTS_KINDS,
    FTS_REPORT,
    MIGRATION_SET,
    MIGRATIONS,
)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from ..domain.due import DueRule

KNOWN_MIGRATIONS = list(MIGRATIONS)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _values(obj: Any, skip: Iterable[str] = ("id",)) -> dict[str, Any]:
    """A dataclass as a row: dates as ISO text, enums as values, bools as ints."""
    out: dict[str, Any] = {}
    for f in fields(obj):
        if f.name in skip:
            continue
        v = getattr(obj, f.name)
        if isinstance(v, date):
            v = v.isoformat()
        elif isinstance(v, m.Enum):
            v = v.value
        elif isinstance(v, bool):
            v = int(v)
        out[f.name] = v
    return out


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_R = TypeVar("_R", bound="DataclassInstance")


def _build(cls: type[_R], row: sqlite3.Row | dict[str, Any], **conv: Any) -> _R:
    """A model record of ``cls`` (a dataclass) from a row; ``conv`` overrides columns."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    data = dict(row)
    data.update(conv)
    return cls(**{n: data[n] for n in names if n in data})


_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """User words -> an FTS5 query: every word required, each as a prefix of any of its
    forms (as typed, its Russian lemma, its Kazakh stem: domain/stemming.py)."""
    words = _FTS_TOKEN.findall(text)
    if not words:
        return None
    from ..domain.stemming import query_terms

    groups = []
    for w in words:
        terms = [f'"{t}"*' for t in query_terms(w)]
        groups.append(terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")")
    return " AND ".join(groups)


def _snippet(
    text: str,
    kazakh_from: int,
    prefixes: list[str],
    term: Callable[[str, bool], str],
    width: int = 12,
) -> str:
    """A few words of ``text`` around the first hit, hits in [brackets] (the index holds
    no copy of the text, so FTS5's snippet() has nothing to cut from). Words from the
    character ``kazakh_from`` on are of a Kazakh column; ``term`` is stemming.term."""
    spans = [(mt.start(), mt.end()) for mt in _FTS_TOKEN.finditer(text)]
    starts = tuple(prefixes)
    # a word's lemma or stem begins with its first letter: only those words are analysed
    firsts = {p[0] for p in prefixes}
    hits = []
    for k, (a, b) in enumerate(spans):
        w = text[a:b].lower()
        if w[0] in firsts and (
            w.startswith(starts) or term(w, a >= kazakh_from).startswith(starts)
        ):
            hits.append(k)
            if len(hits) > width:
                break
    if not spans:
        return ""
    first = hits[0] if hits else 0
    lo = max(0, min(first - 2, len(spans) - width))
    hi = min(len(spans), lo + width)
    marked = set(hits)
    out = []
    for k in range(lo, hi):
        a, b = spans[k]
        end = spans[k + 1][0] if k + 1 < hi else b
        word = text[a:b]
        out.append((f"[{word}]" if k in marked else word) + text[b:end])
    return ("…" if lo > 0 else "") + "".join(out).rstrip() + ("…" if hi < len(spans) else "")


class Store(Connection):
    """The commission's database."""

    # -- settings -------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        v = self.scalar("SELECT value FROM setting WHERE key = ?", (key,))
        return default if v is None else json.loads(v)

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO setting(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    # -- calendar -------------------------------------------------------------
    def calendar_overrides(self) -> list[tuple[date, bool, str]]:
        return [
            (date.fromisoformat(r["day"]), bool(r["working"]), r["note"])
            for r in self.q("SELECT day, working, note FROM calendar_override ORDER BY day")
        ]

    def set_calendar_override(self, day: date, working: bool, note: str, uid: str) -> None:
        row = self.q1("SELECT id FROM calendar_override WHERE day = ?", (day.isoformat(),))
        if row:
            self._update("calendar_override", row["id"], {"working": int(working), "note": note})
        else:
            self._insert(
                "calendar_override",
                {"uid": uid, "day": day.isoformat(), "working": int(working), "note": note},
            )

    def delete_calendar_override(self, day: date) -> None:
        row = self.q1("SELECT id FROM calendar_override WHERE day = ?", (day.isoformat(),))
        if row:
            self._delete("calendar_override", row["id"])

    # -- uid lookups ----------------------------------------------------------
    def id_for_uid(self, table: str, uid: str) -> int | None:
        id_: int | None = self.scalar(f"SELECT id FROM {table} WHERE uid = ?", (uid,))
        return id_

    def uid_for_id(self, table: str, id_: int | None) -> str | None:
        if id_ is None:
            return None
        uid: str | None = self.scalar(f"SELECT uid FROM {table} WHERE id = ?", (id_,))
        return uid

    def uids_of(self, table: str, ids: list[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            out.update(
                (r[0], r[1])
                for r in self.q(
                    f"SELECT id, uid FROM {table} WHERE id IN ({','.join('?' * len(part))})", part
                )
            )
        return out

    def is_empty(self) -> bool:
        return not self.scalar("SELECT EXISTS(SELECT 1 FROM commission)")

    # -- organisations and people --------------------------------------------
    def save_organisation(self, org: m.Organisation) -> int:
        vals = _values(org)
        if org.id:
            self._update("organisation", org.id, vals)
        else:
            org.id = self._insert("organisation", vals)
        return org.id

    def organisations(self) -> list[m.Organisation]:
        return [
            _build(m.Organisation, r, kind=m.OrgKind(r["kind"]), expands=bool(r["expands"]))
            for r in self.q("SELECT * FROM organisation ORDER BY short_ru")
        ]

    def organisation(self, id_: int) -> m.Organisation:
        r = self.q1("SELECT * FROM organisation WHERE id = ?", (id_,))
        if r is None:
            raise NotFound("Organisation {id} does not exist.", id=id_)
        return _build(m.Organisation, r, kind=m.OrgKind(r["kind"]), expands=bool(r["expands"]))

    def organisations_by_id(self, ids: Iterable[int] | None = None) -> dict[int, m.Organisation]:
        if ids is None:
            rows = self.q("SELECT * FROM organisation")
        else:
            ids = list({i for i in ids if i})
            if not ids:
                return {}
            rows = self.q(
                f"SELECT * FROM organisation WHERE id IN ({','.join('?' * len(ids))})", ids
            )
        return {
            r["id"]: _build(
                m.Organisation, r, kind=m.OrgKind(r["kind"]), expands=bool(r["expands"])
            )
            for r in rows
        }

    def group_members(self, group_id: int) -> list[int]:
        """The member organisations of a group (organisation of kind 'group'), in order."""
        return [
            r[0]
            for r in self.q(
                "SELECT member_id FROM organisation_member WHERE group_id = ? ORDER BY position",
                (group_id,),
            )
        ]

    def set_group_members(self, group_id: int, member_ids: list[int]) -> None:
        """Replace a group's members (journalled row by row; unchanged rows kept)."""
        old = self.q(
            "SELECT id, member_id, position FROM organisation_member WHERE group_id = ?"
            " ORDER BY position",
            (group_id,),
        )
        if [r["member_id"] for r in old] == list(member_ids):
            return
        for r in old:
            self._delete("organisation_member", r["id"])
        for pos, mid in enumerate(member_ids, 1):
            self._insert(
                "organisation_member",
                {"uid": m.new_uid(), "group_id": group_id, "member_id": mid, "position": pos},
            )

    def organisation_in_use(self, id_: int) -> bool:
        return bool(
            self.scalar(
                "SELECT EXISTS(SELECT 1 FROM instruction_executor WHERE organisation_id = ?)"
                " OR EXISTS(SELECT 1 FROM person WHERE organisation_id = ?)"
                " OR EXISTS(SELECT 1 FROM organisation_member WHERE member_id = ?)",
                (id_, id_, id_),
            )
        )

    def delete_organisation(self, id_: int) -> None:
        if self.organisation_in_use(id_):
            raise StorageError(
                "This organisation is an executor, a person's place of work or a group's"
                " member; it cannot be deleted."
            )
        for r in self.q("SELECT id FROM organisation_member WHERE group_id = ?", (id_,)):
            self._delete("organisation_member", r[0])
        self._delete("organisation", id_)

    def save_person(self, p: m.Person) -> int:
        vals = _values(p)
        if p.id:
            self._update("person", p.id, vals)
        else:
            p.id = self._insert("person", vals)
        return p.id

    def people(self) -> list[m.Person]:
        return [_build(m.Person, r) for r in self.q("SELECT * FROM person ORDER BY surname, name")]

    def people_by_id(self, ids: Iterable[int] | None = None) -> dict[int, m.Person]:
        if ids is None:
            rows = self.q("SELECT * FROM person")
        else:
            ids = list({i for i in ids if i})
            if not ids:
                return {}
            rows = self.q(f"SELECT * FROM person WHERE id IN ({','.join('?' * len(ids))})", ids)
        return {r["id"]: _build(m.Person, r) for r in rows}

    def person(self, id_: int) -> m.Person:
        r = self.q1("SELECT * FROM person WHERE id = ?", (id_,))
        if r is None:
            raise NotFound("Person {id} does not exist.", id=id_)
        return _build(m.Person, r)

    def find_people(self, text: str) -> list[m.Person]:
        """People whose surname (or full name) contains ``text``, any case."""
        needle = text.casefold().strip()
        return [
            p
            for p in self.people()
            if needle in p.full_name("ru").casefold()
            or needle in p.full_name("kk").casefold()
            or needle in p.short_name("ru").casefold()
        ]

    # -- commissions and rosters ------------------------------------------------
    def save_commission(self, c: m.Commission) -> int:
        vals = _values(c)
        vals["frame"] = c.frame.dumps()
        q = vals.pop("quorum")
        vals.update(
            quorum_numerator=q.numerator,
            quorum_denominator=q.denominator,
            quorum_strict=int(q.strict),
        )
        if c.id:
            self._update("commission", c.id, vals)
        else:
            c.id = self._insert("commission", vals)
        return c.id

    def _commission(self, r: sqlite3.Row) -> m.Commission:
        from ..domain.frame import Frame

        return _build(
            m.Commission,
            r,
            frame=Frame.loads(r["frame"]),
            quorum=m.QuorumRule(
                r["quorum_numerator"], r["quorum_denominator"], bool(r["quorum_strict"])
            ),
        )

    def commissions(self) -> list[m.Commission]:
        return [self._commission(r) for r in self.q("SELECT * FROM commission ORDER BY id")]

    def commission(self, id_: int) -> m.Commission:
        r = self.q1("SELECT * FROM commission WHERE id = ?", (id_,))
        if r is None:
            raise NotFound("Commission {id} does not exist.", id=id_)
        return self._commission(r)

    def save_membership(self, ms: m.Membership) -> int:
        vals = _values(ms)
        if ms.id:
            self._update("membership", ms.id, vals)
        else:
            ms.id = self._insert("membership", vals)
        return ms.id

    def memberships(self, commission_id: int) -> list[m.Membership]:
        return [
            _build(
                m.Membership,
                r,
                role=m.Role(r["role"]),
                voting=bool(r["voting"]),
                date_from=_d(r["date_from"]),
                date_to=_d(r["date_to"]),
            )
            for r in self.q(
                "SELECT * FROM membership WHERE commission_id = ? ORDER BY id", (commission_id,)
            )
        ]

    def roster_on(self, commission_id: int, on: date) -> list[m.Membership]:
        return [ms for ms in self.memberships(commission_id) if ms.active_on(on)]

    # -- sessions -------------------------------------------------------------------
    def _session(self, r: sqlite3.Row) -> m.Session:
        return _build(
            m.Session,
            r,
            date=date.fromisoformat(r["date"]),
            kind=m.SessionKind(r["kind"]),
            status=m.SessionStatus(r["status"]),
        )

    def save_session(self, s: m.Session, note: str = "") -> int:
        vals = _values(s)
        try:
            if s.id:
                self._update("session", s.id, vals, note)
            else:
                s.id = self._insert("session", vals, note)
        except sqlite3.IntegrityError as exc:
            if "UNIQUE" in str(exc) and "number" in str(exc):
                raise StorageError(
                    "Session No. {number} of {year} already exists in this commission. "
                    "Choose another number.",
                    number=s.number,
                    year=s.year,
                ) from exc
            raise
        return s.id

    def session(self, id_: int) -> m.Session:
        r = self.q1("SELECT * FROM session WHERE id = ?", (id_,))
        if r is None:
            raise NotFound("Session {id} does not exist.", id=id_)
        return self._session(r)

    def sessions(self, commission_id: int | None = None) -> list[m.Session]:
        if commission_id is None:
            rows = self.q("SELECT * FROM session ORDER BY date DESC, number DESC")
        else:
            rows = self.q(
                "SELECT * FROM session WHERE commission_id = ? ORDER BY date DESC, number DESC",
                (commission_id,),
            )
        return [self._session(r) for r in rows]

    def session_choices(self) -> list[tuple[int, int, int, date, int]]:
        """(id, year, number, date, commission id) of every session, newest first: pick
        lists of 5,000 sessions without building Session objects."""
        return [
            (r[0], r[1], r[2], date.fromisoformat(r[3]), r[4])
            for r in self.q(
                "SELECT id, year, number, date, commission_id FROM session"
                " ORDER BY date DESC, number DESC"
            )
        ]

    def sessions_by_ids(self, ids: Iterable[int | None]) -> dict[int, m.Session]:
        ids = list({i for i in ids if i})
        out: dict[int, m.Session] = {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            for r in self.q(
                f"SELECT * FROM session WHERE id IN ({','.join('?' * len(part))})", part
            ):
                out[r["id"]] = self._session(r)
        return out

    def session_labels(self, ids: Iterable[int | None]) -> dict[int, str]:
        """ "year/number" of each session in ``ids`` (lists of instructions need no more)."""
        ids = list({i for i in ids if i})
        out: dict[int, str] = {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            for r in self.q(
                f"SELECT id, year, number FROM session WHERE id IN ({','.join('?' * len(part))})",
                part,
            ):
                out[r[0]] = f"{r[1]}/{r[2]}"
        return out

    def session_ids_of(self, instruction_ids: list[int]) -> set[int]:
        out: set[int] = set()
        for chunk in range(0, len(instruction_ids), 900):
            part = instruction_ids[chunk : chunk + 900]
            out.update(
                r[0]
                for r in self.q(
                    "SELECT DISTINCT session_id FROM instruction"
                    f" WHERE id IN ({','.join('?' * len(part))})"
                    " AND session_id IS NOT NULL",
                    part,
                )
            )
        return out

    def sessions_by_label(self, year: int, number: int) -> list[m.Session]:
        return [
            self._session(r)
            for r in self.q("SELECT * FROM session WHERE year = ? AND number = ?", (year, number))
        ]

    def session_numbers(self, commission_id: int, year: int) -> list[int]:
        return [
            r[0]
            for r in self.q(
                "SELECT number FROM session WHERE commission_id = ? AND year = ?",
                (commission_id, year),
            )
        ]

    def session_counts(self, as_of: date) -> dict[int, tuple[int, int]]:
        """session id -> (instructions, overdue now)."""
        owing = tuple(s.value for s in m.OWING_STATUSES)
        rows = self.q(
            "SELECT session_id, COUNT(*) AS n,"
            f" SUM(CASE WHEN status IN ({','.join('?' * len(owing))})"
            " AND due_date < ? THEN 1 ELSE 0 END) AS od"
            " FROM instruction WHERE session_id IS NOT NULL GROUP BY session_id",
            (*owing, as_of.isoformat()),
        )
        return {r["session_id"]: (r["n"], r["od"] or 0) for r in rows}

    # -- attendance -----------------------------------------------------------------
    def attendance(self, session_id: int) -> list[m.Attendance]:
        return [
            _build(m.Attendance, r, kind=m.AttendanceKind(r["kind"]), present=bool(r["present"]))
            for r in self.q(
                "SELECT * FROM attendance WHERE session_id = ? ORDER BY kind, id", (session_id,)
            )
        ]

    def save_attendance(self, a: m.Attendance) -> int:
        vals = _values(a)
        if a.id:
            self._update("attendance", a.id, vals)
        else:
            a.id = self._insert("attendance", vals)
        return a.id

    # -- agenda and decisions ---------------------------------------------------------
    def delete_attendance(self, id_: int) -> None:
        self._delete("attendance", id_)

    def agenda_titles(self) -> dict[int, list[tuple[int, str, str]]]:
        """Every session's agenda as (position, title, title_kk), in one query (a list
        of 5,000 sessions would otherwise ask 5,000 times)."""
        out: dict[int, list[tuple[int, str, str]]] = {}
        for r in self.q(
            "SELECT session_id, position, title, title_kk FROM agenda_item"
            " ORDER BY session_id, position"
        ):
            out.setdefault(r[0], []).append((r[1], r[2], r[3]))
        return out

    def agenda(self, session_id: int) -> list[m.AgendaItem]:
        items = [
            _build(m.AgendaItem, r, speakers=[])
            for r in self.q(
                "SELECT * FROM agenda_item WHERE session_id = ? ORDER BY position", (session_id,)
            )
        ]
        by_id = {i.id: i for i in items}
        if by_id:
            for r in self.q(
                "SELECT * FROM agenda_speaker"
                f" WHERE agenda_item_id IN ({','.join('?' * len(by_id))})"
                " ORDER BY agenda_item_id, position",
                list(by_id),
            ):
                by_id[r["agenda_item_id"]].speakers.append(
                    m.Speaker(
                        m.SpeakerKind(r["kind"]),
                        r["person_id"],
                        r["name"],
                        r["summary"],
                        r["summary_kk"],
                        r["name_kk"],
                    )
                )
        return items

    def agenda_item(self, id_: int) -> m.AgendaItem:
        r = self.q1("SELECT * FROM agenda_item WHERE id = ?", (id_,))
        if r is None:
            raise NotFound("Agenda item {id} does not exist.", id=id_)
        for item in self.agenda(r["session_id"]):
            if item.id == id_:
                return item
        raise NotFound("Agenda item {id} does not exist.", id=id_)

    def save_agenda_item(self, item: m.AgendaItem) -> int:
        vals = _values(item, skip=("id", "speakers"))
        if item.id:
            self._update("agenda_item", item.id, vals)
        else:
            item.id = self._insert("agenda_item", vals)
        old = self.q(
            "SELECT id, uid, kind, person_id, name, summary, summary_kk, name_kk"
            " FROM agenda_speaker WHERE agenda_item_id = ? ORDER BY position",
            (item.id,),
        )
        # rewrite speakers only when they changed, keeping uids where possible
        new = [
            (s.kind.value, s.person_id, s.name, s.summary, s.summary_kk, s.name_kk)
            for s in item.speakers
        ]
        old_rows = [
            (r["kind"], r["person_id"], r["name"], r["summary"], r["summary_kk"], r["name_kk"])
            for r in old
        ]
        if old_rows != new:
            for r in old:
                self._delete("agenda_speaker", r["id"])
            for pos, s in enumerate(item.speakers, 1):
                self._insert(
                    "agenda_speaker",
                    {
                        "uid": f"{item.uid}/s{pos}" if not old else m.new_uid(),
                        "agenda_item_id": item.id,
                        "position": pos,
                        "kind": s.kind.value,
                        "person_id": s.person_id,
                        "name": s.name,
                        "summary": s.summary,
                        "summary_kk": s.summary_kk,
                        "name_kk": s.name_kk,
                    },
                )
        return item.id

    def named_votes(self, session_id: int) -> list[m.NamedVote]:
        """Who voted how in a session (agenda vote first, then by item), in entry order."""
        return [
            _build(m.NamedVote, r)
            for r in self.q(
                "SELECT * FROM named_vote WHERE session_id = ?"
                " ORDER BY agenda_item_id IS NOT NULL, agenda_item_id, position",
                (session_id,),
            )
        ]

    def set_named_votes(
        self, session_id: int, agenda_item_id: int | None, votes: list[tuple[int, str]]
    ) -> None:
        """Replace the named votes of an agenda item (or, ``None``, of the agenda)
        with ``votes`` as (person id, choice), unless they are the same."""
        old = self.q(
            "SELECT id, person_id, choice FROM named_vote WHERE session_id = ?"
            " AND agenda_item_id IS ? ORDER BY position",
            (session_id, agenda_item_id),
        )
        if [(r["person_id"], r["choice"]) for r in old] == list(votes):
            return
        for r in old:
            self._delete("named_vote", r["id"])
        for pos, (person_id, choice) in enumerate(votes, 1):
            self._insert(
                "named_vote",
                {
                    "uid": m.new_uid(),
                    "session_id": session_id,
                    "agenda_item_id": agenda_item_id,
                    "position": pos,
                    "person_id": person_id,
                    "choice": choice,
                },
            )

    def delete_agenda_item(self, id_: int) -> None:
        for r in self.q("SELECT id FROM named_vote WHERE agenda_item_id = ?", (id_,)):
            self._delete("named_vote", r["id"])
        for r in self.q("SELECT id FROM agenda_speaker WHERE agenda_item_id = ?", (id_,)):
            self._delete("agenda_speaker", r["id"])
        for r in self.q("SELECT id FROM decision WHERE agenda_item_id = ?", (id_,)):
            self.delete_decision(r["id"])
        self._delete("agenda_item", id_)

    def decisions(self, session_id: int) -> list[m.Decision]:
        return [
            _build(m.Decision, r)
            for r in self.q(
                "SELECT d.* FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id"
                " WHERE a.session_id = ? ORDER BY a.position, d.position",
                (session_id,),
            )
        ]

    def decision(self, id_: int) -> m.Decision:
        r = self.q1("SELECT * FROM decision WHERE id = ?", (id_,))
        if r is None:
            raise NotFound("Decision {id} does not exist.", id=id_)
        return _build(m.Decision, r)

    def save_decision(self, d: m.Decision) -> int:
        vals = _values(d)
        if d.id:
            self._update("decision", d.id, vals)
        else:
            d.id = self._insert("decision", vals)
        return d.id

    def set_agenda_position(self, id_: int, position: int) -> None:
        self._update("agenda_item", id_, {"position": position})

    def set_decision_position(self, id_: int, position: int) -> None:
        self._update("decision", id_, {"position": position})

    def delete_decision(self, id_: int) -> None:
        if self.scalar("SELECT EXISTS(SELECT 1 FROM instruction WHERE decision_id = ?)", (id_,)):
            raise StorageError("This decision has instructions; cancel or remove them first.")
        self._delete("decision", id_)

    # -- instructions ---------------------------------------------------------------------
    def _instruction(self, r: sqlite3.Row, executors: list[m.Executor]) -> m.Instruction:
        return _build(
            m.Instruction,
            r,
            executors=executors,
            due_rule=_due_rule(r["due_rule"]),
            issued_date=date.fromisoformat(r["issued_date"]),
            due_date_original=_d(r["due_date_original"]),
            due_date=_d(r["due_date"]),
            recur_until=_d(r["recur_until"]),
            done_date=_d(r["done_date"]),
            closed_on=_d(r["closed_on"]),
            event_date=_d(r["event_date"]),
            status=m.InstructionStatus(r["status"]),
        )

    def executors_of(self, ids: list[int]) -> dict[int, list[m.Executor]]:
        out: dict[int, list[m.Executor]] = {i: [] for i in ids}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            for r in self.q(
                "SELECT instruction_id, organisation_id, person_id FROM instruction_executor"
                " WHERE instruction_id IN"
                f" ({','.join('?' * len(part))}) ORDER BY instruction_id, position",
                part,
            ):
                out[r[0]].append(m.Executor(r[1], r[2]))
        return out

    def instruction(self, id_: int) -> m.Instruction:
        r = self.q1("SELECT * FROM instruction WHERE id = ?", (id_,))
        if r is None:
            raise NotFound("Instruction {id} does not exist.", id=id_)
        return self._instruction(r, self.executors_of([id_])[id_])

    def instructions_of_session(self, session_id: int) -> list[m.Instruction]:
        rows = self.q("SELECT * FROM instruction WHERE session_id = ? ORDER BY id", (session_id,))
        ex = self.executors_of([r["id"] for r in rows])
        insts = [self._instruction(r, ex[r["id"]]) for r in rows]
        insts.sort(key=lambda i: [int(x) if x.isdigit() else 0 for x in i.number.split(".")])
        return insts

    @staticmethod
    def row_executors(row: sqlite3.Row) -> list[m.Executor]:
        """The ``executors`` column of ``export_rows`` ("o5p12,p7,o40", main first)."""
        return (
            [m.Executor.parse(e) for e in row["executors"].split(",")] if row["executors"] else []
        )

    def export_rows(self, ids: list[int]) -> list[sqlite3.Row]:
        """Flat rows for task-list exports, without building Instruction objects: executors
        as "id,id,..." in order and the number of extensions. Order of ``ids`` kept."""
        out: list[sqlite3.Row] = []
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            rows = self.q(
                "SELECT i.id, i.uid, i.number, i.session_id, i.text, i.text_kk, i.controller_id,"
                " i.issued_date,"
                " i.due_text, i.due_kind, i.due_date_original, i.due_date, i.status, i.done_date,"
                " (SELECT group_concat(ref) FROM"
                " (SELECT coalesce('o' || organisation_id, '') || coalesce('p' || person_id, '')"
                "   AS ref FROM instruction_executor e"
                "   WHERE e.instruction_id = i.id ORDER BY e.position)) AS executors,"
                " (SELECT COUNT(*) FROM extension x WHERE x.instruction_id = i.id) AS extensions"
                f" FROM instruction i WHERE i.id IN ({','.join('?' * len(part))})",
                part,
            )
            pos = {r["id"]: r for r in rows}
            out.extend(pos[i] for i in part if i in pos)
        return out

    def recurring_ids(self, ids: list[int]) -> list[int]:
        out: list[int] = []
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            out += [
                r[0]
                for r in self.q(
                    f"SELECT id FROM instruction WHERE due_kind = 'recurring' AND id IN"
                    f" ({','.join('?' * len(part))})",
                    part,
                )
            ]
        return out

    def instruction_of_decision(self, decision_id: int) -> int | None:
        id_: int | None = self.scalar(
            "SELECT id FROM instruction WHERE decision_id = ?", (decision_id,)
        )
        return id_

    def instructions_by_ids(self, ids: list[int]) -> list[m.Instruction]:
        out: list[m.Instruction] = []
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            rows = self.q(
                f"SELECT * FROM instruction WHERE id IN ({','.join('?' * len(part))})", part
            )
            ex = self.executors_of([r["id"] for r in rows])
            out.extend(self._instruction(r, ex[r["id"]]) for r in rows)
        order = {i: n for n, i in enumerate(ids)}
        out.sort(key=lambda i: order[i.id])
        return out

    def save_instruction(self, inst: m.Instruction, note: str = "") -> int:
        vals = _values(inst, skip=("id", "executors"))
        vals["due_rule"] = canonical(inst.due_rule.to_json())
        vals["due_kind"] = inst.due_rule.kind.value
        vals["main_executor_id"] = inst.main_executor_id
        vals["main_organisation_id"] = inst.main_organisation_id
        if inst.id:
            self._update("instruction", inst.id, vals, note)
        else:
            inst.id = self._insert("instruction", vals, note)
        old = self.q(
            "SELECT id, organisation_id, person_id FROM instruction_executor"
            " WHERE instruction_id = ? ORDER BY position",
            (inst.id,),
        )
        if [m.Executor(r[1], r[2]) for r in old] != list(inst.executors):
            for r in old:
                self._delete("instruction_executor", r["id"], note)
            for pos, ex in enumerate(inst.executors, 1):
                self._insert(
                    "instruction_executor",
                    {
                        "uid": f"{inst.uid}/e{pos}" if not old else m.new_uid(),
                        "instruction_id": inst.id,
                        "person_id": ex.person_id,
                        "organisation_id": ex.organisation_id,
                        "position": pos,
                    },
                    note,
                )
        return inst.id

    def open_next_session_items(self, commission_id: int) -> list[sqlite3.Row]:
        """Open instructions of the commission's sessions due "by the next session": id,
        the issuing session's (date, number), due dates."""
        return self.q(
            "SELECT i.id, s.date AS session_date, s.number AS session_number, i.due_date,"
            " i.due_date_original FROM session s JOIN instruction i ON i.session_id = s.id"
            " WHERE s.commission_id = ? AND i.due_kind = 'next_session'"
            " AND i.status IN ('on_control', 'rework', 'reported')",
            (commission_id,),
        )

    def session_dates(self, commission_id: int) -> list[tuple[date, int]]:
        """(date, number) of the commission's sessions, in order."""
        return [
            (date.fromisoformat(r[0]), r[1])
            for r in self.q(
                "SELECT date, number FROM session WHERE commission_id = ? ORDER BY date, number",
                (commission_id,),
            )
        ]

    def set_instruction_fields(self, id_: int, changes: dict[str, Any], note: str = "") -> bool:
        conv = {
            k: (v.isoformat() if isinstance(v, date) else v.value if isinstance(v, m.Enum) else v)
            for k, v in changes.items()
        }
        return self._update("instruction", id_, conv, note)

    def instruction_ids(
        self,
        *,
        status: Iterable[str] | None = None,
        executor_id: int | None = None,
        any_executor_id: int | None = None,
        organisation_id: int | None = None,
        any_organisation_id: int | None = None,
        commission_id: int | None = None,
        session_id: int | None = None,
        due_from: date | None = None,
        due_to: date | None = None,
        overdue_as_of: date | None = None,
        candidates_as_of: date | None = None,
        no_session: bool = False,
        text: str | None = None,
        order: str = "due",
        desc: bool = False,
        done_from: date | None = None,
        done_to: date | None = None,
        done_late: bool = False,
        limit: int | None = None,
        owing_before: date | None = None,
    ) -> list[int]:
        """Ids of instructions matching the tracker's filters, in display order.

        ``order`` is one of ORDERS (sorted in SQL, so a 100,000-row tracker
        never loads its rows to sort them); ``owing_before`` is the day the
        "overdue" order measures days overdue against."""
        where: list[str] = []
        params: list[object] = []
        if done_from is not None:
            where.append("i.done_date >= ?")
            params.append(done_from.isoformat())
        if done_to is not None:
            where.append("i.done_date <= ?")
            params.append(done_to.isoformat())
        if done_late:
            where.append("i.done_date > i.due_date")
        if overdue_as_of is not None:
            owing = [s.value for s in m.OWING_STATUSES]
            where.append(f"i.status IN ({','.join('?' * len(owing))}) AND i.due_date < ?")
            params += [*owing, overdue_as_of.isoformat()]
        if candidates_as_of is not None:
            # could have been overdue on that day: issued by then, first due before it,
            # not done by then, not cancelled, has a due date
            d = candidates_as_of.isoformat()
            where.append(
                "i.issued_date <= ? AND i.due_date_original < ?"
                " AND (i.status != 'cancelled' OR i.closed_on > ?)"
                " AND (i.done_date IS NULL OR i.done_date > ?)"
            )
            params += [d, d, d, d]
        if status:
            st = list(status)
            where.append(f"i.status IN ({','.join('?' * len(st))})")
            params += st
        if executor_id is not None:
            where.append("i.main_executor_id = ?")
            params.append(executor_id)
        if any_executor_id is not None:
            where.append(
                "i.id IN (SELECT instruction_id FROM instruction_executor WHERE person_id = ?)"
            )
            params.append(any_executor_id)
        if organisation_id is not None:
            where.append("i.main_organisation_id = ?")
            params.append(organisation_id)
        if any_organisation_id is not None:
            where.append(
                "i.id IN (SELECT instruction_id FROM instruction_executor"
                " WHERE organisation_id = ?)"
            )
            params.append(any_organisation_id)
        if no_session:
            where.append("i.session_id IS NULL")
        if session_id is not None:
            where.append("i.session_id = ?")
            params.append(session_id)
        if commission_id is not None:
            where.append("i.session_id IN (SELECT id FROM session WHERE commission_id = ?)")
            params.append(commission_id)
        if due_from is not None:
            where.append("i.due_date >= ?")
            params.append(due_from.isoformat())
        if due_to is not None:
            where.append("i.due_date <= ?")
            params.append(due_to.isoformat())
        if text:
            fq = fts_query(text)
            if fq is None:
                return []
            where.append(
                # one document per instruction (its text, decision and reports): see schema.py
                "i.id IN (SELECT rowid FROM instruction_fts WHERE instruction_fts MATCH ?)"
            )
            params.append(fq)
        if order not in ORDERS:
            raise ValueError(f"unknown order {order!r}")
        if order == "count":  # an int, not ids: instruction_count() and listing.count
            return self.scalar(  # type: ignore[no-any-return]
                "SELECT COUNT(*) FROM instruction i"
                + (" WHERE " + " AND ".join(where) if where else ""),
                params,
            )
        if order == "due":
            # walk the (due_date, id) index: rows with a date, then the ongoing ones. With a
            # status filter, "+" keeps SQLite from walking the whole due-date index to avoid a
            # sort: the status index finds the few rows, which are then sorted (76 ms -> 5 ms).
            key = "+i.due_date" if (status or overdue_as_of is not None) else "i.due_date"
            dated = self._ids_sql(
                "", where + ["i.due_date IS NOT NULL"], params, [key], desc, limit
            )
            if limit and len(dated) >= limit:
                return dated
            rest = self._ids_sql(
                "",
                where + ["i.due_date IS NULL"],
                params,
                [],
                desc,
                limit - len(dated) if limit else None,
            )
            return rest + dated if desc else dated + rest
        if order == "executor" and not where:
            # the whole list: walk the people in name order and each one's instructions by
            # due date (two indexes, no sort of 100,000 rows: 160 -> 45 ms); the few without
            # an executor sort first, as a missing name does in the filtered query below;
            # organisations (by name, each one's by due date) come before people
            direction = " DESC" if desc else ""
            sql = (
                "SELECT i.id FROM person p CROSS JOIN instruction i ON i.main_executor_id = p.id"
                " ORDER BY "
                + ", ".join(
                    k + direction for k in ("p.surname", "p.name", "p.id", "i.due_date", "i.id")
                )
            )
            orgs = (
                "SELECT i.id FROM organisation o CROSS JOIN instruction i"
                " ON i.main_organisation_id = o.id ORDER BY "
                + ", ".join(k + direction for k in ("o.short_ru", "o.id", "i.due_date", "i.id"))
            )
            with_orgs = self.has_organisation_executors()
            nobody = self._ids_sql(
                "",
                ["i.main_executor_id IS NULL"]
                + (["i.main_organisation_id IS NULL"] if with_orgs else []),
                [],
                ["i.due_date"],
                desc,
                None,
            )
            # an organisation's rows that name its person are left out of the people's walk
            # here, not in SQL: a filter there costs the covering index (60 -> 500 ms)
            by_org = self._plain_ids(orgs, []) if with_orgs else []
            of_orgs = set(by_org)
            by_person = [i for i in self._plain_ids(sql, []) if i not in of_orgs]
            named = by_person + by_org if desc else by_org + by_person
            ids = named + nobody if desc else nobody + named
            return ids[:limit] if limit else ids
        joins, keys = ORDERS[order]
        if order == "executor" and not self.has_organisation_executors():
            # no instruction names an organisation: people's order alone, whose columns the
            # (status, main_executor_id, due_date) index covers (3 -> 20 ms otherwise)
            joins, keys = _PEOPLE_ORDER
        if order == "overdue":
            # its "?" is in ORDER BY, after every "?" of WHERE
            params = [*params, (owing_before or date.today()).isoformat()]
        return self._ids_sql(joins, where, params, keys, desc, limit)

    def has_organisation_executors(self) -> bool:
        """Whether any instruction's main executor is an organisation (the partial index
        instruction_org_due answers at once)."""
        return bool(
            self.scalar(
                "SELECT EXISTS(SELECT 1 FROM instruction WHERE main_organisation_id IS NOT NULL)"
            )
        )

    def instruction_count(self, **filters: Any) -> int:
        """How many instructions match ``instruction_ids``'s filters (one COUNT query)."""
        return self.instruction_ids(order="count", **filters)  # type: ignore[return-value]

    def _ids_sql(
        self,
        joins: str,
        where: list[str],
        params: list[object],
        keys: list[str],
        desc: bool,
        limit: int | None,
    ) -> list[int]:
        direction = " DESC" if desc else ""
        sql = "SELECT i.id FROM instruction i" + joins
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY " + ", ".join(k + direction for k in [*keys, "i.id"])
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._plain_ids(sql, params)

    def _plain_ids(self, sql: str, params: list[object]) -> list[int]:
        try:
            cur = self.conn.cursor()
            cur.row_factory = None  # plain tuples: a third faster for 100,000 ids
            return [r[0] for r in cur.execute(sql, params)]
        except sqlite3.Error as exc:
            raise self.translate(exc) from exc

    # -- control points, reports, extensions ----------------------------------------------
    def _point(self, r: sqlite3.Row) -> m.ControlPoint:
        return _build(
            m.ControlPoint,
            r,
            due_date=date.fromisoformat(r["due_date"]),
            due_date_original=date.fromisoformat(r["due_date_original"]),
            status=m.PointStatus(r["status"]),
            done_date=_d(r["done_date"]),
        )

    def control_points(self, instruction_id: int) -> list[m.ControlPoint]:
        return [
            self._point(r)
            for r in self.q(
                "SELECT * FROM control_point WHERE instruction_id = ? ORDER BY due_date, id",
                (instruction_id,),
            )
        ]

    def control_points_for(self, ids: list[int]) -> dict[int, list[m.ControlPoint]]:
        out: dict[int, list[m.ControlPoint]] = {i: [] for i in ids}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            for r in self.q(
                f"SELECT * FROM control_point WHERE instruction_id IN"
                f" ({','.join('?' * len(part))}) ORDER BY due_date, id",
                part,
            ):
                out[r["instruction_id"]].append(self._point(r))
        return out

    def save_control_point(self, p: m.ControlPoint, note: str = "") -> int:
        vals = _values(p)
        if p.id:
            self._update("control_point", p.id, vals, note)
        else:
            p.id = self._insert("control_point", vals, note)
        return p.id

    def delete_control_point(self, id_: int) -> None:
        self._delete("control_point", id_)

    def existing_uids(self, table: str, uids: Iterable[str]) -> set[str]:
        """Which of ``uids`` ``table`` already holds (a register's rows imported before)."""
        wanted = list(dict.fromkeys(uids))
        out: set[str] = set()
        for chunk in range(0, len(wanted), 900):
            part = wanted[chunk : chunk + 900]
            out.update(
                r[0]
                for r in self.q(
                    f"SELECT uid FROM {table} WHERE uid IN ({','.join('?' * len(part))})", part
                )
            )
        return out

    def instruction_numbers(self, session_ids: Iterable[int]) -> set[tuple[int, str]]:
        """(session id, number) of the instructions of these sessions: a register's row
        already typed in by hand is not imported twice."""
        ids = list({i for i in session_ids if i})
        out: set[tuple[int, str]] = set()
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            out.update(
                (r[0], r[1])
                for r in self.q(
                    "SELECT session_id, number FROM instruction"
                    f" WHERE session_id IN ({','.join('?' * len(part))})",
                    part,
                )
            )
        return out

    def import_row(self, table: str, values: dict[str, Any]) -> int:
        """A record from an interchange file, as the file has it (journalled as an import);
        the importer has checked it against the schema and resolved its references."""
        return self._insert(table, values, note="import")

    def _report(self, r: sqlite3.Row) -> m.Report:
        return _build(
            m.Report,
            r,
            received=date.fromisoformat(r["received"]),
            outcome=m.ReportOutcome(r["outcome"]),
            outcome_date=_d(r["outcome_date"]),
        )

    def reports(self, instruction_id: int) -> list[m.Report]:
        return [
            self._report(r)
            for r in self.q(
                "SELECT * FROM report WHERE instruction_id = ? ORDER BY received, id",
                (instruction_id,),
            )
        ]

    def last_reports(self, ids: list[int], received_by: date | None = None) -> dict[int, m.Report]:
        out: dict[int, m.Report] = {}
        for rep in (r for lst in self.reports_for(ids).values() for r in lst):
            if received_by is None or rep.received <= received_by:
                out[rep.instruction_id] = rep
        return out

    def reports_for(self, ids: list[int]) -> dict[int, list[m.Report]]:
        out: dict[int, list[m.Report]] = {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            for r in self.q(
                f"SELECT * FROM report WHERE instruction_id IN ({','.join('?' * len(part))})"
                " ORDER BY received, id",
                part,
            ):
                out.setdefault(r["instruction_id"], []).append(self._report(r))
        return out

    def extensions_for(self, ids: list[int]) -> dict[int, list[m.Extension]]:
        out: dict[int, list[m.Extension]] = {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            for r in self.q(
                f"SELECT * FROM extension WHERE instruction_id IN ({','.join('?' * len(part))})"
                " ORDER BY decided_on, id",
                part,
            ):
                out.setdefault(r["instruction_id"], []).append(self._extension(r))
        return out

    def save_report(self, rep: m.Report, note: str = "") -> int:
        vals = _values(rep)
        if rep.id:
            self._update("report", rep.id, vals, note)
        else:
            rep.id = self._insert("report", vals, note)
        return rep.id

    def _extension(self, r: sqlite3.Row) -> m.Extension:
        return _build(
            m.Extension,
            r,
            old_date=date.fromisoformat(r["old_date"]),
            new_date=date.fromisoformat(r["new_date"]),
            decided_on=date.fromisoformat(r["decided_on"]),
        )

    def extensions(self, instruction_id: int) -> list[m.Extension]:
        return [
            self._extension(r)
            for r in self.q(
                "SELECT * FROM extension WHERE instruction_id = ? ORDER BY decided_on, id",
                (instruction_id,),
            )
        ]

    # -- what a replay of "overdue as of a past day" reads: plain tuples, no records ----------
    def _in_chunks(self, sql: str, ids: list[int]) -> list[sqlite3.Row]:
        """``sql`` with ``{ids}`` for a list of placeholders, over ``ids`` 900 at a time."""
        out: list[sqlite3.Row] = []
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            out += self.q(sql.format(ids=",".join("?" * len(part))), part)
        return out

    def replay_dates(self, ids: list[int]) -> list[tuple[int, bool, date | None, date | None]]:
        """(id, recurring, original due date, done date) of each instruction, in the
        order of ``ids``."""
        rows = {
            r[0]: (r[0], r[1] == "recurring", _d(r[2]), _d(r[3]))
            for r in self._in_chunks(
                "SELECT id, due_kind, due_date_original, done_date FROM instruction"
                " WHERE id IN ({ids})",
                ids,
            )
        }
        return [rows[i] for i in ids if i in rows]

    def replay_extensions(self, ids: list[int]) -> dict[int, list[tuple[int | None, date, date]]]:
        """Each instruction's extensions as (control point or None, decided on, new date)."""
        out: dict[int, list[tuple[int | None, date, date]]] = {}
        for r in self._in_chunks(
            "SELECT instruction_id, control_point_id, decided_on, new_date FROM extension"
            " WHERE instruction_id IN ({ids}) ORDER BY decided_on, id",
            ids,
        ):
            out.setdefault(r[0], []).append(
                (r[1], date.fromisoformat(r[2]), date.fromisoformat(r[3]))
            )
        return out

    def replay_reports(
        self, ids: list[int]
    ) -> dict[int, list[tuple[int | None, date, str, date | None]]]:
        """Each instruction's reports as (control point or None, received, outcome, outcome
        date), in the order received."""
        out: dict[int, list[tuple[int | None, date, str, date | None]]] = {}
        for r in self._in_chunks(
            "SELECT instruction_id, control_point_id, received, outcome, outcome_date FROM report"
            " WHERE instruction_id IN ({ids}) ORDER BY received, id",
            ids,
        ):
            out.setdefault(r[0], []).append((r[1], date.fromisoformat(r[2]), r[3], _d(r[4])))
        return out

    def extension_counts(self, ids: list[int]) -> dict[int, int]:
        out: dict[int, int] = {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            for r in self.q(
                f"SELECT instruction_id, COUNT(*) FROM extension WHERE instruction_id IN"
                f" ({','.join('?' * len(part))}) GROUP BY instruction_id",
                part,
            ):
                out[r[0]] = r[1]
        return out

    def save_extension(self, ext: m.Extension, note: str = "") -> int:
        ext.id = self._insert("extension", _values(ext), note)
        return ext.id

    # -- statistics -------------------------------------------------------------------------
    def accountable_items(self, due_from: date, due_to: date) -> list[sqlite3.Row]:
        """Every unit of accountability due in [due_from, due_to]: dated instructions
        and each control point of a recurring one, with main executor, due, done, status."""
        return self.q(
            "SELECT i.main_executor_id AS executor_id,"
            "       i.main_organisation_id AS organisation_id,"
            "       i.due_date AS due, i.done_date AS done,"
            "       i.status AS status FROM instruction i"
            " WHERE i.due_kind = 'date' AND i.status != 'cancelled'"
            "   AND i.due_date BETWEEN ? AND ?"
            " UNION ALL "
            "SELECT i.main_executor_id, i.main_organisation_id, p.due_date, p.done_date,"
            # points left open when the instruction was cancelled or taken off control do not count
            "       CASE WHEN i.status = 'cancelled' OR (i.status IN ('off_control', 'done')"
            "            AND p.status != 'done') THEN 'cancelled' ELSE p.status END"
            " FROM control_point p JOIN instruction i ON i.id = p.instruction_id"
            " WHERE p.due_date BETWEEN ? AND ? AND i.status != 'cancelled'",
            (due_from.isoformat(), due_to.isoformat(), due_from.isoformat(), due_to.isoformat()),
        )

    def discipline_candidates(
        self, due_from: date, due_to: date, as_of: date | None = None
    ) -> tuple[list[sqlite3.Row], list[sqlite3.Row]]:
        """Dated instructions and control points whose due date may have fallen in
        [due_from, due_to] at some time (first set before the end, now after the start),
        and those due before the start that were still owed on ``as_of`` (they count as
        overdue in the period): still owing now, or done, cancelled or taken off control
        only after ``as_of``. Each part is its own indexed query (an OR of them made
        SQLite read the whole table: 83 ms -> 444 ms at 100,000 instructions)."""
        a, b = due_from.isoformat(), due_to.isoformat()
        then = (as_of or date.max).isoformat()
        owing = [s.value for s in m.OWING_STATUSES]
        marks = ",".join("?" * len(owing))
        cols = (
            "id, main_executor_id, main_organisation_id, due_date_original, due_date,"
            " done_date, status, closed_on"
        )
        insts = self.q(
            f"SELECT {cols} FROM instruction WHERE due_kind = 'date'"
            " AND due_date_original <= ? AND due_date >= ?"
            f" UNION SELECT {cols} FROM instruction WHERE due_kind = 'date'"
            f" AND status IN ({marks}) AND due_date < ?"
            f" UNION SELECT {cols} FROM instruction WHERE due_kind = 'date'"
            " AND done_date > ? AND due_date_original < ?"
            f" UNION SELECT {cols} FROM instruction WHERE due_kind = 'date'"
            " AND status IN ('cancelled', 'off_control') AND closed_on > ?"
            " AND due_date_original < ?",
            (b, a, *owing, a, then, a, then, a),
        )
        pcols = (
            "p.id, p.instruction_id, i.main_executor_id, i.main_organisation_id,"
            " p.due_date_original, p.due_date,"
            " p.done_date, p.status AS point_status, i.status, i.closed_on"
        )
        join = "FROM control_point p JOIN instruction i ON i.id = p.instruction_id"
        points = self.q(
            f"SELECT {pcols} {join} WHERE p.due_date_original <= ? AND p.due_date >= ?"
            f" UNION SELECT {pcols} {join} WHERE p.due_date < ?"
            " AND (p.done_date IS NULL OR p.done_date > ?)"
            " AND (i.status NOT IN ('cancelled', 'off_control') OR i.closed_on > ?)",
            (b, a, a, then, then),
        )
        return insts, points

    # -- search ---------------------------------------------------------------------------------
    def search(self, text: str, limit: int = 50) -> list[dict[str, Any]]:
        """Hits over instructions, decisions, agenda items and reports, newest first.

        (Ordering by rowid lets FTS5 stop after ``limit`` hits; ordering by
        rank scores every match: 50 ms instead of 2 ms for a common word at
        100,000 instructions.)"""
        fq = fts_query(text)
        if fq is None:
            return []
        from ..domain.stemming import query_terms, term
        from .fulltext import SEARCH_SOURCES

        n = FTS_KINDS if self.journal_format() == 2 else 4  # 4 in a file of the old format
        hits = [
            (r[0], r[1])
            for r in self.q(
                f"SELECT rowid % {n}, rowid / {n}"
                " FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                (fq, limit),
            )
        ]
        prefixes = [t for w in _FTS_TOKEN.findall(text) for t in query_terms(w)]
        by_kind = {kind: (table, cols) for table, (kind, cols) in SEARCH_SOURCES.items()}
        texts: dict[tuple[int, int], tuple[str, int]] = {}
        for kind in {h[0] for h in hits}:
            table, cols = by_kind[kind]
            ids = [h[1] for h in hits if h[0] == kind]
            for r in self.conn.execute(
                f"SELECT id, {', '.join(cols)} FROM {table}"
                f" WHERE id IN ({','.join('?' * len(ids))})",
                ids,
            ):
                ru = " ".join(
                    str(v) for c, v in zip(cols, r[1:], strict=True) if v and c[-3:] != "_kk"
                )
                kk = " ".join(
                    str(v) for c, v in zip(cols, r[1:], strict=True) if v and c[-3:] == "_kk"
                )
                texts[(kind, r[0])] = ((ru + " " + kk).strip(), len(ru))
        out: list[dict[str, Any]] = []
        for kind, ref in hits:
            body, kazakh_from = texts.get((kind, ref), ("", 0))
            out.append(
                {"kind": kind, "ref": ref, "snip": _snippet(body, kazakh_from, prefixes, term)}
            )
        return out

    def search_hit_context(self, kind: int, ref: int) -> tuple[int | None, int | None]:
        """(session id, instruction id) of a search hit."""
        if kind == FTS_INSTRUCTION:
            r = self.q1("SELECT session_id, id FROM instruction WHERE id = ?", (ref,))
        elif kind == FTS_REPORT:
            r = self.q1(
                "SELECT i.session_id, i.id FROM report r JOIN instruction i"
                " ON i.id = r.instruction_id WHERE r.id = ?",
                (ref,),
            )
        elif kind == FTS_DECISION:
            r = self.q1(
                "SELECT a.session_id, (SELECT id FROM instruction WHERE decision_id = d.id)"
                " FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id"
                " WHERE d.id = ?",
                (ref,),
            )
        else:
            r = self.q1("SELECT session_id, NULL FROM agenda_item WHERE id = ?", (ref,))
        return (r[0], r[1]) if r else (None, None)

    # -- journal -----------------------------------------------------------------------------------
    def journal_of(self, table: str, uid: str) -> list[m.JournalEntry]:
        """The entries of one row, oldest first, each with the whole row before and
        after it (format 2 keeps only what changed: the rows are rebuilt backwards from
        the row as it is now, or as its delete left it)."""
        from datetime import datetime

        if self.journal_format() == 1:
            return [
                m.JournalEntry(
                    r["seq"],
                    datetime.fromisoformat(r["at"]),
                    r["user"],
                    r["action"],
                    r["tbl"],
                    r["row_uid"],
                    json.loads(r["before"]) if r["before"] else None,
                    json.loads(r["after"]) if r["after"] else None,
                    r["prev_hash"],
                    r["hash"],
                    r["note"],
                )
                for r in self.q(
                    "SELECT * FROM journal WHERE tbl = ? AND row_uid = ? ORDER BY seq",
                    (table, uid),
                )
            ]
        rows = self.q(
            "SELECT * FROM journal WHERE tbl = ? AND row_uid = ? ORDER BY seq", (table, uid)
        )
        now = self.q1(f"SELECT * FROM {table} WHERE uid = ?", (uid,)) if rows else None
        state: dict[str, Any] | None = dict(now) if now is not None else None
        out: list[m.JournalEntry] = []
        for r in reversed(rows):
            diff_b = json.loads(r["before"]) if r["before"] else None
            diff_a = json.loads(r["after"]) if r["after"] else None
            if r["action"] == "delete" or (diff_b is not None and diff_a is None):
                before = self.expand(table, diff_b or {})
                after = None
            elif diff_b is None:  # an insert
                before, after = None, state
            else:
                after = state
                before = {**(state or {}), **diff_b}
            out.append(
                m.JournalEntry(
                    r["seq"],
                    datetime.fromisoformat(r["at"]),
                    r["user"],
                    r["action"],
                    r["tbl"],
                    r["row_uid"],
                    before,
                    after,
                    r["prev_hash"],
                    r["hash"],
                    r["note"],
                )
            )
            state = before
        out.reverse()
        return out

    def journal_length(self) -> int:
        return self.scalar("SELECT COUNT(*) FROM journal") or 0

    def verify(self) -> list[str]:
        """Problems found: a broken hash chain, or a record whose current state
        differs from its journal. An empty list means the database verifies.
        A damaged file (a journal page SQLite cannot read) raises DamagedDatabase."""
        try:
            return self._verify()
        except sqlite3.Error as exc:
            raise self.translate(exc) from exc

    def _column_defaults(self, table: str) -> dict[str, Any]:
        """Each column of ``table`` with the value its declared default gives."""
        out: dict[str, Any] = {}
        for c in self.q(f"PRAGMA table_info({table})"):
            dflt = c["dflt_value"]
            out[c["name"]] = None if dflt is None else self.scalar(f"SELECT {dflt}")
        return out

    def _verify(self) -> list[str]:
        return self._verify_v2() if self.journal_format() == 2 else self._verify_v1()

    def _verify_v2(self) -> list[str]:
        from .db import entry_v2, row_digest

        problems: list[str] = []
        prev = GENESIS_HASH
        # (table, uid) -> (state after the row's last entry, that entry's new values)
        last: dict[tuple[str, str], tuple[bytes | None, dict[str, Any] | None]] = {}
        cur = self.conn.execute(
            "SELECT seq, at, user, action, tbl, row_uid, before, after, state, note, hash"
            " FROM journal_entry ORDER BY seq"
        )
        for seq, at, user, action, tbl, uid, b, a, state, note, h in cur:
            after = json.loads(a) if a else None
            entry = entry_v2(
                at, user, action, tbl, uid, json.loads(b) if b else None, after, state, note
            )
            if entry_hash(prev, entry) != h.hex():
                problems.append(f"journal entry {seq}: the hash chain is broken")
                return problems
            prev = h.hex()
            if tbl == EVENT_TABLE:
                continue
            last[(tbl, uid)] = (state, after)
        tables = {t for t, _ in last} | set(JOURNALED_TABLES)
        for table in sorted(tables):
            for row in self.conn.execute(f"SELECT * FROM {table}"):
                now = dict(row)
                got = last.pop((table, now["uid"]), None)
                if got is None:
                    problems.append(f"{table} {now['uid']}: added without a journal entry")
                    continue
                state, after = got
                if state is None:
                    problems.append(
                        f"{table} {now['uid']}: exists but the journal says it was deleted"
                    )
                elif row_digest(self.compact(table, now)) != state:
                    diff = sorted(k for k, v in (after or {}).items() if now.get(k) != v)
                    problems.append(
                        f"{table} {now['uid']}: changed outside the program"
                        + (f" ({', '.join(diff)})" if diff else "")
                    )
        for (table, uid), (state, _after) in sorted(last.items()):
            if state is not None:
                problems.append(f"{table} {uid}: deleted without a journal entry")
        return problems

    def _verify_v1(self) -> list[str]:
        problems: list[str] = []
        prev = GENESIS_HASH
        last: dict[tuple[str, str], dict[str, Any] | None] = {}
        for r in self.conn.execute("SELECT * FROM journal ORDER BY seq"):
            entry = {
                "at": r["at"],
                "user": r["user"],
                "action": r["action"],
                "tbl": r["tbl"],
                "row_uid": r["row_uid"],
                "before": json.loads(r["before"]) if r["before"] else None,
                "after": json.loads(r["after"]) if r["after"] else None,
                "note": r["note"],
            }
            if r["prev_hash"] != prev or entry_hash(prev, entry) != r["hash"]:
                problems.append(f"journal entry {r['seq']}: the hash chain is broken")
                return problems
            prev = r["hash"]
            if r["tbl"] == EVENT_TABLE:  # about the whole database (a restore): no row
                continue
            last[(r["tbl"], r["row_uid"])] = entry["after"]
        tables = {t for t, _ in last} | set(JOURNALED_TABLES)
        # an old file (a backup of an earlier version) lacks the tables added since
        existing = {r[0] for r in self.q("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in sorted(tables & existing):
            current = {row["uid"]: dict(row) for row in self.q(f"SELECT * FROM {table}")}
            added = self._column_defaults(table)
            for (t, uid), after in last.items():
                if t != table:
                    continue
                if after is not None:
                    # a column added by a later migration (m003's main_organisation_id) is
                    # not in entries written before it: it reads as its default
                    after = {**{k: v for k, v in added.items() if k not in after}, **after}
                now = current.pop(uid, None)
                if now is not None and after is not None:
                    # a column added after this entry was written reads as its default
                    now = {k: v for k, v in now.items() if k in after or v not in ("", None)}
                if after is None and now is not None:
                    problems.append(f"{table} {uid}: exists but the journal says it was deleted")
                elif after is not None and now is None:
                    problems.append(f"{table} {uid}: deleted without a journal entry")
                elif after is not None and now is not None and canonical(now) != canonical(after):
                    diff = sorted(k for k in set(now) | set(after) if now.get(k) != after.get(k))
                    problems.append(
                        f"{table} {uid}: changed outside the program ({', '.join(diff)})"
                    )
            for uid in current:
                problems.append(f"{table} {uid}: added without a journal entry")
        return problems


_NUM_MAJOR = (
    "CAST(CASE WHEN instr(i.number, '.') > 0"
    " THEN substr(i.number, 1, instr(i.number, '.') - 1) END AS INTEGER)"
)
_NUM_MINOR = "CAST(substr(i.number, instr(i.number, '.') + 1) AS INTEGER)"
# order name -> (joins, ORDER BY keys); every key is ascending, DESC reverses all
ORDERS: dict[str, tuple[str, list[str]]] = {
    "due": ("", ["i.due_date"]),  # handled by instruction_ids: dated rows first
    "id": ("", []),
    "count": ("", []),  # instruction_count(): the number of matches, not their ids
    "number": (
        " LEFT JOIN session s ON s.id = i.session_id",
        [_NUM_MAJOR, _NUM_MINOR, "i.number", "s.date"],
    ),
    "session": (
        " LEFT JOIN session s ON s.id = i.session_id",
        ["s.id IS NULL", "s.year", "s.number", _NUM_MAJOR, _NUM_MINOR],
    ),
    "executor": (
        " LEFT JOIN person p ON p.id = i.main_executor_id"
        " LEFT JOIN organisation o ON o.id = i.main_organisation_id",
        [
            "CASE WHEN i.main_organisation_id IS NOT NULL THEN 1"
            " WHEN i.main_executor_id IS NOT NULL THEN 2 ELSE 0 END",
            "o.short_ru",
            "o.id",
            # a person sorts the rows of people alone; an organisation's go by due date
            "CASE WHEN i.main_organisation_id IS NULL THEN p.surname END",
            "CASE WHEN i.main_organisation_id IS NULL THEN p.name END",
            "CASE WHEN i.main_organisation_id IS NULL THEN p.id END",
            "i.due_date",
        ],
    ),
    "text": ("", ["i.text"]),
    "status": (
        "",
        [
            "CASE i.status WHEN 'on_control' THEN 0 WHEN 'rework' THEN 1 WHEN 'reported' THEN 2"
            " WHEN 'done' THEN 3 WHEN 'off_control' THEN 4 ELSE 5 END",
            "i.due_date",
        ],
    ),
    # days overdue as of the ``owing_before`` day: not overdue first, then the least overdue
    "overdue": (
        "",
        [
            "CASE WHEN i.status IN ('on_control', 'rework') AND i.due_date < ?"
            " THEN -julianday(i.due_date) ELSE NULL END"
        ],
    ),
}

_PEOPLE_ORDER = (
    " LEFT JOIN person p ON p.id = i.main_executor_id",
    ["p.surname", "p.name", "p.id", "i.due_date"],
)

JOURNALED_TABLES = (
    "organisation",
    "person",
    "commission",
    "membership",
    "session",
    "attendance",
    "agenda_item",
    "agenda_speaker",
    "decision",
    "instruction",
    "instruction_executor",
    "organisation_member",
    "control_point",
    "report",
    "extension",
    "calendar_override",
    "named_vote",
)


# Told before a migration of an existing database starts and as it goes: (stage, done,
# total); stage is "backup", "journal", "search" or "compact" (see schema.progress).
MigrationProgress = Callable[[str, int, int], None]


def open_store(
    path: str | Path,
    *,
    readonly: bool = False,
    migrate: bool = True,
    user: str | None = None,
    progress: MigrationProgress | None = None,
) -> Store:
    """Open (creating if needed) and migrate the database at ``path``. An existing
    database that needs a migration is backed up first; ``progress`` hears of it (the
    conversion of the journal of 100,000 instructions takes minutes: say so)."""

    if str(path) != ":memory:":
        p = Path(path)
        if p.is_dir():
            raise StorageError("{path} is a folder, not a database file.", path=str(p))
        if not readonly:
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(
                    "Cannot create the folder {path}: {detail}",
                    path=str(p.parent),
                    detail=exc.strerror or str(exc),
                ) from exc
        elif not p.exists():
            raise StorageError(
                "The database {path} does not exist. "
                "Check the path or create it with: anticorr init",
                path=str(p),
            )
        if p.exists() and not p.is_file():
            raise StorageError(
                "{path} is not a regular file (a device, a pipe or a socket), so it cannot "
                "hold a database. Give the path of a database file.",
                path=str(p),
            )
        if p.is_file() and p.stat().st_size == 0:
            _refuse_lost(p)
        check_ours(p)
    store = Store(path, readonly=readonly, user=user)
    try:
        applied = _applied_migrations(store)
        unknown = [n for n in applied if n not in KNOWN_MIGRATIONS]
        if unknown:
            raise StorageError(
                "This database was written by a newer version of the program (schema {names}). "
                "Install the newer version to open it.",
                names=", ".join(unknown),
            )
        if applied != KNOWN_MIGRATIONS:  # new or older: only now load sqlite-utils
            if readonly or not migrate:
                raise StorageError("The database needs an upgrade that cannot run read-only.")
            from sqlite_utils import Database

            from . import schema
            from .schema import migrations

            if applied and store.path is not None:
                from .backup import backup_database

                if progress is not None:
                    progress("backup", 0, 1)
                backup_database(store, reason="before-migration")
            schema.progress = progress if applied else None
            try:
                migrations.apply(Database(store.conn))
            finally:
                schema.progress = None
            store._defaults.clear()
            store._format = None
            if applied and "m005_compact" not in applied and store.path is not None:
                # give the space of the old journal and full-text copies back to the disk
                if progress is not None:
                    progress("compact", 0, 1)
                store.conn.execute("VACUUM")
        if not readonly and migrate and store.journal_format() == 2:
            _refresh_fulltext(store, progress)
    except sqlite3.DatabaseError as exc:
        store.close()
        mapped = Connection.translate(exc)
        if mapped is exc:
            raise StorageError(
                "Cannot open {path}: {detail}", path=str(path), detail=str(exc)
            ) from exc
        raise mapped from exc
    except BaseException:
        store.close()
        raise
    return store


def _refresh_fulltext(store: Store, progress: MigrationProgress | None) -> None:
    """Rebuild the word-form index when other rules or another dictionary built it (a
    program update): its deletes need the terms it holds."""
    from .fulltext import VERSION_SETTING, index_version, rebuild

    if store.get_setting(VERSION_SETTING) == index_version():
        return
    with store.transaction():
        if store.get_setting(VERSION_SETTING) == index_version():  # another copy did it
            return
        total = store.scalar("SELECT COUNT(*) FROM instruction") or 0
        if progress is not None:
            progress("search", 0, total)
        rebuild(store.conn, (lambda done, n: progress("search", done, n)) if progress else None)
        if progress is not None:
            progress("search", total, total)


SQLITE_MAGIC = b"SQLite format 3\x00"


def _refuse_lost(path: Path) -> None:
    """A 0-byte file is a new database, unless it has backups: then it was lost (a crash
    of the disk, a copy that failed), and opening it would offer the demo."""
    from .backup import backup_dir, backups, newest_good_backup

    if not backups(path):
        return
    good = newest_good_backup(path)
    if good is None:
        raise StorageError(
            "The database file {path} is empty (0 bytes), yet it has backups in {folder}: it "
            "was lost, not new. None of the backups passes the checks; keep the files and "
            "ask for help.",
            path=str(path),
            folder=str(backup_dir(path)),
        )
    raise StorageError(
        "The database file {path} is empty (0 bytes), yet it has backups: it was lost, not "
        "new. Restore the newest good backup: anticorr --db {path} restore {backup}",
        path=str(path),
        backup=str(good),
    )


def check_ours(path: Path) -> None:
    """Refuse, untouched, a file that is not one of our databases: not SQLite at all, or
    another program's SQLite file (its application_id, else its tables). Read before
    the file is opened for writing (which would switch it to WAL and add our tables).
    A missing or 0-byte file, or an SQLite file with no tables, is a new database."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageError(
            "Cannot read the database file {path}: {detail}. Check that you may read it.",
            path=str(path),
            detail=exc.strerror or str(exc),
        ) from exc
    if not head:
        return
    if not head.startswith(SQLITE_MAGIC):
        raise ForeignFile(  # sqlite=False: a restore may put a backup in its place
            "{path} is not a database of this program: it is not an SQLite file. Check the "
            "path; if it was the commission's database, it is damaged: restore the newest "
            "good backup.",
            path=str(path),
            sqlite=False,
        )
    if len(head) == 100 and int.from_bytes(head[68:72], "big") == APPLICATION_ID:
        return
    try:  # read-only: nothing of the file changes while we look
        con = sqlite3.connect(read_only_uri(path), uri=True, timeout=5)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            names = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            ours = app_id == APPLICATION_ID or (
                app_id == 0
                and "journal" in names
                and "_sqlite_migrations" in names
                and con.execute(
                    "SELECT EXISTS(SELECT 1 FROM _sqlite_migrations WHERE migration_set = ?)",
                    (MIGRATION_SET,),
                ).fetchone()[0]
            )
        finally:
            con.close()
    except sqlite3.Error as exc:
        mapped = Connection.translate(exc)
        if mapped is exc:
            return  # cannot look (e.g. a read-only folder): opening will say what is wrong
        raise mapped from exc
    if ours or (app_id == 0 and names <= {"_sqlite_migrations"}):
        return
    raise ForeignFile(
        "{path} is another program's SQLite file, not a database of this program. It was "
        "not changed. Check the path.",
        path=str(path),
    )


def _applied_migrations(store: Store) -> list[str]:
    if not store.scalar(
        "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations')"
    ):
        return []
    return [
        r[0]
        for r in store.q(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            (MIGRATION_SET,),
        )
    ]


__all__ = ["JOURNALED_TABLES", "Store", "check_ours", "fts_query", "open_store"]


def _due_rule(stored: str) -> DueRule:
    """The stored JSON of a due rule as the domain's value (imported on first use: the
    window opens the database before its first paint, and reads no instruction then)."""
    from ..domain.due import DueRule

    return DueRule.from_json(json.loads(stored))
