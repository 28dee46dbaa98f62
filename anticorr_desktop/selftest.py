"""The self-test: can this installation do its work?

``anticorr-desktop --self-test`` runs these checks and then opens the main
window offscreen; this module is the part without Qt, so a wheel or a bundle
can be checked where no display (or no PySide6) is available::

    python -m anticorr_desktop.selftest [--keep FOLDER]

It never touches the user's data: the database is a fresh one in a temporary
folder, loaded with the demo, and is deleted afterwards.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .paths import resource, resources_dir

# Every file the program opens at run time, as parts of a path under resources/.
REQUIRED_RESOURCES: tuple[tuple[str, ...], ...] = (
    ("fonts", "LiberationSerif-Regular.ttf"),
    ("fonts", "LiberationSerif-Bold.ttf"),
    ("fonts", "LiberationSerif-Italic.ttf"),
    ("fonts", "LiberationSerif-BoldItalic.ttf"),
    ("fonts", "LICENSE-OFL.txt"),
    ("translations", "anticorr_ru.qm"),
    ("translations", "anticorr_kk.qm"),
    ("schema", "anticorr-v2.schema.json"),
    ("icons", "anticorr.svg"),
    ("icons", "anticorr-256.png"),
    ("licences", "index.json"),
)

# Modules loaded only when a user asks for an export, an import or a report:
# a bundle that lacks one of their libraries fails here, not in front of the user.
LAZY_MODULES = (
    "anticorr_desktop.cli",
    "anticorr_desktop.interchange",
    "anticorr_desktop.reports.pdf_reports",
    "anticorr_desktop.reports.docx_minutes",
    "anticorr_desktop.exports.csv_export",
    "anticorr_desktop.exports.ics_export",
    "anticorr_desktop.exports.xlsx_export",
    "anticorr_desktop.storage.backup",
)

# A compiled Qt catalogue (.qm) starts with these bytes.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

LANGS = ("ru", "kk")


class SelfTestError(Exception):
    """A check failed; the message says which and why."""


@dataclass
class Check:
    name: str
    detail: str

    def line(self) -> str:
        return f"ok  {self.name}: {self.detail}"


Report = Callable[[Check], None]


def check_resources() -> Check:
    folder = resources_dir()
    missing = [str(Path(*parts)) for parts in REQUIRED_RESOURCES if not resource(*parts).is_file()]
    if missing:
        raise SelfTestError(f"resources missing in {folder}: {', '.join(missing)}")
    for lang in LANGS:
        path = resource("translations", f"anticorr_{lang}.qm")
        if path.read_bytes()[:16] != QM_MAGIC:
            raise SelfTestError(f"{path} is not a compiled Qt translation (.qm)")
    schema_path = resource("schema", "anticorr-v2.schema.json")
    try:
        schema = json.loads(schema_path.read_text("utf-8"))
    except ValueError as exc:
        raise SelfTestError(f"{schema_path} is not valid JSON: {exc}") from exc
    if not isinstance(schema, dict) or "$schema" not in schema:
        raise SelfTestError(f"{schema_path} is not a JSON Schema")
    icon = resource("icons", "anticorr-256.png")
    if icon.read_bytes()[:8] != PNG_MAGIC:
        raise SelfTestError(f"{icon} is not a PNG image")
    licences = licence_files()
    return Check(
        "resources",
        f"{len(REQUIRED_RESOURCES)} files and {len(licences)} licence texts in {folder}",
    )


def licence_files() -> list[Path]:
    """The licence texts that resources/licences/index.json lists; all must exist."""
    index = resource("licences", "index.json")
    try:
        entries = json.loads(index.read_text("utf-8"))["components"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SelfTestError(f"{index} cannot be read: {exc}") from exc
    files: list[Path] = []
    for entry in entries:
        for name in entry.get("files", []):
            path = resource(*name.split("/"))
            if not path.is_file():
                raise SelfTestError(f"licence text missing: {path} ({entry.get('name')})")
            if path not in files:
                files.append(path)
    return files


def check_modules() -> Check:
    for name in LAZY_MODULES:
        try:
            importlib.import_module(name)
        except Exception as exc:
            raise SelfTestError(f"cannot import {name}: {type(exc).__name__}: {exc}") from exc
    return Check("modules", f"{len(LAZY_MODULES)} modules for exports, imports and reports import")


def check_pdf(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SelfTestError(f"{path} does not start with %PDF-")
    if b"%%EOF" not in data[-1024:]:
        raise SelfTestError(f"{path} is cut short (no %%EOF at its end)")
    if b"LiberationSerif" not in data:
        raise SelfTestError(f"{path} does not embed the bundled Liberation Serif font")
    return f"{len(data) // 1024} KB"


def run_core_selftest(
    folder: str | Path | None = None,
    *,
    langs: tuple[str, ...] = LANGS,
    report: Report | None = None,
    with_services: Callable[[object], Check | None] | None = None,
) -> list[Check]:
    """Check resources and modules, load the demo into a temporary database and
    render the December session's minutes in each of ``langs``.

    The PDFs are written into ``folder`` (kept) or a temporary folder (deleted).
    ``with_services`` is called with the open demo ``Services`` before the
    database is closed (the window's check uses it). Raises ``SelfTestError``
    with the reason on the first failure; returns the checks passed.
    """
    checks: list[Check] = []

    def done(check: Check | None) -> None:
        if check is None:
            return
        checks.append(check)
        if report is not None:
            report(check)

    done(Check("version", f"AntiCorr Desktop {__version__}, Python {sys.version.split()[0]}"))
    done(check_resources())
    done(check_modules())
    if folder is not None:
        Path(folder).mkdir(parents=True, exist_ok=True)
        _run_demo(Path(folder), langs, done, with_services)
    else:
        with tempfile.TemporaryDirectory(
            prefix="anticorr-selftest-", ignore_cleanup_errors=True
        ) as tmp:
            _run_demo(Path(tmp), langs, done, with_services)
    return checks


def _run_demo(folder: Path, langs, done, with_services) -> None:
    """The demo in ``folder``; the printed heads' witness list goes there too, never into
    the user's settings folder (a self-test leaves no user data)."""
    import os

    saved = os.environ.get("ANTICORR_CONFIG_DIR")
    os.environ["ANTICORR_CONFIG_DIR"] = str(folder / "config")
    try:
        _run_demo_inside(folder, langs, done, with_services)
    finally:
        if saved is None:
            os.environ.pop("ANTICORR_CONFIG_DIR", None)
        else:
            os.environ["ANTICORR_CONFIG_DIR"] = saved


def _run_demo_inside(folder: Path, langs, done, with_services) -> None:
    from .demo import load_demo
    from .reports.build import minutes_data
    from .reports.pdf_minutes import render_minutes
    from .services import Services
    from .storage.store import open_store

    started = time.perf_counter()
    try:
        store = open_store(folder / "selftest.sqlite3")
    except Exception as exc:
        raise SelfTestError(f"cannot create a database in {folder}: {exc}") from exc
    try:
        sv = Services(store, lang=langs[0] if langs else "ru")
        try:
            with store.transaction():
                session_id = load_demo(sv)
        except Exception as exc:
            raise SelfTestError(f"loading the demo failed: {type(exc).__name__}: {exc}") from exc
        problems = store.verify()
        if problems:
            raise SelfTestError(f"the demo database does not verify: {'; '.join(problems[:3])}")
        done(
            Check("database", f"demo loaded and verified in {time.perf_counter() - started:.1f} s")
        )
        for lang in langs:
            started = time.perf_counter()
            out = folder / f"minutes-{lang}.pdf"
            try:
                render_minutes(minutes_data(sv, session_id, lang), out)
            except Exception as exc:
                raise SelfTestError(
                    f"rendering the minutes ({lang}) failed: {type(exc).__name__}: {exc}"
                ) from exc
            size = check_pdf(out)
            done(
                Check(
                    f"minutes ({lang})",
                    f"{out.name}, {size}, {time.perf_counter() - started:.1f} s",
                )
            )
        if langs:
            done(_word_copy(sv, session_id, langs[0], folder))
        if with_services is not None:
            done(with_services(sv))
    finally:
        store.close()


def _word_copy(sv, session_id: int, lang: str, folder: Path) -> Check:
    """The Word copy of the minutes: python-docx and its template are in place."""
    import zipfile

    from .reports.build import minutes_data
    from .reports.docx_minutes import render_minutes_docx

    started = time.perf_counter()
    out = folder / f"minutes-{lang}.docx"
    try:
        render_minutes_docx(minutes_data(sv, session_id, lang), out)
        with zipfile.ZipFile(out) as z:
            body = z.read("word/document.xml")
    except Exception as exc:
        raise SelfTestError(
            f"writing the Word copy ({lang}) failed: {type(exc).__name__}: {exc}"
        ) from exc
    if b"<w:body>" not in body:
        raise SelfTestError(f"{out} has no document body")
    return Check(
        f"Word copy ({lang})",
        f"{out.name}, {out.stat().st_size // 1024} KB, {time.perf_counter() - started:.1f} s",
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m anticorr_desktop.selftest",
        description="AntiCorr Desktop's self-test, without the window",
    )
    p.add_argument(
        "--keep", type=Path, metavar="FOLDER", help="write the database and PDFs here and keep them"
    )
    args = p.parse_args(argv)
    try:
        run_core_selftest(args.keep, report=lambda c: print(c.line(), flush=True))
    except SelfTestError as exc:
        print(f"FAILED  {exc}", file=sys.stderr, flush=True)
        return 1
    print("self-test passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
