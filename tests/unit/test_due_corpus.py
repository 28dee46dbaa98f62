"""Deadline phrases as Kazakh state bodies write them: every one read as meant.

The corpus (tests/fixtures/deadlines/, see its README) holds phrases in the style
of published akimat protocols and anti-corruption action plans, in Russian and
Kazakh, with the reading each must get. None may be refused except those marked
invalid (impossible dates, contradictions), and those must be.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from anticorr_desktop.domain.dueparse import (
    DueKind,
    DueParseError,
    DueRule,
    Freq,
    Offset,
    format_due,
    parse_due,
)

ISSUED = date(2025, 2, 14)
CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "deadlines"


def load(lang: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in (CORPUS / f"{lang}.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, kind, expected = (part.strip() for part in line.rsplit("|", 2))
        rows.append((phrase, kind, expected))
    return rows


ROWS = [(lang, *row) for lang in ("ru", "kk") for row in load(lang)]


def expected_rule(kind: str, expected: str, phrase: str) -> DueRule | None:
    """The rule a row names, or None where only the kind is checked (dates: see below)."""
    if kind == "recurring":
        parts = expected.split(":")
        flags = {p for p in parts if p in ("next", "default")}
        nums = [int(p) for p in parts[1:] if p.isdigit()]
        return DueRule(
            DueKind.RECURRING,
            freq=Freq(parts[0]),
            day=nums[0],
            month=nums[1] if len(nums) > 1 else None,
            next_period="next" in flags,
            day_default="default" in flags,
        )
    if kind == "event":
        offset = None
        if expected != "-":
            n = int(expected[1:].rstrip("wdm"))
            unit = {"wd": "days", "d": "days", "w": "weeks", "m": "months"}[
                expected[1:].lstrip("0123456789")
            ]
            offset = Offset(n, unit, working_days=expected.endswith("wd"))
        return DueRule(DueKind.EVENT, text=phrase, offset=offset)
    if kind in ("ongoing", "next_session", "none"):
        return DueRule(DueKind(kind))
    return None


def test_the_corpus_is_large_enough():
    for lang in ("ru", "kk"):
        phrases = [p for p, k, _ in load(lang) if k != "invalid"]
        assert len(set(phrases)) == len(phrases), "phrases are distinct"
        assert len(phrases) >= 80
        kinds = {k for _, k, _ in load(lang)}
        assert kinds >= {"date", "recurring", "ongoing", "next_session", "event", "none", "invalid"}


@pytest.mark.parametrize(("lang", "phrase", "kind", "expected"), ROWS)
def test_every_phrase_is_read_as_meant(lang, phrase, kind, expected):
    if kind == "invalid":
        with pytest.raises(DueParseError) as err:
            parse_due(phrase, ISSUED)
        assert expected in err.value.message("en")
        return
    rule = parse_due(phrase, ISSUED)
    assert rule.kind.value == kind
    if kind == "date":
        day, _, time = expected.partition("T")
        assert rule.date == date.fromisoformat(day)
        assert rule.time == (time or None)
    else:
        assert rule == expected_rule(kind, expected, phrase)
    # Whatever it is, it is stored and worded.
    assert DueRule.from_json(rule.to_json()) == rule
    assert format_due(rule, "ru") and format_due(rule, "kk")


def test_nothing_but_the_invalid_is_refused():
    refused = []
    for _lang, phrase, kind, _ in ROWS:
        if kind == "invalid":
            continue
        try:
            parse_due(phrase, ISSUED)
        except DueParseError:
            refused.append(phrase)
    assert refused == []
