"""The `anticorr` command: the scriptable front of AntiCorr Desktop.

It shares the use cases (``services``) with the window and never imports
PySide6. A user error prints one clear line on stderr and exits with 2;
anything else is our bug and prints a traceback.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from datetime import date
from pathlib import Path

from . import __version__
from .errors import DamagedDatabase, UserError, ValidationError
from .i18n import current_language, translate

_REGISTER_FIELDS = (
    "number",
    "protocol_number",
    "protocol_date",
    "text",
    "executors",
    "co_executors",
    "deadline",
    "status",
    "report_text",
    "report_date",
    "outgoing_number",
    "notes",
)  # registers.FIELDS, spelled here so that the parser needs no import


def _t(text: str) -> str:
    return translate("CLI", text)


def parse_date_arg(value: str) -> date:
    for fmt_ in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            from datetime import datetime

            return datetime.strptime(value.strip(), fmt_).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        translate("Errors", '"{value}" is not a date; write 2025-06-30 or 30.06.2025.').format(
            value=value
        )
    )


def _database_argument(text: str) -> Path:
    from .paths import database_path

    try:
        return database_path(text)
    except UserError as exc:  # argparse prints it with the usage line, exit 2
        raise argparse.ArgumentTypeError(exc.message(current_language())) from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="anticorr",
        description=_t(
            "AntiCorr Desktop from the command line: sessions, instructions and their control."
        ),
    )
    p.add_argument("--version", action="version", version=f"anticorr {__version__}")
    p.add_argument(
        "--db",
        type=_database_argument,
        help=_t("the database file (default: $ANTICORR_DB, else the user's data folder)"),
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    c = sub.add_parser(
        "init", help=_t("create the database; --demo loads the demonstration sessions")
    )
    c.add_argument(
        "--demo", action="store_true", help=_t("load the demo (only into an empty database)")
    )

    c = sub.add_parser("import", help=_t("import a JSON interchange file (sessions, directory)"))
    c.add_argument("file", type=Path)

    c = sub.add_parser(
        "import-register",
        help=_t("import a register of instructions kept in Excel (.xlsx) or CSV"),
    )
    c.add_argument("file", type=Path)
    c.add_argument("--sheet", help=_t("the sheet to read (default: the first with a header)"))
    c.add_argument(
        "--header-row",
        type=int,
        help=_t("the row of the column names, as Excel numbers it (default: guessed)"),
    )
    c.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=_t(
            "which field a column holds (column as a letter, a number or its header): "
            "C=deadline; the fields: {fields}"
        ).replace("{fields}", ", ".join(_REGISTER_FIELDS)),
    )
    c.add_argument(
        "--executor",
        action="append",
        default=[],
        metavar="NAME=REF",
        help=_t(
            "who a name in the register is: the executor's reference in the directory (o5 an "
            "organisation, p12 a person, o5p12 both), or new, person, organisation to add it"
        ),
    )
    c.add_argument(
        "--create-missing",
        action="store_true",
        help=_t(
            "add the executors the directory lacks (those with no likely candidate): a body "
            "(управление, отдел, акимат, ТОО, басқармасы…) as an organisation, else a person"
        ),
    )
    c.add_argument(
        "--dry-run",
        action="store_true",
        help=_t("show each row as it would be stored and every problem; write nothing"),
    )

    c = sub.add_parser("export-json", help=_t("write the database or one session as JSON"))
    c.add_argument("--session", help=_t("id or YEAR/NUMBER, e.g. 2024/4"))
    c.add_argument("-o", "--output", type=Path, required=True)

    c = sub.add_parser("sessions", help=_t("list the sessions"))
    c.add_argument("--format", choices=("table", "json"), default="table")

    c = sub.add_parser("instructions", help=_t("list instructions with their status and due dates"))
    c.add_argument("--overdue", action="store_true", help=_t("only those overdue as of the date"))
    c.add_argument("--as-of", type=parse_date_arg, help=_t("the date (default: today)"))
    c.add_argument("--executor", help=_t("part of an executor's name (main or co-executor)"))
    c.add_argument(
        "--status", help=_t("on_control, reported, rework, done, off_control, cancelled, or open")
    )
    c.add_argument("--session", help=_t("id or YEAR/NUMBER"))
    c.add_argument("--format", choices=("table", "json", "csv"), default="table")

    c = sub.add_parser(
        "search", help=_t("full-text search over instructions, decisions, agenda and reports")
    )
    c.add_argument("query", nargs="+")

    c = sub.add_parser("minutes", help=_t("the minutes of a session as PDF"))
    c.add_argument("session", help=_t("id or YEAR/NUMBER"))
    c.add_argument("--lang", choices=("ru", "kk"), default="ru")
    c.add_argument(
        "--allow-mixed",
        action="store_true",
        help=_t("print texts that have no version in --lang in the other language, marked"),
    )
    c.add_argument(
        "--format",
        choices=("pdf", "docx"),
        default="pdf",
        help=_t("pdf: the document to sign; docx: a Word copy to edit (the record stays ours)"),
    )
    c.add_argument("-o", "--output", type=Path, required=True)

    c = sub.add_parser("extract", help=_t("extracts of the minutes for one executor or for all"))
    c.add_argument("session", help=_t("id or YEAR/NUMBER"))
    who = c.add_mutually_exclusive_group(required=True)
    who.add_argument("--executor", help=_t("part of the executor's name"))
    who.add_argument(
        "--all", action="store_true", help=_t("a file per executor, into the folder -o")
    )
    c.add_argument("--lang", choices=("ru", "kk"), default="ru")
    c.add_argument(
        "--allow-mixed",
        action="store_true",
        help=_t("print texts that have no version in --lang in the other language, marked"),
    )
    c.add_argument(
        "--format",
        choices=("pdf", "docx"),
        default="pdf",
        help=_t("pdf: the document to sign; docx: a Word copy to edit (the record stays ours)"),
    )
    c.add_argument("-o", "--output", type=Path, required=True)

    c = sub.add_parser("overdue-report", help=_t("the overdue report as of a date, as PDF"))
    c.add_argument("--as-of", type=parse_date_arg)
    c.add_argument("--lang", choices=("ru", "kk"), default="ru")
    c.add_argument("-o", "--output", type=Path, required=True)

    c = sub.add_parser("discipline-report", help=_t("executive discipline over a period, as PDF"))
    c.add_argument("--from", dest="date_from", type=parse_date_arg, required=True)
    c.add_argument("--to", dest="date_to", type=parse_date_arg, required=True)
    c.add_argument("--lang", choices=("ru", "kk"), default="ru")
    c.add_argument("-o", "--output", type=Path, required=True)

    c = sub.add_parser(
        "export", help=_t("the task list as CSV, XLSX, ICS or JSON (same filters as instructions)")
    )
    c.add_argument("--format", choices=("csv", "xlsx", "ics", "json"), required=True)
    c.add_argument("--overdue", action="store_true")
    c.add_argument("--as-of", type=parse_date_arg)
    c.add_argument("--executor")
    c.add_argument("--status")
    c.add_argument("--session")
    c.add_argument("--lang", choices=("ru", "kk"), default="ru")
    c.add_argument("--delimiter", default=";", help=_t("CSV delimiter (default ;)"))
    c.add_argument(
        "--per-executor", action="store_true", help=_t("XLSX: a sheet per main executor")
    )
    c.add_argument("-o", "--output", type=Path, required=True)

    c = sub.add_parser(
        "verify",
        help=_t(
            "check the file (SQLite's quick check), the journal's hash chain and every record "
            "against it"
        ),
    )
    c.add_argument(
        "--printed",
        metavar="HEAD",
        help=_t("also say whether the head printed on a document is in the journal, and when"),
    )
    c.add_argument(
        "--full",
        action="store_true",
        help=_t("SQLite's full integrity check (every index too; slower)"),
    )

    c = sub.add_parser("backup", help=_t("write a consistent copy of the database"))
    c.add_argument("-o", "--output", type=Path)

    c = sub.add_parser(
        "restore",
        help=_t("replace the database with a checked backup (the current one is backed up first)"),
    )
    c.add_argument("file", type=Path)
    c.add_argument(
        "--yes",
        action="store_true",
        help=_t("replace without asking (for scripts; needed when there is no terminal)"),
    )

    c = sub.add_parser("backups", help=_t("list the backups of the database, newest first"))

    c = sub.add_parser(
        "event",
        help=_t("record the day an event-driven deadline's event occurred; the due date follows"),
    )
    c.add_argument("instruction", type=int, help=_t("the instruction's id (see instructions)"))
    c.add_argument("date", type=parse_date_arg, help=_t("the day the event occurred"))

    c = sub.add_parser(
        "due", help=_t("read a due date as the window does: its kind, date and printed form")
    )
    c.add_argument("text", help=_t("the due date as written in the minutes"))
    c.add_argument("--issued", type=parse_date_arg, help=_t("the date of issue (default: today)"))
    c.add_argument("--lang", choices=("ru", "kk", "en"), help=_t("the language of the answer"))
    c.add_argument("--format", choices=("text", "json"), default="text")
    c.add_argument(
        "--default-day",
        type=int,
        help=_t("the day of the month after each period for a schedule written without a day"),
    )
    return p


def open_services(db: Path | None, *, must_exist: bool = False):
    from .paths import default_db_path
    from .services import Services
    from .storage.store import open_store

    path = db or default_db_path()
    if must_exist and not Path(path).exists():
        raise UserError(
            "The database {path} does not exist. Create it with: anticorr init", path=str(path)
        )
    return Services(open_store(path, progress=_migration_progress), lang=current_language())


def _migration_progress(stage: str, done: int, total: int) -> None:
    """Tell on stderr what an upgrade of the database is doing (minutes on a large one)."""
    if stage == "backup":
        text = _t("Upgrading the database to this version's format: a backup first...")
    elif stage == "journal":
        text = _t("Converting the journal: {done} of {total} entries").format(
            done=done, total=total
        )
    elif stage == "search":
        text = _t("Indexing word forms for search: {done} of {total} instructions").format(
            done=done, total=total
        )
    else:
        text = _t("Giving the freed space back to the disk...")
    final = stage in ("backup", "compact") or done >= total
    if sys.stderr.isatty():  # one line that counts up
        print("\r" + text, file=sys.stderr, end="\n" if final else "", flush=True)
    elif final or done == 0:  # a log: where each stage starts and ends
        print(text, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .domain import workdays
    from .paths import user_cache_dir

    workdays.use_cache_file(user_cache_dir() / "kz-days-off.json")
    try:
        return _run(args)
    except DamagedDatabase as exc:
        print(f"anticorr: {exc.message(current_language())}", file=sys.stderr)
        _print_restore_hint(args.db)
        return 1 if args.command == "verify" else 2
    except UserError as exc:
        print(f"anticorr: {exc.message(current_language())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _run(args) -> int:
    cmd = args.command
    if cmd == "due":  # needs no database; uses its calendar when there is one
        return cmd_due(None, args)
    if cmd == "restore":  # the file there may be empty, damaged or unreadable: not opened first
        return cmd_restore(None, args)
    sv = open_services(args.db, must_exist=cmd not in ("init", "import", "import-register"))
    try:
        return globals()[f"cmd_{cmd.replace('-', '_')}"](sv, args)
    finally:
        sv.store.close()


def cmd_init(sv, args) -> int:
    if args.demo:
        sv.load_demo()
        print(_t("Demo loaded into {path}.").format(path=sv.store.path))
    else:
        print(_t("Database ready: {path}").format(path=sv.store.path))
    return 0


def cmd_import(sv, args) -> int:
    res = sv.import_file(args.file).summary
    print(
        _t("Imported: {created} new, {unchanged} already here.").format(
            created=res.created, unchanged=res.unchanged
        )
    )
    if res.kept:
        print(
            _t(
                "{n} directory record(s) differ from the file; this database's version was kept."
            ).format(n=res.kept)
        )
    return 0


def _register_plan(sv, args):
    from . import registers as rg
    from .services.register import RegisterPlan

    plan = RegisterPlan(args.file, args.sheet)
    if args.header_row is not None:
        if args.header_row < 1:
            raise ValidationError("The header row is counted from 1.")
        plan.header_row = args.header_row - 1
    if not args.map:
        return plan
    table = rg.read_table(args.file, args.sheet)
    header = plan.header_row if plan.header_row is not None else rg.guess_header_row(table.rows)
    plan.header_row = header
    names = rg.headers(table, header)
    mapping = rg.guess_mapping(names, sv.register_mapping())
    for item in args.map:
        column, sep, fld = item.partition("=")
        column, fld = column.strip(), fld.strip()
        if not sep or not column:
            raise ValidationError('"{value}": write COLUMN=FIELD, e.g. C=deadline.', value=item)
        c = _register_column(column, names)
        if c is None:
            raise ValidationError(
                'There is no column "{column}"; the columns: {names}.',
                column=column,
                names=", ".join(f"{rg.column_letter(n)} {h}" for n, h in enumerate(names) if h),
            )
        for k in [k for k, v in mapping.items() if v == fld or k == c]:
            del mapping[k]
        if fld not in ("", "-"):
            if fld not in rg.FIELDS:
                raise ValidationError(
                    'Unknown field "{field}"; the fields: {fields}.',
                    field=fld,
                    fields=", ".join(rg.FIELDS),
                )
            mapping[c] = fld
    plan.mapping = mapping
    return plan


def _register_column(column: str, names: list[str]) -> int | None:
    from .registers import column_letter, norm_header

    if column.isdigit():
        n = int(column) - 1
        return n if 0 <= n < max(len(names), 1) else None
    for n in range(len(names)):
        if column_letter(n) == column.upper():
            return n
    for n, h in enumerate(names):
        if norm_header(h) == norm_header(column):
            return n
    return None


def _register_choices(sv, args) -> dict[str, object]:
    """--executor NAME=REF: an executor's reference ("o5", "p12", "o5p12"; a bare number
    is a person's id), or new / person / organisation to add the name as written."""
    from .domain import model as m

    out: dict[str, object] = {}
    for item in args.executor:
        name, sep, who = item.rpartition("=")
        who = who.strip()
        if not sep or not name.strip() or not who:
            raise ValidationError(
                '"{value}": write NAME=REF (o5, p12, o5p12) or NAME=new.', value=item
            )
        if who.casefold() == "new":
            out[name.strip()] = None
        elif who.casefold() in ("person", "organisation"):
            out[name.strip()] = who.casefold()
        else:
            try:
                out[name.strip()] = m.Executor.parse(who)
            except ValueError:
                raise ValidationError(
                    '"{value}": write NAME=REF (o5, p12, o5p12) or NAME=new.', value=item
                ) from None
    return out


def _print_register_preview(sv, pv) -> None:
    from .registers import FIELD_LABELS, column_letter

    def lbl(f: str) -> str:
        return translate("Register", FIELD_LABELS[f])

    print(_t("Sheet «{sheet}», header in row {row}.").format(sheet=pv.sheet, row=pv.header_row + 1))
    for c, f in sorted(pv.mapping.items()):
        print(f"  {column_letter(c)} «{pv.headers[c]}» -> {lbl(f)}")
    for r in pv.rows:
        mark = "=" if r.exists else ("!" if r.problems else "+")
        execs = ", ".join(r.executors)
        shown = f"{r.due_date:%d.%m.%Y}" if r.due_date else ""
        due = r.due_text + (f" ({shown})" if shown and shown != r.due_text else "")
        print(
            f"{mark} {r.row:>5} {r.session_label:<9} {r.number:<6} {r.text[:60]} | "
            f"{execs} | {due} | {sv.status_label(r.status)}"
        )
        for p in r.problems:
            print(f"      ! {p}")
        for w in r.warnings:
            print(f"      ~ {w}")
    for x in pv.unresolved:
        if x.candidates:
            cands = "; ".join(f"{ex.ref} {label}" for ex, label in x.candidates)
            print(
                _t('Not sure who "{name}" is; candidates: {names}').format(name=x.text, names=cands)
            )
        elif x.new_kind == "organisation":
            print(
                _t('Not in the directory: "{name}" (added as an organisation)').format(name=x.text)
            )
        else:
            print(_t('Not in the directory: "{name}" (added as a person)').format(name=x.text))
    new = sum(1 for r in pv.rows if not r.exists)
    print(
        _t(
            "Rows: {new} to import, {old} already here, {skipped} skipped (empty, titles, "
            "totals); problems: {problems}; new sessions: {sessions}."
        ).format(
            new=new,
            old=len(pv.rows) - new,
            skipped=pv.skipped,
            problems=len(pv.problems),
            sessions=", ".join(pv.new_sessions) or "-",
        )
    )


def cmd_import_register(sv, args) -> int:
    plan = _register_plan(sv, args)
    choices = _register_choices(sv, args)
    if args.dry_run:
        pv = sv.register_preview(plan)
        _print_register_preview(sv, pv)
        return 2 if pv.problems else 0
    out = sv.import_register(plan, choices=choices, create_missing=args.create_missing)
    print(
        _t(
            "Imported: {created} instruction(s), {unchanged} already here; new sessions: "
            "{sessions}, new people: {people}, new organisations: {orgs}."
        ).format(
            created=out.created,
            unchanged=out.unchanged,
            sessions=out.sessions_created,
            people=out.people_created,
            orgs=out.organisations_created,
        )
    )
    for kind, name in out.added:
        if kind == "organisation":
            print(_t("  added as an organisation: {name}").format(name=name))
        else:
            print(_t("  added as a person: {name}").format(name=name))
    if out.backup is not None:
        print(_t("The database was backed up first: {path}").format(path=out.backup))
    return 0


def cmd_export_json(sv, args) -> int:
    sv.export_sessions_json(
        args.output, [sv.resolve_session(args.session).id] if args.session else None
    )
    return 0


def session_json(sv, s, counts) -> dict:
    n, od = counts.get(s.id, (0, 0))
    com = sv.store.commission(s.commission_id)
    return {
        "id": s.id,
        "uid": s.uid,
        "commission": com.name_ru,
        "year": s.year,
        "number": s.number,
        "label": s.label,
        "date": s.date.isoformat(),
        "time": s.time,
        "kind": s.kind.value,
        "status": s.status.value,
        "instructions": n,
        "overdue": od,
    }


def cmd_sessions(sv, args) -> int:
    counts = sv.store.session_counts(sv.today())
    rows = [session_json(sv, s, counts) for s in sv.store.sessions()]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    from .domain.model import SESSION_KIND_LABELS, SESSION_STATUS_LABELS, SessionKind, SessionStatus

    table = [
        [
            _t("Id"),
            _t("Session"),
            _t("Date"),
            _t("Kind"),
            _t("Status"),
            _t("Instructions"),
            _t("Overdue"),
        ]
    ]
    for r in rows:
        table.append(
            [
                str(r["id"]),
                r["label"],
                date.fromisoformat(r["date"]).strftime("%d.%m.%Y"),
                translate("Labels", SESSION_KIND_LABELS[SessionKind(r["kind"])]),
                translate("Labels", SESSION_STATUS_LABELS[SessionStatus(r["status"])]),
                str(r["instructions"]),
                str(r["overdue"]),
            ]
        )
    _print_table(table)
    return 0


def cmd_instructions(sv, args) -> int:
    as_of = args.as_of or sv.today()
    rows = sv.instruction_rows(
        as_of=as_of,
        overdue=args.overdue,
        executor=args.executor,
        status=args.status,
        session=args.session,
    )
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    head = [
        _t("No."),
        _t("Session"),
        _t("Executors"),
        _t("Due"),
        _t("Days overdue"),
        _t("Status"),
        _t("Text"),
    ]
    body = [
        [
            r["number"],
            r["session"] or "",
            ", ".join(r["executors"]),
            date.fromisoformat(r["due_date"]).strftime("%d.%m.%Y")
            if r["due_date"]
            else r["due_text"],
            str(r["days_overdue"]) if r["days_overdue"] else "",
            sv.status_label(r["status"]),
            r["text"],
        ]
        for r in rows
    ]
    if args.format == "csv":  # the export's cells: formulas neutralised, line breaks quoted
        from .exports.csv_export import write_text_rows

        buf = io.StringIO()
        write_text_rows(buf, [head, *body], delimiter=";", lineterminator="\n")
        sys.stdout.write(buf.getvalue())
        return 0
    if not body:
        print(
            _t("No instructions match.")
            if not args.overdue
            else _t("Nothing is overdue as of {date}.").format(date=as_of.strftime("%d.%m.%Y"))
        )
        return 0
    _print_table([head] + [r[:-1] + [_clip(r[-1], 60)] for r in body])
    return 0


def cmd_search(sv, args) -> int:
    kinds = {
        "instruction": _t("instruction"),
        "decision": _t("decision"),
        "agenda": _t("agenda item"),
        "report": _t("report"),
    }
    hits = sv.search_hits(" ".join(args.query))
    if not hits:
        print(_t("Nothing found."))
        return 0
    table = [[_t("Found in"), _t("Session"), _t("No."), _t("Text")]]
    for h in hits:
        table.append([kinds[h["kind"]], h["session"], h["number"], h["snippet"].replace("\n", " ")])
    _print_table(table)
    return 0


def cmd_minutes(sv, args) -> int:
    s = sv.resolve_session(args.session)
    print(
        sv.write_minutes(
            s.id, args.lang, args.output, allow_mixed=args.allow_mixed, fmt=args.format
        )
    )
    return 0


def cmd_extract(sv, args) -> int:
    s = sv.resolve_session(args.session)
    if args.executor:
        ex = sv.find_executor(args.executor)
        print(
            sv.write_extract(
                s.id, ex, args.lang, args.output, allow_mixed=args.allow_mixed, fmt=args.format
            )
        )
        return 0
    for path in sv.write_extracts(
        s.id, args.lang, args.output, allow_mixed=args.allow_mixed, fmt=args.format
    ):
        print(path)
    return 0


def cmd_overdue_report(sv, args) -> int:
    print(sv.write_overdue_report(args.as_of or sv.today(), args.lang, args.output))
    return 0


def cmd_discipline_report(sv, args) -> int:
    print(sv.write_discipline_report(args.date_from, args.date_to, args.lang, args.output))
    return 0


def cmd_export(sv, args) -> int:
    as_of = args.as_of or sv.today()
    rows = sv.instruction_rows(
        as_of=as_of,
        overdue=args.overdue,
        executor=args.executor,
        status=args.status,
        session=args.session,
    )
    n = sv.export_tasks(
        [r["id"] for r in rows],
        args.format,
        args.output,
        args.lang,
        as_of=as_of,
        delimiter=args.delimiter,
        per_executor=args.per_executor,
    )
    print(_t("{n} instructions written to {path}").format(n=n, path=args.output))
    return 0


def _print_restore_hint(db: Path | None) -> None:
    """After damage: name the newest good backup and the command that restores it."""
    from .paths import default_db_path
    from .services.backups import newest_good_backup

    path = Path(db or default_db_path())
    good = newest_good_backup(path)
    if good is None:
        print(
            _t("No good backup of {db} was found. Keep the damaged file and ask for help.").format(
                db=path
            ),
            file=sys.stderr,
        )
    else:
        print(
            _t("Restore the newest good backup: anticorr --db {db} restore {backup}").format(
                db=path, backup=good
            ),
            file=sys.stderr,
        )


def cmd_verify(sv, args) -> int:
    damage = sv.damage(full=args.full)
    if damage is not None:
        raise DamagedDatabase(
            "The database file is damaged ({detail}). Restore it from a backup.", detail=damage
        )
    problems = sv.store.verify()
    for b in sv.witness_breaches():
        what = _t("backup") if b.witness.kind == "backup" else _t("printed document")
        text = (
            _t(
                "Rollback: the journal has lost entry {seq} that the {what} {name} of {made} "
                "saw (an older copy was put back, or entries were deleted)."
            )
            if b.kind == "rollback"
            else _t(
                "Divergence: entry {seq} differs from the one the {what} {name} of {made} saw "
                "(the history was rewritten since)."
            )
        )
        problems.append(
            text.format(seq=b.witness.seq, what=what, name=b.witness.name, made=b.witness.made)
        )
    if args.printed:
        found = sv.find_printed(args.printed)
        if found is None:
            problems.append(
                _t("The printed head {head} is NOT in this database's journal.").format(
                    head=args.printed
                )
            )
        elif found.until is None:
            print(
                _t("The printed head is entry {seq}, the current head (since {since}).").format(
                    seq=found.seq, since=found.since
                )
            )
        else:
            print(
                _t("The printed head is entry {seq}, current from {since} until {until}.").format(
                    seq=found.seq, since=found.since, until=found.until
                )
            )
    if problems:
        for line in problems[:50]:
            print(line, file=sys.stderr)
        print(
            _t("The database does NOT verify: {n} problem(s).").format(n=len(problems)),
            file=sys.stderr,
        )
        return 1
    print(
        _t("The database verifies: {n} journal entries, head {head}.").format(
            n=sv.store.journal_length(),
            head=" ".join(sv.store.journal_head()[:32][i : i + 4] for i in range(0, 32, 4)),
        )
    )
    return 0


def cmd_backup(sv, args) -> int:
    path = sv.back_up(args.output, reason="manual")
    print(_t("Backup written: {path}").format(path=path))
    return 0


YES = ("y", "yes", "д", "да", "и", "иә")


def _summary_line(summary) -> str:
    if summary is None:
        return _t("cannot be read (missing, empty, damaged or not a database of this program)")
    when = (
        summary.last_change.astimezone().strftime("%d.%m.%Y %H:%M") if summary.last_change else "-"
    )
    return _t(
        "{sessions} sessions, {instructions} instructions; journal of {entries} entries, "
        "head {head}, last change {when}"
    ).format(
        sessions=summary.sessions,
        instructions=summary.instructions,
        entries=summary.journal_entries,
        head=summary.journal_head[:12],
        when=when,
    )


def cmd_restore(_sv, args) -> int:
    from .paths import default_db_path
    from .services.backups import restore_file, restore_preview

    db = Path(args.db or default_db_path())
    now, then = restore_preview(db, args.file)
    print(_t("Now in {path}: {what}").format(path=db, what=_summary_line(now)))
    print(_t("In {path}: {what}").format(path=args.file, what=_summary_line(then)))
    if then is not None and not args.yes:  # an unfit file is refused below, unasked
        if sys.stdin is None or not sys.stdin.isatty():
            raise UserError(
                "Nothing was changed: there is no terminal to ask whether to replace the "
                "database. Add --yes to restore without asking."
            )
        answer = input(_t("Replace the database with {path}? [y/N] ").format(path=args.file))
        if answer.strip().lower() not in YES:
            print(_t("Nothing was changed."))
            return 1
    done = restore_file(db, args.file)
    if done.safety is not None:
        print(
            _t("Restored from {path}. The previous contents were saved to {backup}.").format(
                path=args.file, backup=done.safety
            )
        )
    elif done.kept is not None:
        print(
            _t("Restored from {path}. The file it replaced was kept as {kept}.").format(
                path=args.file, kept=done.kept
            )
        )
    else:
        print(_t("Restored from {path}.").format(path=args.file))
    return 0


def cmd_backups(sv, args) -> int:
    found = sv.backup_list()
    if not found:
        print(_t("No backups yet."))
        return 0
    _print_table(
        [[_t("Backup"), _t("Made"), _t("Size, MB")]]
        + [
            [str(b.path), b.made.strftime("%d.%m.%Y %H:%M"), f"{b.size / 1048576:.1f}"]
            for b in found
        ]
    )
    return 0


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _print_table(rows: list[list[str]]) -> None:
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    sys.stdout.write("\n".join(lines) + "\n")  # one write, not a print per row (4,000 rows)


if __name__ == "__main__":
    sys.exit(main())


def cmd_event(sv, args) -> int:
    due = sv.record_event(args.instruction, args.date)
    print(_t("Due on {date}.").format(date=due.strftime("%d.%m.%Y")))
    return 0


def cmd_due(sv, args) -> int:
    """Read a due date with the window's own parser; a refusal is one line and exit 2."""
    from .domain.dueparse import DueKind, DueParseError, format_due
    from .paths import default_db_path

    lang = args.lang or current_language()

    def _t(text: str) -> str:
        return translate("CLI", text, lang)

    issued = args.issued or date.today()
    path = args.db or default_db_path()
    # the database's calendar and settings when there is one; the national calendar otherwise
    sv = open_services(path if Path(path).exists() else Path(":memory:"), must_exist=False)
    try:
        if args.default_day is not None and not 1 <= args.default_day <= 31:
            raise ValidationError("The default day must be from 1 to 31.")
        info = sv.describe_due(args.text, issued, lang, args.default_day)
        rule = sv.parse_due(args.text, issued, args.default_day)
    except DueParseError as exc:
        print(f"anticorr: {exc.message(lang)}", file=sys.stderr)
        return 2
    finally:
        sv.store.close()
    if args.format == "json":
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    kinds = {
        DueKind.DATE: _t("a date"),
        DueKind.RECURRING: _t("a schedule"),
        DueKind.ONGOING: _t("ongoing, no due date"),
        DueKind.NEXT_SESSION: _t("by the next session: open until it is scheduled"),
        DueKind.EVENT: _t("tied to an event: kept as written, open with no date"),
        DueKind.NONE: _t("no deadline"),
    }
    out = [f"{_t('Kind')}: {kinds[rule.kind]}", f"{_t('Read as')}: {format_due(rule, lang)}"]
    if info["due_date"]:
        due = date.fromisoformat(info["due_date"]).strftime("%d.%m.%Y")
        out.append(f"{_t('Due date')}: {due} {info['time'] or ''}".rstrip())
    if info["control_points"]:
        points = ", ".join(
            date.fromisoformat(p).strftime("%d.%m.%Y") for p in info["control_points"]
        )
        out.append(f"{_t('Control dates within a year')}: {points}")
    if rule.kind is DueKind.RECURRING and rule.day_default:
        out.append(_t("No day is written: the default day of the month after each period applies."))
    if rule.kind is DueKind.EVENT and rule.offset is not None:
        out.append(_t("The due date follows once the date of the event is recorded."))
    out.append(f"{_t('Printed (ru)')}: {info['printed']['ru']}")
    out.append(f"{_t('Printed (kk)')}: {info['printed']['kk']}")
    print("\n".join(out))
    return 0
