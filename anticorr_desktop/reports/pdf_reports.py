"""Control reports as PDF: overdue instructions and executive discipline.

Landscape A4; tables at the table font size, their header row repeated on
every page, cells as escaped Paragraphs so long text wraps (and a row taller
than a page splits rather than failing).
"""

from __future__ import annotations

# First, before reportlab.platypus is imported: see rlimport.py.
from . import rlimport  # noqa: F401  # isort: skip
import math
from bisect import bisect_left
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from .data import DisciplineReportData, DisciplineRow, DocumentSettings, OverdueReportData
from .pdfbase import (
    OfficialDocTemplate,
    Para,
    Styles,
    build_styles,
    clean,
    esc,
    keep_name,
    keep_whole,
    stamp_text,
    write_pdf_atomic,
)
from .wording import date_attributive, percent_text, w

__all__ = [
    "discipline_band",
    "discipline_bar_colour",
    "discipline_charts",
    "discipline_colour",
    "render_discipline",
    "render_overdue",
]

HEAD_BG = colors.Color(0.88, 0.88, 0.88)
GROUP_BG = colors.Color(0.95, 0.95, 0.95)
GRID = colors.Color(0.25, 0.25, 0.25)

# Cell tints (black text stays legible on them, also in grey print) and the
# stronger colours of the bars.
BAND_CELL = {
    "red": colors.Color(0.96, 0.71, 0.69),
    "yellow": colors.Color(1.0, 0.92, 0.60),
    "green": colors.Color(0.72, 0.89, 0.71),
}
BAND_BAR = {
    "red": colors.Color(0.84, 0.24, 0.21),
    "yellow": colors.Color(0.96, 0.76, 0.10),
    "green": colors.Color(0.26, 0.63, 0.28),
}


def discipline_band(percent: float | None) -> str | None:
    """ "red" at 50 % or below, "yellow" at 75 % or below, "green" above; None without a value."""
    if percent is None or not math.isfinite(percent):
        return None
    if percent <= 50:
        return "red"
    if percent <= 75:
        return "yellow"
    return "green"


def discipline_colour(percent: float | None) -> colors.Color | None:
    """The background of the percent cell; None leaves it white."""
    band = discipline_band(percent)
    return BAND_CELL[band] if band else None


def discipline_bar_colour(percent: float | None) -> colors.Color | None:
    band = discipline_band(percent)
    return BAND_BAR[band] if band else None


# Tall cells are cut into rows no taller than a fifth of the page, each row
# one piece of the text (split at a line, so the text reads on as if one
# cell). reportlab can split a row inside itself (``splitInRow``), but it
# re-wraps the whole cell many times per page (100,000 characters took 10 s)
# and may repeat the header row in mid-page; rows of pieces avoid both. Text
# longer than CHUNK is first cut at whitespace, so that no piece is wrapped
# more than once or twice.
CHUNK = 4000


def chunk_text(text: str, size: int = CHUNK) -> list[str]:
    """``text`` (plain) cut at whitespace into pieces of at most ``size`` characters."""
    if len(text) <= size:
        return [text]
    pieces: list[str] = []
    rest = text
    while len(rest) > size:
        cut = max(rest.rfind(" ", size // 2, size + 1), rest.rfind("\n", size // 2, size + 1))
        if cut <= 0:
            pieces.append(rest[:size])  # one long word: cut it, as the line breaking would
            rest = rest[size:]
        else:
            pieces.append(rest[:cut])
            rest = rest[cut + 1 :]
    if rest:
        pieces.append(rest)
    return pieces


def split_paragraph(para: Paragraph, width: float, limit: float) -> list[Paragraph]:
    """``para`` as pieces no taller than ``limit`` at ``width``, split between lines."""
    pieces: list[Paragraph] = []
    while True:
        _, height = para.wrap(width, 1e9)
        if height <= limit:
            pieces.append(para)
            return pieces
        parts = para.split(width, limit)
        if len(parts) < 2:
            pieces.append(para)
            return pieces
        pieces.append(parts[0])
        para = parts[1]


@dataclass
class Cell:
    text: str  # plain user text, or markup when ``markup``
    style: ParagraphStyle
    markup: bool = False
    names: bool = False  # bind initials to surnames
    plain: bool = False  # a short centred value (a number, a date): drawn as a string,
    # no paragraph to parse and break (thousands of rows: a third of the drawing time)
    nowrap: bool = False  # never broken ("А-12"): set smaller when it does not fit


def _fitted(style: ParagraphStyle, width: float, inner: float) -> ParagraphStyle:
    """``style`` made small enough that a line ``width`` wide fits ``inner``; no word split."""
    size = max(style.fontSize * inner / width * 0.98, 4.0)
    return ParagraphStyle(
        f"{style.name}_fit{size:.2f}",
        parent=style,
        fontSize=size,
        leading=size * style.leading / style.fontSize,
        splitLongWords=0,
    )


class Grid:
    """A bordered table built row by row: a header, spanning rows, records.

    A record whose cells hold very long text takes several rows (see
    :func:`chunk_text`) drawn as one: no line between them.

    :meth:`table` gives a flowable that lays the rows out page by page (see
    :class:`PagedTable`), so a report of thousands of rows costs each page
    the same.
    """

    PAD_X = 3
    PAD_TOP = 2
    PAD_BOTTOM = 4

    def __init__(
        self,
        st: Styles,
        header: list[str],
        widths: list[float],
        page_height: float,
        centred: tuple[int, ...] = (),
    ) -> None:
        self.st = st
        self.widths = widths
        # A row that does not fit moves to the next page: at most this much
        # of a page stays empty.
        self.limit = page_height / 5
        self.ncols = len(header)
        self.rows: list[list[object]] = [[Para(h, st.table_head) for h in header]]
        # Commands for the whole table (the header is row 0 of every page).
        self.base: list[tuple] = [
            ("FONTNAME", (0, 0), (-1, -1), st.fonts.regular),
            ("FONTSIZE", (0, 0), (-1, -1), st.table_size),
            ("BOX", (0, 0), (-1, -1), 0.5, GRID),
            ("LINEAFTER", (0, 0), (-2, -1), 0.5, GRID),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID),
            # close the table at the foot of a page when it goes on
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            # plain cells (strings): left, or centred in the ``centred`` columns; lines
            # spaced as the paragraphs' are
            ("ALIGN", (0, 1), (-1, -1), "LEFT"),
            *(("ALIGN", (c, 1), (c, -1), "CENTER") for c in centred),
            ("LEADING", (0, 0), (-1, -1), st.table.leading),
            ("LEFTPADDING", (0, 0), (-1, -1), self.PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), self.PAD_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), self.PAD_BOTTOM),
        ]
        # Commands for some rows, in the order given (see add).
        self.cmds: list[tuple] = []
        self._index: tuple[list[int], list[int], int] | None = None
        # Row heights (row 0 the header) as the tables measured them.
        self.heights: dict[int, float] = {}
        # rows that never end a page (an executor's heading): they go with the next row
        self.keep_with_next: set[int] = set()
        self._measured = [0.0, 0]  # sum and count of the records' rows measured

    def keep_height(self, row: int, height: float) -> None:
        if row not in self.heights:
            self.heights[row] = height
            if row:
                self._measured[0] += height
                self._measured[1] += 1

    def typical_height(self) -> float:
        """The average height of the rows measured so far, or of a line of text."""
        total, count = self._measured
        return total / count if count else self.st.table_size * 2

    def add(self, op: str, start: tuple[int, int], stop: tuple[int, int], *values: object) -> None:
        """A style command for rows ``start[1]`` to ``stop[1]``, counted from
        the header (0); records and spans start at 1."""
        if not 1 <= start[1] <= stop[1]:
            raise ValueError(f"not rows of records: {start[1]}..{stop[1]}")
        self.cmds.append((op, start, stop, *values))
        self._index = None

    def _start(self) -> int:
        i = len(self.rows)
        if i > 1:
            self.add("LINEABOVE", (0, i), (-1, i), 0.5, GRID)
        return i

    def commands(self, first: int, stop: int) -> list[tuple]:
        """The commands of a table of the header and ``rows[first:stop]``."""
        if self._index is None:
            cmds = self.cmds
            order = sorted(range(len(cmds)), key=lambda k: (cmds[k][1][1], k))
            longest = max((c[2][1] - c[1][1] for c in cmds), default=0)
            self._index = ([cmds[k][1][1] for k in order], order, longest)
        starts, order, longest = self._index
        lo = bisect_left(starts, first - longest)
        hi = bisect_left(starts, stop)
        chosen = sorted(k for k in order[lo:hi] if self.cmds[k][2][1] >= first)
        shift = first - 1
        out = list(self.base)
        for k in chosen:
            op, (c0, r0), (c1, r1), *values = self.cmds[k]
            out.append((op, (c0, max(r0, first) - shift), (c1, min(r1, stop - 1) - shift), *values))
        return out

    def span(
        self,
        markup: str,
        style: ParagraphStyle,
        background: colors.Color | None = None,
        keep_with_next: bool = False,
    ) -> int:
        i = self._start()
        if keep_with_next:
            self.keep_with_next.add(i)
        self.rows.append([Para(markup, style)] + [""] * (self.ncols - 1))
        self.add("SPAN", (0, i), (-1, i))
        if background is not None:
            self.add("BACKGROUND", (0, i), (-1, i), background)
        return i

    def span_plain(self, text: str, align: str = "RIGHT") -> int:
        """A one-line spanning row of plain text (a subtotal): no paragraph to lay out."""
        i = self._start()
        cells: list[object] = [clean(text)]
        self.rows.append(cells + [""] * (self.ncols - 1))
        self.add("SPAN", (0, i), (-1, i))
        self.add("ALIGN", (0, i), (-1, i), align)
        return i

    def record(self, cells: list[Cell]) -> int:
        first = self._start()
        pieces: list[list[Paragraph | str]] = []
        for c, width in zip(cells, self.widths, strict=True):
            inner = width - self.PAD_X - self.PAD_X  # as the table computes it
            if c.plain:
                text = clean(c.text)
                # a string does not wrap: only when every line fits (a larger size set in
                # Settings, a long number, Kazakh wording) is it drawn as one
                widest = max(
                    stringWidth(line, c.style.fontName, c.style.fontSize)
                    for line in text.split("\n")
                )
                if widest <= inner:
                    pieces.append([text])
                    continue
                if c.nowrap:
                    markup = keep_whole(esc(text)).replace("\n", "<br/>")
                    pieces.append([Para(markup, _fitted(c.style, widest, inner))])
                    continue
                c = Cell(esc(text).replace("\n", "<br/>"), c.style, markup=True)
            if c.markup:
                texts = [c.text]
            else:
                texts = [esc(p) for p in chunk_text(clean(c.text))]
                if c.names:
                    texts = [keep_name(t) for t in texts]
            pieces.append(
                [
                    piece
                    for t in texts
                    for piece in split_paragraph(Para(t, c.style), inner, self.limit)
                ]
            )
        height = max(len(p) for p in pieces)
        for k in range(height):
            self.rows.append([p[k] if k < len(p) else "" for p in pieces])
        if height > 1:
            last = first + height - 1
            self.add("BOTTOMPADDING", (0, first), (-1, last - 1), 0)
            self.add("TOPPADDING", (0, first + 1), (-1, last), 0)
        return first

    def table(self) -> PagedTable:
        return PagedTable(self)


class PagedTable(Flowable):
    """The rows of a :class:`Grid` from ``first`` on, as one table that runs
    over pages, its header row repeated on each.

    reportlab's ``Table`` splits a long table page by page, and each split
    measures, restyles and copies all the rows still to come: a report of a
    thousand rows took seconds per page. Here each page gets a ``Table`` of
    the header and only the rows that may be on it (a window), styled with
    the grid's commands for those rows; reportlab splits that window as it
    would the whole table, and what is left becomes a ``PagedTable`` again.
    Row heights are measured once and kept (in the grid) for the windows
    that follow.
    """

    def __init__(self, grid: Grid, first: int = 1, splits: int = 0) -> None:
        super().__init__()
        self.grid = grid
        self.first = first
        self.splits = splits  # pages the table has run over so far
        self.heights = grid.heights
        self.hAlign = "CENTER"  # as a Table's
        self._window: Table | None = None
        self._stop = first

    # -- windows

    def _table(self, first: int, stop: int) -> Table:
        """The header and ``rows[first:stop]`` as one table, as the grid styles them."""
        grid = self.grid
        rows = [grid.rows[0], *grid.rows[first:stop]]
        heights = [self.heights.get(0), *(self.heights.get(i) for i in range(first, stop))]
        table = Table(rows, colWidths=grid.widths, rowHeights=heights, repeatRows=1)
        table.setStyle(TableStyle(grid.commands(first, stop)))
        return table

    def _make(self, stop: int, aW: float) -> Table:
        # A continued table is styled as reportlab styles the rest of a split
        # Table (the outer border cut into lines, and so on), which settles
        # after two splits: make the window that far back and let reportlab
        # split the rows before off, so that the pages look the same.
        back = min(self.splits, 2)
        table = self._table(self.first - back, stop)
        for row in range(self.first - back, self.first):
            parts = table.split(aW, self.heights[0] + self.heights[row])
            if len(parts) != 2 or parts[0]._nrows != 2:
                raise LayoutError(f"could not continue a table at row {row + 1}")
            table = parts[1]
        return table

    def _keep_heights(self, table: Table, stop: int) -> None:
        rows = [0, *range(self.first, stop)]
        for i, h in zip(rows, table._rowHeights, strict=False):
            if h is not None:
                self.grid.keep_height(i, h)

    def _guess(self, aH: float) -> int:
        """Where a window a little taller than ``aH`` may end (rows not yet
        measured count as tall as the average so far)."""
        heights = self.heights
        total = len(self.grid.rows)
        unknown = self.grid.typical_height()
        h = heights.get(0, unknown)
        i = self.first
        while i < total and h <= aH:
            h += heights.get(i, unknown)
            i += 1
        return min(total, i + 2 + (i - self.first) // 4)

    def _fit(self, aW: float, aH: float) -> tuple[float, float]:
        """Make a window that holds the rest of the grid or more than ``aH``."""
        total = len(self.grid.rows)
        stop = self._guess(aH) if self._window is None else self._stop
        while True:
            if self._window is None or stop != self._stop:
                self._window = self._make(stop, aW)
                self._stop = stop
            w, h = self._window.wrap(aW, aH)
            self._keep_heights(self._window, stop)
            if stop >= total or h > aH:
                return w, h
            stop = max(self._guess(aH), min(total, stop + 8))

    def _no_room(self, aH: float) -> bool:
        """Known already: not even the header and the first row fit in ``aH``."""
        h = self.heights
        return 0 in h and self.first in h and h[0] + h[self.first] > aH

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._window is None and self._no_room(availHeight):
            return sum(self.grid.widths), self.heights[0] + self.heights[self.first]
        return self._fit(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._no_room(availHeight):
            return []  # as a Table that cannot split before its first row
        self._fit(availWidth, availHeight)
        assert self._window is not None
        parts = self._window.split(availWidth, availHeight)
        if len(parts) != 2:
            return parts  # [] (nothing fits here) or [the whole window]
        head, _ = parts
        placed = head._nrows - 1  # data rows on this page
        # An executor's heading never ends a page: it goes over with its first row.
        keep = self.grid.keep_with_next
        while placed > 0 and self.first + placed - 1 in keep:
            if placed == 1:
                return []  # the heading alone: the whole table goes to the next page
            last = self.first + placed - 1
            # the height of the header and the rows before the heading
            before = self.heights.get(0, 0) + sum(
                self.heights.get(r, 0) for r in range(self.first, last)
            )
            parts = self._window.split(availWidth, min(availHeight, before + 0.01))
            if len(parts) != 2:
                return parts
            head, _ = parts
            if head._nrows - 1 >= placed:
                break  # reportlab would not split before it: leave it
            placed = head._nrows - 1
        return [head, PagedTable(self.grid, self.first + placed, self.splits + 1)]

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:
        assert self._window is not None, "drawn before wrap"
        self._window.drawOn(canvas, x, y, _sW)


def _widths(fixed: tuple[float | None, ...], width: float) -> list[float]:
    """Column widths: the ``None`` columns share what the fixed ones leave,
    and everything shrinks in proportion when the page is too narrow."""
    used = sum(f for f in fixed if f is not None)
    flexible = [f for f in fixed if f is None]
    share = width * 0.25 / len(flexible)
    scale = min(1.0, (width - share * len(flexible)) / used) if used else 1.0
    rest = (width - used * scale) / len(flexible)
    return [rest if f is None else f * scale for f in fixed]


def _title(lines: list[str], title: str, st: Styles) -> list[Flowable]:
    story: list[Flowable] = [Para(esc(line), st.centre) for line in lines if line.strip()]
    story += [Para(title, st.centre_bold), Spacer(1, st.size)]
    return story


def _doc(
    fh: IO[bytes], settings: DocumentSettings, st: Styles, lang: str, stamp, title: str, author: str
):
    return OfficialDocTemplate(
        fh,
        settings=settings,
        styles=st,
        footer=stamp_text(stamp, lang),
        title=title,
        author=author,
        subject=title,
        lang=lang,
        landscape_pages=True,
    )


# --------------------------------------------------------------------------- overdue


def _overdue_story(
    data: OverdueReportData, st: Styles, width: float, height: float
) -> list[Flowable]:
    from ..domain.due import format_date_short

    lang = data.lang
    title = w(lang, "overdue_title", date=keep_whole(esc(date_attributive(data.as_of, lang))))
    story = _title([data.title_body], title, st)
    if data.total == 0:
        story.append(Para(w(lang, "overdue_none"), st.normal))
        return story

    keys = (
        "col_number",
        "col_protocol",
        "col_text",
        "col_original_due",
        "col_current_due",
        "col_days",
        "col_co",
        "col_last_report",
    )
    # Fixed columns sized so their headings' longest words fit at 12 pt; the
    # instruction's text takes the rest.
    fixed = (10 * mm, 24 * mm, None, 24 * mm, 30 * mm, 24 * mm, 34 * mm, 37 * mm)
    grid = Grid(st, [w(lang, k) for k in keys], _widths(fixed, width), height, centred=(0, 3, 4, 5))
    for group in data.groups:
        if not group.rows:
            continue
        who = keep_name(esc(group.executor.name))
        if group.executor.position.strip():
            who = f"{who}, {esc(group.executor.position)}"
        grid.span(who, st.table_bold, GROUP_BG, keep_with_next=True)
        for r in group.rows:
            current = format_date_short(r.current_due)
            if r.extensions:
                current += "\n" + w(lang, "extensions", n=r.extensions)
            grid.record(
                [
                    Cell(r.number, st.table_centre, plain=True, nowrap=True),
                    Cell(_protocol_lines(r.protocol, lang), st.table, plain=True),
                    Cell(
                        f"{r.text}\n{w(lang, 'responsible_one')} {r.responsible}"
                        if r.responsible
                        else r.text,
                        st.table,
                    ),
                    Cell(format_date_short(r.original_due), st.table_centre, plain=True),
                    Cell(current, st.table_centre, plain=True),
                    Cell(str(r.days_overdue), st.table_centre, plain=True),
                    Cell(
                        ", ".join(r.co_executors) or "—",
                        st.table,
                        names=True,
                        plain=not r.co_executors,
                    ),
                    Cell(r.last_report or "—", st.table, plain=not r.last_report),
                ]
            )
        grid.span_plain(w(lang, "group_total", n=len(group.rows)))
    grid.span(f"<b>{w(lang, 'overall_total', n=data.total)}</b>", st.table_right, HEAD_BG)
    table = grid.table()
    story.append(table)
    return story


def _protocol_lines(protocol: str, lang: str) -> str:
    """ "№ 11 от 14.02.2019" as two lines, the way a paragraph breaks it in its column
    ("14.02.2019 № 11 хаттама" in Kazakh: the date first); "—" outside a session."""
    if not protocol:
        return "—"
    if lang == "kk":
        head, _, tail = protocol.partition(" ")
        return f"{head}\n{tail}" if tail else head
    head, _, tail = protocol.rpartition(" ")
    return f"{head}\n{tail}" if head else tail


def render_overdue(
    data: OverdueReportData, path: str | Path, settings: DocumentSettings | None = None
) -> Path:
    """Write the overdue report (справка о просроченных поручениях) to ``path``."""
    settings = settings or DocumentSettings()
    st = build_styles(settings)
    title = clean(w(data.lang, "overdue_title", date=date_attributive(data.as_of, data.lang)))

    def build(fh: IO[bytes]) -> None:
        doc = _doc(fh, settings, st, data.lang, data.stamp, title, data.title_body)
        doc.build(_overdue_story(data, st, doc.width, doc.height))

    return write_pdf_atomic(path, build)


# --------------------------------------------------------------------------- discipline


def _discipline_table(
    data: DisciplineReportData, st: Styles, width: float, height: float
) -> PagedTable:
    lang = data.lang
    keys = (
        "col_no",
        "col_executor",
        "col_org",
        "col_issued",
        "col_on_time",
        "col_late",
        "col_overdue",
        "col_percent",
    )
    fixed = (10 * mm, None, None, 29 * mm, 26 * mm, 29 * mm, 26 * mm, 40 * mm)
    grid = Grid(st, [w(lang, k) for k in keys], _widths(fixed, width), height)
    bold_centre = ParagraphStyle("table_bold_centre", parent=st.table_head)

    def numbers(r: DisciplineRow, style: ParagraphStyle) -> list[Cell]:
        values = (r.issued, r.on_time, r.late, r.overdue)
        cells = [Cell(str(v), style, markup=True) for v in values]
        return cells + [Cell(percent_text(r.percent, lang), style, markup=True)]

    def colour_percent(first: int, r: DisciplineRow) -> None:
        colour = discipline_colour(r.percent)
        if colour is not None:
            grid.add("BACKGROUND", (-1, first), (-1, len(grid.rows) - 1), colour)

    for n, r in enumerate(data.rows, 1):
        first = grid.record(
            [
                Cell(str(n), st.table_centre, markup=True),
                Cell(r.executor, st.table, names=True),
                Cell(r.organisation, st.table),
                *numbers(r, st.table_centre),
            ]
        )
        colour_percent(first, r)
    first = grid.record(
        [Cell(w(lang, "total"), st.table_bold, markup=True), Cell("", st.table), Cell("", st.table)]
        + numbers(data.total, bold_centre)
    )
    grid.add("SPAN", (0, first), (2, first))
    colour_percent(first, data.total)
    return grid.table()


def _fit(text: str, font: str, size: float, room: float) -> str:
    """``text`` cut with "…" to fit ``room`` points (chart labels only; the table has it whole)."""
    if stringWidth(text, font, size) <= room:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + "…", font, size) <= room:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def discipline_charts(
    rows: list[DisciplineRow], lang: str, st: Styles, width: float, per_chart: int = 20
) -> list[Drawing]:
    """Horizontal bars of the percent per executor, ``per_chart`` bars to a drawing."""
    font = st.fonts.regular
    size = max(st.table_size - 1, 8)
    bar_h = size * 1.1
    step = size * 1.8
    label_w = width * 0.32
    value_w = stringWidth("100,0", font, size) + 6
    left = label_w + 6
    plot_w = width - left - value_w
    axis_h = size * 2.2
    charts: list[Drawing] = []
    for start in range(0, len(rows), per_chart):
        chunk = rows[start : start + per_chart]
        height = axis_h + step * len(chunk) + 4
        d = Drawing(width, height, initialFontName=font, initialFontSize=size)
        top = height - 2
        bottom = axis_h
        for tick in (0, 25, 50, 75, 100):
            x = left + plot_w * tick / 100
            d.add(
                Line(x, bottom, x, top, strokeColor=colors.Color(0.75, 0.75, 0.75), strokeWidth=0.4)
            )
            d.add(
                String(
                    x,
                    bottom - size * 1.2,
                    str(tick),
                    fontName=font,
                    fontSize=size,
                    textAnchor="middle",
                )
            )
        d.add(Line(left, bottom, left, top, strokeColor=colors.black, strokeWidth=0.6))
        for i, r in enumerate(chunk):
            y_mid = top - step * (i + 0.5)
            label = _fit(clean(r.executor).replace("\n", " "), font, size, label_w)
            d.add(
                String(
                    label_w,
                    y_mid - size * 0.35,
                    label,
                    fontName=font,
                    fontSize=size,
                    textAnchor="end",
                )
            )
            colour = discipline_bar_colour(r.percent)
            value = percent_text(r.percent, lang)
            end = left
            if r.percent is not None and colour is not None:
                # at 0 % a sliver still shows the band's colour
                bar_w = max(plot_w * max(0.0, min(100.0, r.percent)) / 100, 1.5)
                d.add(
                    Rect(left, y_mid - bar_h / 2, bar_w, bar_h, fillColor=colour, strokeColor=None)
                )
                end = left + bar_w
            d.add(String(end + 3, y_mid - size * 0.35, value, fontName=font, fontSize=size))
        charts.append(d)
    return charts


def _discipline_story(
    data: DisciplineReportData, st: Styles, width: float, height: float
) -> list[Flowable]:
    from ..domain.due import format_date_short

    lang = data.lang
    title = w(
        lang,
        "discipline_title",
        date_from=format_date_short(data.date_from),
        date_to=format_date_short(data.date_to),
    )
    story = _title([data.title_body], title, st)
    if not data.rows:
        story.append(Para(w(lang, "discipline_none"), st.normal))
        return story
    story.append(_discipline_table(data, st, width, height))
    story.append(Spacer(1, st.size * 0.4))
    story.append(Para(w(lang, "discipline_formula"), st.table))
    charts = discipline_charts(data.rows, lang, st, width)
    for i, chart in enumerate(charts):
        block: list[Flowable] = [CondPageBreak(chart.height + st.size * 3)]
        if i == 0:
            block += [
                Spacer(1, st.size),
                Para(w(lang, "chart_title"), st.centre_bold),
                Spacer(1, st.size * 0.5),
            ]
        block.append(chart)
        story += block
    return story


def render_discipline(
    data: DisciplineReportData, path: str | Path, settings: DocumentSettings | None = None
) -> Path:
    """Write the executive discipline report (справка об исполнительской дисциплине) to ``path``."""
    from ..domain.due import format_date_short

    settings = settings or DocumentSettings()
    st = build_styles(settings)
    title = w(
        data.lang,
        "discipline_title",
        date_from=format_date_short(data.date_from),
        date_to=format_date_short(data.date_to),
    )

    def build(fh: IO[bytes]) -> None:
        doc = _doc(fh, settings, st, data.lang, data.stamp, title, data.title_body)
        doc.build(_discipline_story(data, st, doc.width, doc.height))

    return write_pdf_atomic(path, build)
