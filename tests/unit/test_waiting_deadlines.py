"""Deadlines that wait for something (issue #12): "к следующему заседанию" falls due on
the commission's next session and moves with it; an event-driven deadline with an
offset falls due once the secretary records the day the event occurred."""

from __future__ import annotations

from datetime import date

import pytest

from anticorr_desktop import cli
from anticorr_desktop.errors import ValidationError
from tests.conftest import TODAY


@pytest.fixture
def com(demo):
    return demo.store.commissions()[0].id


def _person(demo) -> int:
    return demo.store.people()[0].id


def _issue(demo, session_id, due_text, issued=None):
    return demo.issue_instruction(
        text="Доложить о ходе работы",
        executors=[_person(demo)],
        due_text=due_text,
        session_id=session_id,
        issued_date=issued,
    )


def test_next_session_deadline_follows_the_next_session(demo, com):
    s1 = demo.create_session(com, date(2026, 12, 1))
    inst = _issue(demo, s1.id, "к следующему заседанию комиссии")
    got = demo.store.instruction(inst.id)
    assert got.due_rule.kind.value == "next_session" and got.due_date is None
    # open without a date: never overdue, however late
    assert inst.id not in [o.instruction.id for o in demo.overdue(TODAY)]
    s3 = demo.create_session(com, date(2026, 12, 24))
    assert demo.store.instruction(inst.id).due_date == date(2026, 12, 24)
    # a session scheduled in between is the next one
    s2 = demo.create_session(com, date(2026, 12, 10))
    got = demo.store.instruction(inst.id)
    assert (got.due_date, got.due_date_original) == (date(2026, 12, 10), date(2026, 12, 24))
    # the next session moves: the deadline moves with it, with the reason in the history
    s2.date = date(2026, 12, 15)
    demo.update_session(s2)
    assert demo.store.instruction(inst.id).due_date == date(2026, 12, 15)
    history = demo.history(inst.id, "ru")
    moved = [h for h in history if h.what.startswith("Срок")]
    assert [h.detail for h in moved] == [
        "назначено следующее заседание",
        "назначено следующее заседание",  # an earlier session came in between
        "следующее заседание перенесено",
    ]
    # overdue after that day like any other
    with demo.store.transaction():  # as if the day had passed without a report
        demo.store.set_instruction_fields(inst.id, {"due_date": date(2026, 11, 20)})
    assert inst.id in [o.instruction.id for o in demo.overdue(TODAY)]
    # an instruction issued at the later session waits for the one after it
    later = _issue(demo, s3.id, "келесі отырыс өткенге дейін")
    assert demo.store.instruction(later.id).due_date is None
    assert demo.store.verify() == []


def test_an_issued_next_session_deadline_finds_a_session_already_scheduled(demo, com):
    s1 = demo.create_session(com, date(2026, 12, 1))
    demo.create_session(com, date(2026, 12, 22))
    inst = _issue(demo, s1.id, "к следующему заседанию")
    assert inst.due_date == date(2026, 12, 22)
    assert demo.store.instruction(inst.id).due_date_original == date(2026, 12, 22)


def test_recording_the_event_sets_the_due_date_by_the_offset(demo):
    inst = _issue(
        demo, None, "в течение 5 рабочих дней после утверждения плана", issued=date(2026, 11, 2)
    )
    assert demo.store.instruction(inst.id).due_date is None
    event = date(2026, 11, 20)
    due = demo.record_event(inst.id, event)
    assert due == demo.calendar.add_working_days(event, 5)
    got = demo.store.instruction(inst.id)
    assert (got.event_date, got.due_date, got.due_date_original) == (event, due, due)
    # corrected: the due date follows, the first date stays the original
    due2 = demo.record_event(inst.id, date(2026, 11, 23))
    got = demo.store.instruction(inst.id)
    assert got.due_date == due2 != due and got.due_date_original == due
    whats = [h.what for h in demo.history(inst.id, "ru")]
    assert any("Событие наступило 23.11.2026" in w for w in whats)
    assert demo.store.verify() == []


def test_calendar_offsets_land_on_a_working_day(demo):
    inst = _issue(
        demo, None, "в месячный срок после поступления заключения", issued=date(2026, 10, 1)
    )
    due = demo.record_event(inst.id, date(2026, 10, 3))  # + 1 month = 3 Nov 2026 (Tue)
    assert due == demo.calendar.shift(date(2026, 11, 3))
    assert demo.calendar.is_working_day(due)


def test_recording_an_event_refuses_what_does_not_fit(demo):
    dated = _issue(demo, None, "до 30 декабря 2026 года")
    with pytest.raises(ValidationError, match="does not count from an event"):
        demo.record_event(dated.id, TODAY)
    bare = _issue(demo, None, "по итогам проверки")  # an event with no offset: no term
    with pytest.raises(ValidationError, match="does not count from an event"):
        demo.record_event(bare.id, TODAY)
    inst = _issue(
        demo, None, "в течение 5 рабочих дней после утверждения плана", issued=date(2026, 11, 2)
    )
    with pytest.raises(ValidationError, match="before the instruction was issued"):
        demo.record_event(inst.id, date(2026, 11, 1))
    with pytest.raises(ValidationError, match="in the future"):
        demo.record_event(inst.id, date(2026, 11, 27))


def test_cli_event(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    assert cli.main(["--db", str(db), "init", "--demo"]) == 0
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store

    st = open_store(db)
    sv = Services(st, lang="en")
    inst = sv.issue_instruction(
        text="x",
        executors=[st.people()[0].id],
        due_text="жоспар бекітілгеннен кейін 5 жұмыс күні ішінде",
        issued_date=date(2025, 1, 10),
    )
    st.close()
    capsys.readouterr()
    assert cli.main(["--db", str(db), "event", str(inst.id), "2025-01-17"]) == 0
    assert "Due on 24.01.2025." in capsys.readouterr().out
    assert cli.main(["--db", str(db), "event", str(inst.id), "2024-01-17"]) == 2
    assert "before the instruction was issued" in capsys.readouterr().err
