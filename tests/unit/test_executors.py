"""Organisations and groups as executors (issue #12): stored, matched by name, counted
in the overdue list and discipline, printed in minutes, extracts and exports, carried
by the interchange file, and migrated into from databases written before them."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from anticorr_desktop import cli
from anticorr_desktop.domain import model as m
from anticorr_desktop.errors import NotFound, ValidationError
from anticorr_desktop.storage.store import open_store
from tests.conftest import TODAY

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture
def orgs(demo):
    """The demo's organisations by short Russian name."""
    return {o.short_ru: o.id for o in demo.store.organisations()}


def _person(sv, surname, name="", patronymic="", org=None) -> int:
    return sv.save_person(m.Person(surname, name, patronymic, organisation_id=org))


# -- the domain value ------------------------------------------------------------------
def test_executor_reference_round_trips_and_refuses_nothing():
    for ex in (m.Executor.person(12), m.Executor.org(5), m.Executor.org(5, 12)):
        assert m.Executor.parse(ex.ref) == ex
    assert m.Executor.parse("12") == m.Executor.person(12)  # a bare number: a person
    assert m.Executor.org(5, 12).key == m.Executor.org(5).key == "o5"
    with pytest.raises(ValueError):
        m.Executor()
    with pytest.raises(ValueError):
        m.Executor.parse("x5")


# -- migration -----------------------------------------------------------------------
def test_a_database_of_m002_migrates_keeps_its_executors_and_takes_organisations(tmp_path):
    db = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-m002-demo.sqlite3", db)
    import sqlite3

    raw = sqlite3.connect(db)
    before = raw.execute(
        "SELECT uid, instruction_id, person_id, position FROM instruction_executor"
    ).fetchall()
    before = sorted(before)
    raw.close()
    st = open_store(db)
    try:
        after = st.q(
            "SELECT uid, instruction_id, person_id, position, organisation_id"
            " FROM instruction_executor"
        )
        assert sorted(tuple(r)[:4] for r in after) == before
        assert all(r["organisation_id"] is None for r in after)
        assert st.verify() == []
        # the plans the benchmarks rely on are still there, with the new partial index
        names = {r[0] for r in st.q("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {
            "instruction_status_exec_due",
            "instruction_status_due",
            "instruction_exec_due",
            "instruction_executor_person",
            "instruction_org_due",
        } <= names
        from anticorr_desktop.services import Services

        sv = Services(st, today=lambda: TODAY, lang="en")
        org = sv.save_organisation(m.Organisation("Управление спорта"))
        inst = sv.store.instructions_by_ids(sv.store.instruction_ids(order="id"))[0]
        inst.executors = [m.Executor.org(org), *inst.executors]
        with st.transaction():
            st.save_instruction(inst)
        again = st.instruction(inst.id)
        assert again.executors[0] == m.Executor.org(org)
        assert st.scalar("SELECT main_organisation_id FROM instruction WHERE id = ?", (inst.id,))
        assert st.verify() == []  # journalled like every change
    finally:
        st.close()


def test_an_executor_row_must_name_someone(demo):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError), demo.store.transaction():
        demo.store.conn.execute(
            "INSERT INTO instruction_executor (uid, instruction_id, position)"
            " VALUES ('x', (SELECT min(id) FROM instruction), 99)"
        )


# -- issuing and groups ------------------------------------------------------------------
def test_issue_to_an_organisation_with_its_person_and_to_an_organisation_alone(demo, orgs):
    sport, build = orgs["Управление спорта"], orgs["Управление строительства"]
    pid = _person(demo, "Ахметов", "Арман", "Болатович", sport)
    inst = demo.issue_instruction(
        text="Провести аудит",
        executors=[m.Executor.org(sport, pid), m.Executor.org(build)],
        due_text="до 30 декабря 2026 года",
    )
    got = demo.store.instruction(inst.id)
    assert got.executors == [m.Executor.org(sport, pid), m.Executor.org(build)]
    assert got.main_executor_id == pid and got.main_organisation_id == sport
    names = demo.executor_names(got.executors)
    assert names[got.executors[0]] == "Управление спорта (А.Б. Ахметов)"
    assert names[got.executors[1]] == "Управление строительства"
    with pytest.raises(ValidationError, match="listed twice"):
        demo.issue_instruction(
            text="x", executors=[m.Executor.org(build), m.Executor.org(build)], due_text=""
        )
    with pytest.raises(NotFound):
        demo.issue_instruction(text="x", executors=[m.Executor.org(99999)], due_text="")


def test_a_group_expands_or_stays_one_addressee_as_the_secretary_chose(demo, orgs):
    medeu, almaly = orgs["Аким Медеуского района"], orgs["Аким Алмалинского района"]
    one = orgs["Акимы районов"]  # the demo's group: one addressee
    assert [o.id for o in demo.group_members(one)] == [medeu, almaly]
    inst = demo.issue_instruction(text="x", executors=[m.Executor.org(one)], due_text="")
    assert demo.store.instruction(inst.id).executors == [m.Executor.org(one)]
    every = m.Organisation("Все районы", kind=m.OrgKind.GROUP, expands=True)
    demo.save_organisation(every, members=[almaly, medeu])
    sport = orgs["Управление спорта"]
    inst = demo.issue_instruction(
        text="y", executors=[m.Executor.org(sport), m.Executor.org(every.id)], due_text=""
    )
    assert demo.store.instruction(inst.id).executors == [
        m.Executor.org(sport),
        m.Executor.org(almaly),
        m.Executor.org(medeu),
    ]
    empty = m.Organisation("Пустая группа", kind=m.OrgKind.GROUP, expands=True)
    demo.save_organisation(empty, members=[])
    with pytest.raises(ValidationError, match="no members"):
        demo.issue_instruction(text="z", executors=[m.Executor.org(empty.id)], due_text="")
    with pytest.raises(ValidationError, match="not groups"):
        demo.save_organisation(m.Organisation("Группа групп", kind=m.OrgKind.GROUP), members=[one])
    with pytest.raises(ValidationError, match="Only a group"):
        demo.save_organisation(m.Organisation("Отдел"), members=[medeu])


def test_an_organisation_in_use_is_not_deleted(demo, orgs):
    from anticorr_desktop.errors import StorageError

    with pytest.raises(StorageError):
        demo.delete_organisation(orgs["Управление строительства"])
    spare = demo.save_organisation(m.Organisation("Лишний отдел"))
    demo.delete_organisation(spare)
    assert spare not in {o.id for o in demo.store.organisations()}


# -- finding an executor by name --------------------------------------------------------
def test_match_executor_finds_people_and_organisations_in_both_languages(demo, orgs):
    sport = orgs["Управление спорта"]
    found = demo.match_executor("спорт")
    assert m.Executor.org(sport) in [c.executor for c in found]
    kk = demo.match_executor("Спорт басқармасы")  # the Kazakh name
    assert kk[0].executor == m.Executor.org(sport)
    assert demo.match_executor("управление СПОРТА")[0].exact
    pid = _person(demo, "Ахметов", "Арман", "Болатович", sport)
    pair = demo.match_executor("Управление спорта (Ахметов А.Б.)")
    assert pair[0].executor == m.Executor.org(sport, pid) and pair[0].exact
    assert pair[0].label == "Управление спорта (А.Б. Ахметов)"
    group = [c for c in demo.match_executor("акимы районов") if c.is_group]
    assert group and group[0].executor == m.Executor.org(orgs["Акимы районов"])
    assert demo.match_executor("Нет такого органа") == []
    assert demo.find_executor("Управление строительства") == m.Executor.org(
        orgs["Управление строительства"]
    )
    with pytest.raises(NotFound):
        demo.find_executor("Нет такого органа")
    with pytest.raises(ValidationError, match="several"):
        demo.find_executor("Управление")


# -- reports, extracts, exports ---------------------------------------------------------
def _overdue_org_instruction(demo, orgs):
    sport = orgs["Управление спорта"]
    pid = _person(demo, "Ахметов", "Арман", "Болатович", sport)
    inst = demo.issue_instruction(
        text="Представить отчёт о проверке",
        executors=[m.Executor.org(sport, pid)],
        due_text="до 1 октября 2026 года",
        issued_date=date(2026, 9, 1),
    )
    return inst, sport, pid


def test_overdue_and_discipline_count_an_organisation_and_show_its_person(demo, orgs):
    from anticorr_desktop.reports.build import discipline_data, overdue_data

    inst, sport, pid = _overdue_org_instruction(demo, orgs)
    mine = demo.overdue(TODAY, organisation_id=sport)
    assert inst.id in [o.instruction.id for o in mine]
    assert all(o.instruction.main_organisation_id == sport for o in mine)
    year = demo.discipline(date(2026, 1, 1), date(2026, 12, 31), as_of=TODAY)
    st = next(s for s in year if s.executor == m.Executor.org(sport))
    assert st.overdue >= 1 and pid in st.people
    # the person alone is not charged with the organisation's instruction
    assert all(inst.id not in s.instruction_ids for s in year if s.executor_id == pid)
    rep = overdue_data(demo, TODAY, "ru")
    group = next(g for g in rep.groups if g.executor.name == "Управление спорта")
    row = next(r for r in group.rows if r.text == "Представить отчёт о проверке")
    assert row.responsible == "А.Б. Ахметов"
    dis = discipline_data(demo, date(2026, 1, 1), date(2026, 12, 31), "kk", as_of=TODAY)
    assert any(r.executor.startswith("Алматы қаласының Спорт басқармасы (") for r in dis.rows)


def test_extracts_go_to_organisations_and_minutes_mark_the_main_executor(demo, tmp_path):
    from anticorr_desktop.reports.build import minutes_data

    sid = next(
        s.id
        for s in demo.store.sessions()
        if any(i.main_organisation_id for i in demo.store.instructions_of_session(s.id))
    )
    execs = demo.session_executors(sid)
    orgs_named = [e for e in execs if e.organisation_id]
    assert orgs_named, "the session names organisations as executors"
    files = demo.write_extracts(sid, "ru", tmp_path / "ex")
    assert any("Управление строительства" in f.name for f in files)
    assert any("Управление спорта (" in f.name for f in files)
    data = minutes_data(demo, sid, "ru")
    lines = [
        d.instruction.responsible
        for sec in data.agenda
        for d in sec.decisions
        if d.instruction and len(d.instruction.responsible) > 1
    ]
    assert any(r[0].name.startswith("Управление спорта (") for r in lines)
    pdf = demo.write_minutes(sid, "ru", tmp_path / "m.pdf")
    from pypdf import PdfReader

    text = " ".join((p.extract_text() or "") for p in PdfReader(pdf).pages)
    text = " ".join(text.split())
    import re

    # the main executor first, marked; the organisation named as a body after it
    assert re.search(r"Управление спорта \([^)]+\) \(свод\), Управление строительства", text)


def test_rows_and_exports_by_an_organisation(demo, tmp_path):
    rows = demo.instruction_rows(as_of=TODAY, executor="Управление строительства")
    assert rows and all("Управление строительства" in r["executors"] for r in rows)
    out = tmp_path / "t.csv"
    demo.export_tasks([r["id"] for r in rows], "csv", out, "ru", as_of=TODAY)
    assert "Управление строительства" in out.read_text(encoding="utf-8-sig")


def test_cli_instructions_by_organisation(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    assert cli.main(["--db", str(db), "init", "--demo"]) == 0
    capsys.readouterr()
    rc = cli.main(
        ["--db", str(db), "instructions", "--executor", "строительства", "--format", "json"]
    )
    out = capsys.readouterr().out
    assert rc == 0
    rows = json.loads(out)
    assert rows and all(any("строительства" in e for e in r["executors"]) for r in rows)


# -- the interchange file ---------------------------------------------------------------
def test_interchange_carries_organisation_executors_and_groups(tmp_path, capsys):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert cli.main(["--db", str(a), "init", "--demo"]) == 0
    f = tmp_path / "all.json"
    assert cli.main(["--db", str(a), "export-json", "-o", str(f)]) == 0
    data = json.loads(f.read_text(encoding="utf-8"))
    execs = [e for s in data["sessions"] for i in s["instructions"] for e in i["executors"]]
    assert any(isinstance(e, dict) and e["person"] for e in execs)
    assert any(isinstance(e, dict) and e["person"] is None for e in execs)
    group = next(o for o in data["directory"]["organisations"] if o["kind"] == "group")
    assert len(group["members"]) == 2 and group["expands"] is False
    assert cli.main(["--db", str(b), "init"]) == 0
    assert cli.main(["--db", str(b), "import", str(f)]) == 0
    capsys.readouterr()
    st = open_store(b)
    try:
        n = st.scalar("SELECT COUNT(*) FROM instruction_executor WHERE organisation_id IS NOT NULL")
        assert n == sum(1 for e in execs if isinstance(e, dict))
        gid = st.scalar("SELECT id FROM organisation WHERE kind = 'group'")
        assert len(st.group_members(gid)) == 2
        assert st.verify() == []
    finally:
        st.close()


@pytest.mark.parametrize("desc", [False, True])
def test_executor_order_without_organisations_is_the_people_order(demo, desc):
    """Where no instruction names an organisation, the tracker's executor order is the
    people's alone (the queries that keep their covering indexes), filtered or not."""
    st = demo.store
    with st.transaction():
        for iid in st.instruction_ids(order="id"):
            st._update("instruction", iid, {"main_organisation_id": None})
    assert not st.has_organisation_executors()
    everything = [s.value for s in m.InstructionStatus]
    whole = st.instruction_ids(order="executor", desc=desc)
    assert st.instruction_ids(order="executor", desc=desc, status=everything) == whole
    people = st.people_by_id()

    def name(iid):
        pid = st.instruction(iid).main_executor_id
        return (pid is not None, people[pid].surname if pid else "")

    names = [name(i) for i in whole]
    assert names == sorted(names, reverse=desc)


def test_overdue_report_pdf_names_the_organisation_and_its_person(demo, orgs, tmp_path):
    from pypdf import PdfReader

    _overdue_org_instruction(demo, orgs)
    path = demo.write_overdue_report(TODAY, "ru", tmp_path / "overdue.pdf")
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(path).pages).split())
    assert "Управление спорта" in text
    assert "Ответственный: А.Б. Ахметов" in text


def test_cli_extract_for_an_organisation(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    assert cli.main(["--db", str(db), "init", "--demo"]) == 0
    out = tmp_path / "x.pdf"
    rc = cli.main(
        [
            "--db",
            str(db),
            "extract",
            "2024/4",
            "--executor",
            "Управление строительства",
            "-o",
            str(out),
        ]
    )
    err = capsys.readouterr().err
    assert rc == 0, err
    from pypdf import PdfReader

    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(out).pages).split())
    assert "Исполнитель: Управление строительства" in text
