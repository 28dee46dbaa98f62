"""The task list as CSV that Excel opens correctly in a Russian or Kazakh locale.

UTF-8 with a byte order mark (without it Excel reads the file as cp1251 and
Kazakh letters are lost), ``;`` between fields (the list separator of those
locales; settable), CRLF line ends, dates as dd.mm.yyyy, lists joined with
", ". Text is neutralised against formula injection (:func:`sanitize_cell`).

Excel still guesses types in a CSV: an item number such as "1.1" may be shown
as a date there. The XLSX export keeps every value's type; use it for Excel.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache
from operator import attrgetter
from typing import IO, Any

from .common import (
    COLUMNS,
    CancelledFn,
    Column,
    ProgressFn,
    Ticker,
    atomic_write,
    format_date,
    headers,
    join_list,
    sanitize_cell,
)
from .rows import TaskRow

_BREAKS = re.compile("\r\n?")


def csv_text(value: str) -> str:
    """A text cell as every CSV of the program writes it: neutralised against formula
    injection (:func:`sanitize_cell`)."""
    return str(sanitize_cell(value))


def csv_writer(fh: IO[str], delimiter: str = ";", lineterminator: str = "\r\n") -> Any:
    """The CSV writer of every CSV of the program: a cell with the delimiter, a quote or
    a line break is quoted."""
    return csv.writer(
        fh, delimiter=delimiter, lineterminator=lineterminator, quoting=csv.QUOTE_MINIMAL
    )


def write_text_rows(
    fh: IO[str],
    rows: Iterable[Sequence[str]],
    delimiter: str = ";",
    lineterminator: str = "\r\n",
) -> None:
    """Rows of text (a header, then the body) as CSV, each cell through :func:`csv_text`.
    With lines ending in ``\n`` a CR in a cell becomes ``\n``: the writer quotes only the
    characters of its line end, and a bare CR left unquoted would split the row."""
    fix = (lambda c: c) if "\r" in lineterminator else (lambda c: _BREAKS.sub("\n", c))
    csv_writer(fh, delimiter, lineterminator).writerows(
        [csv_text(fix(str(cell))) for cell in row] for row in rows
    )


def _text(value: Any) -> str:
    return "" if value is None else csv_text(str(value))


def _list(value: Any) -> str:
    return csv_text(join_list(value))


def _date(value: Any) -> str:
    if value is None:
        return ""
    return format_date(value) if isinstance(value, date) else str(value)


def _int(value: Any) -> str:
    return "" if value is None else str(value)


def _converter(col: Column) -> Callable[[Any], str]:
    fn = {"text": _text, "list": _list, "date": _date, "int": _int}[col.kind]
    if col.key == "text" or col.kind == "list":
        return fn
    return lru_cache(maxsize=4096)(fn)  # names, labels and dates repeat


def write_csv(
    rows: Iterable[TaskRow],
    path: str | os.PathLike[str],
    lang: str = "ru",
    delimiter: str = ";",
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> None:
    """Write ``rows`` to ``path`` as CSV, headers in ``lang``.

    ``progress(done, total)`` and ``cancelled()`` are called every 1000 rows;
    a cancelled export raises :class:`~.common.ExportCancelled` and leaves no
    new file (an existing ``path`` stays as it was).
    """
    if not isinstance(delimiter, str) or len(delimiter) != 1 or delimiter in "\"'\r\n":
        raise ValueError(f"bad CSV delimiter: {delimiter!r}")
    rows = list(rows)
    ticker = Ticker(len(rows), progress, cancelled)
    ticker.start()
    fetch = attrgetter(*(c.attr for c in COLUMNS))
    converters = [_converter(c) for c in COLUMNS]

    def write(fh: IO[str]) -> None:
        out = csv_writer(fh, delimiter)
        out.writerow([csv_text(h) for h in headers(lang)])
        for row in rows:
            out.writerow([f(v) for f, v in zip(converters, fetch(row), strict=True)])
            ticker.tick()
        ticker.check()

    # utf-8-sig writes the byte order mark Excel needs.
    atomic_write(path, write, binary=False, encoding="utf-8-sig")
    ticker.finish()
