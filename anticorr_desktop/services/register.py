"""A register kept in Excel or CSV, imported: preview first, then one transaction.

Reading the file is ``registers.py``'s; here each row is read by the same rules as
typed input (the deadline parser, the directory's executors, the sessions) and
imported through the same use cases the window calls (issue, report, accept,
take off control, cancel), inside one transaction, after a backup.

Importing the same file twice changes nothing: each row's instruction gets a uid
derived from what identifies it in the register (the protocol's number and date,
the instruction's number and its text; see ``_row_uid``), so a row imported
before is found and left alone, and the people and sessions it created are
matched by name and number.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .. import registers as rg
from ..domain import model as m
from ..domain.model import InstructionStatus as S
from ..errors import UserError
from .base import ServiceBase, check_cancelled, clean_text, fmt

if TYPE_CHECKING:
    from ..domain.due import DueRule
    from ..registers import Cell, Table
    from . import Services

Progress = Callable[[int, int], None]
Note = Callable[[str, str], None]  # (field, message): a row's problem or warning
Cancelled = Callable[[], bool]

MAPPING_KEY = "register_mapping"  # setting: normalised header -> field, from the last import
_NS = uuid.UUID("6f1c5a52-3f59-4a43-9d0b-2f7d7f0b9a61")  # uids of imported records

_WORD = re.compile(r"\w+", re.UNICODE)
_DIGITS = re.compile(r"\d+")
_DATE_IN_TEXT = re.compile(r"(\d{1,2}[./]\d{1,2}[./]\d{2,4})")
# The register's status words, checked in this order on the casefolded text.
_STATUS_WORDS: tuple[tuple[S, tuple[str, ...]], ...] = (
    # not done ("не исполнено" holds "исполнен": checked first)
    (S.ON_CONTROL, ("не исполн", "не выполн", "неисполн", "орындалмады", "орындалмаған")),
    (S.OFF_CONTROL, ("снят", "бақылаудан алын")),  # "бақылаудан" holds "бақылауда"
    (S.CANCELLED, ("отмен", "утратил", "күші жойыл", "жойылды")),
    # in progress ("на исполнении" holds "исполнен")
    (
        S.ON_CONTROL,
        (
            "частичн",
            "ішінара",
            "на контрол",
            "в работе",
            "в процессе",
            "на исполнени",
            "исполняется",
            "выполняется",
            "продлен",
            "бақылауда",
            "орындалуда",
            "ұзартыл",
            "жұмыста",
        ),
    ),
    (S.DONE, ("исполнен", "выполнен", "орындалды", "орындалған", "исп.")),
)


def status_of(text: str) -> S | None:
    """The status a register's status cell means (empty: on control); None when the
    words are not a status the program knows."""
    low = text.replace("ё", "е").casefold().strip()
    if not low:
        return S.ON_CONTROL
    for status, words in _STATUS_WORDS:
        if any(w in low for w in words):
            return status
    return None


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.replace("ё", "е").replace("Ё", "Е").casefold()))


Choice = m.Executor | int | str | None  # see import_register's ``choices``


@dataclass
class ExecutorMatch:
    """How a name in a register cell matches the directory (the directory's matcher,
    ``DirectoryService.match_executor``): sure, unsure with candidates, or unknown."""

    text: str
    executors: list[m.Executor] = field(default_factory=list)  # sure: a group -> its members
    candidates: list[tuple[m.Executor, str]] = field(default_factory=list)  # best first
    new_kind: str = "person"  # what "add as written" creates: "person" or "organisation"

    @property
    def sure(self) -> bool:
        return bool(self.executors)


@dataclass
class RegisterPlan:
    """Which file, sheet, header row and columns: what the wizard's first pages choose."""

    path: Path
    sheet: str | None = None
    header_row: int | None = None  # 0-based; None: guessed
    mapping: dict[int, str] | None = None  # column -> field; None: guessed (and remembered)


@dataclass
class RegisterRow:
    """One row of the register as it will be stored."""

    row: int  # as Excel numbers it
    uid: str = ""
    number: str = ""
    session: tuple[int, int, date] | None = None  # (year, number, date) of its protocol
    session_id: int | None = None  # an existing session it belongs to
    text: str = ""
    executors: list[str] = field(default_factory=list)  # as written, in order
    resolved: list[list[m.Executor] | None] = field(default_factory=list)  # None: to settle
    due_text: str = ""
    due_kind: str = "none"
    due_rule: object = None  # the DueRule the parser read
    due_date: date | None = None
    issued_date: date | None = None
    status: S = S.ON_CONTROL
    status_text: str = ""
    done_date: date | None = None
    report_text: str = ""
    report_date: date | None = None
    outgoing_number: str = ""
    notes: str = ""
    exists: bool = False  # imported before (or typed in): left as it is
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def session_label(self) -> str:
        return f"{self.session[0]}/{self.session[1]}" if self.session else ""


@dataclass
class RegisterPreview:
    plan: RegisterPlan
    sheets: list[str]
    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[int, str]
    rows: list[RegisterRow]
    skipped: int  # empty rows, section titles, the totals row
    executors: dict[str, ExecutorMatch]  # every name written, by its casefolded text
    new_sessions: list[str]  # "year/number" of the sessions the import creates
    sha256: str = ""

    @property
    def problems(self) -> list[str]:
        return [p for r in self.rows for p in r.problems]

    @property
    def unresolved(self) -> list[ExecutorMatch]:
        return [x for x in self.executors.values() if not x.sure]

    @property
    def to_create(self) -> list[ExecutorMatch]:
        """The names the directory lacks (no candidate): added as written, each as the
        kind the directory's rule reads it as, unless the user chooses otherwise."""
        return [x for x in self.unresolved if not x.candidates]

    @property
    def new_rows(self) -> list[RegisterRow]:
        return [r for r in self.rows if not r.exists]


@dataclass
class RegisterOutcome:
    created: int  # instructions
    unchanged: int  # rows imported before
    sessions_created: int
    people_created: int
    backup: Path | None
    organisations_created: int = 0
    added: list[tuple[str, str]] = field(default_factory=list)  # (kind, name as written)


class RegisterService(ServiceBase):
    _executor_cache: dict[str, ExecutorMatch] | None = None

    # -- executors ------------------------------------------------------------------------
    def match_register_executor(self, text: str) -> ExecutorMatch:
        """Who a name in a register cell is, by the directory's matcher
        (``match_executor``, with close names for typing slips): a person in any form of
        the name, an organisation, an organisation with its responsible person
        ("Управление спорта (Оспанов А.Б.)") or a group (one that expands stands for its
        members). Sure when exactly one whole-name match; else the candidates, best
        first; else nobody, and ``new_kind`` says what "add as written" would create
        (``looks_like_organisation``)."""
        cache = self._executor_cache
        if cache is None:
            cache = self._executor_cache = {}
        key = " ".join(text.casefold().split())
        hit = cache.get(key)
        if hit is None:
            hit = cache[key] = self._match_register_executor(text)
        return ExecutorMatch(hit.text, list(hit.executors), list(hit.candidates), hit.new_kind)

    def _match_register_executor(self, text: str) -> ExecutorMatch:
        from .directory import looks_like_organisation

        sv = cast("Services", self)
        found = sv.match_executor(text, fuzzy=True)
        out = ExecutorMatch(
            text, new_kind="organisation" if looks_like_organisation(text) else "person"
        )
        exact = [c for c in found if c.exact]
        if len(exact) == 1:
            out.executors = sv.expand_executor(exact[0].executor)
            if out.executors:  # a group with no members yet: the user chooses
                return out
        out.candidates = [(c.executor, c.label) for c in found[:5]]
        return out

    def forget_executors(self) -> None:
        self._executor_cache = None

    # -- preview ----------------------------------------------------------------------------
    def register_preview(
        self,
        plan: RegisterPlan,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        table: Table | None = None,
    ) -> RegisterPreview:
        """Every row of the register as it will be stored, each problem named by row and
        column. Writes nothing."""
        table = table or rg.read_table(plan.path, plan.sheet)
        check_cancelled(cancelled)
        header_row = (
            plan.header_row if plan.header_row is not None else rg.guess_header_row(table.rows)
        )
        if not 0 <= header_row < max(len(table.rows), 1):
            raise UserError(
                "The header row {n} is outside the sheet (it has {rows} rows).",
                n=header_row + 1,
                rows=len(table.rows),
            )
        names = rg.headers(table, header_row)
        mapping = (
            dict(plan.mapping)
            if plan.mapping is not None
            else rg.guess_mapping(names, self.register_mapping())
        )
        bad = sorted(set(mapping.values()) - set(rg.FIELDS))
        if bad:
            raise UserError(
                "Unknown field(s): {names}. The fields: {fields}.",
                names=", ".join(bad),
                fields=", ".join(rg.FIELDS),
            )
        if "text" not in mapping.values():
            raise UserError(
                "No column holds the instruction's text. Map a column to the field «{field}».",
                field=self.t(rg.FIELD_LABELS["text"], "Register"),
            )
        self.forget_executors()
        reader = _RowReader(self, table, mapping, header_row)
        rows: list[RegisterRow] = []
        skipped = 0
        total = max(len(table.rows) - header_row - 1, 0)
        for n, (row_no, cells) in enumerate(rg.data_rows(table, header_row), 1):
            r = reader.read(row_no, cells)
            if r is None:
                skipped += 1
            else:
                rows.append(r)
            if n % 250 == 0:
                check_cancelled(cancelled)
                if progress:
                    progress(n, total)
        reader.finish(rows)
        if reader.new_sessions and not reader.commissions:
            raise UserError(
                "Set up the commission first: the register's protocols become its sessions."
            )
        if progress:
            progress(total, total)
        return RegisterPreview(
            plan=plan,
            sheets=table.sheets,
            sheet=table.sheet,
            header_row=header_row,
            headers=names,
            mapping=mapping,
            rows=rows,
            skipped=skipped,
            executors=reader.executors,
            new_sessions=sorted(reader.new_sessions),
            sha256=table.sha256,
        )

    def problem_text(self, row: int, fld: str, message: str) -> str:

        column = self.t(rg.FIELD_LABELS[fld], "Register") if fld in rg.FIELD_LABELS else fld
        return self.t("row {row}, «{column}»: {problem}").format(
            row=row, column=column, problem=message
        )

    # -- import -----------------------------------------------------------------------------
    def import_register(
        self,
        plan: RegisterPlan,
        *,
        choices: Mapping[str, Choice] | None = None,
        create_missing: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        preview: RegisterPreview | None = None,
    ) -> RegisterOutcome:
        """Import the register as the preview shows it, all or nothing: refused while any
        row has a problem or an executor is not settled. ``choices``: a name as written
        (casefolded) -> the executor it means (an ``Executor``, its ref "o5", "p12",
        "o5p12", or a person's id), "person" or "organisation" to add it as written as
        that kind, or None to add it as the directory's rule reads it
        (``looks_like_organisation``); ``create_missing`` adds everyone not found by
        that rule (never a name with candidates: choose for them). A group that expands
        stands for its members. The database is backed up first; the import is one
        transaction.

        ``preview``: the one the user has seen (the wizard's), used when the file has not
        changed since (same SHA-256); otherwise the file is read again."""

        if preview is None or preview.plan != plan or preview.sha256 != rg.file_sha256(plan.path):
            preview = self.register_preview(plan, None, cancelled)
        else:  # another import may have run since the preview: rows it wrote are skipped
            known = self.store.existing_uids("instruction", [r.uid for r in preview.rows])
            for r in preview.rows:
                r.exists = r.exists or r.uid in known
        problems = preview.problems
        if problems:
            raise UserError(
                "The register has {n} problem(s); nothing was imported. First: {first}",
                n=len(problems),
                first="; ".join(problems[:3]),
            )
        choices = {k.casefold(): v for k, v in (choices or {}).items()}
        # name key -> the executors it stands for, or the kind to add it as
        resolved: dict[str, list[m.Executor] | str] = {}
        unsettled: list[str] = []
        for key, match in preview.executors.items():
            if match.sure:
                resolved[key] = match.executors
            elif key in choices:
                resolved[key] = self._choice(match, choices[key])
            elif create_missing and not match.candidates:
                resolved[key] = match.new_kind
            else:
                unsettled.append(match.text)
        if unsettled:
            raise UserError(
                "Executors not found in the directory: {names}. Choose who they are, "
                "or let the import add them; nothing was imported.",
                names="; ".join(unsettled[:10]) + ("…" if len(unsettled) > 10 else ""),
            )
        todo = preview.new_rows
        backup = None
        if todo and self.store.path is not None and not self.store.is_empty():
            from ..storage.backup import backup_database

            backup = backup_database(self.store, reason="before-import", keep=20)
        sessions_created = 0
        created: list[tuple[str, str]] = []
        with self.store.transaction():
            ids: dict[str, list[m.Executor]] = {}
            for key, got in resolved.items():
                if isinstance(got, str):  # add as written, as this kind
                    text = " ".join(preview.executors[key].text.split())
                    uid = str(uuid.uuid5(_NS, f"{got}|{_norm(text)}"))
                    created.append((got, text))
                    got = [cast("Services", self).new_executor(got, text, uid=uid)]
                ids[key] = got
            sessions: dict[tuple[int, int], int] = {}
            com = self._import_commission(todo)
            for r in todo:
                if r.session is None or r.session_id is not None:
                    continue
                key2 = (r.session[0], r.session[1])
                if key2 not in sessions:
                    s = m.Session(
                        commission_id=com,
                        year=r.session[0],
                        number=r.session[1],
                        date=r.session[2],
                        status=m.SessionStatus.HELD,
                        notes=self.t("Imported from the register {name}").format(
                            name=plan.path.name
                        ),
                        uid=str(uuid.uuid5(_NS, f"session|{com}|{key2[0]}|{key2[1]}")),
                    )
                    sessions[key2] = self.store.save_session(s, note="register import")
                    sessions_created += 1
            heads: dict[int | None, tuple[int | None, int | None]] = {None: (None, None)}
            for n, r in enumerate(todo, 1):
                sid = r.session_id
                if sid is None and r.session is not None:
                    sid = sessions[(r.session[0], r.session[1])]
                try:
                    execs = list(dict.fromkeys(e for x in r.executors for e in ids[x.casefold()]))
                    if r.due_kind in _PLAIN_KINDS and r.status in _PLAIN_STATUSES:
                        self._write_plain_row(r, sid, execs, heads)
                    else:
                        self._import_row(r, sid, execs)
                except UserError as exc:
                    raise UserError(
                        "{where}; nothing was imported.",
                        where=self.t("row {row}: {problem}").format(
                            row=r.row, problem=exc.message(self.lang)
                        ),
                    ) from exc
                if n % 250 == 0:
                    check_cancelled(cancelled)
                    if progress:
                        progress(n, len(todo))
            check_cancelled(cancelled)  # the last moment to stop: nothing is committed yet
            if todo:
                notes = {str(r.row): r.notes for r in todo if r.notes}
                self.store.record_event(  # the file itself, in the hash chain
                    "register-import",
                    {
                        "file": plan.path.name,
                        "sha256": preview.sha256,
                        "sheet": preview.sheet,
                        "rows": len(todo),
                        "notes": notes,
                    },
                    "register import",
                )
        if progress:
            progress(len(todo), len(todo))
        self.store.set_setting(
            MAPPING_KEY,
            {
                **self.register_mapping(),
                **{_header_key(preview.headers[c]): f for c, f in preview.mapping.items()},
            },
        )
        self.forget_caches()
        self.forget_executors()
        orgs = sum(1 for kind, _ in created if kind == "organisation")
        return RegisterOutcome(
            len(todo),
            len(preview.rows) - len(todo),
            sessions_created,
            len(created) - orgs,
            backup,
            orgs,
            created,
        )

    def _choice(self, match: ExecutorMatch, choice: Choice) -> list[m.Executor] | str:
        """What the user chose for an unsure name: the executors it stands for (checked
        in the directory), or the kind to add it as."""
        if choice is None:
            return match.new_kind
        if isinstance(choice, str) and choice in ("person", "organisation"):
            return choice
        if isinstance(choice, str):
            try:
                ex = m.Executor.parse(choice)
            except ValueError:
                raise UserError(
                    '"{value}" is not an executor: write its reference (o5, p12, o5p12), '
                    "person or organisation.",
                    value=choice,
                ) from None
        elif isinstance(choice, int):
            ex = m.Executor.person(choice)
        else:
            ex = choice
        if ex.person_id is not None:
            self.store.person(ex.person_id)  # a choice must name someone in the directory
        if ex.organisation_id is not None:
            self.store.organisation(ex.organisation_id)
        got = cast("Services", self).expand_executor(ex)
        if not got:
            raise UserError(
                "The group {name} has no members; add its organisations in the"
                " directory or name them one by one.",
                name=self.store.organisation(ex.organisation_id or 0).short_ru,
            )
        return got

    def _import_commission(self, rows: list[RegisterRow]) -> int:
        coms = self.store.commissions()
        if not coms:
            if any(r.session is not None and r.session_id is None for r in rows):
                raise UserError(
                    "Set up the commission first: the register's protocols become its sessions."
                )
            return 0
        return coms[0].id

    def _write_plain_row(
        self,
        r: RegisterRow,
        session_id: int | None,
        executors: list[m.Executor],
        heads: dict[int | None, tuple[int | None, int | None]],
    ) -> None:
        """A row with a single deadline (or none) on control, reported or done, written
        as its final state in one go: the instruction as ``issue_instruction`` makes it,
        the report as ``register_report`` and ``accept_report`` leave it. The preview has
        applied their checks (the deadline, the dates, the executors); the rows of every
        other kind go through those use cases one by one (``_import_row``), and this one
        path is ~3 times faster for the bulk of a register."""
        if session_id not in heads:
            s = self.store.session(session_id)  # type: ignore[arg-type]
            if s.status == m.SessionStatus.APPROVED:
                self._editable(s.id)  # raises: the session is locked
            heads[session_id] = (s.chair_id, self.store.commission(s.commission_id).controller_id)
        issued_by, controller = heads[session_id]
        if not executors:  # the preview names it; never an instruction without one
            raise UserError("Name at least one executor; the first is the main executor.")
        assert r.issued_date is not None and r.due_rule is not None
        inst = m.Instruction(
            text=r.text,
            executors=executors,  # from the directory (or just added), once each
            due_text=r.due_text,
            due_rule=cast("DueRule", r.due_rule),
            issued_date=r.issued_date,
            session_id=session_id,
            number=r.number,
            issued_by_id=issued_by,
            controller_id=controller,
            due_date_original=r.due_date,
            due_date=r.due_date,
            uid=r.uid,
        )
        report = None
        if r.status in (S.REPORTED, S.DONE):
            received = r.report_date or r.done_date or r.issued_date
            report = m.Report(
                0,
                received,
                clean_text(r.report_text or r.status_text or self.t("Done"), self.t("Report text")),
                clean_text(r.outgoing_number, "", required=False, max_len=100),
                executors[0].person_id,  # the main executor's person, if one is named
                uid=f"{r.uid}/r1",
            )
            inst.status = r.status
            if r.status == S.DONE:
                inst.done_date = received
                report.outcome, report.outcome_date = m.ReportOutcome.ACCEPTED, received
        self.store.save_instruction(inst, note="register import")
        if report is not None:
            report.instruction_id = inst.id
            self.store.save_report(report, note="register import")

    def _import_row(
        self, r: RegisterRow, session_id: int | None, executors: list[m.Executor]
    ) -> None:
        sv = cast("Services", self)  # the use cases of the other areas, as typed input's
        inst = sv.issue_instruction(
            text=r.text,
            executors=list(dict.fromkeys(executors)),
            due_text=r.due_text,
            session_id=session_id,
            issued_date=r.issued_date,
            number=r.number,
            uid=r.uid,
        )
        has_report = bool(r.report_text or r.report_date or r.outgoing_number)
        if has_report or r.status == S.DONE:
            received = r.report_date or r.done_date or r.issued_date or self.today()
            sv.register_report(
                inst.id,
                received=received,
                text=r.report_text or r.status_text or self.t("Done"),
                outgoing_number=r.outgoing_number,
                uid=f"{r.uid}/r1",
            )
            if r.status == S.DONE:
                sv.accept_report(inst.id, on=received)
        if r.status == S.DONE and self.store.instruction(inst.id).status != S.DONE:
            # a schedule or an ongoing instruction marked done: the register closes it
            sv.take_off_control(inst.id, r.status_text, on=r.done_date)
        elif r.status == S.OFF_CONTROL:
            sv.take_off_control(inst.id, r.notes or r.status_text, on=r.done_date)
        elif r.status == S.CANCELLED:
            sv.cancel(inst.id, r.notes or r.status_text, on=r.done_date)

    def register_mapping(self) -> dict[str, str]:
        """The header -> field mapping remembered from the last import."""
        value = self.store.get_setting(MAPPING_KEY, {})
        return dict(value) if isinstance(value, dict) else {}


_PLAIN_KINDS = ("date", "event", "none", "next_session")
_PLAIN_STATUSES = (S.ON_CONTROL, S.REPORTED, S.DONE)


def _header_key(name: str) -> str:

    return rg.norm_header(name)


class _RowReader:
    """Reads the rows of one register, carrying what merged cells leave empty."""

    def __init__(self, sv: RegisterService, table: Table, mapping: dict[int, str], header: int):
        self.sv = sv
        self.col = {f: c for c, f in mapping.items()}
        self.width = table.width
        self.executors: dict[str, ExecutorMatch] = {}
        self.new_sessions: set[str] = set()
        self.carry: dict[str, Cell] = {}  # protocol cells merged down over several rows
        self.sessions: dict[tuple[int, int], m.Session | None] = {}
        self.commissions = [c.id for c in sv.store.commissions()]
        self.seen: dict[str, int] = {}
        self.approved: set[int] = set()  # rows of an approved (locked) session
        self.dues: dict[tuple[str, date], tuple[object, date | None, str]] = {}
        self.today = sv.today()
        self.lang = sv.lang

    def cell(self, cells: list[Cell], fld: str) -> Cell:
        c = self.col.get(fld)
        if c is None or c >= len(cells):
            return None
        v = cells[c]
        if isinstance(v, str) and not v.strip():
            return None
        return v

    def text(self, cells: list[Cell], fld: str) -> str:

        return rg.cell_text(self.cell(cells, fld))

    def read(self, row_no: int, cells: list[Cell]) -> RegisterRow | None:

        values = [rg.cell_text(v) for v in cells]
        filled = [v for v in values if v]
        if not filled or rg.is_totals(values):
            return None
        text = self.text(cells, "text")
        if not text and len(filled) <= 1:  # a section title merged across the row
            return None
        r = RegisterRow(row_no)
        sv = self.sv

        def problem(fld: str, message: str) -> None:
            r.problems.append(sv.problem_text(row_no, fld, message))

        def warn(fld: str, message: str) -> None:
            r.warnings.append(sv.problem_text(row_no, fld, message))

        def err(exc: UserError) -> str:
            return exc.message(self.lang)

        try:
            r.text = clean_text(text, sv.t("Instruction text"))
        except UserError as exc:
            problem("text", err(exc))
        r.number = self.text(cells, "number")
        if len(r.number) > 20:
            problem(
                "number",
                sv.t('"{value}" is too long for a number').format(value=r.number[:40]),
            )
        # the protocol: merged cells leave the rows under the first one empty
        pnum, pdate = self.cell(cells, "protocol_number"), self.cell(cells, "protocol_date")
        if pnum is None and pdate is None:
            pnum, pdate = self.carry.get("protocol_number"), self.carry.get("protocol_date")
        else:
            self.carry = {"protocol_number": pnum, "protocol_date": pdate}
        self._protocol(r, pnum, pdate, problem)
        # the executors
        names: list[str] = []
        for fld in ("executors", "co_executors"):
            for name in rg.split_names(self.text(cells, fld)):
                if name.casefold() not in (n.casefold() for n in names):
                    names.append(name)
        if not names:
            problem("executors", sv.t("no executor is named"))
        for name in names:
            key = name.casefold()
            match = self.executors.get(key)
            if match is None:
                match = self.executors[key] = sv.match_register_executor(name)
            r.executors.append(name)
            r.resolved.append(match.executors or None)
        ids = [e for found in r.resolved if found for e in found]
        if len(set(ids)) != len(ids):
            warn("executors", sv.t("the same executor is named twice; kept once"))
        # the deadline, read from the day of the protocol
        self._deadline(r, self.cell(cells, "deadline"), problem, warn)
        # the status, the report
        self._status(r, cells, problem, warn)
        r.notes = self.text(cells, "notes")
        # the row's key: imported before, or already in its session
        key = f"{r.session_label}|{_norm(r.number)}|{_norm(r.text)}"
        n = self.seen[key] = self.seen.get(key, 0) + 1
        r.uid = _row_uid(key, n)
        return r

    def _protocol(self, r: RegisterRow, pnum: Cell, pdate: Cell, problem: Note) -> None:

        sv = self.sv
        num_text = rg.cell_text(pnum)
        if pdate is None and num_text:  # "№ 3 от 12.02.2024" in one cell
            found = _DATE_IN_TEXT.search(num_text)
            if found:
                pdate = found.group(1)
                num_text = num_text[: found.start()]
        if not num_text and pdate is None:
            return
        number = _DIGITS.search(num_text) if num_text else None
        if number is None:
            problem(
                "protocol_number",
                sv.t("the protocol's number is missing")
                if not num_text
                else sv.t('"{value}" holds no number').format(value=num_text[:40]),
            )
            return
        d = rg.cell_date(pdate)
        if d is None:
            problem("protocol_date", sv.t("the protocol's date is missing"))
            return
        if isinstance(d, str):
            problem("protocol_date", _bad_date(sv, d, rg.looks_like_date(d)))
            return
        if d > self.today:
            problem(
                "protocol_date",
                sv.t('"{value}" is in the future').format(value=fmt(d)),
            )
            return
        year, num = d.year, int(number.group())
        r.session = (year, num, d)
        r.issued_date = d
        if (year, num) not in self.sessions:
            found_s = [
                s
                for s in sv.store.sessions_by_label(year, num)
                if not self.commissions or s.commission_id == self.commissions[0]
            ]
            self.sessions[(year, num)] = found_s[0] if found_s else None
        s = self.sessions[(year, num)]
        if s is None:
            self.new_sessions.add(f"{year}/{num}")
        elif s.date != d:
            problem(
                "protocol_date",
                sv.t("session {label} is of {date} in this database, not {other}").format(
                    label=s.label, date=fmt(s.date), other=fmt(d)
                ),
            )
        else:
            r.session_id = s.id
            if s.status == m.SessionStatus.APPROVED:
                self.approved.add(r.row)

    def _deadline(self, r: RegisterRow, v: Cell, problem: Note, warn: Note) -> None:
        from ..domain.dueparse import DueKind

        sv = self.sv
        d = rg.cell_date(v)
        due_text = fmt(d) if isinstance(d, date) else (rg.cell_text(v) if v is not None else "")
        due_text = " ".join(due_text.split())
        if len(due_text) > 300:
            problem("deadline", sv.t("the deadline is longer than 300 characters"))
            return
        base = r.issued_date or self.today
        read = self.dues.get((due_text, base))
        if read is None:  # rows of one protocol share their deadlines: read each once
            try:
                rule, due, _points = cast("Services", sv).preview_due(due_text, base)
                read = self.dues[(due_text, base)] = (rule, due, "")
            except UserError as exc:
                read = self.dues[(due_text, base)] = (None, None, exc.message(self.lang))
        rule, due, message = read
        if message:
            problem("deadline", message)
            return
        kind = cast("DueRule", rule).kind
        if r.issued_date is None:
            # no protocol: issued the day the deadline falls, if that is past, else today
            r.issued_date = due if due is not None and due < self.today else self.today
            if kind == DueKind.DATE and due is not None and due < self.today:
                warn(
                    "protocol_date",
                    sv.t("no protocol: taken as issued on {date}").format(date=fmt(due)),
                )
        elif due is not None and kind == DueKind.DATE and due < r.issued_date:
            problem(
                "deadline",
                sv.t("the due date {due} is before the protocol's date ({issued})").format(
                    due=fmt(due), issued=fmt(r.issued_date)
                ),
            )
            return
        r.due_text, r.due_kind, r.due_date, r.due_rule = due_text, kind.value, due, rule

    def _status(self, r: RegisterRow, cells: list[Cell], problem: Note, warn: Note) -> None:

        sv = self.sv
        status_text = self.text(cells, "status")
        r.status_text = status_text
        status = status_of(status_text)
        if status is None:
            problem(
                "status",
                sv.t(
                    '"{value}" is not a status the program knows (исполнено / на контроле / '
                    "снято с контроля / отменено)"
                ).format(value=status_text[:60]),
            )
            status = S.ON_CONTROL
        r.report_text = self.text(cells, "report_text")
        r.outgoing_number = self.text(cells, "outgoing_number")
        if len(r.outgoing_number) > 100:
            problem("outgoing_number", sv.t("longer than 100 characters"))
        rd = rg.cell_date(self.cell(cells, "report_date"))
        if isinstance(rd, str):
            problem("report_date", _bad_date(sv, rd, rg.looks_like_date(rd)))
            rd = None
        if rd is None and (r.report_text or status_text):  # "исполнено письмом от 05.03.2024"
            found = _DATE_IN_TEXT.search(f"{r.report_text} {status_text}")
            if found:
                got = rg.cell_date(found.group(1))
                rd = got if isinstance(got, date) else None
        if rd is not None:
            if rd > self.today:
                problem(
                    "report_date",
                    sv.t('"{value}" is in the future').format(value=fmt(rd)),
                )
            elif r.issued_date is not None and rd < r.issued_date:
                problem(
                    "report_date",
                    sv.t("the report date {date} is before the protocol's date ({issued})").format(
                        date=fmt(rd), issued=fmt(r.issued_date)
                    ),
                )
        r.report_date = rd
        if status == S.ON_CONTROL and (r.report_text or rd or r.outgoing_number):
            status = S.REPORTED
        if status in (S.DONE, S.OFF_CONTROL, S.CANCELLED):
            done = rd
            if done is None:
                due = r.due_date
                done = due if due is not None and due <= self.today else r.issued_date
                if status == S.DONE:
                    warn(
                        "status",
                        sv.t("done, with no date: taken as done on {date}").format(date=fmt(done)),
                    )
            if done is not None and r.issued_date is not None and done < r.issued_date:
                done = r.issued_date
            r.done_date = done
        r.status = status

    def finish(self, rows: list[RegisterRow]) -> None:
        """Which rows are in the database already: imported before, or typed in."""
        st = self.sv.store
        known = st.existing_uids("instruction", [r.uid for r in rows])
        numbers = st.instruction_numbers([r.session_id for r in rows if r.session_id])
        for r in rows:
            if r.uid in known or (
                r.session_id and r.number and (r.session_id, r.number) in numbers
            ):
                r.exists = True
                r.problems.clear()  # left as it is: its cells are not imported again
        for r in rows:
            if r.row in self.approved and not r.exists:
                r.problems.append(
                    self.sv.problem_text(
                        r.row,
                        "protocol_number",
                        self.sv.t(
                            "session {label} is approved and locked; reopen it to add instructions"
                        ).format(label=r.session_label),
                    )
                )
        unsure = {k for k, x in self.executors.items() if not x.sure}
        for r in rows:
            if not r.exists:
                for name in r.executors:
                    if name.casefold() in unsure:
                        match = self.executors[name.casefold()]
                        msg = (
                            self.sv.t("not in the directory; candidates: {names}").format(
                                names="; ".join(c[1] for c in match.candidates)
                            )
                            if match.candidates
                            else self.sv.t("not in the directory; added as an organisation")
                            if match.new_kind == "organisation"
                            else self.sv.t("not in the directory; added as a person")
                        )
                        r.warnings.append(
                            self.sv.problem_text(r.row, "executors", f"«{name}» — {msg}")
                        )
        used = {name.casefold() for r in rows if not r.exists for name in r.executors}
        for k in list(self.executors):
            if k not in used:
                del self.executors[k]
        self.new_sessions = {
            r.session_label
            for r in rows
            if not r.exists and r.session and self.sessions.get(r.session[:2]) is None
        }


def _bad_date(sv: RegisterService, value: str, shaped: bool) -> str:
    if shaped:
        return sv.t('"{value}" — there is no such date').format(value=value[:40])
    return sv.t('"{value}" is not a date').format(value=value[:40])


def _row_uid(key: str, occurrence: int) -> str:
    """A row's instruction uid: from its protocol, number and text (not its place in the
    sheet, so rows added above it later do not change it); a second identical row in
    the same file gets its own."""
    return str(uuid.uuid5(_NS, f"instruction|{key}|{occurrence}"))
