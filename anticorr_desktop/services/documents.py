"""Documents and exports as files: the minutes, extracts (one or a folder of them),
the overdue and discipline reports, and the task list as CSV, XLSX, ICS or JSON.

Written once for every front: the command line calls these and prints the paths;
the window runs them in a task with ``progress(done, total)`` and ``cancelled()``.
Data first (``reports/build.py``), drawing second: ``reports/pdf_*.py`` for the PDF,
``reports/docx_minutes.py`` for the Word copy of the minutes and extracts (one data,
two renderers); reportlab and python-docx are imported only when a document is drawn.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ..domain import model as m
from ..errors import ValidationError
from ..i18n import translate
from .base import ServiceBase
from .base import check_cancelled as _check

if TYPE_CHECKING:
    from . import Services

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

EXPORT_FORMATS = ("csv", "xlsx", "ics", "json")
# The minutes and extracts: the PDF (the document to sign and send) or the Word copy
# (for the official who edits the wording before signing).
DOCUMENT_FORMATS = ("pdf", "docx")

# Characters no file system of ours accepts in a name, and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# A name part this long still leaves room for the folder on Windows (MAX_PATH 260).
_NAME_MAX = 120


def safe_file_name(name: str, fallback: str = "document") -> str:
    """``name`` usable as a file name on Windows and Linux: unsafe characters become
    "_", no leading or trailing dots or spaces, at most 120 characters before the
    extension (a 200-character executor's name must not make the write fail)."""
    cleaned = _UNSAFE.sub("_", name).strip(" .")
    stem, dot, ext = cleaned.rpartition(".")
    if not dot or not 1 <= len(ext) <= 5 or not ext.isalnum():
        stem, ext = cleaned, ""
    stem = stem[:_NAME_MAX].rstrip(" .")
    if not stem:
        stem = fallback
    return f"{stem}.{ext}" if ext else stem


def _check_format(fmt: str) -> None:
    if fmt not in DOCUMENT_FORMATS:
        raise ValueError(f"not a document format: {fmt}")


def _with_format(name: str, fmt: str) -> str:
    """A file name made for the PDF ("... (RU).pdf") with the extension of ``fmt``."""
    stem = name[: -len(".pdf")] if name.lower().endswith(".pdf") else name
    return f"{stem}.{fmt}"


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """A document that cannot be written (the file open in Word, a folder that is
    gone, a full disk) is the user's to fix: say so, in their language, as the
    exports do; the file that was there is left as it was."""
    try:
        yield
    except OSError as exc:
        from ..exports.common import _write_error

        raise _write_error(path, exc) from exc


def _never() -> bool:
    return False


def _no_progress(_done: int, _total: int) -> None:
    return None


class DocumentsService(ServiceBase):
    @property
    def _services(self) -> Services:
        """The whole facade, which the document builders read (this area is part of it)."""
        return cast("Services", self)

    # -- file names -------------------------------------------------------------------
    def _lang_tag(self, doc_lang: str) -> str:
        return "KZ" if doc_lang == "kk" else doc_lang.upper()

    def minutes_file_name(self, session: m.Session, doc_lang: str, fmt: str = "pdf") -> str:
        """ "Протокол № 4 от 17.12.2024 (RU).pdf" (or .docx) in the user's language."""
        _check_format(fmt)
        name = safe_file_name(
            translate("FileNames", "Minutes No. {number} of {date} ({lang}).pdf", self.lang).format(
                number=session.number,
                date=session.date.strftime("%d.%m.%Y"),
                lang=self._lang_tag(doc_lang),
            )
        )
        return _with_format(name, fmt)

    def extract_file_name(
        self, session: m.Session, executor: m.Executor | int, doc_lang: str, fmt: str = "pdf"
    ) -> str:
        """ "Выписка из протокола № 4 от 17.12.2024 (RU) - Е.К. Оспанов.pdf" (or .docx)."""
        _check_format(fmt)
        ex = m.as_executors([executor])[0]
        name = self.executor_name(ex, "kk" if doc_lang == "kk" else "ru")
        file_name = safe_file_name(
            translate(
                "FileNames",
                "Extract of minutes No. {number} of {date} ({lang}) - {name}.pdf",
                self.lang,
            ).format(
                number=session.number,
                date=session.date.strftime("%d.%m.%Y"),
                lang=self._lang_tag(doc_lang),
                name=name,
            )
        )
        return _with_format(file_name, fmt)

    # -- the minutes and extracts -----------------------------------------------------------
    def session_executors(self, session_id: int) -> list[m.Executor]:
        """Everyone with an instruction (not cancelled) of the session: main executors
        and co-executors, in the order of the minutes."""
        from ..reports.build import session_executors

        return session_executors(self._services, session_id)

    def missing_texts(
        self, session_id: int, doc_lang: str, executor_id: m.Executor | int | None = None
    ) -> list[str]:
        """What a print of the minutes (or of one executor's extract) in ``doc_lang`` would
        take from the other language, named in the document's language; [] when none."""
        from ..reports.build import missing_texts

        return missing_texts(self._services, session_id, doc_lang, executor_id)

    def _refuse_mixed(self, missing: list[str], doc_lang: str) -> None:
        if missing:
            raise ValidationError(
                "{n} text(s) have no {lang} version: {items}. Fill them in, or print with "
                "the other language marked (--allow-mixed).",
                n=len(missing),
                lang=translate("Labels", "Kazakh" if doc_lang == "kk" else "Russian", self.lang),
                items="; ".join(missing[:10]) + ("; …" if len(missing) > 10 else ""),
            )

    def write_minutes(
        self,
        session_id: int,
        doc_lang: str,
        path: Path,
        *,
        allow_mixed: bool = True,
        fmt: str = "pdf",
    ) -> Path:
        """The minutes in ``doc_lang`` as ``fmt`` ("pdf", or "docx": the Word copy, the
        same data and wording). A text with no version in that language is printed in
        the other one, marked; with ``allow_mixed`` False it is refused instead, naming
        every such text."""
        from ..reports.build import minutes_data

        _check_format(fmt)
        data = minutes_data(self._services, session_id, doc_lang)
        if not allow_mixed:
            self._refuse_mixed(data.missing, doc_lang)
        with _writing(path):
            if fmt == "docx":
                from ..reports.docx_minutes import render_minutes_docx

                render_minutes_docx(data, path, self.document_settings())
            else:
                from ..reports.pdf_minutes import render_minutes

                render_minutes(data, path, self.document_settings())
        return path

    def write_extract(
        self,
        session_id: int,
        executor_id: m.Executor | int,
        doc_lang: str,
        path: Path,
        *,
        allow_mixed: bool = True,
        fmt: str = "pdf",
    ) -> Path:
        """One executor's extract of the minutes, as ``fmt`` ("pdf" or "docx")."""
        from ..reports.build import extract_data

        _check_format(fmt)
        data = extract_data(self._services, session_id, executor_id, doc_lang)
        if not allow_mixed:
            self._refuse_mixed(data.missing, doc_lang)
        with _writing(path):
            if fmt == "docx":
                from ..reports.docx_minutes import render_extract_docx

                render_extract_docx(data, path, self.document_settings())
            else:
                from ..reports.pdf_minutes import render_extract

                render_extract(data, path, self.document_settings())
        return path

    def write_extracts(
        self,
        session_id: int,
        doc_lang: str,
        folder: Path,
        executors: Sequence[m.Executor | int] | None = None,
        progress: Progress = _no_progress,
        cancelled: Cancelled = _never,
        *,
        allow_mixed: bool = True,
        fmt: str = "pdf",
    ) -> list[Path]:
        """One extract per executor (all of the session's, or ``executors``) into
        ``folder``, as ``fmt`` ("pdf" or "docx"); returns the files written. Two
        executors whose names give the same file name get distinct files. The files are
        made in a hidden folder inside ``folder`` and moved in at the end: a cancelled or
        failed run leaves nothing."""
        session = self.store.session(session_id)
        execs = (
            m.as_executors(executors)
            if executors is not None
            else self.session_executors(session_id)
        )
        if not execs:
            raise ValidationError("Session {label} has no instructions.", label=session.label)
        names: list[str] = []
        taken: set[str] = set()
        _check_format(fmt)
        suffix = f".{fmt}"
        for pid in execs:
            name = self.extract_file_name(session, pid, doc_lang, fmt)
            if name.casefold() in taken:  # the same short name: keep both, told apart
                stem = name[: -len(suffix)] if name.lower().endswith(suffix) else name
                n = 2
                while f"{stem} ({n}){suffix}".casefold() in taken:
                    n += 1
                name = f"{stem} ({n}){suffix}"
            taken.add(name.casefold())
            names.append(name)
        folder.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".anticorr-extracts-", dir=folder))
        try:
            for n, (pid, name) in enumerate(zip(execs, names, strict=True)):
                _check(cancelled)
                progress(n, len(execs))
                self.write_extract(
                    session_id, pid, doc_lang, tmp / name, allow_mixed=allow_mixed, fmt=fmt
                )
            _check(cancelled)
            files = []
            for name in names:
                os.replace(tmp / name, folder / name)
                files.append(folder / name)
            progress(len(execs), len(execs))
            return files
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    # -- reports ------------------------------------------------------------------------
    def write_overdue_report(
        self, as_of: date, doc_lang: str, path: Path, commission_id: int | None = None
    ) -> Path:
        from ..reports.build import overdue_data
        from ..reports.pdf_reports import render_overdue

        data = overdue_data(self._services, as_of, doc_lang, commission_id)
        render_overdue(data, path, self.document_settings())
        return path

    def write_discipline_report(
        self, date_from: date, date_to: date, doc_lang: str, path: Path
    ) -> Path:
        from ..reports.build import discipline_data
        from ..reports.pdf_reports import render_discipline

        data = discipline_data(self._services, date_from, date_to, doc_lang)
        render_discipline(data, path, self.document_settings())
        return path

    # -- the task list ------------------------------------------------------------------
    def export_tasks(
        self,
        ids: Sequence[int] | None,
        fmt: str,
        path: Path,
        doc_lang: str,
        *,
        as_of: date | None = None,
        delimiter: str = ";",
        per_executor: bool = False,
        progress: Progress = _no_progress,
        cancelled: Cancelled = _never,
    ) -> int:
        """The instructions ``ids`` (None: all of them) as ``fmt`` (csv, xlsx, ics or the
        JSON interchange file with the whole directory); returns how many were written."""
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"not an export format: {fmt}")
        as_of = as_of or self.today()
        if fmt == "json":
            from ..interchange import export_data, write_json

            data = export_data(self)
            if ids is not None:
                keep = {i.uid for i in self.store.instructions_by_ids(list(ids))}
                for s in data.get("sessions", []):
                    s["instructions"] = [i for i in s.get("instructions", []) if i["uid"] in keep]
                data["instructions"] = [i for i in data.get("instructions", []) if i["uid"] in keep]
            count = sum(len(s.get("instructions", [])) for s in data.get("sessions", []))
            count += len(data.get("instructions", []))
            _check(cancelled)
            write_json(data, path)
            return count
        from ..reports.build import task_rows

        chosen = self.store.instruction_ids() if ids is None else list(ids)
        _check(cancelled)
        rows = task_rows(self._services, chosen, as_of, doc_lang)
        if fmt == "csv":
            from ..exports.csv_export import write_csv

            write_csv(rows, path, doc_lang, delimiter, progress, cancelled)
        elif fmt == "xlsx":
            from ..exports.xlsx_export import write_xlsx

            write_xlsx(rows, path, doc_lang, per_executor, progress, cancelled)
        else:
            from ..exports.ics_export import write_ics

            write_ics(rows, path, doc_lang, None, progress, cancelled, today=as_of)
        return len(rows)
