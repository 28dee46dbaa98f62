"""services/drafts.py: the session editor's save as one use case (issue #14 item 2)."""

import pytest

from anticorr_desktop.domain import model as m
from anticorr_desktop.errors import ValidationError
from anticorr_desktop.services.drafts import (
    TAB_DECISIONS,
    DecisionDraft,
    InstructionDraft,
    ItemDraft,
    load_draft,
    location_of,
    new_draft,
    save_draft,
)


def _draft_with_instruction(sv):
    com = sv.store.commissions()[0]
    people = [p.id for p in sv.store.people()[:3]]
    draft = new_draft(sv, com.id, sv.today())
    inst = InstructionDraft(executors=[people[0]], due_text="до 25 декабря 2026 года")
    draft.items = [
        ItemDraft(
            "О ходе исполнения", decisions=[DecisionDraft("Принять к сведению.", instruction=inst)]
        )
    ]
    sid = save_draft(sv, draft, None)
    return sid, people


def test_an_issued_instruction_of_a_draft_is_corrected_freely_and_journalled(demo):
    sid, people = _draft_with_instruction(demo)
    baseline = load_draft(demo, sid)
    draft = baseline.copy()
    inst = draft.items[0].decisions[0].instruction
    assert inst.issued and not inst.fixed  # saved, but the minutes are still a draft
    inst.executors = [people[1], people[0]]
    inst.due_text = "до 30 декабря 2026 года"
    journal = demo.store.journal_length()
    save_draft(demo, draft, baseline)
    stored = demo.store.instruction(inst.id)
    assert [e.person_id for e in stored.executors] == [people[1], people[0]]
    assert stored.due_text == "до 30 декабря 2026 года" and stored.due_date.day == 30
    assert demo.store.journal_length() > journal  # every correction leaves a trace


def test_once_executed_an_instruction_is_fixed_but_for_its_text(demo):
    sid, _people = _draft_with_instruction(demo)
    inst_id = load_draft(demo, sid).items[0].decisions[0].instruction.id
    demo.register_report(inst_id, received=demo.today(), text="Исполнено.")
    inst = load_draft(demo, sid).items[0].decisions[0].instruction
    assert inst.fixed


def test_a_refusal_is_located_and_nothing_is_written(demo):
    sid, _people = _draft_with_instruction(demo)
    baseline = load_draft(demo, sid)
    draft = baseline.copy()
    draft.items[0].decisions[0].instruction.due_text = "31.02.2027"
    with pytest.raises(ValidationError) as err:
        save_draft(demo, draft, baseline)
    loc = location_of(err.value)
    assert (loc.tab, loc.item, loc.decision, loc.field) == (TAB_DECISIONS, 0, 0, "due")
    assert "1.1" in err.value.message("en")
    assert demo.store.instruction(baseline.items[0].decisions[0].instruction.id).due_text == (
        "до 25 декабря 2026 года"
    )


def test_after_approval_corrections_need_a_reopening(demo):
    sid, people = _draft_with_instruction(demo)
    demo.set_session_status(sid, m.SessionStatus.HELD)
    demo.set_session_status(sid, m.SessionStatus.APPROVED)
    baseline = load_draft(demo, sid)
    draft = baseline.copy()
    draft.items[0].decisions[0].instruction.executors = [people[2]]
    with pytest.raises(ValidationError, match="approved"):
        save_draft(demo, draft, baseline)


def test_a_new_session_is_proposed_on_a_working_day(demo):
    from datetime import date

    com = demo.store.commissions()[0]
    saturday = date(2026, 11, 28)
    assert new_draft(demo, com.id, saturday).session.date == date(2026, 11, 30)  # Monday
    # Republic Day, 16 December, falls on a Wednesday in 2026: the 17th is proposed
    assert new_draft(demo, com.id, date(2026, 12, 16)).session.date == date(2026, 12, 17)
    thursday = date(2026, 11, 26)
    assert new_draft(demo, com.id, thursday).session.date == thursday
