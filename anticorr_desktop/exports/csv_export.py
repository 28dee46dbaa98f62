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
from collections.abc import Callable, Iterable
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


def _text(value: Any) -> str:
    return "" if value is None else sanitize_cell(str(value))


def _list(value: Any) -> str:
    return sanitize_cell(join_list(value))


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
        out = csv.writer(fh, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        out.writerow([sanitize_cell(h) for h in headers(lang)])
        for row in rows:
            out.writerow([f(v) for f, v in zip(converters, fetch(row), strict=True)])
            ticker.tick()
        ticker.check()

    # utf-8-sig writes the byte order mark Excel needs.
    atomic_write(path, write, binary=False, encoding="utf-8-sig")
    ticker.finish()
