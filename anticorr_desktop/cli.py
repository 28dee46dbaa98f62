"""The `anticorr` command: the scriptable front of AntiCorr Desktop.

It shares the use cases (``services``) with the window and never imports
PySide6. A user error prints one clear line on stderr and exits with 2;
anything else is our bug and prints a traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from datetime import date
from pathlib import Path

from . import __version__
from .errors import UserError, ValidationError
from .i18n import current_language, translate


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
        type=Path,
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
    c.add_argument("-o", "--output", type=Path, required=True)

    c = sub.add_parser("extract", help=_t("extracts of the minutes for one executor or for all"))
    c.add_argument("session", help=_t("id or YEAR/NUMBER"))
    who = c.add_mutually_exclusive_group(required=True)
    who.add_argument("--executor", help=_t("part of the executor's name"))
    who.add_argument(
        "--all", action="store_true", help=_t("a file per executor, into the folder -o")
    )
    c.add_argument("--lang", choices=("ru", "kk"), default="ru")
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
        "verify", help=_t("check the journal's hash chain and every record against it")
    )

    c = sub.add_parser("backup", help=_t("write a consistent copy of the database"))
    c.add_argument("-o", "--output", type=Path)

    c = sub.add_parser(
        "restore",
        help=_t("replace the database with a checked backup (the current one is backed up first)"),
    )
    c.add_argument("file", type=Path)

    c = sub.add_parser("backups", help=_t("list the backups of the database, newest first"))

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
        default=5,
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
    return Services(open_store(path), lang=current_language())


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .domain import workdays
    from .paths import user_cache_dir

    workdays.use_cache_file(user_cache_dir() / "kz-days-off.json")
    try:
        return _run(args)
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
    sv = open_services(args.db, must_exist=cmd not in ("init", "import"))
    try:
        return globals()[f"cmd_{cmd.replace('-', '_')}"](sv, args)
    finally:
        sv.store.close()


def cmd_init(sv, args) -> int:
    if args.demo:
        if not sv.store.is_empty():
            raise UserError(
                "The database already holds data; the demo loads only into an empty one."
            )
        from .demo import load_demo

        with sv.store.transaction():  # all of the demo, or nothing
            load_demo(sv)
        print(_t("Demo loaded into {path}.").format(path=sv.store.path))
    else:
        print(_t("Database ready: {path}").format(path=sv.store.path))
    return 0


def cmd_import(sv, args) -> int:
    from .interchange import import_data, load_file

    data = load_file(args.file)
    if sv.store.path is not None and not sv.store.is_empty():
        from .storage.backup import backup_database

        backup_database(sv.store, reason="before-import", keep=20)
    res = import_data(sv, data)
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


def cmd_export_json(sv, args) -> int:
    from .interchange import export_data, write_json

    ids = [sv.resolve_session(args.session).id] if args.session else None
    write_json(export_data(sv, ids), args.output)
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


def instruction_rows(
    sv,
    *,
    as_of: date,
    overdue: bool = False,
    executor: str | None = None,
    status: str | None = None,
    session: str | None = None,
) -> list[dict]:
    from .domain import rules
    from .domain.model import OPEN_STATUSES, InstructionStatus

    kw: dict = {}
    if executor:
        kw["any_executor_id"] = sv.find_person(executor).id
    if status:
        if status == "open":
            kw["status"] = [s.value for s in OPEN_STATUSES]
        else:
            try:
                kw["status"] = [InstructionStatus(status).value]
            except ValueError:
                raise ValidationError(
                    '"{value}" is not a status; use one of: {allowed}.',
                    value=status,
                    allowed=", ".join([s.value for s in InstructionStatus] + ["open"]),
                ) from None
    if session:
        kw["session_id"] = sv.resolve_session(session).id
    lang = "kk" if sv.lang == "kk" else "ru"
    if overdue and as_of < sv.today():  # as of a past day: replayed as it stood then
        items = sv.overdue(as_of)
        if "any_executor_id" in kw:
            items = [o for o in items if kw["any_executor_id"] in o.instruction.executor_ids]
        if "session_id" in kw:
            items = [o for o in items if o.instruction.session_id == kw["session_id"]]
        if "status" in kw:
            items = [o for o in items if o.instruction.status.value in kw["status"]]
        insts = [o.instruction for o in items]
        people = sv.store.people_by_id({e for i in insts for e in i.executor_ids})
        labels = sv.store.session_labels(i.session_id for i in insts)
        return [
            {
                "id": i.id,
                "uid": i.uid,
                "number": i.number,
                "session": labels.get(i.session_id),
                "text": i.text,
                "executors": [people[e].short_name(lang) for e in i.executor_ids],
                "due_text": i.due_text,
                "due_date": o.due.isoformat(),  # the due date in force on that day
                "due_date_original": i.due_date_original.isoformat()
                if i.due_date_original
                else None,
                "status": i.status.value,
                "days_overdue": o.days,
                "as_of": as_of.isoformat(),
            }
            for o, i in zip(items, insts)
        ]
    # the current statuses say it all: every filter in one SQL query, rows read flat
    # (no Instruction objects: 4,351 overdue rows print in a third of the time)
    if overdue:
        ids = sv.store.instruction_ids(overdue_as_of=as_of, **kw)
    else:
        ids = sv.store.instruction_ids(**kw)
    rows = sv.store.export_rows(ids)
    if overdue:
        rows.sort(key=lambda r: (r["due_date"], r["id"]))
    executors = {
        r["id"]: [int(e) for e in r["executors"].split(",")] if r["executors"] else [] for r in rows
    }
    people = sv.store.people_by_id({e for ex in executors.values() for e in ex})
    labels = sv.store.session_labels(r["session_id"] for r in rows)
    out = []
    for r in rows:
        due = date.fromisoformat(r["due_date"]) if r["due_date"] else None
        out.append(
            {
                "id": r["id"],
                "uid": r["uid"],
                "number": r["number"],
                "session": labels.get(r["session_id"]),
                "text": r["text"],
                "executors": [people[e].short_name(lang) for e in executors[r["id"]]],
                "due_text": r["due_text"],
                "due_date": r["due_date"],
                "due_date_original": r["due_date_original"],
                "status": r["status"],
                "days_overdue": rules.days_overdue(InstructionStatus(r["status"]), due, as_of),
                "as_of": as_of.isoformat(),
            }
        )
    return out


def cmd_instructions(sv, args) -> int:
    as_of = args.as_of or sv.today()
    rows = instruction_rows(
        sv,
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
    if args.format == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=";", lineterminator="\n")
        w.writerow(head)
        w.writerows(body)
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
    from .storage.names import FTS_AGENDA, FTS_DECISION, FTS_INSTRUCTION, FTS_REPORT

    kinds = {
        FTS_INSTRUCTION: _t("instruction"),
        FTS_DECISION: _t("decision"),
        FTS_AGENDA: _t("agenda item"),
        FTS_REPORT: _t("report"),
    }
    hits = sv.store.search(" ".join(args.query))
    if not hits:
        print(_t("Nothing found."))
        return 0
    sessions = {s.id: s for s in sv.store.sessions()}
    table = [[_t("Found in"), _t("Session"), _t("No."), _t("Text")]]
    for h in hits:
        sid, iid = sv.store.search_hit_context(h["kind"], h["ref"])
        num = sv.store.instruction(iid).number if iid else ""
        table.append(
            [
                kinds[h["kind"]],
                sessions[sid].label if sid in sessions else "",
                num,
                h["snip"].replace("\n", " "),
            ]
        )
    _print_table(table)
    return 0


def cmd_minutes(sv, args) -> int:
    from .reports.build import minutes_data
    from .reports.pdf_minutes import render_minutes

    s = sv.resolve_session(args.session)
    render_minutes(minutes_data(sv, s.id, args.lang), args.output, sv.document_settings())
    print(args.output)
    return 0


def cmd_extract(sv, args) -> int:
    from .reports.build import extract_data, session_executors
    from .reports.pdf_minutes import render_extract

    s = sv.resolve_session(args.session)
    if args.executor:
        p = sv.find_person(args.executor)
        render_extract(extract_data(sv, s.id, p.id, args.lang), args.output, sv.document_settings())
        print(args.output)
        return 0
    execs = session_executors(sv, s.id)
    if not execs:
        raise ValidationError("Session {label} has no instructions.", label=s.label)
    args.output.mkdir(parents=True, exist_ok=True)
    people = sv.store.people_by_id(execs)
    names = {
        pid: "".join(
            ch for ch in people[pid].short_name(args.lang) if ch.isalnum() or ch in ". -"
        ).replace(" ", "_")
        for pid in execs
    }
    layout = sv.document_settings()
    for pid in execs:
        name = names[pid]
        if list(names.values()).count(name) > 1:  # two people with the same short name
            name = f"{name}-{pid}"
        path = args.output / f"{s.year}-{s.number}-{name}.pdf"
        render_extract(extract_data(sv, s.id, pid, args.lang), path, layout)
        print(path)
    return 0


def cmd_overdue_report(sv, args) -> int:
    from .reports.build import overdue_data
    from .reports.pdf_reports import render_overdue

    render_overdue(
        overdue_data(sv, args.as_of or sv.today(), args.lang), args.output, sv.document_settings()
    )
    print(args.output)
    return 0


def cmd_discipline_report(sv, args) -> int:
    from .reports.build import discipline_data
    from .reports.pdf_reports import render_discipline

    render_discipline(
        discipline_data(sv, args.date_from, args.date_to, args.lang),
        args.output,
        sv.document_settings(),
    )
    print(args.output)
    return 0


def cmd_export(sv, args) -> int:
    from .reports.build import task_rows

    as_of = args.as_of or sv.today()
    rows = instruction_rows(
        sv,
        as_of=as_of,
        overdue=args.overdue,
        executor=args.executor,
        status=args.status,
        session=args.session,
    )
    ids = [r["id"] for r in rows]
    if args.format == "json":
        from .interchange import export_data, write_json

        data = export_data(sv)
        keep = {r["uid"] for r in rows}
        for s in data["sessions"]:
            s["instructions"] = [i for i in s["instructions"] if i["uid"] in keep]
        data["instructions"] = [i for i in data.get("instructions", []) if i["uid"] in keep]
        write_json(data, args.output)
    else:
        trows = task_rows(sv, ids, as_of, args.lang)
        if args.format == "csv":
            from .exports.csv_export import write_csv

            write_csv(trows, args.output, args.lang, delimiter=args.delimiter)
        elif args.format == "xlsx":
            from .exports.xlsx_export import write_xlsx

            write_xlsx(trows, args.output, args.lang, per_executor=args.per_executor)
        else:
            from .exports.ics_export import write_ics

            write_ics(trows, args.output, args.lang, today=as_of)
    print(_t("{n} instructions written to {path}").format(n=len(ids), path=args.output))
    return 0


def cmd_verify(sv, args) -> int:
    problems = sv.store.verify()
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
            n=sv.store.journal_length(), head=sv.store.journal_head()[:12]
        )
    )
    return 0


def cmd_backup(sv, args) -> int:
    from .storage.backup import backup_database

    path = backup_database(sv.store, args.output, reason="manual")
    print(_t("Backup written: {path}").format(path=path))
    return 0


def cmd_restore(sv, args) -> int:
    from .storage.backup import restore_database

    safety = restore_database(sv.store, args.file)
    print(
        _t("Restored from {path}. The previous contents were saved to {backup}.").format(
            path=args.file, backup=safety
        )
    )
    return 0


def cmd_backups(sv, args) -> int:
    from datetime import datetime

    from .storage.backup import backups

    found = backups(sv.store.path)
    if not found:
        print(_t("No backups yet."))
        return 0
    _print_table(
        [[_t("Backup"), _t("Made"), _t("Size, MB")]]
        + [
            [
                str(p),
                datetime.fromtimestamp(p.stat().st_mtime).strftime("%d.%m.%Y %H:%M"),
                f"{p.stat().st_size / 1048576:.1f}",
            ]
            for p in found
        ]
    )
    return 0


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _print_table(rows: list[list[str]]) -> None:
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    for n, r in enumerate(rows):
        print("  ".join(cell.ljust(widths[c]) for c, cell in enumerate(r)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    sys.exit(main())


def cmd_due(sv, args) -> int:
    """Read a due date with the window's own parser; a refusal is one line and exit 2."""
    from .domain.dueparse import DueKind, DueParseError, describe_due, format_due, parse_due
    from .paths import default_db_path

    lang = args.lang or current_language()

    def _t(text: str) -> str:
        return translate("CLI", text, lang)

    issued = args.issued or date.today()
    if not 1 <= args.default_day <= 31:
        raise ValidationError("The default day must be from 1 to 31.")
    calendar = None
    path = args.db or default_db_path()
    if Path(path).exists():
        sv = open_services(path, must_exist=True)
        try:
            calendar = sv.calendar
        finally:
            sv.store.close()
    try:
        info = describe_due(args.text, issued, lang, calendar, args.default_day)
        rule = parse_due(args.text, issued, calendar, default_day=args.default_day)
    except DueParseError as exc:
        print(f"anticorr: {exc.message(lang)}", file=sys.stderr)
        return 2
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
