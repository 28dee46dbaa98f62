"""JSON round trips and the anticorr command end to end on temp databases."""

import json
import subprocess
import sys

import pytest

from anticorr_desktop import cli
from anticorr_desktop.errors import UserError
from anticorr_desktop.interchange import dumps, export_data, import_data
from anticorr_desktop.storage.store import open_store


def run(args, db, capsys):
    rc = cli.main(["--db", str(db), *args])
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_demo_session_round_trip(tmp_path, capsys):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert run(["init", "--demo"], a, capsys)[0] == 0
    assert (
        run(["export-json", "--session", "2024/4", "-o", str(tmp_path / "s.json")], a, capsys)[0]
        == 0
    )
    assert run(["import", str(tmp_path / "s.json")], b, capsys)[0] == 0
    rc, out, _ = run(["import", str(tmp_path / "s.json")], b, capsys)
    assert rc == 0 and "Imported: 0 new," in out  # importing twice changes nothing
    assert (
        run(["export-json", "--session", "2024/4", "-o", str(tmp_path / "s2.json")], b, capsys)[0]
        == 0
    )
    assert (tmp_path / "s.json").read_bytes() == (tmp_path / "s2.json").read_bytes()
    # the whole database too
    run(["export-json", "-o", str(tmp_path / "all.json")], a, capsys)
    c = tmp_path / "c.sqlite3"
    run(["import", str(tmp_path / "all.json")], c, capsys)
    run(["export-json", "-o", str(tmp_path / "all2.json")], c, capsys)
    assert (tmp_path / "all.json").read_bytes() == (tmp_path / "all2.json").read_bytes()
    assert run(["verify"], c, capsys)[0] == 0


def test_overdue_listing_as_of_date(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    run(["init", "--demo"], db, capsys)
    rc, out, _ = run(
        ["instructions", "--overdue", "--as-of", "2025-06-30", "--format", "json"], db, capsys
    )
    rows = json.loads(out)
    assert rc == 0 and rows
    by_num = {(r["session"], r["number"]): r for r in rows}
    r = by_num[("2024/2", "1.2")]
    assert r["executors"] == ["Е.М. Оспанов"] and r["days_overdue"] == 122
    assert r["due_date"] == "2025-02-28" and r["due_date_original"] == "2024-10-15"
    for key in (
        "id",
        "number",
        "session",
        "text",
        "executors",
        "due_date",
        "due_date_original",
        "status",
        "days_overdue",
    ):
        assert key in r
    rc, out, _ = run(["instructions", "--overdue", "--as-of", "2025-06-30"], db, capsys)
    assert "Оспанов" in out and "122" in out
    rc, out, _ = run(["instructions", "--overdue", "--as-of", "2024-01-01"], db, capsys)
    assert "Nothing is overdue" in out
    rc, out, _ = run(["sessions", "--format", "json"], db, capsys)
    s = json.loads(out)
    assert {"id", "commission", "year", "number", "date"} <= set(s[0])
    rc, out, _ = run(["instructions", "--executor", "Ким", "--format", "csv"], db, capsys)
    assert out.splitlines()[0].startswith("No.;Session;")
    rc, out, _ = run(["search", "Картограмма"], db, capsys)
    assert rc == 0 and "2024/4" in out


@pytest.mark.parametrize(
    "args,msg",
    [
        (["sessions"], "does not exist"),
    ],
)
def test_missing_database(tmp_path, capsys, args, msg):
    rc, _, err = run(args, tmp_path / "none.sqlite3", capsys)
    assert rc == 2 and msg in err and "Traceback" not in err


def corrupt(tmp_path, capsys, mutate):
    db = tmp_path / "d.sqlite3"
    run(["init", "--demo"], db, capsys)
    run(["export-json", "--session", "2024/4", "-o", str(tmp_path / "s.json")], db, capsys)
    data = json.loads((tmp_path / "s.json").read_text("utf-8"))
    mutate(data)
    bad = tmp_path / "bad.json"
    bad.write_text(dumps(data) if isinstance(data, dict) else data, "utf-8")
    target = tmp_path / "empty.sqlite3"
    rc, _, err = run(["import", str(bad)], target, capsys)
    return rc, err, target


def _set(path, value):
    def mutate(d):
        obj = d
        for k in path[:-1]:
            obj = obj[k]
        obj[path[-1]] = value

    return mutate


def _both(first, second):
    def mutate(d):
        first(d)
        second(d)

    return mutate


@pytest.mark.parametrize(
    "mutate,expected",
    [
        (
            _set(["sessions", 0, "instructions", 1, "due"], "31.02.2025"),
            'sessions[0].instructions[1].due: "31.02.2025" is not a date',
        ),
        (
            _set(["sessions", 0, "date"], "2024-13-01"),
            'sessions[0].date: "2024-13-01" is not a date',
        ),
        (
            _set(["sessions", 0, "instructions", 0, "executors"], ["nobody"]),
            'sessions[0].instructions[0].executors[0]: refers to an unknown person "nobody"',
        ),
        (_set(["sessions", 0, "number"], "four"), "sessions[0].number: must be a whole number"),
        (_set(["sessions", 0, "kind"], "party"), 'sessions[0].kind: "party" is not one of'),
        (
            # one language is enough (issue #13); neither is missing
            _both(
                _set(["sessions", 0, "agenda", 0, "title"], ""),
                _set(["sessions", 0, "agenda", 0, "title_kk"], ""),
            ),
            "sessions[0].agenda[0].title: is missing or empty",
        ),
        (
            _set(
                ["sessions", 0, "instructions", 1, "extensions"],
                [
                    {
                        "uid": "e",
                        "old": "2025-06-30",
                        "new": "2025-01-01",
                        "reason": "r",
                        "decided_by": "x",
                        "decided_on": "2025-01-01",
                    }
                ],
            ),
            "must be later than the old one",
        ),
        (
            _set(["sessions", 0, "attendance", 0, "absence_reason"], "болезнь"),
            "present and absent at once",
        ),
        (_set(["version"], 99), "format version 99"),
        (_set(["format"], "other"), "not an AntiCorr Desktop file"),
    ],
)
def test_bad_files_name_the_place_and_write_nothing(tmp_path, capsys, mutate, expected):
    rc, err, target = corrupt(tmp_path, capsys, mutate)
    assert rc == 2 and expected in err, err
    assert "Traceback" not in err
    from anticorr_desktop.storage.store import open_store

    s = open_store(target)
    assert s.is_empty() and s.journal_length() == 0
    s.close()


def test_malformed_json_and_huge_file(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "anticorr-desktop", "version": 1,', "utf-8")
    rc, _, err = run(["import", str(bad)], tmp_path / "x.sqlite3", capsys)
    assert rc == 2 and "not valid JSON" in err and "line 1" in err
    big = tmp_path / "big.json"
    with open(big, "wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse 200 MB
    rc, _, err = run(["import", str(big)], tmp_path / "x.sqlite3", capsys)
    assert rc == 2 and "at most 50 MB" in err


def test_hand_written_file_with_typed_due_rules(tmp_path, capsys):
    data = {
        "format": "anticorr-desktop",
        "version": 1,
        "directory": {"people": [{"uid": "p1", "surname": "Ахметова", "name": "Әсел"}]},
        "commissions": [{"uid": "c1", "name_ru": "Комиссия"}],
        "sessions": [
            {
                "uid": "s1",
                "commission": "c1",
                "number": 1,
                "date": "2025-03-14",
                "agenda": [
                    {
                        "uid": "a1",
                        "title": "Вопрос",
                        "decisions": [{"uid": "d1", "text": "Решение"}],
                    }
                ],
                "instructions": [
                    {
                        "uid": "i1",
                        "decision": "d1",
                        "text": "Сделать",
                        "executors": ["p1"],
                        "due": "в месячный срок",
                    }
                ],
            }
        ],
    }
    f = tmp_path / "hand.json"
    f.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    db = tmp_path / "h.sqlite3"
    assert run(["import", str(f)], db, capsys)[0] == 0
    rc, out, _ = run(["instructions", "--format", "json", "--as-of", "2025-03-20"], db, capsys)
    assert rc == 0
    [r] = json.loads(out)
    assert (r["number"], r["session"], r["due_date"]) == ("1.1", "2025/1", "2025-04-14")


def test_import_never_rewrites_what_the_database_holds(demo, tmp_path):
    """An import adds; a record that differs (an edited decision, a moved deadline, a
    rolled-back status) is refused with its place, and nothing is written."""
    data = export_data(demo, [demo.demo_session_id])
    data["sessions"][0]["agenda"][0]["title"] = "Переписано задним числом"
    data["sessions"][0]["instructions"][1]["due"]["current"] = "2025-12-31"
    before = demo.store.journal_length()
    with pytest.raises(UserError, match="differs from this database in 2 record") as err:
        import_data(demo, json.loads(dumps(data)))
    assert "agenda_item" in err.value.message("en") and "due_date" in err.value.message("en")
    assert demo.store.journal_length() == before


def test_import_keeps_this_databases_directory_and_adds_new_work(demo, tmp_path):
    data = json.loads(dumps(export_data(demo, [demo.demo_session_id])))
    people = data["directory"]["people"]
    people[0]["position"] = "Другая должность"  # the file's directory is older or newer: ours stays
    data["sessions"][0]["instructions"][0]["reports"].append(
        {
            "uid": "new-report",
            "received": "2025-05-05",
            "outgoing_number": "7",
            "text": "Новый отчёт",
            "from": None,
            "control_point": None,
            "outcome": "pending",
            "outcome_date": None,
            "outcome_note": "",
        }
    )
    res = import_data(demo, data)
    assert res.created == 1 and res.kept == 1 and not res.conflicts
    assert (
        demo.store.person(demo.store.id_for_uid("person", people[0]["uid"])).position
        != "Другая должность"
    )
    assert demo.store.verify() == []


def test_cli_never_imports_qt(tmp_path):
    code = (
        "import sys; from anticorr_desktop import cli; "
        f"cli.main(['--db', r'{tmp_path / 'q.sqlite3'}', 'init', '--demo']); "
        "cli.main(['--db', r'" + str(tmp_path / "q.sqlite3") + "', 'instructions', '--overdue']); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_bad_session_reference(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    run(["init", "--demo"], db, capsys)
    rc, _, err = run(
        ["export-json", "--session", "2030/9", "-o", str(tmp_path / "x.json")], db, capsys
    )
    assert rc == 2 and "no session 2030/9" in err
    rc, _, err = run(
        ["export-json", "--session", "last", "-o", str(tmp_path / "x.json")], db, capsys
    )
    assert rc == 2 and "YEAR/NUMBER" in err
    rc, _, err = run(["init", "--demo"], db, capsys)
    assert rc == 2 and "already holds data" in err


def _leftmost_text_mm(pdf) -> float:
    """Where the leftmost text of the first page starts, in mm from the page's edge."""
    from pypdf import PdfReader

    xs = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            xs.append(cm[4] + tm[4] * cm[0])

    PdfReader(pdf).pages[0].extract_text(visitor_text=visit)
    return min(xs) * 25.4 / 72


def test_documents_follow_the_layout_set_for_the_commission(tmp_path, capsys):
    """The page layout is stored in the database (Settings > Documents in the window):
    the command's minutes, extracts and reports follow it."""
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store

    db = tmp_path / "a.sqlite3"
    run(["init", "--demo"], db, capsys)
    assert run(["minutes", "2024/4", "-o", str(tmp_path / "usual.pdf")], db, capsys)[0] == 0
    assert 29.5 < _leftmost_text_mm(tmp_path / "usual.pdf") < 32  # 30 mm, national practice
    st = open_store(db)
    Services(st).set_document_settings(margin_left_mm=45.0)
    st.close()
    for args, pdf in (
        (["minutes", "2024/4"], "wide.pdf"),
        (["overdue-report", "--as-of", "2025-05-12"], "o.pdf"),
        (["extract", "2024/4", "--executor", "Ким"], "e.pdf"),
    ):
        assert run([*args, "-o", str(tmp_path / pdf)], db, capsys)[0] == 0
        assert 44.5 < _leftmost_text_mm(tmp_path / pdf) < 47, pdf


def test_extract_all_with_two_executors_of_the_same_name(tmp_path, capsys):
    """The command writes every extract, the twins' files told apart (issue #11)."""
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store
    from tests.twins import make_twins

    db = tmp_path / "d.sqlite3"
    assert run(["init", "--demo"], db, capsys)[0] == 0
    sv = Services(open_store(db), lang="en")
    sid = sv.resolve_session("2024/4").id
    make_twins(sv, sid)
    n = len(sv.session_executors(sid))
    sv.store.close()
    rc, out, err = run(["extract", "2024/4", "--all", "-o", str(tmp_path / "x")], db, capsys)
    assert rc == 0, err
    assert len(out.splitlines()) == n == len(list((tmp_path / "x").glob("*.pdf")))


def test_minutes_in_a_language_with_missing_texts(tmp_path, capsys):
    """Issue #13: the command says what is missing and exits 2 unless --allow-mixed."""
    db = tmp_path / "d.sqlite3"
    assert run(["init", "--demo"], db, capsys)[0] == 0
    # the demo prints wholly in Kazakh; take one Kazakh text away (journalled)
    st = open_store(db)
    item = st.agenda(st.sessions_by_label(2024, 4)[0].id)[0]
    item.summary_kk = ""
    with st.transaction():
        st.save_agenda_item(item)
    st.close()
    rc, _out, err = run(
        ["minutes", "2024/4", "--lang", "kk", "-o", str(tmp_path / "k.pdf")], db, capsys
    )
    assert rc == 2 and "1-тармақ" in err and "--allow-mixed" in err
    assert not (tmp_path / "k.pdf").exists()
    args = ["minutes", "2024/4", "--lang", "kk", "--allow-mixed", "-o", str(tmp_path / "k.pdf")]
    assert run(args, db, capsys)[0] == 0 and (tmp_path / "k.pdf").exists()
    assert run(["minutes", "2024/4", "-o", str(tmp_path / "r.pdf")], db, capsys)[0] == 0


def test_the_instruction_listing_imports_only_what_it_needs(tmp_path):
    """`anticorr instructions` is run from scripts and cron: a whole process each time, so
    it must not load the window, the documents' or the spreadsheets' libraries, the
    migrations' sqlite-utils or the holiday calendar (each costs 20-150 ms of start)."""
    db = tmp_path / "q.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "anticorr_desktop.cli", "--db", str(db), "init", "--demo"],
        check=True,
        capture_output=True,
    )
    heavy = ("PySide6", "reportlab", "openpyxl", "sqlite_utils", "holidays", "dateutil")
    for args in (
        ["instructions", "--overdue"],
        ["instructions", "--overdue", "--as-of", "2025-01-10", "--format", "csv"],
        ["instructions", "--status", "open", "--format", "json"],
    ):
        code = (
            "import sys; from anticorr_desktop import cli; "
            f"rc = cli.main(['--db', {str(db)!r}, *{args!r}]); "
            f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r})), "
            "rc, file=sys.stderr)"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert done.stdout.strip(), args  # it did list something
        assert done.stderr.strip().splitlines()[-1] == "[] 0", (args, done.stderr)
