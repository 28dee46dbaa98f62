import sqlite3
from datetime import date

import pytest

from anticorr_desktop.domain import model as m
from anticorr_desktop.errors import StorageError
from anticorr_desktop.storage.schema import KNOWN_MIGRATIONS, SCHEMA_VERSION
from anticorr_desktop.storage.store import fts_query, open_store


def test_new_database_is_migrated_wal_and_fk(store):
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.scalar("PRAGMA synchronous") == 2  # FULL
    names = [r[0] for r in store.q("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert names == KNOWN_MIGRATIONS and len(names) == SCHEMA_VERSION


def test_reopen_applies_nothing_twice(tmp_path):
    p = tmp_path / "a.sqlite3"
    open_store(p).close()
    s = open_store(p)
    assert s.scalar("SELECT COUNT(*) FROM _sqlite_migrations") == SCHEMA_VERSION
    s.close()


def test_newer_schema_is_refused(tmp_path):
    p = tmp_path / "a.sqlite3"
    s = open_store(p)
    with s.transaction():
        s.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('anticorr', 'm999_future', 'x')"
        )
    s.close()
    with pytest.raises(StorageError, match="newer version"):
        open_store(p)


def test_older_database_is_backed_up_and_migrated(tmp_path, monkeypatch):
    """A database at an older schema (simulated: one migration pending) is backed up first."""
    from anticorr_desktop.storage import schema

    p = tmp_path / "old.sqlite3"
    s = open_store(p)
    s.close()

    @schema.migrations(name="m900_test_extra")
    def extra(db):
        db.execute("CREATE TABLE extra_test (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(
        "anticorr_desktop.storage.store.KNOWN_MIGRATIONS", KNOWN_MIGRATIONS + ["m900_test_extra"]
    )
    try:
        s = open_store(p)
        assert s.scalar("SELECT COUNT(*) FROM extra_test") == 0
        s.close()
        assert list((tmp_path / "backups").glob("old-*-before-migration.sqlite3.zst"))
    finally:
        schema.migrations._migrations.pop()


def test_not_a_database(tmp_path):
    p = tmp_path / "junk.sqlite3"
    p.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match=r"damaged|Cannot open"):
        open_store(p)


def test_rollback_on_error_leaves_nothing(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.save_person(m.Person("Иванов"))
        raise RuntimeError("boom")
    assert store.people() == []
    assert store.journal_length() == 0


def test_foreign_keys_enforced(store):
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store._insert("membership", {"uid": "x", "commission_id": 99, "person_id": 98})


def test_every_write_is_journaled_and_chained(store):
    with store.transaction():
        p = m.Person("Иванов", "Иван")
        store.save_person(p)
        p.position = "Руководитель"
        store.save_person(p)
    j = store.journal_of("person", p.uid)
    assert [e.action for e in j] == ["insert", "update"]
    assert j[1].before["position"] == "" and j[1].after["position"] == "Руководитель"
    assert j[1].prev_hash == j[0].hash
    assert store.verify() == []


def test_verify_catches_edits_behind_the_programs_back(tmp_path):
    p = tmp_path / "v.sqlite3"
    s = open_store(p)
    with s.transaction():
        ivanov = m.Person("Иванов")
        s.save_person(ivanov)
        kim = m.Person("Ким")
        s.save_person(kim)
        kim.position = "Аким"
        s.save_person(kim)
    s.close()
    raw = sqlite3.connect(p)
    raw.execute("UPDATE person SET surname = 'Петров' WHERE surname = 'Иванов'")
    raw.execute("UPDATE person SET position = 'Секретарь' WHERE surname = 'Ким'")
    raw.commit()
    raw.close()
    s = open_store(p)
    problems = s.verify()
    # the journal keeps a digest of an inserted row (not a copy): the row is named; a
    # column the journal recorded a change of is named too
    assert f"person {ivanov.uid}: changed outside the program" in problems
    assert f"person {kim.uid}: changed outside the program (position)" in problems
    assert len(problems) == 2
    s.close()


def test_fts_query_building():
    assert fts_query("хаттама").startswith('("хаттама"* OR')
    assert fts_query('a "b" c') == '"a"* AND "b"* AND "c"*'
    # a Russian word: as typed and its lemma; a Kazakh one: as typed and its stem
    assert fts_query("закупок") == '("закупок"* OR "закупка"*)'
    assert fts_query("мектептің") == '("мектептің"* OR "мектеп"*)'
    assert fts_query("  ,,, ") is None


def test_fts_is_case_insensitive_for_cyrillic_and_prefix(sv):
    c = m.Commission("Комиссия")
    sv.save_commission(c)
    p = m.Person("Ахметова")
    sv.save_person(p)
    inst = sv.issue_instruction(
        text="Жолдамаларды ХАТТАМАДАН үзінді бойынша жіберу",
        executors=[p.id],
        due_text="25.12.2026",
        issued_date=date(2026, 11, 1),
    )
    for q in ("хаттама", "ХАТТАМА", "Хаттамадан", "үзінді"):
        assert sv.store.instruction_ids(text=q) == [inst.id], q
    assert sv.store.instruction_ids(text="протокол") == []
    sv.update_instruction_text(inst.id, "Протокол направить")
    assert sv.store.instruction_ids(text="хаттама") == []
    assert sv.store.instruction_ids(text="ПРОТОК") == [inst.id]


def test_two_connections_keep_one_hash_chain(tmp_path):
    p = tmp_path / "two.sqlite3"
    a, b = open_store(p), open_store(p)
    with a.transaction():
        a.save_person(m.Person("Первый"))
    with b.transaction():
        b.save_person(m.Person("Второй"))
    with a.transaction():  # a's cached head is stale: it must chain from b's entry
        a.save_person(m.Person("Третий"))
    assert a.verify() == [] and b.verify() == []
    a.close()
    b.close()


def test_tracker_search_finds_an_instruction_by_its_report_and_its_decision(demo):
    st = demo.store
    # the demo's report "Аудит проведен по 3 из 5 объектов." belongs to 2024/4 2.1
    [hit] = st.instruction_ids(text="проведен по 3 из 5")
    assert st.instruction(hit).number == "2.1" and st.reports(hit)[0].text.startswith(
        "Аудит проведен"
    )
    # a word only in a decision's text finds the instruction issued on it
    d = next(d for d in st.decisions(demo.demo_session_id) if st.instruction_of_decision(d.id))
    with st.transaction():
        st._update("decision", d.id, {"text": d.text + " Уникальноеслово"})
    assert st.instruction_ids(text="уникальноеслово") == [st.instruction_of_decision(d.id)]


@pytest.mark.parametrize("desc", [False, True])
def test_executor_order_of_the_whole_list_matches_the_filtered_query(demo, desc):
    """The unfiltered list walks two indexes instead of sorting: same order as the
    general query, by surname, name, person, due date (undated first), id; instructions
    without a main executor first (last when descending)."""
    st = demo.store
    some = st.instruction_ids()[0]
    with st.transaction():
        st._update("instruction", some, {"main_executor_id": None})
        st._update("instruction", some, {"main_organisation_id": None})
    rows = st.q(
        "SELECT i.id, i.due_date, p.surname, p.name, p.id AS pid, o.short_ru, o.id AS oid"
        " FROM instruction i LEFT JOIN person p ON p.id = i.main_executor_id"
        " LEFT JOIN organisation o ON o.id = i.main_organisation_id"
    )
    assert any(r["oid"] for r in rows), "the demo names organisations as executors"

    def key(r):
        # nobody first, then organisations by name (a person named with one does not
        # sort it), then people alone
        org = r["oid"] is not None
        return (
            2 if r["pid"] is not None and not org else 1 if org else 0,
            r["short_ru"] or "",
            r["oid"] or 0,
            "" if org else r["surname"] or "",
            "" if org else r["name"] or "",
            0 if org else r["pid"] or 0,
            r["due_date"] is not None,
            r["due_date"] or "",
            r["id"],
        )

    expected = [r["id"] for r in sorted(rows, key=key, reverse=desc)]
    assert expected[-1 if desc else 0] == some
    assert st.instruction_ids(order="executor", desc=desc) == expected
    # a filter that keeps every row takes the general (sorting) query: the same order
    everything = [s.value for s in m.InstructionStatus]
    assert st.instruction_ids(order="executor", desc=desc, status=everything) == expected
    assert st.instruction_ids(order="executor", desc=desc, limit=3) == expected[:3]


def test_sorting_a_filtered_list_by_days_overdue_keeps_the_filter(demo):
    """The order's own parameter (the day overdue is counted to) once went before the
    filter's: a list of open instructions sorted by days overdue lost those in rework."""
    st = demo.store
    rework = st.instruction_ids(status=["on_control"])[0]
    with st.transaction():
        st._update("instruction", rework, {"status": "rework"})
    open_ = ["on_control", "reported", "rework"]
    for desc in (False, True):
        got = st.instruction_ids(
            status=open_, order="overdue", desc=desc, owing_before=date(2025, 5, 12)
        )
        assert sorted(got) == sorted(st.instruction_ids(status=open_)) and rework in got
