"""The JSON interchange format (version 2): whole sessions and the directory.

Records are named by their ``uid``, so importing the same file twice changes
nothing. An import validates the whole file before writing anything; a
problem is reported with its place, e.g.
``sessions[0].instructions[3].due: "31.02.2025" is not a date``.
The format is documented in ``docs/interchange.md``; its JSON Schema is
``resources/schema/anticorr-v2.schema.json``. Version 2 adds the frame of each
body's minutes, signatories, a person's gender, the Kazakh version of every text of
a session, the vote on the agenda and named votes; a version 1 file still imports
(what it lacks stays empty; genders are inferred from the names).
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
import os
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any, Literal, NoReturn, overload

from .domain import frame as fr
from .domain import model as m
from .domain.gender import gender_of
from .errors import UserError, ValidationError
from .storage.db import canonical

FORMAT = "anticorr-desktop"
VERSION = 2
MAX_FILE_BYTES = 50 * 1024 * 1024


class ImportError_(UserError):
    """A file that cannot be imported; the message names the place."""


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


# ---------------------------------------------------------------------- export
def export_data(services, session_ids: list[int] | None = None, *, directory: bool = True) -> dict:
    """The database (or some sessions) as interchange data."""
    st = services.store
    people = st.people_by_id()
    puid = {pid: p.uid for pid, p in people.items()}
    orgs = {o.id: o for o in st.organisations()}
    coms = {c.id: c for c in st.commissions()}
    sessions = st.sessions() if session_ids is None else [st.session(i) for i in session_ids]
    sessions.sort(key=lambda s: (s.commission_id, s.date, s.number))
    if session_ids is not None:
        used_coms = {s.commission_id for s in sessions}
        coms = {k: v for k, v in coms.items() if k in used_coms}

    used: set[int] = set()
    used_orgs: set[int] = set()

    def pu(pid: int | None) -> str | None:
        if not pid:
            return None
        used.add(pid)
        return puid.get(pid)

    def eu(ex: m.Executor) -> str | dict[str, str | None] | None:
        """An executor: a person's uid (as in v1), or {"organisation": uid, "person": uid
        or null} for an organisation (with its responsible person)."""
        if ex.organisation_id is None:
            return pu(ex.person_id)
        used_orgs.add(ex.organisation_id)
        return {"organisation": orgs[ex.organisation_id].uid, "person": pu(ex.person_id)}

    out: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    body = _export_body(st, coms, sessions, session_ids, pu, eu)
    members = {o.id: st.group_members(o.id) for o in orgs.values() if o.kind == m.OrgKind.GROUP}
    if session_ids is not None:
        # a session's file carries just the people it names, their organisations and the
        # organisations (with a group's members) it names as executors
        people = {k: v for k, v in people.items() if k in used}
        used_orgs |= {p.organisation_id for p in people.values() if p.organisation_id}
        used_orgs |= {x for k in list(used_orgs) for x in members.get(k, [])}
        orgs = {k: v for k, v in orgs.items() if k in used_orgs}
    if directory:
        out["directory"] = {
            "organisations": [
                {
                    "uid": o.uid,
                    "short_ru": o.short_ru,
                    "full_ru": o.full_ru,
                    "short_kk": o.short_kk,
                    "full_kk": o.full_kk,
                    "kind": o.kind.value,
                    **(
                        {
                            "expands": o.expands,
                            "members": [orgs[x].uid for x in members.get(o.id, [])],
                        }
                        if o.kind == m.OrgKind.GROUP
                        else {}
                    ),
                }
                for o in sorted(orgs.values(), key=lambda o: o.uid)
            ],
            "people": [
                {
                    "uid": p.uid,
                    "surname": p.surname,
                    "name": p.name,
                    "patronymic": p.patronymic,
                    "position": p.position,
                    "surname_kk": p.surname_kk,
                    "name_kk": p.name_kk,
                    "patronymic_kk": p.patronymic_kk,
                    "position_kk": p.position_kk,
                    "gender": p.gender,
                    "organisation": orgs[p.organisation_id].uid if p.organisation_id else None,
                }
                for p in sorted(people.values(), key=lambda p: p.uid)
            ],
            "calendar": [
                {"day": d.isoformat(), "working": w, "note": n}
                for d, w, n in st.calendar_overrides()
            ],
        }
    out.update(body)
    return out


def _export_frame(st, c: m.Commission, pu) -> dict[str, Any]:
    """The frame of a body's minutes; signatories named by person uid like everyone."""
    data = c.frame.to_json()
    signatories = []
    for sg in data.pop("signatories"):
        person = pu(st.id_for_uid("person", sg["person_uid"]))  # the file carries them
        if person:
            signatories.append(
                {"person": person, "role_ru": sg["role_ru"], "role_kk": sg["role_kk"]}
            )
    data["signatories"] = signatories
    return data


def _export_body(st, coms, sessions, session_ids, pu, eu) -> dict[str, Any]:
    out: dict[str, Any] = {}
    out["commissions"] = [
        {
            "uid": c.uid,
            "name_ru": c.name_ru,
            "name_kk": c.name_kk,
            "city_ru": c.city_ru,
            "city_kk": c.city_kk,
            "chair": pu(c.chair_id),
            "secretary": pu(c.secretary_id),
            "controller": pu(c.controller_id),
            "quorum": {
                "numerator": c.quorum.numerator,
                "denominator": c.quorum.denominator,
                "strict": c.quorum.strict,
            },
            "voting_rule": c.voting_rule,
            "frame": _export_frame(st, c, pu),
            "members": [
                {
                    "uid": ms.uid,
                    "person": pu(ms.person_id),
                    "role": ms.role.value,
                    "voting": ms.voting,
                    "from": _iso(ms.date_from),
                    "to": _iso(ms.date_to),
                }
                for ms in st.memberships(c.id)
            ],
        }
        for c in sorted(coms.values(), key=lambda c: c.uid)
    ]
    out["sessions"] = []
    for s in sessions:
        agenda = st.agenda(s.id)
        decisions = st.decisions(s.id)
        dec_uid = {d.id: d.uid for d in decisions}
        item_uid = {it.id: it.uid for it in agenda}
        out["sessions"].append(
            {
                "uid": s.uid,
                "commission": coms[s.commission_id].uid,
                "year": s.year,
                "number": s.number,
                "date": s.date.isoformat(),
                "time": s.time,
                "place": s.place,
                "place_kk": s.place_kk,
                "kind": s.kind.value,
                "chair": pu(s.chair_id),
                "secretary": pu(s.secretary_id),
                "status": s.status.value,
                "revision": s.revision,
                "notes": s.notes,
                "notes_kk": s.notes_kk,
                "agenda_vote": None
                if not s.has_agenda_vote
                else {
                    "for": s.agenda_vote_for,
                    "against": s.agenda_vote_against,
                    "abstained": s.agenda_vote_abstained,
                },
                "named_votes": [
                    {
                        "item": item_uid.get(v.agenda_item_id) if v.agenda_item_id else None,
                        "person": pu(v.person_id),
                        "choice": v.choice,
                    }
                    for v in st.named_votes(s.id)
                ],
                "attendance": [
                    {
                        "uid": a.uid,
                        "person": pu(a.person_id),
                        "kind": a.kind.value,
                        "present": a.present,
                        "absence_reason": a.absence_reason,
                        "absence_reason_kk": a.absence_reason_kk,
                        "substitute": pu(a.substitute_id),
                    }
                    for a in st.attendance(s.id)
                ],
                "agenda": [
                    {
                        "uid": it.uid,
                        "position": it.position,
                        "title": it.title,
                        "title_kk": it.title_kk,
                        "summary": it.summary,
                        "summary_kk": it.summary_kk,
                        "votes": None
                        if not it.has_vote
                        else {
                            "for": it.vote_for,
                            "against": it.vote_against,
                            "abstained": it.vote_abstained,
                        },
                        "speakers": [
                            {
                                "kind": sp.kind.value,
                                "person": pu(sp.person_id),
                                "name": sp.name,
                                "name_kk": sp.name_kk,
                                "summary": sp.summary,
                                "summary_kk": sp.summary_kk,
                            }
                            for sp in it.speakers
                        ],
                        "decisions": [
                            {
                                "uid": d.uid,
                                "position": d.position,
                                "text": d.text,
                                "text_kk": d.text_kk,
                            }
                            for d in decisions
                            if d.agenda_item_id == it.id
                        ],
                    }
                    for it in agenda
                ],
                "instructions": [
                    _export_instruction(st, i, pu, dec_uid, eu)
                    for i in st.instructions_of_session(s.id)
                ],
            }
        )
    if session_ids is None:
        loose = st.instructions_by_ids(st.instruction_ids(order="id", no_session=True))
        out["instructions"] = [
            _export_instruction(st, i, pu, {}, eu) for i in loose if i.session_id is None
        ]
    return out


def _export_instruction(st, i: m.Instruction, pu, dec_uid: dict[int, str], eu) -> dict:
    points = st.control_points(i.id)
    p_uid = {p.id: p.uid for p in points}
    return {
        "uid": i.uid,
        "number": i.number,
        "decision": dec_uid.get(i.decision_id) if i.decision_id else None,
        "text": i.text,
        "text_kk": i.text_kk,
        "issued_by": pu(i.issued_by_id),
        "issued_date": i.issued_date.isoformat(),
        "controller": pu(i.controller_id),
        "executors": [eu(e) for e in i.executors],
        "due": {
            "text": i.due_text,
            "rule": i.due_rule.to_json(),
            "original": _iso(i.due_date_original),
            "current": _iso(i.due_date),
            "until": _iso(i.recur_until),
        },
        "status": i.status.value,
        "done_date": _iso(i.done_date),
        "closed_note": i.closed_note,
        "closed_on": _iso(i.closed_on),
        "control_points": [
            {
                "uid": p.uid,
                "due": p.due_date.isoformat(),
                "original": p.due_date_original.isoformat(),
                "status": p.status.value,
                "done": _iso(p.done_date),
            }
            for p in points
        ],
        "reports": [
            {
                "uid": r.uid,
                "received": r.received.isoformat(),
                "outgoing_number": r.outgoing_number,
                "text": r.text,
                "from": pu(r.from_person_id),
                "control_point": p_uid.get(r.control_point_id),
                "outcome": r.outcome.value,
                "outcome_date": _iso(r.outcome_date),
                "outcome_note": r.outcome_note,
            }
            for r in st.reports(i.id)
        ],
        "extensions": [
            {
                "uid": e.uid,
                "old": e.old_date.isoformat(),
                "new": e.new_date.isoformat(),
                "reason": e.reason,
                "decided_by": e.decided_by,
                "decided_on": e.decided_on.isoformat(),
                "control_point": p_uid.get(e.control_point_id),
            }
            for e in st.extensions(i.id)
        ],
    }


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_json(data: dict, path: Path) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            "Cannot write {path}: {detail}", path=str(path), detail=exc.strerror or str(exc)
        ) from exc


# ---------------------------------------------------------------------- import
class _V:
    """Validation cursor: reads typed values and names the place of a problem."""

    def __init__(self, obj: Any, where: str):
        self.obj = obj
        self.where = where

    def fail(self, text: str, key: str | None = None, **params: Any) -> NoReturn:
        where = f"{self.where}.{key}" if key else self.where
        raise ImportError_(text, where=where.lstrip("."), **params)

    def child(self, key: str) -> _V:
        return _V(self.obj[key], f"{self.where}.{key}")

    def items(self, key: str, required: bool = False) -> list[_V]:
        v = self.obj.get(key) if isinstance(self.obj, dict) else None
        if v is None:
            if required:
                self.fail("is missing", key)
            return []
        if not isinstance(v, list):
            self.fail("must be a list", key)
        out = []
        for n, x in enumerate(v):
            if not isinstance(x, dict):
                _V(x, f"{self.where}.{key}[{n}]").fail("must be an object")
            out.append(_V(x, f"{self.where}.{key}[{n}]"))
        return out

    def str(self, key: str, required: bool = True, max_len: int = 100_000) -> str:
        v = self.obj.get(key)
        if v is None or v == "":
            if required:
                self.fail("is missing or empty", key)
            return ""
        if not isinstance(v, str):
            self.fail(
                "must be text, not {value}", key, value=json.dumps(v, ensure_ascii=False)[:40]
            )
        if len(v) > max_len:
            self.fail(
                "is too long ({n} characters; the limit is {limit})", key, n=len(v), limit=max_len
            )
        return v

    # Overloads: a required value is never None (``fail`` raises instead), so callers
    # that require it get a plain int or date. The built-in names are spelled
    # ``builtins.*`` below because the methods ``str``, ``int``, ``bool`` and ``date``
    # shadow them inside the class body.
    @overload
    def int(
        self, key: builtins.str, required: Literal[True] = True, minimum: builtins.int = 0
    ) -> builtins.int: ...
    @overload
    def int(
        self, key: builtins.str, required: builtins.bool, minimum: builtins.int = 0
    ) -> builtins.int | None: ...
    def int(
        self, key: builtins.str, required: builtins.bool = True, minimum: builtins.int = 0
    ) -> builtins.int | None:
        v = self.obj.get(key)
        if v is None:
            if required:
                self.fail("is missing", key)
            return None
        if isinstance(v, bool) or not isinstance(v, int):
            self.fail(
                "must be a whole number, not {value}",
                key,
                value=json.dumps(v, ensure_ascii=False)[:40],
            )
        if v < minimum:
            self.fail("must be at least {minimum}", key, minimum=minimum)
        return v

    def bool(self, key: builtins.str, default: builtins.bool) -> builtins.bool:
        v = self.obj.get(key, default)
        if not isinstance(v, bool):
            self.fail("must be true or false", key)
        return v

    @overload
    def date(self, key: builtins.str, required: Literal[True] = True) -> dt.date: ...
    @overload
    def date(self, key: builtins.str, required: builtins.bool) -> dt.date | None: ...
    def date(self, key: builtins.str, required: builtins.bool = True) -> dt.date | None:
        v = self.obj.get(key)
        if v is None or v == "":
            if required:
                self.fail("is missing", key)
            return None
        if not isinstance(v, str):
            self.fail("must be a date as text (YYYY-MM-DD)", key)
        try:
            return date.fromisoformat(v)
        except ValueError:
            self.fail(
                '"{value}" is not a date (write YYYY-MM-DD, e.g. 2024-12-25)', key, value=v[:40]
            )

    def enum(self, key: builtins.str, cls: type[Enum], default: Any = None) -> Any:
        v = self.obj.get(key)
        if v is None and default is not None:
            return default
        try:
            return cls(v)
        except ValueError:
            self.fail(
                '"{value}" is not one of: {allowed}',
                key,
                value=str(v)[:40],
                allowed=", ".join(x.value for x in cls),
            )

    def uid(self, key: builtins.str = "uid") -> builtins.str:
        v = self.str(key, max_len=100)
        return v


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0  # always 0: an import never rewrites a record (kept for the CLI's wording)
    unchanged: int = 0
    kept: int = 0  # directory records that differ: this database's version is kept
    sessions: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def load_file(path: Path) -> dict:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportError_(
            "Cannot read {path}: {detail}", path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    if size > MAX_FILE_BYTES:
        raise ImportError_(
            "{path} is {mb} MB; an interchange file may be at most {limit} MB.",
            path=str(path),
            mb=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportError_(
            "{path} is not UTF-8 text (byte {pos}).", path=str(path), pos=exc.start
        ) from exc
    except OSError as exc:
        raise ImportError_(
            "Cannot read {path}: {detail}", path=str(path), detail=exc.strerror or str(exc)
        ) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportError_(
            "{path} is not valid JSON: {msg} at line {line}, column {col}.",
            path=str(path),
            msg=exc.msg,
            line=exc.lineno,
            col=exc.colno,
        ) from exc


def import_data(services, data: Any) -> ImportSummary:
    """Validate ``data`` completely, then write it in one transaction."""
    plan = _Plan(services)
    plan.read(data)
    summary = plan.write()
    services.forget_caches()  # the file may have brought calendar lines
    return summary


class _Plan:
    def __init__(self, services):
        self.sv = services
        self.st = services.store
        self.people: dict[str, tuple[str, dict]] = {}  # uid -> (where, values)
        self.known_people = {p.uid for p in self.st.people()}
        self.orgs: dict[str, dict] = {}
        self.known_orgs = {o.uid for o in self.st.organisations()}
        self.members: dict[str, tuple[str, list[str]]] = {}
        self.coms: dict[str, dict] = {}
        self.known_coms = {c.uid for c in self.st.commissions()}
        self.calendar: list[tuple[date, bool, str]] = []
        self.sessions: list[dict] = []
        self.loose: list[dict] = []

    # -- reading -----------------------------------------------------------
    def person_ref(self, v: _V, key: str, required: bool = False) -> str | None:
        u = v.obj.get(key)
        if u is None:
            if required:
                v.fail("is missing", key)
            return None
        if not isinstance(u, str) or (u not in self.people and u not in self.known_people):
            v.fail('refers to an unknown person "{uid}"', key, uid=str(u)[:60])
        return u

    def read(self, data: Any) -> None:
        root = _V(data, "")
        if not isinstance(data, dict):
            root.fail("The file must hold a JSON object, not {kind}.", kind=type(data).__name__)
        if data.get("format") != FORMAT:
            root.fail(
                'This is not an AntiCorr Desktop file ("format" should be "{fmt}").', fmt=FORMAT
            )
        ver = data.get("version")
        if not isinstance(ver, int) or isinstance(ver, bool):
            root.fail('"version" is missing.')
        if ver > VERSION:
            root.fail(
                "The file has format version {ver}; this program reads version {mine}. "
                "Install a newer version of the program.",
                ver=ver,
                mine=VERSION,
            )
        dir_v = _V(data.get("directory") or {}, "directory")
        for o in dir_v.items("organisations"):
            uid = o.uid()
            self.orgs[uid] = {
                "uid": uid,
                "short_ru": o.str("short_ru", max_len=300),
                "full_ru": o.str("full_ru", False, 1000),
                "short_kk": o.str("short_kk", False, 300),
                "full_kk": o.str("full_kk", False, 1000),
                "kind": o.enum("kind", m.OrgKind, m.OrgKind.OTHER).value,
                "expands": o.obj.get("expands") is True,
            }
            members = o.obj.get("members", [])
            if not isinstance(members, list) or not all(isinstance(x, str) for x in members):
                o.fail("must be a list of organisation uids", "members")
            self.members[uid] = (o.where, members)
        for where, members in self.members.values():
            for x in members:
                if x not in self.orgs and x not in self.known_orgs:
                    _V({}, where).fail(
                        'refers to an unknown organisation "{uid}"', "members", uid=str(x)[:60]
                    )
        for p in dir_v.items("people"):
            uid = p.uid()
            org = p.obj.get("organisation")
            if org is not None and org not in self.orgs and org not in self.known_orgs:
                p.fail(
                    'refers to an unknown organisation "{uid}"', "organisation", uid=str(org)[:60]
                )
            vals = {"uid": uid, "surname": p.str("surname", max_len=200), "organisation": org}
            for k in ("name", "patronymic", "surname_kk", "name_kk", "patronymic_kk"):
                vals[k] = p.str(k, False, 200)
            for k in ("position", "position_kk"):
                vals[k] = p.str(k, False, 1000)
            gender = p.str("gender", False, 1)
            if gender not in ("", "m", "f"):
                p.fail('must be "m", "f" or empty', "gender")
            # a file without it (version 1) or "unknown": inferred from the name
            vals["gender"] = gender or (
                gender_of(vals["surname"], vals["patronymic"])
                or gender_of(vals["surname_kk"], vals["patronymic_kk"])
            )
            self.people[uid] = (p.where, vals)
        for c in dir_v.items("calendar"):
            self.calendar.append(
                (c.date("day"), c.bool("working", False), c.str("note", False, 200))
            )
        for c in root.items("commissions"):
            uid = c.uid()
            q = c.obj.get("quorum") or {}
            qv = _V(q, c.where + ".quorum")
            num, den = qv.int("numerator", False) or 2, qv.int("denominator", False) or 3
            if den <= 0 or not 0 < num <= den:
                qv.fail("must be a fraction between 0 and 1, such as 2/3")
            members = []
            for ms in c.items("members"):
                frm, to = ms.date("from", False), ms.date("to", False)
                if frm and to and to < frm:
                    ms.fail("ends before it starts", "to")
                members.append(
                    {
                        "uid": ms.uid(),
                        "person": self.person_ref(ms, "person", True),
                        "role": ms.enum("role", m.Role, m.Role.MEMBER).value,
                        "voting": ms.bool("voting", True),
                        "from": frm,
                        "to": to,
                    }
                )
            self.coms[uid] = {
                "uid": uid,
                "name_ru": c.str("name_ru", max_len=1000),
                "name_kk": c.str("name_kk", False, 1000),
                "city_ru": c.str("city_ru", False, 200),
                "city_kk": c.str("city_kk", False, 200),
                "chair": self.person_ref(c, "chair"),
                "secretary": self.person_ref(c, "secretary"),
                "controller": self.person_ref(c, "controller"),
                "quorum": (num, den, qv.bool("strict", False)),
                "voting_rule": c.str("voting_rule", False, 100) or "simple_majority_chair_casting",
                "frame": self.read_frame(c),
                "members": members,
            }
        seen_numbers: dict[tuple[str, int, int], str] = {}
        for s in root.items("sessions"):
            self.sessions.append(self.read_session(s, seen_numbers))
        for i in root.items("instructions"):
            self.loose.append(self.read_instruction(i, None, {}, {}))

    def read_frame(self, c: _V) -> str:
        """The frame of a body's minutes as stored (JSON; "" for the defaults)."""
        raw = c.obj.get("frame")
        if raw is None:
            return ""
        fv = _V(raw, c.where + ".frame")
        if not isinstance(raw, dict):
            fv.fail("must be an object")
        choices = {
            "body": fr.BODY_TYPES,
            "title": fr.TITLES,
            "number": fr.NUMBER_STYLES,
            "signers": fr.SIGNERS,
            "lead": fr.LEADS,
            "numbering": fr.NUMBERINGS,
        }
        for key, allowed in choices.items():
            value = raw.get(key)
            if value is not None and value not in allowed:
                fv.fail(
                    'is "{value}"; expected one of: {allowed}',
                    key,
                    value=str(value)[:40],
                    allowed=", ".join(allowed),
                )
        for key in ("title_ru", "title_kk", "lead_ru", "lead_kk", "vote_ru", "vote_kk"):
            text = fv.str(key, False, 1000)
            if key.startswith("vote") and text and fr.vote_words(text) is None:
                fv.fail('must be three words separated by "/"', key)
        signatories = []
        for sg in fv.items("signatories"):
            signatories.append(
                {
                    "person_uid": self.person_ref(sg, "person", True),
                    "role_ru": sg.str("role_ru", False, 300),
                    "role_kk": sg.str("role_kk", False, 300),
                }
            )
        data = dict(raw)
        data["signatories"] = signatories
        return fr.Frame.from_json(data).dumps()

    def read_session(self, s: _V, seen: dict) -> dict:
        com = s.obj.get("commission")
        if not isinstance(com, str) or (com not in self.coms and com not in self.known_coms):
            s.fail('refers to an unknown commission "{uid}"', "commission", uid=str(com)[:60])
        day = s.date("date")
        number = s.int("number", minimum=1)
        year = s.int("year", False) or day.year
        if year != day.year:
            s.fail(
                "is {year} but the session's date is in {dyear}", "year", year=year, dyear=day.year
            )
        key = (com, year, number)
        if key in seen:
            s.fail(
                "No. {number} of {year} appears twice in this file ({other})",
                "number",
                number=number,
                year=year,
                other=seen[key],
            )
        seen[key] = s.where.lstrip(".")
        uid = s.uid()
        existing = self.st.id_for_uid("session", uid)
        clash = [
            x
            for x in self.st.sessions_by_label(year, number)
            if x.uid != uid and self.st.uid_for_id("commission", x.commission_id) == com
        ]
        if clash:
            s.fail(
                "Session No. {number} of {year} already exists in this commission "
                "with other contents",
                "number",
                number=number,
                year=year,
            )
        att, seen_p = [], set()
        for a in s.items("attendance"):
            pid = self.person_ref(a, "person", True)
            if pid in seen_p:
                a.fail("lists the same person twice", "person")
            seen_p.add(pid)
            present = a.bool("present", True)
            reason = a.str("absence_reason", False, 500)
            reason_kk = a.str("absence_reason_kk", False, 500)
            sub = self.person_ref(a, "substitute")
            if present and (reason or reason_kk or sub):
                a.fail("is marked present and absent at once", "present")
            att.append(
                {
                    "uid": a.uid(),
                    "person": pid,
                    "kind": a.enum("kind", m.AttendanceKind, m.AttendanceKind.MEMBER).value,
                    "present": present,
                    "absence_reason": reason,
                    "absence_reason_kk": reason_kk,
                    "substitute": sub,
                }
            )
        agenda, decisions, positions = [], {}, {}
        for n, it in enumerate(s.items("agenda"), 1):
            votes = it.obj.get("votes")
            vv = None
            if votes is not None:
                vo = _V(votes, it.where + ".votes")
                if not isinstance(votes, dict):
                    vo.fail("must be an object with for, against, abstained")
                vv = (vo.int("for"), vo.int("against"), vo.int("abstained"))
            speakers = []
            for sp in it.items("speakers"):
                pid = self.person_ref(sp, "person")
                name = sp.str("name", False, 500)
                name_kk = sp.str("name_kk", False, 500)
                if pid is None and not (name or name_kk):
                    sp.fail("needs a person or a name")
                speakers.append(
                    {
                        "kind": sp.enum("kind", m.SpeakerKind).value,
                        "person": pid,
                        "name": name,
                        "summary": sp.str("summary", False),
                        "summary_kk": sp.str("summary_kk", False),
                        "name_kk": name_kk,
                    }
                )
            pos = it.int("position", False, 1) or n
            decs = []
            for dn, d in enumerate(it.items("decisions"), 1):
                duid = d.uid()
                dpos = d.int("position", False, 1) or dn
                text, text_kk = d.str("text", False), d.str("text_kk", False)
                if not (text or text_kk):  # one language is enough
                    d.fail("is missing or empty", "text")
                decs.append({"uid": duid, "position": dpos, "text": text, "text_kk": text_kk})
                decisions[duid] = decs[-1]
                positions[duid] = (pos, dpos)
            title, title_kk = it.str("title", False, 5000), it.str("title_kk", False, 5000)
            if not (title or title_kk):  # one language is enough
                it.fail("is missing or empty", "title")
            agenda.append(
                {
                    "uid": it.uid(),
                    "position": pos,
                    "title": title,
                    "title_kk": title_kk,
                    "summary": it.str("summary", False),
                    "summary_kk": it.str("summary_kk", False),
                    "votes": vv,
                    "speakers": speakers,
                    "decisions": decs,
                }
            )
        insts = [
            self.read_instruction(i, day, decisions, positions) for i in s.items("instructions")
        ]
        agenda_vote = None
        if s.obj.get("agenda_vote") is not None:
            av = s.child("agenda_vote")
            if not isinstance(av.obj, dict):
                av.fail("must be an object with for, against, abstained")
            agenda_vote = (av.int("for"), av.int("against"), av.int("abstained"))
        item_uids = {it["uid"] for it in agenda}
        named = []
        for nv in s.items("named_votes"):
            item = nv.obj.get("item")
            if item is not None and item not in item_uids:
                nv.fail(
                    'refers to an agenda item not in this session "{uid}"',
                    "item",
                    uid=str(item)[:60],
                )
            choice = nv.str("choice", True, 20)
            if choice not in fr.VOTE_CHOICES:
                nv.fail(
                    'is "{value}"; expected for, against or abstained', "choice", value=choice[:20]
                )
            named.append(
                {"item": item, "person": self.person_ref(nv, "person", True), "choice": choice}
            )
        return {
            "uid": uid,
            "existing": existing,
            "commission": com,
            "year": year,
            "number": number,
            "date": day,
            "time": s.str("time", False, 10),
            "place": s.str("place", False, 500),
            "place_kk": s.str("place_kk", False, 500),
            "kind": s.enum("kind", m.SessionKind, m.SessionKind.REGULAR).value,
            "chair": self.person_ref(s, "chair"),
            "secretary": self.person_ref(s, "secretary"),
            "status": s.enum("status", m.SessionStatus, m.SessionStatus.DRAFT).value,
            "revision": s.int("revision", False) or 0,
            "notes": s.str("notes", False),
            "notes_kk": s.str("notes_kk", False),
            "agenda_vote": agenda_vote,
            "named_votes": named,
            "attendance": att,
            "agenda": agenda,
            "instructions": insts,
        }

    def read_instruction(
        self, i: _V, session_date: date | None, decisions: dict, positions: dict
    ) -> dict:
        from .domain.dueparse import DueKind, DueParseError, DueRule, control_points, effective_due

        uid = i.uid()
        dec = i.obj.get("decision")
        if dec is not None and dec not in decisions:
            i.fail('refers to an unknown decision "{uid}"', "decision", uid=str(dec)[:60])
        issued = i.date("issued_date", session_date is None) or session_date
        assert issued is not None  # required above when there is no session date
        execs = i.obj.get("executors")
        if not isinstance(execs, list) or not execs:
            i.fail("must list at least one executor (the first is the main executor)", "executors")
        for n, e in enumerate(execs):
            if isinstance(e, dict):  # an organisation, with its responsible person or not
                org, person = e.get("organisation"), e.get("person")
                if not isinstance(org, str) or (
                    org not in self.orgs and org not in self.known_orgs
                ):
                    i.fail(
                        'refers to an unknown organisation "{uid}"',
                        f"executors[{n}].organisation",
                        uid=str(org)[:60],
                    )
                if person is not None and (
                    not isinstance(person, str)
                    or (person not in self.people and person not in self.known_people)
                ):
                    i.fail(
                        'refers to an unknown person "{uid}"',
                        f"executors[{n}].person",
                        uid=str(person)[:60],
                    )
                continue
            if not isinstance(e, str) or (e not in self.people and e not in self.known_people):
                i.fail('refers to an unknown person "{uid}"', f"executors[{n}]", uid=str(e)[:60])
        execs = [
            (e["organisation"], e.get("person")) if isinstance(e, dict) else (None, e)
            for e in execs
        ]
        if len(set(execs)) != len(execs):
            i.fail("lists the same executor twice", "executors")
        due = i.obj.get("due")
        points: list[dict] = []
        if isinstance(due, str):  # a hand-written file: the rule as people type it
            try:
                rule = self.sv.parse_due(due, issued)
            except DueParseError as exc:
                raise ImportError_(
                    "{msg}", where=f"{i.where}.due".lstrip("."), msg=exc.message()
                ) from exc
            due_text, until, status = due, None, "on_control"
            if rule.kind == DueKind.DATE:
                cur = orig = effective_due(rule, self.sv.calendar)
            elif rule.kind == DueKind.RECURRING:
                from .services.base import _default_until

                until = _default_until(issued)
                pts = control_points(rule, issued, until, self.sv.calendar)
                points = [
                    {"uid": f"{uid}/p{n}", "due": p, "original": p, "status": "open", "done": None}
                    for n, p in enumerate(pts, 1)
                ]
                cur = orig = pts[0] if pts else None
            else:
                cur = orig = None
            if cur is not None and cur < issued:
                i.fail(
                    '"{value}" is before the instruction was issued ({issued})',
                    "due",
                    value=due,
                    issued=issued.strftime("%d.%m.%Y"),
                )
        elif isinstance(due, dict):
            dv = _V(due, i.where + ".due")
            try:
                rule = DueRule.from_json(due.get("rule"))
            except Exception:
                dv.fail("is not a valid due rule", "rule")
            # "no deadline" may have been decided without any words
            due_text = dv.str("text", rule.kind is not DueKind.NONE, max_len=300)
            orig, cur, until = (
                dv.date("original", False),
                dv.date("current", False),
                dv.date("until", False),
            )
            if not rule.is_open and (orig is None or cur is None):
                dv.fail("needs the original and the current due date", "current")
            if orig and cur and cur < orig:
                dv.fail("is earlier than the original due date", "current")
            status = i.enum("status", m.InstructionStatus, m.InstructionStatus.ON_CONTROL).value
            for p in i.items("control_points"):
                points.append(
                    {
                        "uid": p.uid(),
                        "due": p.date("due"),
                        "original": p.date("original"),
                        "status": p.enum("status", m.PointStatus, m.PointStatus.OPEN).value,
                        "done": p.date("done", False),
                    }
                )
        else:
            i.fail(
                "is missing: write the due rule as text "
                '(e.g. "до 25 декабря 2024 года") or as an object',
                "due",
            )
        p_uids = {p["uid"] for p in points}
        reports = []
        for r in i.items("reports"):
            cp = r.obj.get("control_point")
            if cp is not None and cp not in p_uids:
                r.fail("refers to an unknown control point", "control_point")
            received = r.date("received")
            if received < issued:
                r.fail(
                    "{date} is before the instruction was issued",
                    "received",
                    date=received.isoformat(),
                )
            reports.append(
                {
                    "uid": r.uid(),
                    "received": received,
                    "outgoing_number": r.str("outgoing_number", False, 100),
                    "text": r.str("text"),
                    "from": self.person_ref(r, "from"),
                    "control_point": cp,
                    "outcome": r.enum("outcome", m.ReportOutcome, m.ReportOutcome.PENDING).value,
                    "outcome_date": r.date("outcome_date", False),
                    "outcome_note": r.str("outcome_note", False),
                }
            )
        exts = []
        for e in i.items("extensions"):
            old, new = e.date("old"), e.date("new")
            if new <= old:
                e.fail(
                    "the new date {new} must be later than the old one {old}",
                    "new",
                    new=new.isoformat(),
                    old=old.isoformat(),
                )
            cp = e.obj.get("control_point")
            if cp is not None and cp not in p_uids:
                e.fail("refers to an unknown control point", "control_point")
            exts.append(
                {
                    "uid": e.uid(),
                    "old": old,
                    "new": new,
                    "reason": e.str("reason", max_len=2000),
                    "decided_by": e.str("decided_by", max_len=500),
                    "decided_on": e.date("decided_on"),
                    "control_point": cp,
                }
            )
        number = i.str("number", False, 20)
        if dec and not number:
            number = "{}.{}".format(*positions[dec])
        return {
            "uid": uid,
            "number": number,
            "decision": dec,
            "text": i.str("text"),
            "text_kk": i.str("text_kk", False),
            "issued_by": self.person_ref(i, "issued_by"),
            "issued_date": issued,
            "controller": self.person_ref(i, "controller"),
            "executors": execs,
            "due_text": due_text,
            "rule": rule.to_json(),
            "original": orig,
            "current": cur,
            "until": until,
            "status": status,
            "done_date": i.date("done_date", False),
            "closed_note": i.str("closed_note", False, 2000),
            "closed_on": i.date("closed_on", False),
            "points": points,
            "reports": reports,
            "extensions": exts,
        }

    # -- writing ----------------------------------------------------------------
    def write(self) -> ImportSummary:
        summary = ImportSummary()
        st = self.st
        with st.transaction():
            for vals in self.orgs.values():
                self._upsert("organisation", vals, summary, keep=True)
            for uid, (_, members) in self.members.items():
                gid = st.id_for_uid("organisation", uid)
                if members and gid is not None and not st.group_members(gid):
                    st.set_group_members(
                        gid, [x for u in members if (x := st.id_for_uid("organisation", u))]
                    )
            for _, vals in self.people.values():
                v = dict(vals)
                org = v.pop("organisation")
                v["organisation_id"] = st.id_for_uid("organisation", org) if org else None
                self._upsert("person", v, summary, keep=True)
            known_days = {d for d, _w, _n in st.calendar_overrides()}
            for d, w, n in self.calendar:
                if d not in known_days:  # this database's own calendar lines win
                    st.set_calendar_override(d, w, n, m.new_uid())
            pid = lambda u: st.id_for_uid("person", u) if u else None  # noqa: E731
            for c in self.coms.values():
                num, den, strict = c["quorum"]
                self._upsert(
                    "commission",
                    {
                        "uid": c["uid"],
                        "name_ru": c["name_ru"],
                        "name_kk": c["name_kk"],
                        "city_ru": c["city_ru"],
                        "city_kk": c["city_kk"],
                        "chair_id": pid(c["chair"]),
                        "secretary_id": pid(c["secretary"]),
                        "controller_id": pid(c["controller"]),
                        "quorum_numerator": num,
                        "quorum_denominator": den,
                        "quorum_strict": int(strict),
                        "voting_rule": c["voting_rule"],
                        "frame": c["frame"],
                    },
                    summary,
                    keep=True,
                )
                cid = st.id_for_uid("commission", c["uid"])
                for ms in c["members"]:
                    self._upsert(
                        "membership",
                        {
                            "uid": ms["uid"],
                            "commission_id": cid,
                            "person_id": pid(ms["person"]),
                            "role": ms["role"],
                            "voting": int(ms["voting"]),
                            "date_from": _iso(ms["from"]),
                            "date_to": _iso(ms["to"]),
                        },
                        summary,
                        keep=True,
                    )
            for s in self.sessions:
                self._write_session(s, summary, pid)
            for i in self.loose:
                self._write_instruction(i, None, summary, pid)
            if summary.conflicts:
                raise ValidationError(
                    "The file differs from this database in {n} record(s): {examples}. "
                    "An import only adds what is missing and never rewrites what this "
                    "database holds, so nothing was imported. "
                    "Compare with an export of this database.",
                    n=len(summary.conflicts),
                    examples="; ".join(summary.conflicts[:5]),
                )
        return summary

    def _upsert(self, table: str, vals: dict, summary: ImportSummary, keep: bool = False) -> int:
        """Insert a new record. An existing one is never rewritten: directory records
        (``keep``) stay as this database has them; any other difference is a conflict."""
        existing = self.st.id_for_uid(table, vals["uid"])
        if existing is None:
            summary.created += 1
            return self.st.import_row(table, vals)
        row = self.st.row_dict(table, existing)
        diff = sorted(k for k, v in vals.items() if row.get(k) != v)
        if not diff:
            summary.unchanged += 1
        elif keep:
            summary.kept += 1
        else:
            summary.conflicts.append(f"{table} {vals['uid'][:13]} ({', '.join(diff)})")
        return existing

    def _same_children(
        self, summary: ImportSummary, table: str, uid: str, ours: list, theirs: list
    ) -> bool:
        if ours != theirs:
            summary.conflicts.append(
                f"{table} {uid[:13]} ({'speakers' if table == 'agenda_item' else 'executors'})"
            )
            return False
        return True

    def _write_session(self, s: dict, summary: ImportSummary, pid) -> None:
        st = self.st
        sid = self._upsert(
            "session",
            {
                "uid": s["uid"],
                "commission_id": st.id_for_uid("commission", s["commission"]),
                "year": s["year"],
                "number": s["number"],
                "date": s["date"].isoformat(),
                "time": s["time"],
                "place": s["place"],
                "place_kk": s["place_kk"],
                "kind": s["kind"],
                "chair_id": pid(s["chair"]),
                "secretary_id": pid(s["secretary"]),
                "status": s["status"],
                "notes": s["notes"],
                "notes_kk": s["notes_kk"],
                "agenda_vote_for": (s["agenda_vote"] or (None, None, None))[0],
                "agenda_vote_against": (s["agenda_vote"] or (None, None, None))[1],
                "agenda_vote_abstained": (s["agenda_vote"] or (None, None, None))[2],
                "revision": s["revision"],
            },
            summary,
        )
        summary.sessions.append(f"{s['year']}/{s['number']}")
        for a in s["attendance"]:
            self._upsert(
                "attendance",
                {
                    "uid": a["uid"],
                    "session_id": sid,
                    "person_id": pid(a["person"]),
                    "kind": a["kind"],
                    "present": int(a["present"]),
                    "absence_reason": a["absence_reason"],
                    "absence_reason_kk": a["absence_reason_kk"],
                    "substitute_id": pid(a["substitute"]),
                },
                summary,
            )
        for it in s["agenda"]:
            vf, va, vab = it["votes"] or (None, None, None)
            iid = self._upsert(
                "agenda_item",
                {
                    "uid": it["uid"],
                    "session_id": sid,
                    "position": it["position"],
                    "title": it["title"],
                    "title_kk": it["title_kk"],
                    "summary": it["summary"],
                    "summary_kk": it["summary_kk"],
                    "vote_for": vf,
                    "vote_against": va,
                    "vote_abstained": vab,
                },
                summary,
            )
            item = st.agenda_item(iid)
            speakers = [
                m.Speaker(
                    m.SpeakerKind(sp["kind"]),
                    pid(sp["person"]),
                    sp["name"],
                    sp["summary"],
                    sp["summary_kk"],
                    sp["name_kk"],
                )
                for sp in it["speakers"]
            ]
            if not item.speakers:
                item.speakers = speakers
                st.save_agenda_item(item)
            else:
                self._same_children(summary, "agenda_item", it["uid"], item.speakers, speakers)
            for d in it["decisions"]:
                self._upsert(
                    "decision",
                    {
                        "uid": d["uid"],
                        "agenda_item_id": iid,
                        "position": d["position"],
                        "text": d["text"],
                        "text_kk": d["text_kk"],
                    },
                    summary,
                )
        self._write_named_votes(s, sid, summary, pid)
        for i in s["instructions"]:
            self._write_instruction(i, sid, summary, pid)

    def _write_named_votes(self, s: dict, sid: int, summary: ImportSummary, pid) -> None:
        """Who voted how: written when this database has none for the session, else
        they must be the same."""
        st = self.st
        theirs: dict[int | None, list[tuple[int, str]]] = {}
        for v in s["named_votes"]:
            item = st.id_for_uid("agenda_item", v["item"]) if v["item"] else None
            theirs.setdefault(item, []).append((pid(v["person"]), v["choice"]))
        ours: dict[int | None, list[tuple[int, str]]] = {}
        for v in st.named_votes(sid):
            ours.setdefault(v.agenda_item_id, []).append((v.person_id, v.choice))
        if not ours:
            for item, votes in theirs.items():
                st.set_named_votes(sid, item, votes)
        elif ours != theirs:
            summary.conflicts.append(f"session {s['uid'][:13]} (named votes)")

    def _write_instruction(self, i: dict, sid: int | None, summary: ImportSummary, pid) -> None:
        st = self.st
        oid = lambda u: st.id_for_uid("organisation", u) if u else None  # noqa: E731
        iid = self._upsert(
            "instruction",
            {
                "uid": i["uid"],
                "session_id": sid,
                "decision_id": st.id_for_uid("decision", i["decision"]) if i["decision"] else None,
                "number": i["number"],
                "text": i["text"],
                "text_kk": i["text_kk"],
                "issued_by_id": pid(i["issued_by"]),
                "issued_date": i["issued_date"].isoformat(),
                "controller_id": pid(i["controller"]),
                "main_executor_id": pid(i["executors"][0][1]),
                "main_organisation_id": oid(i["executors"][0][0]),
                "due_text": i["due_text"],
                "due_rule": canonical(i["rule"]),
                "due_kind": i["rule"]["kind"],
                "due_date_original": _iso(i["original"]),
                "due_date": _iso(i["current"]),
                "recur_until": _iso(i["until"]),
                "status": i["status"],
                "done_date": _iso(i["done_date"]),
                "closed_note": i["closed_note"],
                "closed_on": _iso(i["closed_on"]),
            },
            summary,
        )
        inst = st.instruction(iid)
        executors = [m.Executor(oid(o), pid(u)) for o, u in i["executors"]]
        if not inst.executors:
            inst.executors = executors
            st.save_instruction(inst, note="import")
        else:
            self._same_children(summary, "instruction", i["uid"], inst.executors, executors)
        for p in i["points"]:
            self._upsert(
                "control_point",
                {
                    "uid": p["uid"],
                    "instruction_id": iid,
                    "due_date": p["due"].isoformat(),
                    "due_date_original": p["original"].isoformat(),
                    "status": p["status"],
                    "done_date": _iso(p["done"]),
                },
                summary,
            )
        cp = lambda u: st.id_for_uid("control_point", u) if u else None  # noqa: E731
        for r in i["reports"]:
            self._upsert(
                "report",
                {
                    "uid": r["uid"],
                    "instruction_id": iid,
                    "control_point_id": cp(r["control_point"]),
                    "received": r["received"].isoformat(),
                    "outgoing_number": r["outgoing_number"],
                    "text": r["text"],
                    "from_person_id": pid(r["from"]),
                    "outcome": r["outcome"],
                    "outcome_date": _iso(r["outcome_date"]),
                    "outcome_note": r["outcome_note"],
                },
                summary,
            )
        for e in i["extensions"]:
            self._upsert(
                "extension",
                {
                    "uid": e["uid"],
                    "instruction_id": iid,
                    "control_point_id": cp(e["control_point"]),
                    "old_date": e["old"].isoformat(),
                    "new_date": e["new"].isoformat(),
                    "reason": e["reason"],
                    "decided_by": e["decided_by"],
                    "decided_on": e["decided_on"].isoformat(),
                },
                summary,
            )
