"""Registers kept in Excel or CSV ("реестр поручений"), read as plain rows.

Qt-free and storage-free: this module only reads a file into cells, guesses
which row is the header (registers carry merged title rows above it) and which
column holds which field (from header words in Russian and Kazakh), and splits
and reads the cells of a row. What a row means for the database (deadlines,
executors, sessions) is decided by ``services/register.py``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from .errors import UserError
from .i18n import QT_TRANSLATE_NOOP as N_

Cell = str | int | float | date | None

# The fields a column can be mapped to, in the order the wizard lists them.
FIELDS: tuple[str, ...] = (
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
)
# Their names for the user (context "Register"), also used in problems: «Срок».
FIELD_LABELS: dict[str, str] = {
    "number": N_("Register", "No."),
    "protocol_number": N_("Register", "Protocol No."),
    "protocol_date": N_("Register", "Protocol date"),
    "text": N_("Register", "Instruction text"),
    "executors": N_("Register", "Executors"),
    "co_executors": N_("Register", "Co-executors"),
    "deadline": N_("Register", "Deadline"),
    "status": N_("Register", "Status"),
    "report_text": N_("Register", "Report"),
    "report_date": N_("Register", "Report date"),
    "outgoing_number": N_("Register", "Outgoing No."),
    "notes": N_("Register", "Notes"),
}

MAX_FILE_BYTES = 100 * 1024 * 1024
HEADER_SCAN_ROWS = 30


@dataclass
class Table:
    """One sheet of a register file: every row as a list of cells (None = empty)."""

    path: Path
    sheets: list[str]
    sheet: str
    rows: list[list[Cell]] = field(default_factory=list)
    sha256: str = ""  # of the file as read: an import checks it has not changed since

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows[:200]), default=0)


# ---------------------------------------------------------------------- reading
def read_table(path: Path, sheet: str | None = None) -> Table:
    """The rows of ``path`` (.xlsx/.xlsm, or .csv/.txt), of ``sheet`` or the first one."""
    path = Path(path)
    if not path.is_file():
        raise UserError("The file {path} does not exist.", path=str(path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UserError(
            "The file {path} is too large to be a register (over {mb} MB).",
            path=str(path),
            mb=MAX_FILE_BYTES // (1024 * 1024),
        )
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        table = _read_xlsx(path, sheet)
    elif suffix in (".csv", ".txt", ".tsv"):
        table = _read_csv(path)
    else:
        raise UserError(
            "{path}: a register is read from an Excel workbook (.xlsx) or a CSV file (.csv).",
            path=str(path),
        )
    table.sha256 = file_sha256(path)
    return table


def file_sha256(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise UserError(
            "{path} cannot be read as an Excel workbook: {detail}", path=str(path), detail=str(exc)
        ) from exc
    try:
        names = list(wb.sheetnames)
        if sheet is None:
            sheet = _register_sheet(wb, names)
        elif sheet not in names:
            raise UserError(
                'The workbook has no sheet "{sheet}"; its sheets: {names}.',
                sheet=sheet,
                names=", ".join(names),
            )
        ws = wb[sheet]
        rows: list[list[Cell]] = []
        for raw in ws.iter_rows(values_only=True):
            row: list[Cell] = []
            for v in raw:
                if isinstance(v, datetime):
                    row.append(v.date())
                elif isinstance(v, bool):
                    row.append(str(v))
                elif isinstance(v, str):
                    row.append(v if v.strip() else None)
                else:
                    row.append(v)  # int, float, date, None
            while row and row[-1] is None:
                row.pop()
            rows.append(row)
    finally:
        wb.close()
    while rows and not rows[-1]:
        rows.pop()
    return Table(path, names, sheet, rows)


def _register_sheet(wb, names: list[str]) -> str:
    """The first sheet whose top rows hold a register's header (a workbook often opens
    with a title page or notes); else the first sheet."""
    for name in names:
        head: list[list[Cell]] = []
        for raw in wb[name].iter_rows(max_row=HEADER_SCAN_ROWS, values_only=True):
            head.append(list(raw))
        n = guess_header_row(head)
        if n < len(head) and header_score(head[n]) >= 2:
            return name
    return names[0]


def decode(data: bytes) -> str:
    """A CSV's text: UTF-8 (with or without a BOM), else Windows-1251 (Excel's Cyrillic)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _read_csv(path: Path) -> Table:
    text = decode(path.read_bytes())
    sample = text[:20000]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        delimiter = max(";,\t", key=sample.count)
    rows: list[list[Cell]] = []
    for raw in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        row: list[Cell] = [v if v.strip() else None for v in raw]
        while row and row[-1] is None:
            row.pop()
        rows.append(row)
    while rows and not rows[-1]:
        rows.pop()
    return Table(path, [path.stem], path.stem, rows)


# ---------------------------------------------------------------------- cells
_SPACES = re.compile(r"\s+")


def cell_text(v: Cell) -> str:
    """A cell as text: numbers stored as numbers lose a trailing ".0"."""
    if v is None:
        return ""
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else f"{v:g}"
    if isinstance(v, date):
        return v.strftime("%d.%m.%Y")
    return str(v).strip()


def excel_serial(v: float) -> date | None:
    """An Excel day number (1900 system) as a date, for plausible register years."""
    if 20000 <= v <= 80000 and float(v).is_integer():  # 1954 .. 2119
        return date(1899, 12, 30) + timedelta(days=int(v))
    return None


_TEXT_DATE = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})\s*(?:г\.?|ж\.?)?\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")


def cell_date(v: Cell) -> date | str | None:
    """A date cell: a date, an Excel serial, "dd.mm.yyyy" text. A text that is not a
    plain date (or an impossible one, 31.02) is returned as it is: the caller reads it
    with the deadline parser or names the problem. Empty is None."""
    if v is None:
        return None
    if isinstance(v, date):
        return v
    if isinstance(v, int | float):
        d = excel_serial(float(v))
        return d if d is not None else cell_text(v)
    s = str(v).strip()
    if not s:
        return None
    if s.isdigit():
        d = excel_serial(float(s))
        if d is not None:
            return d
    try:
        m = _ISO_DATE.match(s)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = _TEXT_DATE.match(s)
        if m:
            year = int(m[3])
            if year < 100:
                year += 2000
            return date(year, int(m[2]), int(m[1]))
    except ValueError:  # 31.02.2023: the caller names the problem
        return s
    return s


def looks_like_date(text: str) -> bool:
    return bool(_TEXT_DATE.match(text) or _ISO_DATE.match(text))


_SPLIT = re.compile(r"[;,\n\r]+")


def split_names(text: str) -> list[str]:
    """Several executors in one cell: separated by commas, semicolons or new lines
    (each once; "Оспанов А.Б." keeps its initials)."""
    out: list[str] = []
    seen: set[str] = set()
    for part in _SPLIT.split(text):
        part = _SPACES.sub(" ", part).strip(" \t-–—")
        if part and part.casefold() not in seen:
            seen.add(part.casefold())
            out.append(part)
    return out


def norm_header(text: str) -> str:
    return _SPACES.sub(" ", text.replace("ё", "е").replace("Ё", "Е")).strip().casefold()


# ---------------------------------------------------------------------- guessing
# Header words by field, ru and kk, checked in this order (first match wins), on the
# header text casefolded with ё as е.
_HEADER_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("co_executors", ("соисполн", "бірлесіп орындау", "бірлескен орындау", "қосымша орындау")),
    (
        "report_date",
        ("дата отчет", "дата исполн", "дата ответ", "есеп күні", "орындалған күні", "жауап күні"),
    ),
    ("outgoing_number", ("исх", "шығыс", "шығ. №", "шыг")),
    ("protocol_date", ("дата протокол", "дата заседан", "хаттама күні", "отырыс күні")),
    ("protocol_number", ("протокол", "заседан", "хаттама", "отырыс")),
    ("deadline", ("срок", "мерзім", "мерзiм")),
    ("executors", ("исполнител", "ответствен", "орындаушы", "жауапты")),
    ("status", ("статус", "состояни", "отметка об исполн", "мәртебе", "жай-күй", "орындалу белгі")),
    (
        "report_text",
        ("информация об исполн", "отчет", "ход исполн", "результат", "есеп", "орындалуы туралы"),
    ),
    ("text", ("поручени", "содержани", "текст", "тапсырма", "мазмұн")),
    ("notes", ("примечани", "ескерту", "комментар", "түсініктеме")),
    ("number", ("№ п/п", "№п/п", "п/п", "р/с", "№ р/с", "номер поруч", "№")),
)


def guess_field(header: str) -> str | None:
    h = norm_header(header)
    if not h:
        return None
    if h in ("№", "n", "no", "#", "№ п/п", "р/с", "р/с №"):
        return "number"
    for fld, words in _HEADER_WORDS:
        if any(w in h for w in words):
            return fld
    return None


def header_score(row: list[Cell]) -> int:
    """How many cells of ``row`` name a field (a title merged over the row names none:
    it is too long to be a column's name)."""
    return sum(1 for c in row if isinstance(c, str) and len(c) < 80 and guess_field(c) is not None)


def guess_header_row(rows: list[list[Cell]]) -> int:
    """The index of the row most like a header: the most cells that name a field
    (title rows above it are merged into one cell and name none)."""
    best, best_score = 0, 0
    for n, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = header_score(row)
        if score > best_score:
            best, best_score = n, score
    if best_score:
        return best
    for n, row in enumerate(rows[:HEADER_SCAN_ROWS]):  # no header words: the first wide row
        if sum(1 for c in row if c is not None) >= 3:
            return n
    return 0


def headers(table: Table, header_row: int) -> list[str]:
    """The column names of the header row; an empty cell under a merged group header
    (two-level headers: «Отчет» over «текст» / «дата») takes the group's name."""
    width = table.width
    row = table.rows[header_row] if header_row < len(table.rows) else []
    above = table.rows[header_row - 1] if header_row > 0 else []
    out: list[str] = []
    for c in range(width):
        h = cell_text(row[c]) if c < len(row) else ""
        if not h and c < len(above):
            h = cell_text(above[c])
        out.append(_SPACES.sub(" ", h))
    return out


def guess_mapping(names: list[str], remembered: dict[str, str] | None = None) -> dict[int, str]:
    """Column index -> field, from the header words (a header remembered from an earlier
    import wins); each field taken by its first column only."""
    out: dict[int, str] = {}
    taken: set[str] = set()
    remembered = remembered or {}
    for pass_ in (0, 1):
        for c, name in enumerate(names):
            if c in out:
                continue
            fld = remembered.get(norm_header(name)) if pass_ == 0 else guess_field(name)
            if fld in FIELDS and fld not in taken:
                out[c] = fld
                taken.add(fld)
    return out


def column_letter(c: int) -> str:
    """0 -> A, 26 -> AA: how Excel names a column."""
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


_TOTALS = re.compile(r"^\s*(итого|всего|барлығы|жиыны|қорытынды)\b", re.IGNORECASE)


def is_totals(values: list[str]) -> bool:
    """A totals row ("Итого: 25", "Барлығы") closes a register, holds no instruction."""
    first = next((v for v in values if v), "")
    return bool(_TOTALS.match(first))


def data_rows(table: Table, header_row: int) -> Iterator[tuple[int, list[Cell]]]:
    """(row number as Excel shows it, cells) of each row under the header."""
    for n in range(header_row + 1, len(table.rows)):
        yield n + 1, table.rows[n]
