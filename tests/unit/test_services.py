"""The use cases end to end on a real database, as the secretary drives them."""

from datetime import date

import pytest

from anticorr_desktop.domain import model as m
from anticorr_desktop.domain.model import InstructionStatus as S
from anticorr_desktop.errors import StorageError, UserError, ValidationError
from anticorr_desktop.services import AttendanceEntry


@pytest.fixture
def setup(sv):
    ids = {}
    for key, surname in [
        ("chair", "Досаев"),
        ("sec", "Ахметова"),
        ("a", "Ким"),
        ("b", "Оспанов"),
        ("c", "Сейітова"),
        ("guest", "Рахимов"),
    ]:
        p = m.Person(surname, "Имя", "", f"Должность {surname}")
        sv.save_person(p)
        ids[key] = p.id
    c = m.Commission(
        "Комиссия", chair_id=ids["chair"], secretary_id=ids["sec"], controller_id=ids["chair"]
    )
    sv.save_commission(c)
    for key in ("chair", "a", "b", "c"):
        sv.add_member(c.id, ids[key], m.Role.MEMBER, True, date(2024, 1, 1))
    sv.add_member(c.id, ids["sec"], m.Role.SECRETARY, False, date(2024, 1, 1))
    ids["com"] = c.id
    return sv, ids


def snapshot(store):
    return [tuple(r) for r in store.q("SELECT seq, hash FROM journal ORDER BY seq")]


def test_secretary_path(setup):
    sv, ids = setup
    s = sv.create_session(ids["com"], date(2026, 3, 12), kind=m.SessionKind.EXTENDED)
    assert (s.year, s.number) == (2026, 1)
    assert sv.propose_session_number(ids["com"], 2026) == 2
    sv.set_attendance(
        s.id,
        [
            AttendanceEntry(ids["chair"]),
            AttendanceEntry(ids["a"]),
            AttendanceEntry(ids["b"], False, "отпуск"),
            AttendanceEntry(ids["guest"], invited=True),
        ],
    )
    q = sv.quorum(s.id)
    assert (q.present, q.total, q.required, q.reached) == (2, 4, 3, False)
    sv.set_attendance(
        s.id,
        [
            AttendanceEntry(ids["chair"]),
            AttendanceEntry(ids["a"]),
            AttendanceEntry(ids["c"]),
            AttendanceEntry(ids["b"], False, "отпуск"),
            AttendanceEntry(ids["guest"], invited=True),
        ],
    )
    assert sv.quorum(s.id).reached
    item = m.AgendaItem(
        s.id, 0, "О мерах", speakers=[m.Speaker(m.SpeakerKind.HEARD, ids["a"], summary="доклад")]
    )
    sv.save_agenda_item(item)
    d = sv.add_decision(item.id, "Провести проверку")
    inst = sv.issue_instruction(
        text="Провести проверку",
        executors=[ids["a"], ids["b"]],
        due_text="в месячный срок",
        decision_id=d.id,
    )
    assert inst.number == "1.1" and inst.due_date == date(
        2026, 4, 10
    )  # 12 April is a Sunday -> Friday
    assert inst.controller_id == ids["chair"] and inst.issued_by_id == ids["chair"]
    sv.set_session_status(s.id, m.SessionStatus.HELD)
    sv.set_session_status(s.id, m.SessionStatus.APPROVED)
    with pytest.raises(ValidationError, match="approved and locked"):
        sv.add_decision(item.id, "ещё")
    # the tracker finds it, overdue as of 20 April
    assert sv.store.instruction_ids(overdue_as_of=date(2026, 4, 20)) == [inst.id]
    sv.register_report(
        inst.id, received=date(2026, 4, 15), text="Проверка проведена", outgoing_number="01/2"
    )
    assert sv.store.instruction(inst.id).status == S.REPORTED
    assert sv.store.instruction_ids(overdue_as_of=date(2026, 4, 20)) == []  # awaiting review
    sv.return_report(inst.id, "Нет актов")
    assert sv.store.instruction(inst.id).status == S.REWORK
    sv.extend(inst.id, date(2026, 5, 29), "Нужны акты", "Председатель", date(2026, 4, 16))
    i2 = sv.store.instruction(inst.id)
    assert (i2.due_date, i2.due_date_original) == (date(2026, 5, 29), date(2026, 4, 10))
    sv.register_report(inst.id, received=date(2026, 5, 20), text="Акты приложены")
    sv.accept_report(inst.id, date(2026, 5, 21))
    i3 = sv.store.instruction(inst.id)
    assert (i3.status, i3.done_date) == (S.DONE, date(2026, 5, 20))
    sv.take_off_control(inst.id, "Решение комиссии")
    assert sv.store.instruction(inst.id).status == S.OFF_CONTROL
    what = [e.what for e in sv.history(inst.id)]
    assert what[0] == "Issued" and "Deadline extended" in what and "Report accepted" in what
    assert any("Taken off control" in w for w in what)
    assert sv.store.verify() == []
    # discipline: done on time after the extension
    [stat] = sv.discipline(date(2026, 1, 1), date(2026, 12, 31))
    assert (stat.issued, stat.on_time, stat.late, stat.overdue, stat.percent) == (1, 1, 0, 0, 100.0)


def test_reopening_an_approved_session_needs_a_reason_and_raises_the_revision(setup):
    sv, ids = setup
    s = sv.create_session(ids["com"], date(2026, 3, 12))
    sv.set_session_status(s.id, m.SessionStatus.HELD)
    sv.set_session_status(s.id, m.SessionStatus.APPROVED)
    with pytest.raises(ValidationError, match="empty"):
        sv.set_session_status(s.id, m.SessionStatus.HELD, "")
    sv.set_session_status(s.id, m.SessionStatus.HELD, "Опечатка в решении")
    assert sv.store.session(s.id).revision == 1
    last = sv.store.q(
        "SELECT note FROM journal WHERE row_uid = ? ORDER BY seq DESC LIMIT 1", (s.uid,)
    )
    assert last[0]["note"] == "Опечатка в решении"


@pytest.mark.parametrize(
    "kwargs,match",
    [
        (dict(text="", due_text="25.12.2026"), "empty"),
        (dict(text="x", due_text="31.02.2027"), "not a date"),
        (dict(text="x", due_text="когда-нибудь"), "Cannot read the due date"),
        (dict(text="x", due_text="01.01.2020"), "before the instruction was issued"),
        (dict(text="x" * 60_000, due_text="25.12.2026"), "too long"),
    ],
)
def test_bad_instruction_input_changes_nothing(setup, kwargs, match):
    sv, ids = setup
    before = snapshot(sv.store)
    with pytest.raises(UserError, match=match):
        sv.issue_instruction(executors=[ids["a"]], issued_date=date(2026, 11, 1), **kwargs)
    assert snapshot(sv.store) == before


def test_bad_actions_change_nothing(setup):
    sv, ids = setup
    inst = sv.issue_instruction(
        text="x", executors=[ids["a"]], due_text="25.12.2026", issued_date=date(2026, 11, 1)
    )
    before = snapshot(sv.store)
    with pytest.raises(ValidationError, match="must be later"):
        sv.extend(inst.id, date(2026, 12, 1), "r", "Председатель")
    with pytest.raises(ValidationError, match=r"no report awaiting|There is no report"):
        sv.accept_report(inst.id)
    with pytest.raises(ValidationError, match="Only a done instruction"):
        sv.take_off_control(inst.id)
    with pytest.raises(ValidationError, match="empty"):
        sv.cancel(inst.id, " ")
    with pytest.raises(ValidationError, match="in the future"):
        sv.register_report(inst.id, received=date(2027, 1, 1), text="x")
    with pytest.raises(ValidationError, match="twice"):
        sv.issue_instruction(text="x", executors=[ids["a"], ids["a"]], due_text="25.12.2026")
    assert snapshot(sv.store) == before
    sv.cancel(inst.id, "Утратило актуальность")
    assert sv.store.instruction(inst.id).status == S.CANCELLED


def test_duplicate_session_number_and_double_attendance(setup):
    sv, ids = setup
    sv.create_session(ids["com"], date(2026, 3, 12), number=4)
    with pytest.raises(StorageError, match="already exists"):
        sv.create_session(ids["com"], date(2026, 5, 12), number=4)
    s = sv.create_session(ids["com"], date(2026, 6, 12))
    assert s.number == 5
    with pytest.raises(ValidationError, match="twice"):
        sv.set_attendance(
            s.id, [AttendanceEntry(ids["a"]), AttendanceEntry(ids["a"], False, "болезнь")]
        )
    with pytest.raises(ValidationError, match="present and absent"):
        sv.set_attendance(s.id, [AttendanceEntry(ids["a"], True, "болезнь")])


def test_recurring_instruction_control_points(setup):
    sv, ids = setup
    inst = sv.issue_instruction(
        text="Ежеквартально информировать",
        executors=[ids["a"]],
        due_text="ежеквартально до 5 числа месяца, следующего за отчетным",
        issued_date=date(2025, 1, 10),
    )
    pts = sv.store.control_points(inst.id)
    assert [p.due_date.month for p in pts] == [4, 7, 10, 1]
    assert inst.due_date == pts[0].due_date
    sv.register_report(inst.id, received=date(2025, 4, 3), text="Q1")
    sv.accept_report(inst.id, date(2025, 4, 4))
    i = sv.store.instruction(inst.id)
    assert i.status == S.ON_CONTROL and i.due_date == pts[1].due_date
    # Q2 missed: overdue as of August, each point counted in discipline
    assert sv.store.instruction_ids(overdue_as_of=date(2025, 8, 1)) == [inst.id]
    [stat] = sv.discipline(date(2025, 1, 1), date(2025, 12, 31), as_of=date(2025, 8, 1))
    assert (stat.on_time, stat.overdue) == (1, 1)


def test_reordering_agenda_renumbers_instructions(setup):
    sv, ids = setup
    s = sv.create_session(ids["com"], date(2026, 3, 12))
    a = m.AgendaItem(s.id, 0, "Первый")
    b = m.AgendaItem(s.id, 0, "Второй")
    sv.save_agenda_item(a)
    sv.save_agenda_item(b)
    d = sv.add_decision(b.id, "Решение")
    inst = sv.issue_instruction(
        text="Решение", executors=[ids["a"]], due_text="до конца года", decision_id=d.id
    )
    assert inst.number == "2.1"
    sv.move_agenda_item(b.id, 1)
    assert sv.store.instruction(inst.id).number == "1.1"
    assert [i.title for i in sv.store.agenda(s.id)] == ["Второй", "Первый"]


def test_demo_overdue_as_of_mid_2025(demo):
    items = demo.overdue(date(2025, 6, 30))
    numbers = sorted(
        (o.session.label if o.session else "", o.instruction.number, o.days) for o in items
    )
    assert ("2024/2", "1.2", 122) in numbers  # extended twice, still open
    assert ("2024/4", "2.1", 91) in numbers  # returned for rework
    assert ("", "А-12", 46) in numbers  # the akim's instruction outside a session
    assert all(o.days > 0 for o in items)
    assert demo.store.verify() == []
    d = demo.discipline(date(2024, 1, 1), date(2025, 12, 31))
    assert any(s.late for s in d) and any(s.on_time for s in d) and any(s.overdue for s in d)


def test_revise_an_instruction_before_execution_only(setup):
    sv, ids = setup
    s = sv.create_session(ids["com"], date(2026, 3, 12))
    item = m.AgendaItem(s.id, 0, "Вопрос")
    sv.save_agenda_item(item)
    d = sv.add_decision(item.id, "Решение")
    inst = sv.issue_instruction(
        text="Решение", executors=[ids["a"]], due_text="в месячный срок", decision_id=d.id
    )
    sv.revise_instruction(
        inst.id, executors=[ids["b"], ids["a"]], due_text="ежеквартально до 5 числа"
    )
    i = sv.store.instruction(inst.id)
    assert [e.person_id for e in i.executors] == [
        ids["b"],
        ids["a"],
    ] and i.due_rule.kind.value == "recurring"
    assert (
        len(sv.store.control_points(inst.id)) == 4
        and i.due_date == sv.store.control_points(inst.id)[0].due_date
    )
    sv.revise_instruction(inst.id, due_text="25.12.2026")
    assert sv.store.control_points(inst.id) == [] and sv.store.instruction(
        inst.id
    ).due_date == date(2026, 12, 25)
    assert sv.store.verify() == []
    sv.register_report(inst.id, received=date(2026, 4, 1), text="Отчёт")
    with pytest.raises(ValidationError, match="already being executed"):
        sv.revise_instruction(inst.id, due_text="31.12.2026")


def test_delete_decision_renumbers_and_keeps_issued_ones(setup):
    sv, ids = setup
    s = sv.create_session(ids["com"], date(2026, 3, 12))
    item = m.AgendaItem(s.id, 0, "Вопрос")
    sv.save_agenda_item(item)
    d1 = sv.add_decision(item.id, "Принять к сведению")
    d2 = sv.add_decision(item.id, "Поручить")
    inst = sv.issue_instruction(
        text="Поручить", executors=[ids["a"]], due_text="до конца года", decision_id=d2.id
    )
    assert inst.number == "1.2"
    with pytest.raises(StorageError, match="has instructions"):
        sv.delete_decision(d2.id)
    sv.delete_decision(d1.id)
    assert sv.store.instruction(inst.id).number == "1.1"
    assert [d.position for d in sv.store.decisions(s.id)] == [1]


def test_several_use_cases_as_one_action(setup):
    sv, ids = setup
    before = snapshot(sv.store)
    with pytest.raises(ValidationError), sv.atomic():
        sv.create_session(ids["com"], date(2026, 3, 12))
        sv.issue_instruction(text="x", executors=[ids["a"]], due_text="неизвестно когда")
    assert snapshot(sv.store) == before


def test_review_fixes(setup, tmp_path):
    sv, ids = setup
    s = sv.create_session(ids["com"], date(2026, 1, 12))
    item = m.AgendaItem(s.id, 0, "Вопрос")
    sv.save_agenda_item(item)
    d = sv.add_decision(item.id, "Решение")
    inst = sv.issue_instruction(
        text="Решение", executors=[ids["a"]], due_text="до 30 января", decision_id=d.id
    )
    # one instruction per decision: the minutes list each under its own number
    with pytest.raises(ValidationError, match="already has its instruction"):
        sv.issue_instruction(
            text="Ещё", executors=[ids["b"]], due_text="до 30 января", decision_id=d.id
        )
    # a decision on a report cannot predate the report
    sv.register_report(inst.id, received=date(2026, 1, 20), text="Отчёт")
    with pytest.raises(ValidationError, match="before the report was received"):
        sv.accept_report(inst.id, on=date(2026, 1, 19))
    # a recurring control date moves only to before the next one
    rec = sv.issue_instruction(
        text="Ежемесячно",
        executors=[ids["a"]],
        due_text="ежемесячно до 5 числа",
        issued_date=date(2026, 1, 12),
    )
    first, second = sv.store.control_points(rec.id)[:2]
    with pytest.raises(ValidationError, match="only to before the next one"):
        sv.extend(rec.id, second.due_date, "r", "Председатель", date(2026, 1, 20))
    sv.extend(
        rec.id,
        first.due_date.replace(day=first.due_date.day + 2),
        "r",
        "Председатель",
        date(2026, 1, 20),
    )
    assert sv.store.verify() == []


def test_backups_of_a_prefix_named_database_stay_apart(tmp_path):
    from anticorr_desktop.storage.backup import backup_database, backups
    from anticorr_desktop.storage.store import open_store

    city, oblast = (
        open_store(tmp_path / "city.sqlite3"),
        open_store(tmp_path / "city-oblast.sqlite3"),
    )
    for _ in range(3):
        backup_database(oblast, reason="daily", keep=2)
    backup_database(city, reason="daily", keep=1)
    assert len(backups(oblast.path)) == 2 and len(backups(city.path)) == 1
    city.close()
    oblast.close()


def test_recurring_a_waiting_report_does_not_hide_a_missed_date(setup):
    sv, ids = setup
    inst = sv.issue_instruction(
        text="Ежемесячно",
        executors=[ids["a"]],
        due_text="ежемесячно до 5 числа",
        issued_date=date(2026, 1, 12),
    )
    feb, mar, _apr = [p.due_date for p in sv.store.control_points(inst.id)[:3]]
    sv.register_report(inst.id, received=feb, text="Январь")  # waits for review
    i = sv.store.instruction(inst.id)
    assert i.status == S.ON_CONTROL and i.due_date == mar  # March is still owed
    after_march = date(2026, 3, 20)
    assert sv.store.instruction_ids(overdue_as_of=after_march) == [inst.id]
    assert [o.due for o in sv.overdue(after_march)] == [mar]
    sv.register_report(
        inst.id, received=date(2026, 3, 10), text="Февраль"
    )  # covers March, not February
    points = sv.store.control_points(inst.id)
    assert [p.status.value for p in points[:3]] == ["reported", "reported", "open"]
    sv.accept_report(inst.id, on=date(2026, 3, 11))  # the earliest waiting report: February's date
    points = sv.store.control_points(inst.id)
    assert [p.status.value for p in points[:3]] == ["done", "reported", "open"]
    sv.return_report(inst.id, "Неполно", on=date(2026, 3, 12))
    i = sv.store.instruction(inst.id)
    assert i.status == S.REWORK and i.due_date == mar
    assert sv.store.verify() == []


def test_discipline_judges_as_it_stood_then(setup):
    """Reviewer's case: A due 20.01, report 10.02 not yet reviewed; B due 20.01 extended on
    10.03 to 30.04; C overdue in January and cancelled in March. January, as of 01.02."""
    sv, ids = setup
    a = sv.issue_instruction(
        text="A", executors=[ids["a"]], due_text="20.01.2026", issued_date=date(2026, 1, 5)
    )
    b = sv.issue_instruction(
        text="B", executors=[ids["a"]], due_text="20.01.2026", issued_date=date(2026, 1, 5)
    )
    c = sv.issue_instruction(
        text="C", executors=[ids["a"]], due_text="20.01.2026", issued_date=date(2026, 1, 5)
    )
    sv.register_report(a.id, received=date(2026, 2, 10), text="поздно")
    sv.extend(b.id, date(2026, 4, 30), "r", "Председатель", decided_on=date(2026, 3, 10))
    sv.cancel(c.id, "утратило актуальность", on=date(2026, 3, 15))
    [st] = sv.discipline(date(2026, 1, 1), date(2026, 1, 31), as_of=date(2026, 2, 1))
    assert (st.issued, st.on_time, st.late, st.overdue) == (3, 0, 0, 3)
    # judged later, A's report (received after the due date) counts as late; C no longer counts
    [st] = sv.discipline(date(2026, 1, 1), date(2026, 1, 31), as_of=date(2026, 3, 20))
    assert (st.late, st.overdue) == (1, 0)  # B's extension was decided by then: due in April


def test_cancelling_does_not_erase_past_overdue(setup):
    sv, ids = setup
    c = sv.issue_instruction(
        text="C", executors=[ids["a"]], due_text="20.01.2026", issued_date=date(2026, 1, 5)
    )
    sv.cancel(c.id, "утратило актуальность", on=date(2026, 3, 15))
    assert [o.instruction.id for o in sv.overdue(date(2026, 2, 1))] == [c.id]
    assert sv.overdue(date(2026, 3, 20)) == []


def test_document_layout_is_stored_checked_and_reset(sv):
    from anticorr_desktop.reports.data import DocumentSettings

    assert sv.document_settings() == DocumentSettings()  # national practice until changed
    got = sv.set_document_settings(font_size=13.0, margin_left_mm=25, annex_threshold=20)
    assert (got.font_size, got.margin_left_mm, got.annex_threshold) == (13.0, 25.0, 20)
    assert sv.document_settings() == got and got.table_font_size == 12.0
    with pytest.raises(ValidationError) as err:
        sv.set_document_settings(margin_right_mm=2, font_size=12)
    assert "right margin" in err.value.message("en") and "between 5 and 40" in err.value.message(
        "en"
    )
    assert "правое поле" in err.value.message("ru").lower()
    assert sv.document_settings() == got  # nothing of the refused change was stored
    sv.store.set_setting(
        "document_layout", {"font_size": 99, "margin_top_mm": "x"}
    )  # edited by hand
    assert sv.document_settings() == DocumentSettings()
    assert sv.reset_document_settings() == DocumentSettings()


def test_discipline_agrees_with_the_overdue_list(demo):
    """Issue #14: the overview showed 6 overdue while the discipline block of the year
    said no deadline had come, and gave 100% to an executor 644 days overdue."""
    from tests.conftest import TODAY

    year = demo.discipline(date(TODAY.year, 1, 1), date(TODAY.year, 12, 31), as_of=TODAY)
    # counted for whom it is counted for: a person, or an organisation (with its person)
    by_executor = {s.executor.key: s for s in year}
    overdue_now = demo.overdue(TODAY)
    assert overdue_now, "the demo has overdue instructions"
    for item in overdue_now:
        st = by_executor[item.instruction.main_executor.key]
        assert st.overdue >= 1 and st.percent is not None and st.percent < 100
    # every still-owed one counts, also those due in an earlier year
    assert sum(s.carried_over for s in year) >= sum(
        1 for o in overdue_now if o.due.year < TODAY.year
    )
    assert sum(1 for s in year if s.overdue) == len(
        {o.instruction.main_executor.key for o in overdue_now}
    )


def test_discipline_issued_counts_instructions_not_control_dates(demo):
    from tests.conftest import TODAY

    stats = demo.discipline(date(2024, 1, 1), date(TODAY.year, 12, 31), as_of=TODAY)
    recurring = [s for s in stats if s.control_points]
    assert recurring, "the demo has recurring instructions"
    for s in stats:
        units = s.on_time + s.late + s.overdue
        assert s.issued == len(s.instruction_ids) <= units
    assert any(s.issued < s.on_time + s.late + s.overdue for s in recurring)


def _done_instruction(sv, ids, due_text="до 1 декабря 2026 года"):
    from tests.conftest import TODAY

    inst = sv.issue_instruction(
        text="Представить отчёт",
        executors=[ids["a"]],
        due_text=due_text,
        issued_date=date(2026, 10, 1),
    )
    sv.register_report(inst.id, received=TODAY, text="Представлен.")
    sv.accept_report(inst.id, TODAY)
    return inst


def test_taking_off_control_needs_its_basis(setup):
    """Issue #14 item 5: an empty basis was accepted."""
    sv, ids = setup
    inst = _done_instruction(sv, ids)
    with pytest.raises(ValidationError, match="Basis for taking off control"):
        sv.take_off_control(inst.id, "  ")
    sv.take_off_control(inst.id, "Решение комиссии, протокол № 4")
    assert sv.store.instruction(inst.id).status == m.InstructionStatus.OFF_CONTROL


def test_back_on_control_undoes_off_control_and_done(setup):
    """Issue #14 item 5: "taken off control" could not be undone."""
    sv, ids = setup
    inst = _done_instruction(sv, ids)
    sv.take_off_control(inst.id, "Решение комиссии")
    journal = sv.store.journal_length()
    with pytest.raises(ValidationError, match="Reason"):
        sv.put_back_on_control(inst.id, "")
    sv.put_back_on_control(inst.id, "Снято ошибочно")
    back = sv.store.instruction(inst.id)
    assert back.status == m.InstructionStatus.DONE and back.closed_note == ""
    sv.put_back_on_control(inst.id, "Отчёт принят ошибочно: работа не выполнена")
    again = sv.store.instruction(inst.id)
    assert again.status == m.InstructionStatus.REWORK and again.done_date is None
    report = sv.store.reports(inst.id)[-1]
    assert report.outcome == m.ReportOutcome.RETURNED
    assert report.outcome_note == "Отчёт принят ошибочно: работа не выполнена"
    assert sv.store.journal_length() > journal
    notes = [e.note for e in sv.store.journal_of("instruction", inst.uid)]
    assert any("Снято ошибочно" in n for n in notes)
    assert any(ev.detail == "Снято ошибочно" for ev in sv.history(inst.id))
    with pytest.raises(ValidationError, match="back on control"):
        sv.put_back_on_control(inst.id, "ещё раз")  # it is on control already
