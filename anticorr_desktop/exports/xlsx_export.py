"""The task list as an Excel workbook (openpyxl, write-only mode).

Values keep their types: dates are real dates shown as DD.MM.YYYY, counts are
numbers. The header row is bold and frozen, an autofilter covers the data,
columns have sensible widths (long text wraps), and the page prints landscape,
one page wide, with the header on every page. An overdue row has a light red
fill *and* says so in words: its "Days overdue" cell holds the number of days
(in bold), so the mark survives black-and-white printing and colour blindness.

Text is cleaned of characters XML cannot carry and neutralised against formula
injection (:func:`~.common.sanitize_cell`): a text beginning with ``=`` is
written as the text ``'=...``, never as a formula.

``per_executor=True`` adds, after an "All" sheet, one sheet per main executor
(ordered by the Kazakh/Russian alphabet) with that executor's rows.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import lru_cache
from operator import attrgetter
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.worksheet import Worksheet

from .. import __version__
from ..i18n import QT_TRANSLATE_NOOP as N_
from ..i18n import translate
from .common import (
    COLUMNS,
    CONTEXT,
    XLSX_MAX_CELL,
    CancelledFn,
    Column,
    ProgressFn,
    Ticker,
    atomic_write,
    clean_text,
    join_list,
    sanitize_cell,
)
from .rows import TaskRow

SHEET_ALL = N_("Export", "All")
SHEET_SINGLE = N_("Export", "Instructions")
NO_EXECUTOR = N_("Export", "(no executor)")

DATE_NUMBER_FORMAT = "DD.MM.YYYY"
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
OVERDUE_FILL = PatternFill("solid", fgColor="FFC7CE")  # Excel's "light red fill"
OVERDUE_FONT = Font(bold=True, color="9C0006")

SHEET_TITLE_MAX = 31
_SHEET_BAD = set("[]:*?/\\")
_RESERVED_TITLES = {"history"}  # Excel keeps this name for itself

# Kazakh Cyrillic alphabet (a superset of the Russian one) in dictionary order,
# placed where Cyrillic starts: digits and Latin letters sort before it.
_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_ORDER = {ch: 0x400 + i / 100 for i, ch in enumerate(_ALPHABET)}


def collation_key(text: str) -> tuple[float, ...]:
    """Sort key for names in Kazakh or Russian: Ә after А, Ғ after Г, Ё after Е..."""
    return tuple(_ORDER.get(ch, ord(ch)) for ch in text.casefold())


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` UTF-16 code units (Excel counts those)."""
    while _utf16_len(text) > limit:
        text = text[:-1]
    return text


def safe_sheet_title(name: str, taken: set[str]) -> str:
    """A sheet title Excel accepts, made from ``name`` and unique among ``taken``.

    ``[]:*?/\\`` and control characters become spaces (runs of spaces
    collapse), apostrophes at either end are dropped, the result is at most 31
    characters, and "History" or a title already in ``taken`` (compared
    case-insensitively, as Excel does) gets " (2)", " (3)"... The chosen
    title's case-folded form is added to ``taken``.
    """
    text = "".join(" " if (ch in _SHEET_BAD or ord(ch) < 32) else ch for ch in name)
    text = " ".join(text.split()).strip("'").strip()
    text = _cut(text, SHEET_TITLE_MAX).rstrip().rstrip("'") or "_"
    title = text
    n = 1
    while title.casefold() in taken or title.casefold() in _RESERVED_TITLES:
        n += 1
        suffix = f" ({n})"
        title = _cut(text, SHEET_TITLE_MAX - len(suffix)).rstrip() + suffix
    taken.add(title.casefold())
    return title


def _cell_text(value: Any) -> str | None:
    """Text as a cell holds it: cleaned for XML, neutralised; None if empty."""
    if not value:
        return None
    return sanitize_cell(clean_text(str(value), XLSX_MAX_CELL - 1))


def _list_text(value: Any) -> str | None:
    return _cell_text(join_list(value)) if value else None


def _getter(col: Column) -> Callable[[TaskRow], Any]:
    attr = col.attr
    if col.kind == "list":
        return lambda row: _list_text(getattr(row, attr))
    if col.kind == "text":
        return lambda row: _cell_text(getattr(row, attr))
    return lambda row: getattr(row, attr)  # date, int: kept as they are


_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_LEAP_BUG_END = date(1900, 3, 1)


def _xml_escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _date_serial(value: date) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if value >= _EXCEL_LEAP_BUG_END:
        return str((value - _EXCEL_EPOCH).days)
    return str(to_excel(value))


def _xml_text(value: Any) -> str | None:
    text = _cell_text(value)
    return None if text is None else _xml_escape(text)


def _xml_list(value: Any) -> str | None:
    text = _list_text(value)
    return None if text is None else _xml_escape(text)


def _xml_date(value: Any) -> str | None:
    return None if value is None else _date_serial(value)


def _xml_int(value: Any) -> str | None:
    return None if value is None else str(int(value))


def _renderer(col: Column) -> Callable[[Any], str | None]:
    fn = {"text": _xml_text, "list": _xml_list, "date": _xml_date, "int": _xml_int}[col.kind]
    if col.key == "text" or col.kind == "list":
        return fn  # mostly unique (or unhashable): a cache would only churn
    # Names, labels and dates repeat from row to row.
    return lru_cache(maxsize=4096)(fn)


_SHEET_DATA_END = b"</sheetData>"

# (column letter, from after the cell reference up to the value, after the value,
#  a whole empty styled cell or None)
_Fragments = tuple[str, str, str, str | None]

FAST_ROWS = True
"""Serialise data rows directly (see :meth:`_Sheets._splice_rows`); False: cell by cell."""


class _Sheets:
    """Writes the rows of each sheet.

    openpyxl (write-only) writes the workbook, the styles and every sheet with
    its settings and header row. The data rows it would write at ~20 us a cell
    (without lxml: 35 s for 100,000 rows), so by default they are serialised
    here -- the same ``<c>`` elements openpyxl writes, with the style ids
    openpyxl assigned -- and spliced into the sheet's XML before the workbook
    is saved. ``FAST_ROWS = False`` (or an openpyxl whose sheet writer is not
    a temporary file) takes openpyxl's own path: same file, slower.
    """

    def __init__(self, wb: Workbook, lang: str, ticker: Ticker) -> None:
        self.wb = wb
        self.lang = lang
        self.ticker = ticker
        self.getters = [_getter(c) for c in COLUMNS]
        self.fetch = attrgetter(*(c.attr for c in COLUMNS))
        self.renderers = [_renderer(c) for c in COLUMNS]
        # id(row) -> rendered cell values; rows stay alive in the caller's list.
        self.rendered: dict[int, list[str | None]] = {}
        self.overdue_col = next(i for i, c in enumerate(COLUMNS) if c.key == "days_overdue")

    def _cells(self, ws: Any, overdue: bool) -> list[Cell]:
        cells = []
        for i, col in enumerate(COLUMNS):
            cell = WriteOnlyCell(ws)
            if col.kind == "date":
                cell.number_format = DATE_NUMBER_FORMAT
            cell.alignment = Alignment(wrap_text=col.wrap or None, vertical="top")
            if overdue:
                cell.fill = OVERDUE_FILL
                if i == self.overdue_col:
                    cell.font = OVERDUE_FONT
            cells.append(cell)
        return cells

    def write(self, title: str, rows: list[TaskRow]) -> None:
        ws = self.wb.create_sheet(title)
        last_col = get_column_letter(len(COLUMNS))
        for i, col in enumerate(COLUMNS, 1):
            ws.column_dimensions[get_column_letter(i)].width = col.width
        ws.freeze_panes = "A2"
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True

        header = []
        for col in COLUMNS:
            cell = WriteOnlyCell(ws, sanitize_cell(col.title(self.lang)))
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            header.append(cell)
        ws.append(header)

        normal = self._cells(ws, overdue=False)
        overdue = self._cells(ws, overdue=True)
        out = getattr(getattr(ws, "_writer", None), "out", None)
        fast = FAST_ROWS and isinstance(out, str) and os.path.isfile(out)
        if not fast:
            self._append_rows(ws, rows, normal, overdue)
        ws.auto_filter.ref = f"A1:{last_col}{len(rows) + 1}"
        ws.close()  # finish this sheet now: frees its temporary file handle
        if fast:
            self._splice_rows(str(out), rows, normal, overdue)

    def _append_rows(
        self, ws: Any, rows: list[TaskRow], normal: list[Cell], overdue: list[Cell]
    ) -> None:
        """openpyxl's own path: refill one styled cell per column and append."""
        tick = self.ticker.tick
        pairs_normal = list(zip(normal, self.getters, strict=True))
        pairs_overdue = list(zip(overdue, self.getters, strict=True))
        for row in rows:
            late = row.days_overdue > 0
            cells, pairs = (overdue, pairs_overdue) if late else (normal, pairs_normal)
            for cell, get in pairs:
                cell.value = get(row)
            ws.append(cells)  # written at once: the cells are refilled for the next row
            tick()

    def _render(self, row: TaskRow) -> list[str | None]:
        """The row's cell values as XML text (None: an empty cell).

        Unchanged text is the very string object of the row, so the cache of
        rendered rows (kept for the per-executor sheets) costs little memory.
        """
        return [f(v) for f, v in zip(self.renderers, self.fetch(row), strict=True)]

    def _splice_rows(
        self, out: str, rows: list[TaskRow], normal: list[Cell], overdue: list[Cell]
    ) -> None:
        """Insert the data rows before ``</sheetData>`` of the finished sheet file."""
        with open(out, "rb") as fh:
            xml = fh.read()
        cut = xml.rfind(_SHEET_DATA_END)
        if cut < 0:  # pragma: no cover - an openpyxl that writes sheets differently
            raise RuntimeError("openpyxl sheet XML without </sheetData>")

        def fragments(cells: list[Cell], styled_empty: bool) -> list[_Fragments]:
            out = []
            for i, (col, cell) in enumerate(zip(COLUMNS, cells, strict=True), 1):
                s = cell.style_id
                if col.kind in ("date", "int"):
                    head, tail = f'" s="{s}"><v>', "</v></c>"
                else:
                    head = f'" s="{s}" t="inlineStr"><is><t xml:space="preserve">'
                    tail = "</t></is></c>"
                empty = f'" s="{s}"/>' if styled_empty else None
                out.append((get_column_letter(i), head, tail, empty))
            return out

        plain = fragments(normal, styled_empty=False)
        late = fragments(overdue, styled_empty=True)  # the fill runs across the whole row
        cache = self.rendered
        render = self._render
        tick = self.ticker.tick
        with open(out, "wb") as dest:
            dest.write(xml[:cut])
            chunk: list[str] = []
            for r, row in enumerate(rows, 2):
                key = id(row)
                values = cache.get(key)
                if values is None:
                    values = cache[key] = render(row)
                parts = [f'<row r="{r}">']
                for (letter, head, tail, empty), value in zip(
                    late if row.days_overdue > 0 else plain, values, strict=True
                ):
                    if value is not None:
                        parts.append(f'<c r="{letter}{r}{head}{value}{tail}')
                    elif empty is not None:
                        parts.append(f'<c r="{letter}{r}{empty}')
                parts.append("</row>")
                chunk.append("".join(parts))
                if len(chunk) >= 1000:
                    dest.write("".join(chunk).encode("utf-8"))
                    chunk.clear()
                tick()
            dest.write("".join(chunk).encode("utf-8"))
            dest.write(xml[cut:])


def _discard(wb: Workbook) -> None:
    """Remove the temporary files of an unsaved write-only workbook."""
    for ws in getattr(wb, "_sheets", ()):
        rows_gen = getattr(ws, "_rows", None)
        writer = getattr(ws, "_writer", None)
        for step in (
            getattr(rows_gen, "close", None),
            getattr(writer, "close", None),
            getattr(writer, "cleanup", None),
        ):
            if step is None:
                continue
            with contextlib.suppress(Exception):  # best effort: the file may be gone
                step()


def group_by_executor(rows: list[TaskRow]) -> list[tuple[str, list[TaskRow]]]:
    """(main executor, their rows) in alphabetical order; "" for rows without one."""
    groups: dict[str, list[TaskRow]] = {}
    for row in rows:
        groups.setdefault(" ".join(row.main_executor.split()), []).append(row)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "", collation_key(kv[0])))


def write_xlsx(
    rows: Iterable[TaskRow],
    path: str | os.PathLike[str],
    lang: str = "ru",
    per_executor: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> None:
    """Write ``rows`` to ``path`` as an XLSX workbook, headers and titles in ``lang``.

    One sheet ("Instructions"), or with ``per_executor`` an "All" sheet and a
    sheet per main executor (titles made safe by :func:`safe_sheet_title`).
    ``progress(done, total)`` counts written rows (with ``per_executor`` every
    row is written twice, so ``total`` is twice the row count); it and
    ``cancelled()`` are called every 1000 rows. A cancelled export raises
    :class:`~.common.ExportCancelled` and leaves no new file.
    """
    rows = list(rows)
    groups = group_by_executor(rows) if per_executor else []
    ticker = Ticker(len(rows) * (2 if per_executor else 1), progress, cancelled)
    ticker.start()

    wb = Workbook(write_only=True)
    wb.properties.creator = f"AntiCorr Desktop {__version__}"
    try:
        sheets = _Sheets(wb, lang, ticker)
        taken: set[str] = set()
        if per_executor:
            sheets.write(safe_sheet_title(translate(CONTEXT, SHEET_ALL, lang), taken), rows)
            for name, group in groups:
                label = name or translate(CONTEXT, NO_EXECUTOR, lang)
                sheets.write(safe_sheet_title(label, taken), group)
        else:
            sheets.write(safe_sheet_title(translate(CONTEXT, SHEET_SINGLE, lang), taken), rows)
        ticker.check()
        atomic_write(path, wb.save, binary=True)
    finally:
        _discard(wb)
    ticker.finish()
