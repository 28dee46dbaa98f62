"""An instruction's history lists each user action once, with its author."""

from __future__ import annotations

from datetime import date

from anticorr_desktop.domain import model as m


def _issue(sv, due_text="до 1 декабря 2026 года"):
    p = m.Person("Ким", "Имя", "", "Начальник")
    sv.save_person(p)
    return sv.issue_instruction(
        text="Представить отчёт",
        executors=[p.id],
        due_text=due_text,
        issued_date=date(2026, 10, 1),
    )


def test_each_action_is_one_entry_of_the_history(sv):
    inst = _issue(sv)
    assert [e.what for e in sv.history(inst.id)] == ["Issued"]
    sv.register_report(inst.id, received=date(2026, 11, 2), text="Проверка", outgoing_number="5")
    assert len(sv.history(inst.id)) == 2
    sv.return_report(inst.id, "Нет актов", date(2026, 11, 3))
    assert len(sv.history(inst.id)) == 3
    sv.extend(inst.id, date(2026, 12, 29), "Нужны акты", "Председатель", date(2026, 11, 4))
    assert len(sv.history(inst.id)) == 4
    sv.register_report(inst.id, received=date(2026, 11, 20), text="Акты приложены")
    sv.accept_report(inst.id, date(2026, 11, 21))
    sv.take_off_control(inst.id, "Решение комиссии")
    events = sv.history(inst.id)
    assert [e.what for e in events] == [
        "Issued",
        "Report received",
        "Returned for rework",
        "Deadline extended",
        "Report received",
        "Report accepted",
        "Status: Done → Taken off control",
    ]
    # what the folded status change said is not lost: an accepted report made it done
    assert "Status: Done" in events[5].detail


def test_a_recurring_instructions_next_deadline_is_part_of_its_report(sv):
    inst = _issue(sv, "ежемесячно до 5 числа")
    before = sv.store.instruction(inst.id).due_date
    sv.register_report(inst.id, received=before, text="Информация")
    events = sv.history(inst.id)
    assert [e.what for e in events] == ["Issued", "Report received"]
    after = sv.store.instruction(inst.id).due_date
    assert after != before and after.strftime("%d.%m.%Y") in events[1].detail


def test_the_journal_names_who_did_it(store, sv):
    store.user = "Ахметова А. (root)"
    inst = _issue(sv)
    assert [e.user for e in sv.history(inst.id)] == ["Ахметова А. (root)"]
