"""What every export shares: the columns, cell safety, progress and atomic writing.

* :data:`COLUMNS` is the one ordered list of export columns. Headers are
  English source strings marked for translation in the context ``"Export"``;
  :meth:`Column.title` translates them.
* :func:`sanitize_cell` neutralises spreadsheet formula injection (OWASP "CSV
  injection"): a text that a spreadsheet would read as a formula gets a
  leading apostrophe. Numbers and dates are never touched.
* :func:`clean_text` removes what XML (XLSX) and iCalendar cannot carry.
* :class:`Ticker` calls the ``progress(done, total)`` and ``cancelled()``
  callbacks every writer accepts, every :data:`PROGRESS_EVERY` rows.
* :func:`atomic_write` writes to a temporary file in the target's folder and
  renames it over the target: a failed or cancelled export never leaves half
  a file, and the previous file survives.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from ..errors import UserError
from ..i18n import QT_TRANSLATE_NOOP as N_
from ..i18n import translate
from .rows import TaskRow

CONTEXT = "Export"

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

PROGRESS_EVERY = 1000
"""Rows between two calls of ``progress`` / ``cancelled``."""

LIST_SEPARATOR = ", "


# ---------------------------------------------------------------- errors


class ExportError(UserError):
    """An export that could not be written (a locked file, a full disk...)."""

    context = CONTEXT


class ExportCancelled(ExportError):
    """The user cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(N_("Export", "Export cancelled"))


def _write_error(path: Path, exc: OSError) -> ExportError:
    if isinstance(exc, PermissionError):
        return ExportError(
            N_(
                "Export",
                "Cannot replace {path}: the file is open in another program "
                "or writing there is not permitted.",
            ),
            path=str(path),
        )
    return ExportError(
        N_("Export", "Could not write {path}: {reason}"),
        path=str(path),
        reason=exc.strerror or str(exc),
    )


# ---------------------------------------------------------------- columns


@dataclass(frozen=True)
class Column:
    key: str  # stable identifier
    attr: str  # the TaskRow field it shows
    header: str  # English source, translated in context "Export"
    kind: str  # "text" | "list" | "date" | "int"
    width: float  # XLSX column width, in characters
    wrap: bool = False  # XLSX: wrap long text

    def title(self, lang: str | None = None) -> str:
        return translate(CONTEXT, self.header, lang)

    def value(self, row: TaskRow) -> Any:
        """The raw value: str, list[str], date, int or None."""
        return getattr(row, self.attr)


COLUMNS: tuple[Column, ...] = (
    Column("number", "number", N_("Export", "No."), "text", 7),
    Column("session", "session", N_("Export", "Protocol"), "text", 11),
    Column("session_date", "session_date", N_("Export", "Session date"), "date", 12),
    Column("commission", "commission", N_("Export", "Commission"), "text", 20, wrap=True),
    Column("text", "text", N_("Export", "Instruction"), "text", 60, wrap=True),
    Column("main_executor", "main_executor", N_("Export", "Main executor"), "text", 28, wrap=True),
    Column("co_executors", "co_executors", N_("Export", "Co-executors"), "list", 28, wrap=True),
    Column("controller", "controller", N_("Export", "Controller"), "text", 24, wrap=True),
    Column("issued_date", "issued_date", N_("Export", "Issued"), "date", 12),
    Column("due_text", "due_text", N_("Export", "Due (as worded)"), "text", 24, wrap=True),
    Column("due_date_original", "due_date_original", N_("Export", "Original due date"), "date", 12),
    Column("due_date", "due_date", N_("Export", "Current due date"), "date", 12),
    Column("extensions", "extensions", N_("Export", "Extensions"), "int", 10),
    Column("status", "status_label", N_("Export", "Status"), "text", 18, wrap=True),
    Column("days_overdue", "days_overdue", N_("Export", "Days overdue"), "int", 10),
    Column("done_date", "done_date", N_("Export", "Done on"), "date", 12),
    Column("reports", "reports", N_("Export", "Reports"), "text", 60, wrap=True),
    Column("outgoing_numbers", "outgoing_numbers", N_("Export", "Outgoing numbers"), "list", 18),
    Column(
        "extension_reasons",
        "extension_reasons",
        N_("Export", "Reasons for extensions"),
        "text",
        40,
        wrap=True,
    ),
)

COLUMN_BY_KEY = {c.key: c for c in COLUMNS}


def headers(lang: str | None = None) -> list[str]:
    return [c.title(lang) for c in COLUMNS]


def format_date(value: date | None) -> str:
    """dd.mm.yyyy, or "" for no date."""
    if value is None:
        return ""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def join_list(values: list[str] | tuple[str, ...] | None) -> str:
    return LIST_SEPARATOR.join(v for v in (values or ()) if v)


def is_overdue(row: TaskRow) -> bool:
    return row.days_overdue > 0


# ---------------------------------------------------------------- cell safety

DANGEROUS_PREFIXES = frozenset(
    "=+-@\t\r\n"
    # Full-width forms some East Asian Excel builds also read as a formula start.
    "\uff1d\uff0b\uff0d\uff20"
)


def sanitize_cell(value: Any) -> Any:
    """Neutralise spreadsheet formula injection (OWASP).

    A *string* that begins with ``=``, ``+``, ``-``, ``@``, a tab, CR or LF
    (or their full-width forms) gets a leading apostrophe, so a spreadsheet
    shows it as text instead of evaluating it. Anything that is not a string
    (an int, a negative number, a date, None) is returned unchanged, and so is
    every other string.
    """
    if isinstance(value, str) and value and value[0] in DANGEROUS_PREFIXES:
        return "'" + value
    return value


XLSX_MAX_CELL = 32767
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BREAK_RE = re.compile("\r\n?|[\x0b\x0c]")
_UNSAFE_RE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str, limit: int | None = None) -> str:
    """Text that XML and iCalendar accept: line breaks as ``\\n``.

    CR LF, lone CR, vertical tab (Word's manual line break) and form feed
    become ``\\n``; other control characters, U+FFFE/U+FFFF and lone
    surrogates are dropped. ``limit`` cuts the result to that many
    characters, ending it with an ellipsis.
    """
    if _UNSAFE_RE.search(text):
        text = _CONTROL_RE.sub("", _BREAK_RE.sub("\n", text))
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "\u2026"
    return text


def shorten(text: str, limit: int = 80) -> str:
    """One line of at most ``limit`` characters, cut at a word and ended with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-\u2013\u2014") + "\u2026"


# ---------------------------------------------------------------- progress


class Ticker:
    """Counts rows; every ``every`` rows asks ``cancelled()`` and reports ``progress``.

    ``start()`` reports 0 of ``total`` (after asking ``cancelled``),
    ``tick()`` counts one row, ``finish()`` reports ``total`` of ``total``.
    A true ``cancelled()`` raises :class:`ExportCancelled`.
    """

    __slots__ = ("_cancelled", "_every", "_next", "_progress", "done", "total")

    def __init__(
        self,
        total: int,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
        every: int = PROGRESS_EVERY,
    ) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._every = max(1, every)
        self._next = self._every

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def start(self) -> None:
        self.check()
        if self._progress is not None:
            self._progress(0, self.total)

    def tick(self) -> None:
        self.done += 1
        if self.done >= self._next:
            self._next += self._every
            self.check()
            if self._progress is not None:
                self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)


# ---------------------------------------------------------------- atomic write


def atomic_write(
    path: str | os.PathLike[str],
    writer_fn: Callable[[IO[Any]], object],
    binary: bool,
    *,
    encoding: str = "utf-8",
) -> None:
    """Write ``path`` all at once: ``writer_fn(file)`` fills a temporary file.

    The temporary file sits in the target's folder (so the final
    :func:`os.replace` is a rename on one file system). It is opened in binary
    mode, or as text with ``encoding`` and ``newline=""`` (the writer chooses
    its line ends). Only when ``writer_fn`` returns is the data flushed to disk
    and the temporary file renamed over ``path``; if anything fails or the
    export is cancelled, the temporary file is removed and the old ``path``,
    if any, is left as it was. An OS error (no permission, a full disk, the
    file locked by Excel) becomes an :class:`ExportError` the user can act on;
    anything else raised by ``writer_fn`` propagates unchanged.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(
            N_("Export", "Could not write {path}: {reason}"),
            path=str(target),
            reason=os.strerror(errno.EISDIR),
        )
    stem = target.name[:100]
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        tmp = target.with_name(f".{stem}.{secrets.token_hex(4)}.tmp")
        try:
            # 0o666 minus the umask: the same permissions a plain open() gives.
            fd = os.open(tmp, flags, 0o666)
            break
        except FileExistsError:
            continue
        except OSError as exc:
            raise _write_error(target, exc) from exc
    else:  # pragma: no cover - 100 random collisions
        raise _write_error(target, FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST)))

    try:
        try:
            if binary:
                fh: IO[Any] = os.fdopen(fd, "wb")
            else:
                fh = os.fdopen(fd, "w", encoding=encoding, newline="")
        except BaseException:
            os.close(fd)
            raise
        with fh:
            writer_fn(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            try:  # keep the permissions of the file we replace
                os.chmod(tmp, stat.S_IMODE(os.stat(target).st_mode))
            except FileNotFoundError:
                pass
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise _write_error(target, exc) from exc
        raise
