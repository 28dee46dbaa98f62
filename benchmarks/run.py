"""Measure AntiCorr Desktop on a large database and print a table of medians.

    python benchmarks/run.py [--db benchmarks/large.sqlite3] [--repeat 7] [--quick]

Generates the database with ``generate.py`` if it is missing, measures each
target (whole processes where the user waits for one), prints a table and
writes ``benchmarks/RESULTS.md`` with the machine it ran on. ``--quick`` runs
every measurement once on a small database (the test suite's smoke test).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

AS_OF = date(2026, 11, 26)
STARTUP_RUNS = 21  # alternated start-ups of ours and the bare window (the ratio's medians)


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def alternated_ms(
    commands: dict[str, list[str]], repeat: int, env: dict | None = None
) -> dict[str, tuple[float, float]]:
    """Whole processes run in turn (who goes first swaps each round, so a slow spell of a
    shared machine hurts all alike): each command's median wall time and median CPU time
    (user + system of the child, less disturbed by other work), in ms."""
    wall: dict[str, list[float]] = {k: [] for k in commands}
    cpu: dict[str, list[float]] = {k: [] for k in commands}
    for n in range(repeat):
        for key in list(commands) if n % 2 == 0 else list(commands)[::-1]:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run(commands[key], check=True, capture_output=True, env=env)
            wall[key].append((time.perf_counter() - t) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[key].append(
                (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
            )
    return {k: (statistics.median(wall[k]), statistics.median(cpu[k])) for k in commands}


def process_ms(args: list[str], repeat: int, env: dict | None = None) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=env)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def measure(db: Path, repeat: int, out_dir: Path) -> list[tuple[str, str, float, float | None]]:
    """Rows of (what, unit, measured, target)."""
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store

    sv = Services(open_store(db), today=lambda: date(2026, 11, 26), lang="en")
    st = sv.store
    rows: list[tuple[str, str, float, float | None]] = []
    busiest = st.scalar(
        "SELECT main_executor_id FROM instruction WHERE status IN ('on_control','rework')"
        " AND due_date < ? GROUP BY main_executor_id ORDER BY COUNT(*) DESC LIMIT 1",
        (AS_OF.isoformat(),),
    )
    rows.append(
        (
            "overdue of one executor as of a date (ids)",
            "ms",
            median_ms(lambda: st.instruction_ids(overdue_as_of=AS_OF, executor_id=busiest), repeat),
            10,
        )
    )
    rows.append(
        (
            "overdue of one executor as of a date (full items)",
            "ms",
            median_ms(lambda: sv.overdue(AS_OF, executor_id=busiest), repeat),
            10,
        )
    )
    rows.append(
        (
            "full-text search, first page (50 hits)",
            "ms",
            median_ms(lambda: st.search("контроль", limit=50), repeat),
            5,
        )
    )
    rows.append(
        (
            "tracker filter by full text (all matching ids, sorted by due date)",
            "ms",
            median_ms(lambda: st.instruction_ids(text="картограм"), repeat),
            100,
        )
    )
    rows.append(
        (
            "instructions of a session",
            "ms",
            median_ms(
                lambda: st.instructions_of_session(st.scalar("SELECT MAX(id) FROM session")), repeat
            ),
            10,
        )
    )
    rows.append(
        (
            "an executor's open items (ids)",
            "ms",
            median_ms(
                lambda: st.instruction_ids(
                    status=["on_control", "rework", "reported"], executor_id=busiest
                ),
                repeat,
            ),
            10,
        )
    )
    # documents
    from anticorr_desktop.reports.build import minutes_data, overdue_data
    from anticorr_desktop.reports.pdf_minutes import render_minutes
    from anticorr_desktop.reports.pdf_reports import render_overdue

    sid = _largest_session(st)
    pdf = out_dir / "m.pdf"
    code = (
        "import time; t=time.perf_counter(); from anticorr_desktop.storage.store import open_store;"
        "from anticorr_desktop.services import Services;"
        "from anticorr_desktop.reports.build import minutes_data;"
        "from anticorr_desktop.reports.pdf_minutes import render_minutes;"
        f"sv=Services(open_store(r'{db}')); render_minutes(minutes_data(sv,{sid},'ru'), r'{pdf}');"
        "print((time.perf_counter()-t)*1000)"
    )
    firsts = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True
            ).stdout.strip()
        )
        for _ in range(min(repeat, 5))
    ]
    rows.append(
        ("minutes PDF, first in a process (imports included)", "ms", statistics.median(firsts), 300)
    )
    render_minutes(minutes_data(sv, sid, "ru"), pdf)
    rows.append(
        (
            "minutes PDF, in-process",
            "ms",
            median_ms(lambda: render_minutes(minutes_data(sv, sid, "ru"), pdf), repeat),
            50,
        )
    )
    as_of_2000 = _as_of_with(st, 2000)
    n_over = len(st.instruction_ids(overdue_as_of=as_of_2000))
    rows.append(
        (
            f"overdue report PDF, {n_over} rows",
            "ms",
            median_ms(
                lambda: render_overdue(overdue_data(sv, as_of_2000, "ru"), out_dir / "o.pdf"),
                max(1, repeat // 3),
            ),
            1500,
        )
    )
    # exports
    from anticorr_desktop.exports.xlsx_export import write_xlsx
    from anticorr_desktop.reports.build import task_rows

    ids = st.instruction_ids(order="id")
    rows.append(
        (
            f"XLSX export, {len(ids)} rows (rows built + written)",
            "ms",
            median_ms(lambda: write_xlsx(task_rows(sv, ids, AS_OF), out_dir / "t.xlsx"), 1),
            10_000,
        )
    )
    # import of one session
    from anticorr_desktop.interchange import dumps, export_data, import_data

    data = json.loads(dumps(export_data(sv, [sid])))
    fresh = open_store(out_dir / "imp.sqlite3")
    isv = Services(fresh, lang="en")
    import_data(isv, data)  # warm: the second import of the same file is the no-op case
    times = []
    for n in range(max(1, repeat // 2)):
        f2 = open_store(out_dir / f"imp{n}.sqlite3")
        t = time.perf_counter()
        import_data(Services(f2, lang="en"), data)
        times.append((time.perf_counter() - t) * 1000)
        f2.close()
    rows.append(
        ("import of one session's JSON into an empty database", "ms", statistics.median(times), 50)
    )
    fresh.close()
    from anticorr_desktop.storage.backup import backup_database, check_backup_file, readable_copy

    packed = out_dir / "b.sqlite3.zst"
    rows.append(
        (
            "backup of the database (pinned snapshot, quick-checked, zstd-compressed, synced; "
            "off the window's thread)",
            "ms",
            median_ms(lambda: backup_database(sv.store, packed), repeat),
            None,
        )
    )
    db_size = Path(sv.store.path).stat().st_size
    rows.append(
        (
            f"backup's size, % of the database ({db_size / 1e6:,.0f} MB)",
            "%",
            100 * packed.stat().st_size / db_size,
            30,
        )
    )

    def unpack_and_check() -> None:
        with readable_copy(packed, out_dir) as plain:
            assert not check_backup_file(plain)

    rows.append(
        (
            "restore's unpacking and check of the backup (integrity check, journal chain)",
            "ms",
            median_ms(unpack_and_check, max(1, repeat // 3)),
            None,
        )
    )
    packed.unlink(missing_ok=True)
    rows += measure_commands(sv, db, sid, out_dir, repeat)
    st.close()
    return rows


def measure_commands(sv, db: Path, sid: int, out_dir: Path, repeat: int) -> list:
    """The command line as a user runs it: whole processes, each start included. The
    overdue list as of today (the current statuses) and as of a past day (replayed as it
    stood then: a different query); the minutes of the largest session against
    LibreOffice converting a DOCX of the same text, alternated in the same run."""
    rows: list[tuple[str, str, float, float | None]] = []
    exe = str(Path(sys.executable).parent / "anticorr")
    env = dict(os.environ, ANTICORR_LANG="en")
    from anticorr_desktop.services import Services

    real = Services(sv.store, lang="en")  # today as the command has it (the calendar's day)
    n_today = len(real.instruction_rows(as_of=real.today(), overdue=True))
    n_then = len(real.instruction_rows(as_of=AS_OF, overdue=True))
    lists = alternated_ms(
        {
            "today": [exe, "--db", str(db), "instructions", "--overdue"],
            "then": [exe, "--db", str(db), "instructions", "--overdue", "--as-of", str(AS_OF)],
        },
        repeat,
        env,
    )
    for key, what in (
        ("today", f"as of today ({n_today:,} rows)"),
        ("then", f"as of {AS_OF:%d.%m.%Y}, replayed ({n_then:,} rows)"),
    ):
        wall, cpu = lists[key]
        rows.append((f"`anticorr instructions --overdue` {what}, whole process", "ms", wall, 250))
        rows.append(("  the same, CPU time (user + system)", "ms", cpu, None))
    minutes = [exe, "--db", str(db), "minutes", str(sid), "-o", str(out_dir / "cli.pdf")]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    skip = (
        "soffice is not installed (apt-get install libreoffice-writer-nogui)"
        if soffice is None
        else "a quick run"
        if repeat == 1
        else None
    )
    if soffice is None or skip:
        wall, cpu = alternated_ms({"ours": minutes}, min(repeat, 5), env)["ours"]
        rows.append(("`anticorr minutes` of the largest session, whole process", "ms", wall, 200))
        rows.append(("  the same, CPU time (user + system)", "ms", cpu, None))
        rows.append(
            (
                f"LibreOffice converting a DOCX of the same minutes: SKIPPED, {skip}",
                "ms",
                float("nan"),
                None,
            )
        )
        return rows
    from docx_minutes import minutes_docx

    from anticorr_desktop.reports.build import minutes_data

    docx = minutes_docx(minutes_data(sv, sid, "ru"), out_dir / "minutes.docx")
    profile = out_dir / "lo-profile"  # its own profile: no other LibreOffice is disturbed
    convert = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out_dir / "lo"),
        str(docx),
    ]
    subprocess.run(convert, check=True, capture_output=True)  # the profile made once, untimed
    both = alternated_ms({"ours": minutes, "lo": convert}, min(repeat, 5), env)
    rows.append(
        ("`anticorr minutes` of the largest session, whole process", "ms", both["ours"][0], 200)
    )
    rows.append(("  the same, CPU time (user + system)", "ms", both["ours"][1], None))
    rows.append(
        (
            "LibreOffice converting a DOCX of the same text to PDF, whole process",
            "ms",
            both["lo"][0],
            None,
        )
    )
    rows.append(
        (
            "`anticorr minutes` / LibreOffice (alternated, same run)",
            "x",
            both["ours"][0] / both["lo"][0],
            0.2,
        )
    )
    return rows


def measure_ui(db: Path, repeat: int) -> list[tuple[str, str, float, float | None]]:
    """The window, each in its own process: start-up against a bare PySide6 window with a
    table view (alternated, same run), peak memory, and the tracker at full size."""
    bench = str(HERE / "ui_bench.py")
    # the program's cache folder (the holiday calendar's computed days) of this run only: on
    # a machine where other installations of the program run, theirs must not be ours
    cache = Path(tempfile.mkdtemp(prefix="anticorr-bench-cache-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(cache))
    ours, bare, peaks, ours_cpu, bare_cpu = [], [], [], [], []

    def to_window(args: list[str]) -> tuple[float, dict]:
        """Spawn -> the window shown and painted (the child says when); exit is not start-up."""
        t = time.time()
        out = subprocess.run(
            [sys.executable, bench, *args], check=True, capture_output=True, text=True, env=env
        ).stdout
        said: dict = {}
        for line in out.strip().splitlines():
            if line.startswith("{"):
                said.update(json.loads(line))
        return (said["shown_at"] - t) * 1000, said

    filled, rows = [], 0
    # once each, untimed: a start as the secretary's every day is (the calendar's days in
    # the cache folder, the files in the page cache), not the first after installing
    to_window(["start", str(db)])
    to_window(["bare"])
    # start-up varies most with the machine's load: many runs, alternated with the bare
    # window (which goes first swaps each round, so a slow spell hurts both alike)
    for n in range(repeat if repeat == 1 else max(repeat, STARTUP_RUNS)):
        for which in ("start", "bare") if n % 2 == 0 else ("bare", "start"):
            if which == "bare":
                ms, said = to_window(["bare"])
                bare.append(ms)
                bare_cpu.append(said["cpu_ms"])
                continue
            t = time.time()
            ms, said = to_window(["start", str(db)])
            ours.append(ms)
            ours_cpu.append(said["cpu_ms"])
            filled.append((said["filled_at"] - t) * 1000)
            peaks.append(said["peak_mib"])
            rows = said["tracker_rows"]
    out = subprocess.run(
        [sys.executable, bench, "tracker", str(db)],
        check=True,
        capture_output=True,
        text=True,
        env=dict(env, REPEAT=str(repeat)),
    ).stdout
    tr = json.loads(out.strip().splitlines()[-1])
    shutil.rmtree(cache, ignore_errors=True)
    med = statistics.median
    return [
        ("cold start to the window shown (spawn -> first paint)", "ms", med(ours), None),
        ("bare PySide6 window with a table view, same way", "ms", med(bare), None),
        (
            f"cold start / bare window (medians of {len(ours)} alternated runs)",
            "x",
            med(ours) / med(bare),
            1.3,
        ),
        (
            "CPU time to the first paint (user + system), ours / bare window",
            "x",
            med(ours_cpu) / med(bare_cpu),
            None,
        ),
        (
            "overview figures and discipline table filled in (spawn -> filled, off the UI thread)",
            "ms",
            med(filled),
            None,
        ),
        (
            f"peak memory of the window (overview, tracker of {rows:,} rows sorted and scrolled, "
            "sessions)",
            "MiB",
            med(peaks),
            200,
        ),
        (
            "tracker: open at 100,000 rows (ids off the UI thread + first screen)",
            "ms",
            med(tr["open"][1:] or tr["open"]),
            150,
        ),
        ("tracker: sort by main executor", "ms", med(tr["sort"]), 150),
        (f"tracker: filter by full text ({tr['rows']} matches)", "ms", med(tr["filter"]), 100),
    ]


def _largest_session(st) -> int:
    """The session with the most instructions (its minutes are the longest)."""
    return st.scalar(
        "SELECT session_id FROM instruction GROUP BY session_id ORDER BY COUNT(*) DESC LIMIT 1"
    )


def _as_of_with(st, n: int) -> date:
    """A date as of which about ``n`` instructions are overdue."""
    lo, hi = date(2016, 1, 1).toordinal(), date(2026, 11, 26).toordinal()
    while lo < hi:
        mid = (lo + hi) // 2
        if len(st.instruction_ids(overdue_as_of=date.fromordinal(mid))) < n:
            lo = mid + 1
        else:
            hi = mid
    return date.fromordinal(lo)


def calibration_ms() -> float:
    """A fixed piece of pure Python, timed: how fast the machine is during this run (the
    same loop took ~55 ms here when quiet). Shared machines vary; read the figures with it."""
    return median_ms(lambda: sum(i * i for i in range(1_000_000)), 7)


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, "
        f"Python {platform.python_version()}"
    )


def table(rows) -> str:
    out = ["| what | median | target | met |", "|---|---|---|---|"]
    for what, unit, value, target in rows:
        if value != value:  # NaN: not measured, the row says why
            out.append(f"| {what} | - | | |")
            continue
        met = "" if target is None else ("yes" if value <= target else "**no**")
        goal = "" if target is None else f"< {target:,} {unit}"
        shown = f"{value:,.2f}" if unit == "x" else f"{value:,.1f}"
        out.append(f"| {what} | {shown} {unit} | {goal} | {met} |")
    return "\n".join(out)


def measure_register(out_dir: Path, n_rows: int, repeat: int) -> list[tuple]:
    """A register of ``n_rows`` rows (tests/fixtures/registers/make_registers.py's
    ``big_register``) previewed and imported into a fresh database with a commission and
    its four executors: each run on a database of its own (an import is done once)."""
    from anticorr_desktop.domain import model as m
    from anticorr_desktop.services import Services
    from anticorr_desktop.services.register import RegisterPlan
    from anticorr_desktop.storage.store import open_store
    from tests.fixtures.registers.make_registers import big_register

    xlsx = big_register(out_dir / "register.xlsx", n_rows)
    previews, imports, straight = [], [], []
    for n in range(repeat):
        for kind in ("wizard", "cli"):
            sv = Services(open_store(out_dir / f"reg-{kind}{n}.sqlite3"), today=lambda: AS_OF)
            with sv.store.transaction():
                for full in (
                    "Оспанов Асхат Болатович",
                    "Сейткали Данияр Маратович",
                    "Нурланова Гульмира",
                    "Жаксылыкова Мадина",
                ):
                    s, name, *pat = full.split()
                    sv.store.save_person(m.Person(s, name, pat[0] if pat else ""))
                sv.store.save_commission(m.Commission("Комиссия"))
            plan = RegisterPlan(xlsx)
            t = time.perf_counter()
            if kind == "wizard":  # the preview shown, then Import pressed
                pv = sv.register_preview(plan)
                previews.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                out = sv.import_register(plan, preview=pv)
                imports.append((time.perf_counter() - t) * 1000)
            else:  # the command line: read, check and write in one call
                out = sv.import_register(plan)
                straight.append((time.perf_counter() - t) * 1000)
            assert out.created == n_rows, out
            sv.store.close()
    return [
        (f"register of {n_rows} rows (xlsx): preview", "ms", statistics.median(previews), 5000),
        (
            f"register of {n_rows} rows: import after the preview (the wizard)",
            "ms",
            statistics.median(imports),
            10_000,
        ),
        (
            f"register of {n_rows} rows: import straight from the file (the command line)",
            "ms",
            statistics.median(straight),
            10_000,
        ),
    ]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=HERE / "large.sqlite3")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument(
        "--quick", action="store_true", help="one run of each on a small database (smoke test)"
    )
    ap.add_argument("--no-write", action="store_true", help="do not write RESULTS.md")
    ap.add_argument(
        "--only",
        choices=("commands", "window", "register"),
        help="only the command line's whole processes, only the window's rows, or only the "
        "register import rows (implies --no-write)",
    )
    args = ap.parse_args()
    if args.only == "register":
        with tempfile.TemporaryDirectory() as tmp:
            speed_before = calibration_ms()
            reg = measure_register(Path(tmp), 100 if args.quick else 10_000, args.repeat)
        print(f"calibration loop {speed_before:.0f} ms before, {calibration_ms():.0f} ms after")
        print(table(reg))
        return 0
    from generate import generate

    if args.quick:
        args.repeat = 1
    # an installed program runs from bytecode (pip compiles it); a checkout where
    # PYTHONDONTWRITEBYTECODE is set would compile every module at each start
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "anticorr_desktop")], check=True
    )
    if not args.db.exists():
        print(f"generating {args.db} ...", file=sys.stderr)
        print(json.dumps(generate(args.db, 0.01 if args.quick else 1.0)), file=sys.stderr)
    speed_before = calibration_ms()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.only is None:
            rows = measure(args.db, args.repeat, Path(tmp))
            rows += measure_register(
                Path(tmp), 100 if args.quick else 10_000, 1 if args.quick else min(args.repeat, 3)
            )
        elif args.only == "commands":
            from anticorr_desktop.services import Services
            from anticorr_desktop.storage.store import open_store

            sv = Services(open_store(args.db, readonly=True), lang="en")
            rows = measure_commands(sv, args.db, _largest_session(sv.store), Path(tmp), args.repeat)
            sv.store.close()
    if args.only != "commands":
        rows += measure_ui(args.db, args.repeat)
    speed = f"calibration loop {speed_before:.0f} ms before, {calibration_ms():.0f} ms after"
    text = table(rows)
    print(speed)
    print(text)
    if not args.quick and not args.no_write and args.only is None:
        res = HERE / "RESULTS.md"
        head = res.read_text("utf-8") if res.exists() else "# Benchmark results\n"
        marker = "\n## Latest run\n"
        head = head.split(marker)[0]
        res.write_text(
            f"{head}{marker}\n{datetime.now():%Y-%m-%d %H:%M}, {machine()}, "
            f"database `{args.db.name}`, median of {args.repeat}; {speed} (machine speed: "
            f"lower is faster).\n\n{text}\n",
            "utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
