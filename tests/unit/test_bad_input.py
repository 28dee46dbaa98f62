"""The bad-input catalogue (docs/reliability.md): each case gets a clear
message or is stored as typed, the database is unchanged on error, and the
program goes on."""

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anticorr_desktop.domain import model as m
from anticorr_desktop.errors import UserError
from anticorr_desktop.interchange import dumps, export_data, import_data

NASTY = [
    "x<y",
    "A&B",
    "<img src='/etc/passwd'/>",
    "<b>жирный</b>",
    "=1+1",
    "@SUM(A1)",
    "Ә\u0301 комбинированные знаки",
    "עברית RTL \u202e",
    "emoji 🙂👍",
    "\u0000\u0007 control",
    "ӘҒҚҢӨҰҮҺІ әғқңөұүһі",
    "строка\r\nс переводом",
    "x" * 10_000,
]


def journal(sv):
    return sv.store.q("SELECT COUNT(*), MAX(hash) FROM journal")[0][:]


@pytest.fixture
def basic(sv):
    p = m.Person("Ким", "Виктор")
    sv.save_person(p)
    c = m.Commission("Комиссия", chair_id=p.id)
    sv.save_commission(c)
    return sv, p, c


@pytest.mark.parametrize("text", NASTY)
def test_nasty_text_is_stored_as_typed_and_round_trips(basic, text):
    sv, p, _ = basic
    inst = sv.issue_instruction(
        text=text, executors=[p.id], due_text="25.12.2026", issued_date=date(2026, 11, 1)
    )
    stored = sv.store.instruction(inst.id).text
    expected = text.replace("\r\n", "\n").replace("\x00", "").replace("\x07", "").strip()
    import unicodedata

    assert stored == unicodedata.normalize("NFC", expected)
    assert sv.store.verify() == []


def test_hundred_thousand_characters_get_a_clear_message(basic):
    sv, p, _ = basic
    before = journal(sv)
    with pytest.raises(UserError, match="too long"):
        sv.issue_instruction(text="я" * 100_000, executors=[p.id], due_text="25.12.2026")
    assert journal(sv) == before


@given(st.text(max_size=60))
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_typed_due_rule_is_accepted_or_clearly_refused(basic, text):
    sv, p, _ = basic
    before = journal(sv)
    try:
        sv.issue_instruction(
            text="Поручение", executors=[p.id], due_text=text, issued_date=date(2026, 11, 1)
        )
    except UserError as exc:
        assert exc.message("ru") and journal(sv) == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_importer_refuses_garbage_clearly(sv, value):
    before = journal(sv)
    try:
        import_data(sv, value)
    except UserError as exc:
        assert exc.message("en")
    assert journal(sv) == before


@given(st.sampled_from(["sessions", "commissions", "directory"]), st.integers(0, 2), json_values)
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_importer_refuses_a_damaged_real_file_clearly(demo, section, idx, value):
    data = json.loads(dumps(export_data(demo, [demo.demo_session_id])))
    target = data[section]
    if isinstance(target, list):
        if idx < len(target) and isinstance(target[idx], dict) and target[idx]:
            key = sorted(target[idx])[idx % len(target[idx])]
            target[idx][key] = value
    else:
        key = sorted(target)[idx % len(target)]
        target[key] = value
    before = journal(demo)
    try:
        import_data(demo, data)
    except UserError as exc:
        assert exc.message("en")
        assert journal(demo) == before
