"""services/documents.py: every document and export, written once for both fronts."""

from pathlib import Path

import pytest
from pypdf import PdfReader

from anticorr_desktop.errors import ValidationError
from anticorr_desktop.exports.common import ExportCancelled
from anticorr_desktop.services import safe_file_name
from tests.twins import make_twins


def _text(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(path).pages)


def test_safe_file_name():
    assert (
        safe_file_name("Протокол № 4 от 17.12.2024 (RU).pdf")
        == "Протокол № 4 от 17.12.2024 (RU).pdf"
    )
    assert safe_file_name('a<b>c:d"e/f\\g|h?i*j.pdf') == "a_b_c_d_e_f_g_h_i_j.pdf"
    assert safe_file_name("  ..  ") == "document"
    long = safe_file_name("Ш" * 300 + ".pdf")
    assert long.endswith(".pdf") and len(long) <= 124
    assert safe_file_name("Е.К. Оспанов.") == "Е.К. Оспанов"


def test_all_extracts_with_two_executors_of_the_same_name(demo, tmp_path):
    sid = demo.demo_session_id
    first, _second = make_twins(demo, sid)
    files = demo.write_extracts(sid, "ru", tmp_path / "out")
    execs = demo.session_executors(sid)
    assert len(files) == len(execs) == len(set(files))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in files)
    twins = [p for p in files if demo.person_name(first) in p.name]
    assert len(twins) == 2 and any(p.name.endswith(" (2).pdf") for p in twins)
    for p in files:
        assert p.read_bytes().startswith(b"%PDF")


def test_extracts_cancelled_or_failed_leave_nothing(demo, tmp_path):
    sid = demo.demo_session_id
    calls = []

    def cancel_after_two():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ExportCancelled):
        demo.write_extracts(sid, "ru", tmp_path / "out", cancelled=cancel_after_two)
    assert list((tmp_path / "out").iterdir()) == []


def test_extracts_of_a_session_without_instructions(demo, tmp_path):
    s = demo.create_session(demo.store.commissions()[0].id, demo.today())
    with pytest.raises(ValidationError, match="has no instructions"):
        demo.write_extracts(s.id, "ru", tmp_path)


def test_documents_and_exports_are_written(demo, tmp_path):
    sid = demo.demo_session_id
    minutes = demo.write_minutes(sid, "kk", tmp_path / "m.pdf")
    assert "ХАТТАМА" in _text(minutes)
    demo.write_overdue_report(demo.today(), "ru", tmp_path / "o.pdf")
    assert (tmp_path / "o.pdf").read_bytes().startswith(b"%PDF")
    for fmt in ("csv", "xlsx", "ics", "json"):
        n = demo.export_tasks(None, fmt, tmp_path / f"t.{fmt}", "ru")
        assert n == len(demo.store.instruction_ids()) and (tmp_path / f"t.{fmt}").stat().st_size


def test_file_names_follow_the_users_language(demo):
    s = demo.store.session(demo.demo_session_id)
    assert (
        demo.minutes_file_name(s, "kk") == f"Minutes No. {s.number} of {s.date:%d.%m.%Y} (KZ).pdf"
    )
    demo.lang = "ru"
    assert demo.minutes_file_name(s, "ru").startswith(f"Протокол № {s.number} от")


def test_the_register_carries_reports_numbers_and_extension_reasons(demo, tmp_path):
    """Issue #14: the Excel register had no report texts, outgoing numbers or reasons."""
    import csv

    from openpyxl import load_workbook

    xlsx, csv_path = tmp_path / "register.xlsx", tmp_path / "register.csv"
    assert demo.export_tasks(None, "xlsx", xlsx, "ru") == demo.export_tasks(
        None, "csv", csv_path, "ru"
    )
    ws = load_workbook(xlsx).active
    header = [c.value for c in ws[1]]
    for title in ("Отчёты", "Исходящие номера", "Причины продления"):
        assert title in header, header
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in ws.iter_rows(min_row=2)]
    audit = next(r for r in rows if r["Отчёты"] and "03-07/519" in r["Отчёты"])
    assert "14.04.2025 № 03-07/519: Аудит проведен по 3 из 5 объектов" in audit["Отчёты"]
    assert "Возвращено на доработку: Аудит проведен не по всем объектам" in audit["Отчёты"]
    assert audit["Исходящие номера"] == "03-07/519"
    monthly = next(
        r for r in rows if r["Исходящие номера"] and "03-07/105" in r["Исходящие номера"]
    )
    assert monthly["Исходящие номера"] == "03-07/105, 03-07/205, 03-07/305"
    assert len(monthly["Отчёты"].splitlines()) == 3
    extended = [r for r in rows if r["Причины продления"]]
    assert extended
    assert any(
        r["Причины продления"].startswith("15.10.2024 → 13.12.2024: ")
        and len(r["Причины продления"].splitlines()) == 2
        for r in extended
    )
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh, delimiter=";"))
    assert table[0][-3:] == ["Отчёты", "Исходящие номера", "Причины продления"]
    assert any("03-07/519" in row[-2] for row in table[1:])
