"""`anticorr due TEXT`: the window's own parser from the command line."""

from __future__ import annotations

import json

import pytest

from anticorr_desktop import cli


def run(capsys, *args: str) -> tuple[int, str, str]:
    rc = cli.main(list(args))
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.fixture(autouse=True)
def no_database(tmp_path, monkeypatch):
    monkeypatch.setenv("ANTICORR_DB", str(tmp_path / "none.sqlite3"))
    monkeypatch.setenv("ANTICORR_LANG", "en")


@pytest.mark.parametrize(
    ("text", "kind", "due", "time"),
    [
        ("до 25 декабря 2025 года", "date", "2025-12-25", None),
        ("до 10:00 17 марта 2025 года", "date", "2025-03-17", "10:00"),
        ("во II квартале", "date", "2025-06-30", None),
        ("раз в квартал", "recurring", "2025-04-04", None),
        ("постоянно", "ongoing", None, None),
        ("к следующему заседанию комиссии", "next_session", None, None),
        ("по итогам проверки", "event", None, None),
        ("", "none", None, None),
        ("мерзімсіз", "none", None, None),
    ],
)
def test_json(capsys, text, kind, due, time):
    rc, out, err = run(capsys, "due", text, "--issued", "2025-03-01", "--format", "json")
    assert rc == 0, err
    data = json.loads(out)
    assert set(data) == {"text", "kind", "due_date", "time", "control_points", "printed"}
    assert data["text"] == text
    assert (data["kind"], data["due_date"], data["time"]) == (kind, due, time)
    assert set(data["printed"]) == {"ru", "kk"}
    if kind == "recurring":
        assert data["control_points"] == ["2025-04-04", "2025-07-04", "2025-10-03", "2026-01-05"]
    else:
        assert data["control_points"] == []


def test_printed_is_the_text_as_decided(capsys):
    rc, out, _ = run(
        capsys, "due", "до  конца полугодия", "--issued", "2019-03-01", "--format", "json"
    )
    assert rc == 0
    data = json.loads(out)
    assert data["due_date"] == "2019-06-28"  # 30 June 2019 is a Sunday
    # as typed in its own language; in the other, the meaning in that language: the
    # period's last day as decided (30 June), not the date moved off the Sunday (28 June)
    assert data["printed"] == {"ru": "до конца полугодия", "kk": "2019 жылғы 30 маусымға дейін"}


def test_printed_in_the_other_language_keeps_the_meaning(capsys):
    for text, ru, kk in [
        ("постоянно", "постоянно", "тұрақты"),
        ("2025 жылғы 1 шілдеге дейін", "до 1 июля 2025 года", "2025 жылғы 1 шілдеге дейін"),
        ("по итогам проверки", "по итогам проверки", "по итогам проверки"),  # only as typed
    ]:
        rc, out, _ = run(capsys, "due", text, "--issued", "2025-02-10", "--format", "json")
        assert rc == 0 and json.loads(out)["printed"] == {"ru": ru, "kk": kk}, text


def test_empty_text_prints_the_wording(capsys):
    _, out, _ = run(capsys, "due", "", "--format", "json")
    assert json.loads(out)["printed"] == {"ru": "без срока", "kk": "мерзімсіз"}


def test_text_format_in_the_interface_language(capsys):
    rc, out, _ = run(capsys, "due", "тоқсанына бір рет", "--issued", "2025-03-01", "--lang", "kk")
    assert rc == 0
    assert "тоқсан сайын, есепті кезеңнен кейінгі айдың 5-күніне дейін (әдепкі мерзім)" in out
    assert "04.04.2025" in out


def test_default_day_option(capsys):
    rc, out, _ = run(
        capsys,
        "due",
        "ежемесячно",
        "--issued",
        "2025-03-01",
        "--default-day",
        "12",
        "--format",
        "json",
    )
    assert rc == 0
    assert json.loads(out)["due_date"] == "2025-03-12"


@pytest.mark.parametrize(
    ("lang", "fragment"),
    [
        ("en", "02.2025 has only 28 days"),
        ("ru", "всего 28 дней"),
        ("kk", "28 күн"),
    ],
)
def test_refused_is_one_line_and_exit_2(capsys, lang, fragment):
    rc, out, err = run(capsys, "due", "31.02.2025", "--lang", lang)
    assert rc == 2 and out == ""
    assert err.count("\n") == 1 and fragment in err


def test_refusal_examples_are_in_the_interface_language(capsys):
    _, _, err = run(capsys, "due", "до пятницы", "--lang", "kk")
    assert "2024 жылғы 25 желтоқсанға дейін" in err
    assert "до 25 декабря" not in err
    _, _, err = run(capsys, "due", "до пятницы", "--lang", "ru")
    assert "до 25 декабря 2024 года" in err
