"""CSV, XLSX and iCalendar exports of the task list, read back with their own parsers."""

import csv
import os
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from xml.dom import minidom

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from anticorr_desktop.errors import UserError
from anticorr_desktop.exports import common, xlsx_export
from anticorr_desktop.exports.common import (
    COLUMNS,
    DANGEROUS_PREFIXES,
    ExportCancelled,
    atomic_write,
    clean_text,
    headers,
    sanitize_cell,
    shorten,
)
from anticorr_desktop.exports.csv_export import write_csv
from anticorr_desktop.exports.ics_export import write_ics
from anticorr_desktop.exports.rows import TaskRow
from anticorr_desktop.exports.xlsx_export import collation_key, safe_sheet_title, write_xlsx

KAZ = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"
TODAY = date(2026, 11, 26)
STAMP = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
HOSTILE = "Отдел/финансов: [учёт]*? и контроль \\ АО «Қазақстан»"  # 40+ characters
LAST_COL = "S"


def make_row(i: int = 1, **kw) -> TaskRow:
    base = {
        "id": i,
        "uid": f"uid-{i}",
        "number": f"{i}.1",
        "session": "2024/4",
        "session_date": date(2024, 10, 3),
        "commission": "Городская комиссия",
        "text": f"Обеспечить анализ рисков {KAZ} №{i}",
        "main_executor": "ГУ «Білім басқармасы»",
        "co_executors": ["Иванов И.И.", "Сәрсенов Ғ.Қ."],
        "controller": "Ахметова Ә.Ң.",
        "issued_date": date(2024, 10, 3),
        "due_text": "до 25 декабря 2024 года",
        "due_date_original": date(2024, 12, 25),
        "due_date": date(2027, 1, 15),
        "extensions": 1,
        "status": "on_control",
        "status_label": "На контроле",
        "days_overdue": 0,
        "done_date": None,
    }
    base.update(kw)
    return TaskRow(**base)


@pytest.fixture
def rows():
    return [
        make_row(1),
        make_row(
            2,
            main_executor="Аппарат акима",
            co_executors=[],
            due_date=date(2026, 11, 1),
            days_overdue=25,
            text='Первая строка\nвторая; строка, с "кавычками"',
        ),
        make_row(
            3,
            session="",
            session_date=None,
            due_date_original=None,
            due_date=None,
            extensions=0,
            controller="",
        ),
        make_row(4, status="done", status_label="Исполнено", done_date=date(2026, 10, 1)),
    ]


INJECTIONS = ["=1+1", "+7 701", "-2", "@SUM", "\tx", "\rx"]


@pytest.fixture
def hostile_rows():
    """Each text column of one row starts with a formula character."""
    return [
        make_row(
            1,
            number="=1+1",
            main_executor="+7 701",
            co_executors=["-2"],
            controller="@SUM",
            due_text="\tx",
            commission="\rx",
            text='=HYPERLINK("http://x")',
            extensions=-2,  # a real (negative) number stays a number
        )
    ]


@pytest.fixture(params=[True, False], ids=["fast-rows", "openpyxl-rows"])
def xlsx_path(request, monkeypatch):
    """Both ways of writing data rows must give the same workbook."""
    monkeypatch.setattr(xlsx_export, "FAST_ROWS", request.param)
    return request.param


def read_csv(path, delimiter=";"):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def read_ics(path):
    with open(path, "rb") as fh:
        data = fh.read()
    return data, Calendar.from_ical(data)


def listing(folder):
    return sorted(os.listdir(folder))


# ---------------------------------------------------------------- common


def test_columns_are_the_nineteen_in_order():
    assert [c.key for c in COLUMNS] == [
        "number",
        "session",
        "session_date",
        "commission",
        "text",
        "main_executor",
        "co_executors",
        "controller",
        "issued_date",
        "due_text",
        "due_date_original",
        "due_date",
        "extensions",
        "status",
        "days_overdue",
        "done_date",
        "reports",
        "outgoing_numbers",
        "extension_reasons",
    ]
    fields = set(TaskRow.__dataclass_fields__)
    assert all(c.attr in fields for c in COLUMNS)
    assert headers("en")[0] == "No." and headers("en")[-1] == "Reasons for extensions"


def test_headers_are_translated_in_the_export_context(monkeypatch):
    seen = []

    def fake(context, text, lang=None):
        seen.append((context, lang))
        return f"{lang}:{text}"

    monkeypatch.setattr(common, "translate", fake)
    assert headers("kk")[1] == "kk:Protocol"
    assert set(seen) == {("Export", "kk")}


@given(st.text())
def test_sanitize_cell_text(value):
    out = sanitize_cell(value)
    assert not (out and out[0] in DANGEROUS_PREFIXES)
    if out != value:
        assert out == "'" + value and value[0] in DANGEROUS_PREFIXES
        assert out[1:] == value
    else:
        assert not value or value[0] not in DANGEROUS_PREFIXES


@given(st.one_of(st.integers(), st.floats(allow_nan=False), st.dates(), st.none(), st.booleans()))
def test_sanitize_cell_leaves_non_text_alone(value):
    assert sanitize_cell(value) is value


@pytest.mark.parametrize("value", INJECTIONS)
def test_sanitize_cell_examples(value):
    assert sanitize_cell(value) == "'" + value
    assert sanitize_cell(-2) == -2
    assert sanitize_cell("Иванов - 2") == "Иванов - 2"


@given(st.text())
def test_clean_text_is_safe_for_xml(value):
    out = clean_text(value)
    assert not ILLEGAL_CHARACTERS_RE.search(out)
    assert "\r" not in out
    if not any(ord(c) < 32 and c not in "\t\n" for c in value) and not any(
        0xD800 <= ord(c) <= 0xDFFF or c in "\ufffe\uffff" for c in value
    ):
        assert out == value


@given(st.dates(min_value=date(1000, 1, 1)))
def test_format_date(value):
    assert common.format_date(value) == value.strftime("%d.%m.%Y")
    assert common.format_date(None) == ""


@given(st.text(), st.integers(10, 120))
def test_shorten(value, limit):
    out = shorten(value, limit)
    assert len(out) <= limit and "\n" not in out


# ---------------------------------------------------------------- atomic write


def test_atomic_write_failure_keeps_old_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")

    def broken(fh):
        fh.write(b"half a fi")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        atomic_write(target, broken, binary=True)
    assert target.read_bytes() == b"old"
    assert listing(tmp_path) == ["out.csv"]


def test_atomic_write_replaces_and_keeps_permissions(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    if os.name == "posix":
        os.chmod(target, 0o640)
    atomic_write(target, lambda fh: fh.write("новый\r\n"), binary=False)
    assert target.read_bytes() == "новый\r\n".encode()
    assert listing(tmp_path) == ["out.txt"]
    if os.name == "posix":
        assert os.stat(target).st_mode & 0o777 == 0o640


def test_atomic_write_os_errors_are_user_errors(tmp_path):
    with pytest.raises(UserError):
        atomic_write(tmp_path / "missing" / "out.csv", lambda fh: None, binary=True)
    (tmp_path / "dir").mkdir()
    with pytest.raises(UserError):
        atomic_write(tmp_path / "dir", lambda fh: None, binary=True)
    assert listing(tmp_path) == ["dir"]


def test_failed_export_leaves_previous_file(tmp_path, rows, monkeypatch):
    target = tmp_path / "tasks.xlsx"
    write_xlsx(rows, target)
    before = target.read_bytes()

    def explode(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx_export.Workbook, "save", explode)
    with pytest.raises(UserError) as err:
        write_xlsx(rows * 3, target)
    assert "No space left" in err.value.message("en")
    assert target.read_bytes() == before
    assert listing(tmp_path) == ["tasks.xlsx"]


# ---------------------------------------------------------------- progress and cancel


WRITERS = {
    "csv": lambda rows, path, **kw: write_csv(rows, path, **kw),
    "xlsx": lambda rows, path, **kw: write_xlsx(rows, path, **kw),
    "xlsx-per-executor": lambda rows, path, **kw: write_xlsx(rows, path, per_executor=True, **kw),
    "ics": lambda rows, path, **kw: write_ics(rows, path, today=TODAY, **kw),
}


def many_rows(n):
    # Mostly closed rows: every row counts for progress, few become events.
    return [
        make_row(i, status="on_control" if i % 100 == 0 else "done", main_executor=f"Орган {i % 3}")
        for i in range(n)
    ]


@pytest.mark.parametrize("kind", WRITERS)
def test_progress_reaches_total(tmp_path, kind):
    calls = []
    WRITERS[kind](many_rows(2500), tmp_path / "out", progress=lambda d, t: calls.append((d, t)))
    total = calls[-1][1]
    assert total == (5000 if kind == "xlsx-per-executor" else 2500)
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert (1000, total) in calls and len(calls) >= 4
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


@pytest.mark.parametrize("kind", WRITERS)
def test_cancel_stops_and_leaves_no_file(tmp_path, kind):
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    temps = len(ALL_TEMP_FILES)
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 1  # cancel at the first check after the start

    with pytest.raises(UserError) as err:
        WRITERS[kind](many_rows(2500), tmp_path / "out", cancelled=cancelled)
    assert isinstance(err.value, ExportCancelled)
    assert err.value.text == "Export cancelled"
    assert listing(tmp_path) == []
    assert len(ALL_TEMP_FILES) == temps  # openpyxl's own temporary sheets removed too


@pytest.mark.parametrize("kind", WRITERS)
def test_cancel_keeps_previous_file(tmp_path, kind):
    target = tmp_path / "out"
    target.write_bytes(b"previous export")
    with pytest.raises(ExportCancelled):
        WRITERS[kind](many_rows(10), target, cancelled=lambda: True)
    assert target.read_bytes() == b"previous export"
    assert listing(tmp_path) == ["out"]


# ---------------------------------------------------------------- CSV


def test_csv_encoding_delimiter_line_ends_and_values(tmp_path, rows):
    path = tmp_path / "tasks.csv"
    write_csv(rows, path, lang="en")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.endswith(b"\r\n")
    # Every line break outside a quoted field is CRLF; the one inside row 2's text is kept as is.
    assert raw.count(b"\r\n") == len(rows) + 1
    assert raw.split(b"\r\n")[0].count(b";") == len(COLUMNS) - 1

    table = read_csv(path)
    assert table[0] == headers("en")
    assert len(table) == len(rows) + 1
    head = {c.key: i for i, c in enumerate(COLUMNS)}
    r1, r2, r3, r4 = table[1:]
    assert r1[head["text"]] == f"Обеспечить анализ рисков {KAZ} №1"
    assert r1[head["main_executor"]] == "ГУ «Білім басқармасы»"
    assert r1[head["co_executors"]] == "Иванов И.И., Сәрсенов Ғ.Қ."
    assert r1[head["controller"]] == "Ахметова Ә.Ң."
    assert r1[head["session_date"]] == "03.10.2024"
    assert r1[head["due_date"]] == "15.01.2027"
    assert r1[head["extensions"]] == "1"
    assert r1[head["days_overdue"]] == "0"
    assert r1[head["done_date"]] == ""
    assert r2[head["text"]] == 'Первая строка\nвторая; строка, с "кавычками"'
    assert r2[head["days_overdue"]] == "25"
    assert r2[head["co_executors"]] == ""
    assert r3[head["session"]] == "" and r3[head["due_date"]] == ""
    assert r4[head["status"]] == "Исполнено" and r4[head["done_date"]] == "01.10.2026"
    assert all(len(r) == len(COLUMNS) for r in table)


def test_csv_other_delimiter(tmp_path, rows):
    path = tmp_path / "tasks.csv"
    write_csv(rows, path, delimiter="\t")
    table = read_csv(path, delimiter="\t")
    assert len(table[1]) == len(COLUMNS)
    assert table[1][6] == "Иванов И.И., Сәрсенов Ғ.Қ."
    for bad in ("", ";;", '"', "\n"):
        with pytest.raises(ValueError):
            write_csv(rows, path, delimiter=bad)


def test_csv_formula_injection_neutralised(tmp_path, hostile_rows):
    path = tmp_path / "tasks.csv"
    write_csv(hostile_rows, path)
    row = dict(zip([c.key for c in COLUMNS], read_csv(path)[1], strict=True))
    assert row["number"] == "'=1+1"
    assert row["main_executor"] == "'+7 701"
    assert row["co_executors"] == "'-2"
    assert row["controller"] == "'@SUM"
    assert row["due_text"] == "'\tx"
    assert row["commission"] == "'\rx"
    assert row["text"] == '\'=HYPERLINK("http://x")'
    assert row["extensions"] == "-2"  # a number, written as one
    for key, value in row.items():
        if key != "extensions":
            assert not (value and value[0] in DANGEROUS_PREFIXES)


# ---------------------------------------------------------------- XLSX


def test_xlsx_types_header_filter_and_widths(tmp_path, rows, xlsx_path):
    path = tmp_path / "tasks.xlsx"
    write_xlsx(rows, path, lang="en")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Instructions"]
    ws = wb.active
    assert [c.value for c in ws[1]] == headers("en")
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{LAST_COL}{len(rows) + 1}"
    assert ws.max_row == len(rows) + 1

    col = {c.key: i + 1 for i, c in enumerate(COLUMNS)}

    def cell(r, key):
        return ws.cell(row=r, column=col[key])

    assert cell(2, "session_date").value == datetime(2024, 10, 3)
    assert cell(2, "session_date").number_format == "DD.MM.YYYY"
    assert cell(2, "due_date").value == datetime(2027, 1, 15)
    assert isinstance(cell(2, "extensions").value, int) and cell(2, "extensions").value == 1
    assert cell(3, "days_overdue").value == 25 and isinstance(cell(3, "days_overdue").value, int)
    assert cell(2, "text").value == f"Обеспечить анализ рисков {KAZ} №1"
    assert cell(2, "co_executors").value == "Иванов И.И., Сәрсенов Ғ.Қ."
    assert cell(3, "text").value == 'Первая строка\nвторая; строка, с "кавычками"'
    assert cell(4, "due_date").value is None and cell(4, "session").value is None
    assert cell(5, "done_date").value == datetime(2026, 10, 1)
    assert cell(2, "text").alignment.wrap_text
    assert ws.column_dimensions["E"].width >= 50  # the text column is wide
    assert ws.column_dimensions["A"].width < 10

    # The overdue row (2nd data row) is filled AND says so in its own column.
    assert cell(3, "text").fill.fgColor.rgb.endswith("FFC7CE")
    assert cell(3, "done_date").fill.fgColor.rgb.endswith("FFC7CE")  # empty cells too
    assert cell(3, "days_overdue").font.b
    assert cell(2, "text").fill.fill_type is None
    wb.close()


def test_xlsx_parts_are_well_formed_xml(tmp_path, rows):
    rows[0].text = "a & b < c > d ]]> \x0bWord\x0cbreak\x01"
    path = tmp_path / "tasks.xlsx"
    write_xlsx(rows, path, per_executor=True)
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                minidom.parseString(z.read(name))
    wb = openpyxl.load_workbook(path)
    assert wb.active["E2"].value == "a & b < c > d ]]> \nWord\nbreak"
    wb.close()


def test_xlsx_formula_injection_neutralised(tmp_path, hostile_rows, xlsx_path):
    path = tmp_path / "tasks.xlsx"
    write_xlsx(hostile_rows, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    values = {c.key: ws.cell(row=2, column=i + 1) for i, c in enumerate(COLUMNS)}
    assert values["number"].value == "'=1+1"
    assert values["main_executor"].value == "'+7 701"
    assert values["co_executors"].value == "'-2"
    assert values["controller"].value == "'@SUM"
    assert values["due_text"].value == "'\tx"
    assert values["commission"].value.startswith("'")  # "\r" is stored as a line break
    assert values["text"].value == '\'=HYPERLINK("http://x")'
    assert values["extensions"].value == -2
    for cell in values.values():
        assert cell.data_type != "f"
    wb.close()


def test_xlsx_per_executor_sheets(tmp_path, rows, xlsx_path):
    other = HOSTILE[:40]
    rows += [
        make_row(5, main_executor=other),
        make_row(6, main_executor=other.upper()),  # same sheet name once case is ignored
        make_row(7, main_executor=""),
        make_row(8, main_executor="History"),
    ]
    path = tmp_path / "tasks.xlsx"
    write_xlsx(rows, path, lang="en", per_executor=True)
    wb = openpyxl.load_workbook(path)
    names = wb.sheetnames
    assert names[0] == "All"
    assert wb["All"].max_row == len(rows) + 1
    assert len(names) == 1 + 6
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert 0 < len(name) <= 31
        assert not set(name) & set("[]:*?/\\")
        assert not name.startswith("'") and not name.endswith("'")
    assert "History" not in names and "History (2)" in names
    assert "(no executor)" in names

    by_executor = {}
    for ws in wb.worksheets[1:]:
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
        assert [c.value for c in ws[1]] == headers("en")
        for r in range(2, ws.max_row + 1):
            by_executor.setdefault(ws.title, set()).add(ws.cell(row=r, column=6).value)
    assert all(len(v) == 1 for v in by_executor.values())
    assert sum(ws.max_row - 1 for ws in wb.worksheets[1:]) == len(rows)
    # Alphabetical: Latin, then Cyrillic (А before Г), the rows without an executor last.
    assert names[1] == "History (2)"
    assert names.index("Аппарат акима") < names.index("ГУ «Білім басқармасы»")
    assert names[-1] == "(no executor)"
    wb.close()


def test_xlsx_sheet_titles_translated(tmp_path, rows, monkeypatch):
    monkeypatch.setattr(xlsx_export, "translate", lambda ctx, text, lang=None: f"{lang}-{text}")
    path = tmp_path / "tasks.xlsx"
    write_xlsx(rows, path, lang="kk", per_executor=True)
    wb = openpyxl.load_workbook(path, read_only=True)
    assert wb.sheetnames[0] == "kk-All"
    wb.close()
    write_xlsx(rows, path, lang="kk")
    wb = openpyxl.load_workbook(path, read_only=True)
    assert wb.sheetnames == ["kk-Instructions"]
    wb.close()


@pytest.mark.parametrize(
    "name,expected",
    [
        ("ГУ «Білім»", "ГУ «Білім»"),
        ("a/b:c*d?e[f]g\\h", "a b c d e f g h"),
        ("'quoted'", "quoted"),
        ("", "_"),
        ("///", "_"),
        ("x" * 40, "x" * 31),
        ("history", "history (2)"),
    ],
)
def test_safe_sheet_title(name, expected):
    assert safe_sheet_title(name, set()) == expected


def test_safe_sheet_title_unique_and_short():
    taken = set()
    titles = [safe_sheet_title("Управление " + "я" * 40, taken) for _ in range(12)]
    assert len(set(titles)) == 12
    assert all(len(t) <= 31 for t in titles)
    assert titles[1].endswith(" (2)") and titles[11].endswith(" (12)")
    assert safe_sheet_title("ОТДЕЛ", {"отдел"}) == "ОТДЕЛ (2)"
    # Excel counts UTF-16 code units: an emoji takes two.
    assert len(safe_sheet_title("😀" * 20, set()).encode("utf-16-le")) <= 62


def test_collation_key_kazakh_order():
    names = ["Өскемен", "Яков", "Әлия", "Ербол", "Ғани", "Алия", "Ёлкин", "Гани", "KEGOC", "1-й"]
    assert sorted(names, key=collation_key) == [
        "1-й",
        "KEGOC",
        "Алия",
        "Әлия",
        "Гани",
        "Ғани",
        "Ербол",
        "Ёлкин",
        "Өскемен",
        "Яков",
    ]


def test_empty_exports(tmp_path):
    write_csv([], tmp_path / "e.csv", lang="en")
    assert read_csv(tmp_path / "e.csv") == [headers("en")]
    write_xlsx([], tmp_path / "e.xlsx", per_executor=True)
    wb = openpyxl.load_workbook(tmp_path / "e.xlsx")
    assert len(wb.sheetnames) == 1 and wb.active.max_row == 1
    assert wb.active.auto_filter.ref == f"A1:{LAST_COL}1"
    wb.close()


def test_executor_names_grouped_despite_spacing(tmp_path):
    rows = [make_row(1, main_executor="ГУ  Білім "), make_row(2, main_executor="ГУ Білім")]
    write_xlsx(rows, tmp_path / "e.xlsx", per_executor=True)
    wb = openpyxl.load_workbook(tmp_path / "e.xlsx", read_only=True)
    assert len(wb.sheetnames) == 2 and wb.sheetnames[1] == "ГУ Білім"
    wb.close()


# ---------------------------------------------------------------- ICS


@pytest.fixture
def ics_rows(rows):
    recurring = make_row(
        9,
        due_text="ежеквартально, до 5 числа",
        due_date=date(2027, 1, 5),
        control_points=[
            (date(2026, 10, 5), "done"),
            (date(2026, 4, 5), "done"),
            (date(2026, 11, 5), "rework"),
            (date(2027, 1, 5), "open"),
            (date(2027, 4, 5), "open"),
        ],
    )
    long_text = make_row(10, text="Очень длинный текст поручения " * 10, due_date=date(2027, 2, 1))
    closed = [
        make_row(11, status="off_control", status_label="Снято с контроля"),
        make_row(12, status="cancelled", status_label="Отменено"),
    ]
    return rows + [recurring, long_text] + closed


def events(cal):
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_ics_events_and_dates(tmp_path, ics_rows):
    path = tmp_path / "tasks.ics"
    write_ics(ics_rows, path, lang="en", today=TODAY, stamp=STAMP)
    data, cal = read_ics(path)
    assert str(cal["VERSION"]) == "2.0"
    assert "AntiCorr" in str(cal["PRODID"])
    ev = events(cal)
    # rows 1, 2, 10: one event each; row 3 has no due date; done/off/cancelled skipped;
    # row 9: three points not done.
    assert sorted(ev) == sorted(
        [
            "uid-1-2027-01-15@anticorr",
            "uid-2-2026-11-01@anticorr",
            "uid-10-2027-02-01@anticorr",
            "uid-9-2026-11-05@anticorr",
            "uid-9-2027-01-05@anticorr",
            "uid-9-2027-04-05@anticorr",
        ]
    )
    for uid, e in ev.items():
        start = e.decoded("DTSTART")
        assert type(start) is date and uid.endswith(f"-{start.isoformat()}@anticorr")
        assert e.decoded("DTEND") == start + timedelta(days=1)
        assert e.decoded("DTSTAMP") == STAMP
        assert "RRULE" not in e
    assert b"RRULE" not in data


def test_ics_text_fields(tmp_path, ics_rows):
    path = tmp_path / "tasks.ics"
    write_ics(ics_rows, path, lang="en", today=TODAY, stamp=STAMP, calendar_name="Комиссия ӘҒҚ")
    _, cal = read_ics(path)
    assert str(cal["X-WR-CALNAME"]) == "Комиссия ӘҒҚ"
    ev = events(cal)
    one = ev["uid-1-2027-01-15@anticorr"]
    assert str(one["SUMMARY"]) == f"1.1 ГУ «Білім басқармасы»: Обеспечить анализ рисков {KAZ} №1"
    desc = str(one["DESCRIPTION"])
    assert f"Обеспечить анализ рисков {KAZ} №1" in desc
    assert "Иванов И.И., Сәрсенов Ғ.Қ." in desc and "Ахметова Ә.Ң." in desc
    assert "2024/4" in desc and "На контроле" in desc
    assert "Instructions" in [str(c) for c in one["CATEGORIES"].cats]

    long = ev["uid-10-2027-02-01@anticorr"]
    summary = str(long["SUMMARY"])
    assert summary.endswith("…") and len(summary.split(": ", 1)[1]) <= 80
    assert ("Очень длинный текст поручения " * 10).strip() in str(long["DESCRIPTION"])

    late = ev["uid-2-2026-11-01@anticorr"]
    assert "Overdue" in [str(c) for c in late["CATEGORIES"].cats]
    assert "Первая строка\nвторая; строка" in str(late["DESCRIPTION"])
    point = ev["uid-9-2026-11-05@anticorr"]
    assert "Overdue" in [str(c) for c in point["CATEGORIES"].cats]
    assert "Control point: 05.11.2026 (3/5)" in str(point["DESCRIPTION"])


def test_ics_alarms_only_for_coming_events(tmp_path, ics_rows):
    path = tmp_path / "tasks.ics"
    write_ics(ics_rows, path, today=TODAY, stamp=STAMP)
    _, cal = read_ics(path)
    for uid, e in events(cal).items():
        alarms = e.walk("VALARM")
        if e.decoded("DTSTART") >= TODAY:
            assert len(alarms) == 1, uid
            trigger = alarms[0].decoded("TRIGGER")
            assert timedelta(days=-1) <= trigger < timedelta(0)
            assert str(alarms[0]["ACTION"]) == "DISPLAY"
        else:
            assert alarms == [], uid


def test_ics_uids_stable_and_rfc5545_lines(tmp_path, ics_rows):
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    write_ics(ics_rows, a, today=TODAY, stamp=STAMP)
    write_ics(ics_rows, b, today=TODAY)  # another DTSTAMP
    data_a, cal_a = read_ics(a)
    _, cal_b = read_ics(b)
    assert list(events(cal_a)) == list(events(cal_b))
    assert data_a.endswith(b"END:VCALENDAR\r\n")
    lines = data_a.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # long lines were folded


def test_ics_matches_build_calendar(tmp_path, ics_rows):
    from anticorr_desktop.exports.ics_export import build_calendar

    path = tmp_path / "tasks.ics"
    write_ics(ics_rows, path, today=TODAY, stamp=STAMP)
    data, _ = read_ics(path)
    assert build_calendar(ics_rows, "ru", today=TODAY, stamp=STAMP).to_ical() == data


def test_ics_empty(tmp_path):
    path = tmp_path / "tasks.ics"
    write_ics([replace(make_row(1), status="done")], path, today=TODAY)
    _, cal = read_ics(path)
    assert cal.walk("VEVENT") == []
