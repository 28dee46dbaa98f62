"""Importing a register kept in Excel or CSV: reading messy files, matching executors,
the preview's problems, the import as one idempotent transaction, the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from anticorr_desktop import registers as rg
from anticorr_desktop.domain import model as m
from anticorr_desktop.errors import UserError
from anticorr_desktop.services.register import RegisterPlan

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "registers"


@pytest.fixture
def directory(sv):
    """A commission and the people the fixtures name (the surname of one in Kazakh)."""
    st = sv.store
    with st.transaction():
        org = st.save_organisation(
            m.Organisation(
                "Управление спорта",
                "Управление физической культуры и спорта",
                "Спорт басқармасы",
                "Дене шынықтыру және спорт басқармасы",
            )
        )
        sv.ids = {
            "ospanov": st.save_person(
                m.Person("Оспанов", "Асхат", "Болатович", "руководитель", organisation_id=org)
            ),
            "seitkali": st.save_person(
                m.Person("Сейткали", "Данияр", "Маратович", surname_kk="Сейтқали")
            ),
            "nurlanova": st.save_person(m.Person("Нурланова", "Гульмира")),
        }
        sv.org_id = org
        # a group that stands for its members: "акимы районов"
        sv.districts = [
            st.save_organisation(m.Organisation("Аппарат акима района Алматы")),
            st.save_organisation(m.Organisation("Аппарат акима района Есиль")),
        ]
        sv.group_id = st.save_organisation(
            m.Organisation(
                "Акимы районов", short_kk="Аудан әкімдері", kind=m.OrgKind.GROUP, expands=True
            )
        )
        st.set_group_members(sv.group_id, sv.districts)
        st.save_commission(m.Commission("Комиссия"))
    return sv


def preview(sv, name: str, **kw):
    return sv.register_preview(RegisterPlan(FIX / name, **kw))


def by_row(pv):
    return {r.row: r for r in pv.rows}


# -------------------------------------------------------------------- reading the files
def test_the_fixtures_are_what_the_generator_writes(tmp_path):
    """The committed files come from make_registers.py (run it after changing it)."""
    from tests.fixtures.registers import make_registers as mk

    for name in ("ru_cp1251.csv", "ru_utf8bom.csv"):
        getattr(mk, name.split(".")[0])(tmp_path / name)
        assert (tmp_path / name).read_bytes() == (FIX / name).read_bytes()
    for name in ("ru_merged.xlsx", "kk_register.xlsx", "ru_problems.xlsx", "orgs_register.xlsx"):
        getattr(mk, name.split(".")[0])(tmp_path / name)
        assert rg.read_table(tmp_path / name).rows == rg.read_table(FIX / name).rows


def test_merged_title_rows_above_the_header_are_skipped():
    t = rg.read_table(FIX / "ru_merged.xlsx")
    assert t.sheet == "Реестр 2024"
    assert rg.guess_header_row(t.rows) == 2  # the third row, under two merged titles
    names = rg.headers(t, 2)
    mapping = rg.guess_mapping(names)
    assert [mapping.get(c) for c in range(len(names))] == list(rg.FIELDS)


def test_the_kazakh_register_is_found_on_its_sheet_and_mapped():
    t = rg.read_table(FIX / "kk_register.xlsx")
    assert t.sheets == ["Түсініктеме", "Тізілім"] and t.sheet == "Тізілім"
    header = rg.guess_header_row(t.rows)
    mapping = rg.guess_mapping(rg.headers(t, header))
    assert mapping == {
        0: "number",
        1: "protocol_number",
        2: "text",
        3: "executors",
        4: "co_executors",
        5: "deadline",
        6: "status",
        7: "report_text",
        8: "notes",
    }


@pytest.mark.parametrize("name", ["ru_cp1251.csv", "ru_utf8bom.csv"])
def test_csv_in_windows_1251_or_utf8_with_bom_any_delimiter(name):
    t = rg.read_table(FIX / name)
    assert t.rows[0][:4] == ["№", "Протокол", "Дата заседания", "Поручение"]
    assert t.rows[2][4] in ("Сейткали Д.М., Нурланова Г.", "Сейткали Д.М.\nНурланова Г.")


def test_cells_dates_numbers_and_names():
    assert rg.cell_date(45380) == date(2024, 3, 29)  # an Excel serial
    assert rg.cell_date("45380") == date(2024, 3, 29)  # the same, stored as text
    assert rg.cell_date("20.05.2024") == date(2024, 5, 20)
    assert rg.cell_date("20.05.24") == date(2024, 5, 20)
    assert rg.cell_date("31.02.2023") == "31.02.2023"  # no such date: named by the caller
    assert rg.cell_date("в месячный срок") == "в месячный срок"
    assert rg.cell_text(3.0) == "3" and rg.cell_text(1.5) == "1.5"
    assert rg.split_names("Оспанов А.Б., Сейткали Д.М.;\nНурланова Г.") == [
        "Оспанов А.Б.",
        "Сейткали Д.М.",
        "Нурланова Г.",
    ]
    assert rg.split_names("Оспанов А.Б.; оспанов а.б.") == ["Оспанов А.Б."]
    assert rg.is_totals(["Итого: 6 поручений", ""]) and rg.is_totals(["", "Барлығы"])
    assert rg.column_letter(0) == "A" and rg.column_letter(27) == "AB"


def test_a_file_that_is_no_register_is_refused_with_a_message(tmp_path):
    bad = tmp_path / "r.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(UserError, match="cannot be read as an Excel workbook"):
        rg.read_table(bad)
    with pytest.raises(UserError, match="Excel workbook"):
        rg.read_table(FIX / "make_registers.py")
    with pytest.raises(UserError, match="no sheet"):
        rg.read_table(FIX / "ru_merged.xlsx", "Лист9")


# -------------------------------------------------------------------- executors
def person(pid):
    return [m.Executor.person(pid)]


@pytest.mark.parametrize(
    "text",
    [
        "Оспанов А.Б.",
        "А.Б. Оспанов",
        "Оспанов А. Б.",
        "Оспанов Асхат",
        "Оспанов Асхат Болатович",
        "ОСПАНОВ А.Б.",
        "Оспанов",
    ],
)
def test_a_person_is_found_by_any_form_of_the_name(directory, text):
    assert directory.match_register_executor(text).executors == person(directory.ids["ospanov"])
    # the one matcher: the window's executor field reads the name alike
    exact = [c for c in directory.match_executor(text) if c.exact]
    assert [c.executor for c in exact] == person(directory.ids["ospanov"])


def test_the_kazakh_spelling_of_a_surname_matches(directory):
    got = directory.match_register_executor("Сейтқали Д.М.")
    assert got.executors == person(directory.ids["seitkali"])
    assert directory.find_executor("Сейтқали Д.М.") == m.Executor.person(directory.ids["seitkali"])


def test_unsure_names_offer_the_best_candidates(directory):
    with directory.store.transaction():
        twin = directory.store.save_person(m.Person("Оспанов", "Берик", "Асхатович"))
    both = directory.match_register_executor("Оспанов")
    assert not both.sure
    assert {c[0] for c in both.candidates} == {
        m.Executor.person(directory.ids["ospanov"]),
        m.Executor.person(twin),
    }
    got = directory.match_register_executor("Оспанов А.Б.")
    assert got.executors == person(directory.ids["ospanov"])
    typo = directory.match_register_executor("Оспанв Асхат Болатович")  # a typing slip
    assert not typo.sure and typo.candidates[0][0] == m.Executor.person(directory.ids["ospanov"])
    org_typo = directory.match_register_executor("Управление спорту")
    assert org_typo.candidates[0][0] == m.Executor.org(directory.org_id)
    assert directory.match_register_executor("Жаксылыкова М.").candidates == []
    # the window's field offers "add to the directory" for a slip, as before
    assert directory.match_executor("Оспанв Асхат Болатович") == []


def test_an_organisation_named_as_executor_is_the_organisation(directory):
    for text in (
        "Управление спорта",
        "управление  спорта",
        "Дене шынықтыру және спорт басқармасы",
        "Спорт басқармасы",
    ):
        got = directory.match_register_executor(text)
        assert got.executors == [m.Executor.org(directory.org_id)], text


def test_an_organisation_with_its_responsible_person(directory):
    got = directory.match_register_executor("Управление спорта (Оспанов А.Б.)")
    assert got.executors == [m.Executor.org(directory.org_id, directory.ids["ospanov"])]
    got = directory.match_register_executor("Спорт басқармасы (Оспанов А.Б.)")
    assert got.executors == [m.Executor.org(directory.org_id, directory.ids["ospanov"])]


def test_a_group_that_expands_is_its_members(directory):
    for text in ("акимы районов", "Аудан әкімдері"):
        got = directory.match_register_executor(text)
        assert got.executors == [m.Executor.org(i) for i in directory.districts]
    with directory.store.transaction():  # a group that does not expand: one addressee
        g = directory.store.organisation(directory.group_id)
        g.expands = False
        directory.store.save_organisation(g)
    directory.forget_executors()
    got = directory.match_register_executor("акимы районов")
    assert got.executors == [m.Executor.org(directory.group_id)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Управление спорта", "organisation"),
        ("Отдел образования", "organisation"),
        ("Департамент полиции", "organisation"),
        ("акимат города", "organisation"),
        ("акимы районов", "organisation"),
        ("Аким района Алматы", "organisation"),
        ("ТОО «Береке»", "organisation"),
        ("АО Казпочта", "organisation"),
        ("ГУ Отдел ЖКХ", "organisation"),
        ("КГУ Школа-лицей № 2", "organisation"),
        ("Министерство финансов", "organisation"),
        ("Комитет госдоходов", "organisation"),
        ("Білім басқармасы", "organisation"),
        ("Қаржы бөлімі", "organisation"),
        ("Қала әкімдігі", "organisation"),
        ("Оспанов А.Б.", "person"),
        ("Акимов Берик", "person"),
        ("Жаксылыкова Мария Ивановна", "person"),
        ("Сейтқали Д.", "person"),
        ("ЦОН", "person"),  # an abbreviation the rule does not know: the user switches it
    ],
)
def test_the_rule_for_a_name_the_directory_lacks(directory, text, kind):
    from anticorr_desktop.services.directory import looks_like_organisation

    assert ("organisation" if looks_like_organisation(text) else "person") == kind
    assert directory.match_register_executor(text).new_kind == kind or text in (
        "Управление спорта",
        "акимы районов",
    )


# -------------------------------------------------------------------- the preview
def test_the_messy_russian_register_reads_as_typed_input(directory):
    pv = preview(directory, "ru_merged.xlsx")
    rows = by_row(pv)
    assert sorted(rows) == [4, 5, 6, 8, 9, 10]  # empty rows and the totals row skipped
    assert pv.skipped == 3
    assert pv.new_sessions == ["2024/3", "2024/4"]
    # protocol 3 merged down over rows 4-6
    assert {rows[n].session_label for n in (4, 5, 6)} == {"2024/3"}
    assert rows[4].status == m.InstructionStatus.DONE and rows[4].done_date == date(2024, 3, 14)
    assert rows[5].due_text == "в месячный срок" and rows[5].due_date == date(2024, 3, 12)
    assert rows[6].due_date == date(2024, 3, 29)  # an Excel serial number
    assert rows[6].resolved == [person(directory.ids["seitkali"]), person(directory.ids["ospanov"])]
    assert rows[5].resolved[0] == [m.Executor.org(directory.org_id)]  # "Управление спорта"
    assert rows[8].due_kind == "recurring" and rows[8].number == "4"  # a number as text
    assert rows[9].due_kind == "event" and rows[9].due_text == "по итогам проверки"
    assert rows[9].report_date == date(2024, 8, 5)  # "письмом от 05.08.2024"
    assert rows[5].notes.startswith("продлено")
    assert not pv.problems
    assert {x.text for x in pv.unresolved} == {"Жаксылыкова М."}
    assert [(x.text, x.new_kind) for x in pv.to_create] == [("Жаксылыкова М.", "person")]


def test_every_problem_is_named_by_row_and_column_in_the_users_language(directory):
    directory.lang = "ru"
    pv = preview(directory, "ru_problems.xlsx")
    assert pv.problems == [
        "строка 2, «Срок»: «31.02.2023» не является датой: в месяце 02.2023 всего 28 дней.",
        "строка 3, «Статус»: «в стадии согласования» — такого статуса программа не знает "
        "(исполнено / на контроле / снято с контроля / отменено)",
        "строка 4, «Исполнители»: не указан ни один исполнитель",
        "строка 5, «Срок»: срок 01.12.2022 раньше даты протокола (05.01.2023)",
        "строка 6, «Дата ответа»: «01.01.2099» — дата в будущем",
    ]
    directory.lang = "kk"
    pv = preview(directory, "ru_problems.xlsx")
    assert pv.problems[3] == (
        "5-жол, «Мерзім»: 01.12.2022 мерзімі хаттама күнінен (05.01.2023) бұрын"
    )


def test_a_session_of_the_database_is_matched_by_number_and_date(directory):
    st = directory.store
    com = st.commissions()[0].id
    with st.transaction():
        st.save_session(m.Session(com, 2024, 3, date(2024, 2, 12)))
        st.save_session(m.Session(com, 2024, 4, date(2024, 5, 21)))
    pv = preview(directory, "ru_merged.xlsx")
    rows = by_row(pv)
    assert rows[4].session_id is not None and pv.new_sessions == []
    assert rows[8].problems == [
        "row 8, «Protocol date»: session 2024/4 is of 21.05.2024 in this database, not 20.05.2024"
    ]


# -------------------------------------------------------------------- the import
def test_nothing_is_written_while_a_row_has_a_problem(directory):
    before = directory.store.journal_length()
    with pytest.raises(UserError, match="5 problem"):
        directory.import_register(RegisterPlan(FIX / "ru_problems.xlsx"), create_missing=True)
    assert directory.store.journal_length() == before
    assert directory.store.instruction_count() == 0


def test_unsettled_executors_stop_the_import_until_chosen_or_created(directory):
    st = directory.store
    with st.transaction():  # two of that name: "Жаксылыкова М." has candidates
        mad = st.save_person(m.Person("Жаксылыкова", "Мадина"))
        st.save_person(m.Person("Жаксылыкова", "Марина"))
    plan = RegisterPlan(FIX / "ru_merged.xlsx")
    with pytest.raises(UserError, match="Жаксылыкова М\\."):
        directory.import_register(plan, create_missing=True)  # it has candidates: choose
    assert st.instruction_count() == 0
    with pytest.raises(UserError, match='"x9" is not an executor'):
        directory.import_register(plan, choices={"Жаксылыкова М.": "x9"})
    out = directory.import_register(plan, choices={"Жаксылыкова М.": f"p{mad}"})
    assert (out.created, out.unchanged, out.sessions_created, out.people_created) == (6, 0, 2, 0)
    insts = {i.number: i for i in st.instructions_by_ids(st.instruction_ids(order="id"))}
    assert insts["6"].executors == [m.Executor.person(mad)]


def test_the_import_stores_what_the_preview_showed_and_twice_changes_nothing(directory):
    st = directory.store
    plan = RegisterPlan(FIX / "ru_merged.xlsx")
    choices = {"жаксылыкова м.": None}  # added as written, by the rule: a person
    out = directory.import_register(plan, choices=choices)
    assert out.backup is not None and out.backup.exists()  # backed up before
    assert (out.people_created, out.organisations_created) == (1, 0)
    created = [p for p in st.people() if p.surname == "Жаксылыкова"]
    assert len(created) == 1 and created[0].name == "М."
    insts = {i.number: i for i in st.instructions_by_ids(st.instruction_ids(order="id"))}
    S = m.InstructionStatus
    assert insts["1"].status == S.DONE and insts["1"].done_date == date(2024, 3, 14)
    rep = st.reports(insts["1"].id)[0]
    assert rep.outcome == m.ReportOutcome.ACCEPTED and rep.outgoing_number == "01-12/345"
    # "Управление спорта, Сейткали Д." and "Оспанов Асхат": the main executor first
    assert insts["2"].executors == [
        m.Executor.org(directory.org_id),
        m.Executor.person(directory.ids["seitkali"]),
        m.Executor.person(directory.ids["ospanov"]),
    ]
    assert insts["4"].due_rule.kind.value == "recurring" and st.control_points(insts["4"].id)
    assert insts["5"].status == S.DONE and insts["5"].due_text == "по итогам проверки"
    sessions = {s.label: s for s in st.sessions()}
    assert set(sessions) == {"2024/3", "2024/4"}
    assert sessions["2024/3"].notes == "Imported from the register ru_merged.xlsx"
    assert insts["1"].session_id == sessions["2024/3"].id
    # journalled: every record, and the file itself (its hash, its notes) in the chain
    assert st.verify() == []
    event = st.q1("SELECT after FROM journal WHERE action = 'register-import'")
    assert "sha256" in event[0] and "продлено до 30.04.2024" in event[0]
    # the same file again: nothing changes, not even the journal
    length = st.journal_length()
    again = directory.import_register(plan, choices=choices)
    assert (again.created, again.unchanged, again.sessions_created, again.people_created) == (
        0,
        6,
        0,
        0,
    )
    assert st.journal_length() == length
    # the mapping is remembered for the next import
    assert directory.register_mapping()["срок исполнения"] == "deadline"


def test_the_kazakh_register_imports_with_orындалды_as_done(directory):
    out = directory.import_register(RegisterPlan(FIX / "kk_register.xlsx"))
    assert out.created == 3 and out.sessions_created == 1
    st = directory.store
    insts = {i.number: i for i in st.instructions_by_ids(st.instruction_ids(order="id"))}
    # "Дене шынықтыру және спорт басқармасы" as co-executor: the organisation
    assert insts["1"].executors == [
        m.Executor.person(directory.ids["ospanov"]),
        m.Executor.org(directory.org_id),
    ]
    assert insts["1"].status == m.InstructionStatus.DONE
    assert insts["1"].done_date == date(2025, 4, 10)
    assert insts["2"].due_date == date(2025, 6, 30)
    assert st.sessions()[0].date == date(2025, 3, 14)  # "№ 5, 14.03.2025" in one cell


@pytest.mark.parametrize("name", ["ru_cp1251.csv", "ru_utf8bom.csv"])
def test_csv_registers_import(directory, name):
    out = directory.import_register(RegisterPlan(FIX / name))
    assert out.created == 3
    st = directory.store
    insts = {i.number: i for i in st.instructions_by_ids(st.instruction_ids(order="id"))}
    assert insts["3"].executors == [m.Executor.org(directory.org_id)]
    assert [e.person_id for e in insts["2"].executors] == [
        directory.ids["seitkali"],
        directory.ids["nurlanova"],
    ]
    assert insts["3"].due_date == date(2024, 12, 31)  # 45657 as text in a CSV


def test_a_row_typed_in_by_hand_is_not_imported_again(directory):
    st = directory.store
    com = st.commissions()[0].id
    with st.transaction():
        sid = st.save_session(m.Session(com, 2024, 7, date(2024, 9, 10)))
    directory.issue_instruction(
        text="Провести мониторинг",
        executors=[directory.ids["ospanov"]],
        due_text="",
        session_id=sid,
        number="1",
    )
    pv = preview(directory, "ru_cp1251.csv")
    assert [r.exists for r in pv.rows] == [True, False, False]


def test_a_cancelled_import_leaves_nothing(directory):
    from anticorr_desktop.exports.common import ExportCancelled

    calls = iter(range(100))
    before = directory.store.journal_length()
    with pytest.raises(ExportCancelled):
        directory.import_register(
            RegisterPlan(FIX / "ru_cp1251.csv"),
            cancelled=lambda: next(calls) > 0,
        )
    assert directory.store.journal_length() == before


def test_a_mapping_given_by_hand_wins(directory):
    t = rg.read_table(FIX / "ru_merged.xlsx")
    mapping = rg.guess_mapping(rg.headers(t, 2))
    del mapping[11]  # the notes column left out
    mapping[8] = "notes"  # the report's information kept as a note instead
    pv = directory.register_preview(RegisterPlan(FIX / "ru_merged.xlsx", mapping=mapping))
    row4 = by_row(pv)[4]
    assert row4.notes.startswith("Анализ проведен") and row4.report_text == ""
    with pytest.raises(UserError, match="instruction's text"):
        directory.register_preview(RegisterPlan(FIX / "ru_merged.xlsx", mapping={0: "number"}))


# -------------------------------------------------------------------- the command line
def run_cli(tmp_path, *args):
    from anticorr_desktop.cli import main

    return main(["--db", str(tmp_path / "t.sqlite3"), *args])


def test_cli_dry_run_prints_rows_and_problems_and_writes_nothing(directory, tmp_path, capsys):
    directory.store.close()
    code = run_cli(tmp_path, "import-register", str(FIX / "ru_problems.xlsx"), "--dry-run")
    out = capsys.readouterr().out
    assert code == 2
    assert '! row 2, «Deadline»: "31.02.2023" is not a date: 02.2023 has only 28 days.' in out
    assert "! row 4, «Executors»: no executor is named" in out
    assert "Rows: 5 to import" in out


def test_cli_imports_with_map_executor_and_create_missing(directory, tmp_path, capsys):
    directory.store.close()
    f = str(FIX / "ru_merged.xlsx")
    code = run_cli(tmp_path, "import-register", f, "--dry-run")
    out = capsys.readouterr().out
    assert code == 0 and 'Not in the directory: "Жаксылыкова М." (added as a person)' in out
    assert run_cli(tmp_path, "import-register", f) == 2  # executors unsettled
    assert "nothing was imported" in capsys.readouterr().err
    code = run_cli(
        tmp_path,
        "import-register",
        f,
        "--header-row",
        "3",
        "--map",
        "L=-",
        "--create-missing",
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "Imported: 6 instruction(s), 0 already here" in out
    assert "new people: 1, new organisations: 0." in out
    assert "  added as a person: Жаксылыкова М." in out
    assert run_cli(tmp_path, "import-register", f, "--map", "Z=text") == 2
    assert 'There is no column "Z"' in capsys.readouterr().err


def test_the_wizards_preview_is_reused_only_while_the_file_is_unchanged(directory, tmp_path):
    import shutil

    f = tmp_path / "r.csv"
    shutil.copy(FIX / "ru_utf8bom.csv", f)
    choices: dict = {}
    plan = RegisterPlan(f)
    pv = directory.register_preview(plan)
    assert len(pv.new_rows) == 3
    with open(f, "ab") as fh:  # the secretary adds a row after looking at the preview
        fh.write("4,8,15.10.2024,Провести семинар,Нурланова Г.,01.12.2024,\r\n".encode())
    out = directory.import_register(plan, choices=choices, preview=pv)
    assert out.created == 4  # the file was read again, not the stale preview imported


def test_rows_of_an_approved_session_are_a_problem_not_a_failed_import(directory):
    st = directory.store
    com = st.commissions()[0].id
    with st.transaction():
        st.save_session(m.Session(com, 2024, 7, date(2024, 9, 10), status=m.SessionStatus.APPROVED))
    pv = preview(directory, "ru_cp1251.csv")
    assert pv.problems == [
        "row 2, «Protocol No.»: session 2024/7 is approved and locked; reopen it to add "
        "instructions",
        "row 3, «Protocol No.»: session 2024/7 is approved and locked; reopen it to add "
        "instructions",
    ]


def test_a_remembered_mapping_wins_over_the_header_words():
    names = ["№", "Колонка 7", "Срок"]
    assert rg.guess_mapping(names) == {0: "number", 2: "deadline"}
    remembered = {"колонка 7": "text", "срок": "notes"}
    assert rg.guess_mapping(names, remembered) == {0: "number", 1: "text", 2: "notes"}


def test_protocols_need_a_commission_to_become_sessions(sv):
    with pytest.raises(UserError, match="Set up the commission first"):
        sv.register_preview(RegisterPlan(FIX / "ru_cp1251.csv"))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("", "on_control"),
        ("исполнено", "done"),
        ("Выполнено (письмо №12)", "done"),
        ("орындалды", "done"),
        ("не исполнено", "on_control"),
        ("на исполнении", "on_control"),
        ("частично исполнено", "on_control"),
        ("орындалмады", "on_control"),
        ("бақылауда", "on_control"),
        ("снято с контроля", "off_control"),
        ("бақылаудан алынды", "off_control"),
        ("отменено", "cancelled"),
        ("в стадии согласования", None),
    ],
)
def test_status_words_in_russian_and_kazakh(text, status):
    from anticorr_desktop.services.register import status_of

    got = status_of(text)
    assert (got.value if got else None) == status


# -------------------------------------------------------------------- organisations
def test_organisations_and_groups_in_a_register_preview(directory):
    pv = preview(directory, "orgs_register.xlsx")
    rows = by_row(pv)
    assert not pv.problems and len(pv.rows) == 7
    org, ospanov = directory.org_id, directory.ids["ospanov"]
    assert rows[2].resolved == [[m.Executor.org(org)]]  # "Управление спорта"
    assert rows[4].resolved == [[m.Executor.org(i) for i in directory.districts]]  # a group
    assert rows[5].resolved == [[m.Executor.org(org, ospanov)]]  # with its person
    assert rows[3].resolved == [None, person(ospanov)]  # "Білім басқармасы": to settle
    # the dry run lists what the import would add, and as what
    assert [(x.text, x.new_kind) for x in pv.to_create] == [
        ("Білім басқармасы", "organisation"),
        ("Отдел образования", "organisation"),
        ("Ахметова Б.К.", "person"),
        ("ЦОН", "person"),
    ]
    assert (
        "«Білім басқармасы» — not in the directory; added as an organisation"
        in (rows[3].warnings[0])
    )


def test_organisations_are_stored_as_executors_not_fake_people(directory):
    st = directory.store
    org, ospanov = directory.org_id, directory.ids["ospanov"]
    plan = RegisterPlan(FIX / "orgs_register.xlsx")
    people_before = len(st.people())
    # "ЦОН" is a body the rule cannot tell: the secretary says so
    out = directory.import_register(plan, choices={"ЦОН": "organisation"}, create_missing=True)
    assert (out.created, out.people_created, out.organisations_created) == (7, 1, 3)
    assert sorted(out.added) == [
        ("organisation", "Білім басқармасы"),
        ("organisation", "Отдел образования"),
        ("organisation", "ЦОН"),
        ("person", "Ахметова Б.К."),
    ]
    orgs = {o.short_ru: o.id for o in st.organisations()}
    assert len(st.people()) == people_before + 1
    assert not [p for p in st.people() if p.surname in orgs or p.surname == "Білім"]
    new = next(p for p in st.people() if p.surname == "Ахметова")
    assert (new.name, new.patronymic) == ("Б.", "К.")
    insts = {i.number: i for i in st.instructions_by_ids(st.instruction_ids(order="id"))}
    assert insts["1"].executors == [m.Executor.org(org)]
    assert insts["2"].executors == [
        m.Executor.org(orgs["Білім басқармасы"]),  # the main executor first
        m.Executor.person(ospanov),
    ]
    assert insts["3"].executors == [m.Executor.org(i) for i in directory.districts]
    assert insts["4"].executors == [m.Executor.org(org, ospanov)]
    assert insts["5"].executors == [
        m.Executor.org(orgs["Отдел образования"]),
        m.Executor.person(new.id),
    ]
    assert insts["6"].executors == [m.Executor.org(orgs["ЦОН"])]
    # a report comes from the person when one is named, else from nobody in particular
    assert st.reports(insts["4"].id)[0].from_person_id == ospanov
    assert st.reports(insts["7"].id)[0].from_person_id is None
    assert insts["7"].status == m.InstructionStatus.DONE
    # the organisation's people are not its executors
    assert all(e.person_id != ospanov for e in insts["1"].executors)
    assert st.verify() == []
    # the same file again: nothing changes, nobody is added twice
    length = st.journal_length()
    again = directory.import_register(plan, choices={"ЦОН": "organisation"}, create_missing=True)
    assert (again.created, again.unchanged, again.people_created) == (0, 7, 0)
    assert again.organisations_created == 0 and again.added == []
    assert st.journal_length() == length


def test_cli_settles_names_by_reference_and_creates_by_the_rule(directory, tmp_path, capsys):
    org = directory.org_id
    ospanov = directory.ids["ospanov"]
    directory.store.close()
    f = str(FIX / "orgs_register.xlsx")
    assert run_cli(tmp_path, "import-register", f, "--dry-run") == 0
    out = capsys.readouterr().out
    assert 'Not in the directory: "Білім басқармасы" (added as an organisation)' in out
    assert 'Not in the directory: "Отдел образования" (added as an organisation)' in out
    assert 'Not in the directory: "Ахметова Б.К." (added as a person)' in out
    assert run_cli(tmp_path, "import-register", f, "--executor", "ЦОН=q7") == 2
    assert '"ЦОН=q7": write NAME=REF' in capsys.readouterr().err
    code = run_cli(
        tmp_path,
        "import-register",
        f,
        "--executor",
        f"ЦОН=o{org}p{ospanov}",
        "--executor",
        "Ахметова Б.К.=organisation",
        "--create-missing",
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "new people: 0, new organisations: 3." in out
    assert "  added as an organisation: Білім басқармасы" in out
    assert "  added as an organisation: Ахметова Б.К." in out
    from anticorr_desktop.storage.store import open_store

    st = open_store(tmp_path / "t.sqlite3")
    try:
        execs = [i.executors for i in st.instructions_by_ids(st.instruction_ids(order="id"))]
        assert [m.Executor.org(org, ospanov)] in execs
    finally:
        st.close()


def test_the_command_lines_list_of_fields_is_the_readers():
    """cli.py spells the fields out (no import of the reader at start-up): the two agree."""
    from anticorr_desktop import cli, registers

    assert cli._REGISTER_FIELDS == registers.FIELDS
