"""The interchange schema and the documents agree with the program.

* the demo export validates against resources/schema/anticorr-v2.schema.json;
* the hand-written example in docs/interchange.md validates and imports;
* README.md mentions every subcommand of ``anticorr``.

Needs ``jsonschema`` (test extra).
"""

from __future__ import annotations

import argparse
import copy
import json
import re
from pathlib import Path

import pytest

from anticorr_desktop import cli

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "resources" / "schema" / "anticorr-v2.schema.json"
INTERCHANGE_MD = ROOT / "docs" / "interchange.md"
README = ROOT / "README.md"


def run(args, db, capsys):
    rc = cli.main(["--db", str(db), *args])
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.fixture(scope="module")
def validator():
    import jsonschema  # the test extra; imported here so the README test runs without it

    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def problems(validator, data) -> list[str]:
    return [f"{e.json_path}: {e.message[:300]}" for e in validator.iter_errors(data)]


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo")
    db = ["--db", str(tmp / "demo.sqlite3")]
    assert cli.main([*db, "init", "--demo"]) == 0
    assert cli.main([*db, "export-json", "-o", str(tmp / "all.json")]) == 0
    assert cli.main([*db, "export-json", "--session", "2024/4", "-o", str(tmp / "one.json")]) == 0
    assert (
        cli.main(
            [
                *db,
                "export",
                "--format",
                "json",
                "--overdue",
                "--as-of",
                "2025-06-30",
                "-o",
                str(tmp / "overdue.json"),
            ]
        )
        == 0
    )
    names = ("all.json", "one.json", "overdue.json")
    return tuple(json.loads((tmp / name).read_text("utf-8")) for name in names)


def example_from_docs() -> dict:
    """The one ```json block of docs/interchange.md that is an interchange file."""
    text = INTERCHANGE_MD.read_text("utf-8")
    blocks = re.findall(r"^```json[ \t]*\n(.*?)^```[ \t]*$", text, re.M | re.S)
    parsed = []
    for n, block in enumerate(blocks):
        try:
            parsed.append(json.loads(block))
        except json.JSONDecodeError as exc:  # pragma: no cover - shows which block is broken
            pytest.fail(f"```json block {n} of docs/interchange.md is not valid JSON: {exc}")
    files = [b for b in parsed if isinstance(b, dict) and b.get("format") == "anticorr-desktop"]
    assert len(files) == 1, f"expected one example file in docs/interchange.md, found {len(files)}"
    return files[0]


# -- the schema -----------------------------------------------------------------


def test_demo_export_validates(validator, demo_export):
    whole, one_session, overdue_only = demo_export
    assert whole["sessions"] and whole["instructions"]  # the demo covers both lists
    assert problems(validator, whole) == []
    assert problems(validator, one_session) == []
    assert problems(validator, overdue_only) == []  # anticorr export --format json


def test_demo_export_covers_every_form_of_due(demo_export):
    sessions = demo_export[0]["sessions"]
    kinds = {i["due"]["rule"]["kind"] for s in sessions for i in s["instructions"]}
    assert kinds == {"date", "recurring", "ongoing"}


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


def _drop(path):
    def mutate(d):
        obj = d
        for k in path[:-1]:
            obj = obj[k]
        del obj[path[-1]]

    return mutate


@pytest.mark.parametrize(
    "mutate",
    [
        _set(["version"], 3),
        _set(["format"], "other"),
        _drop(["sessions", 0, "date"]),
        _set(["sessions", 0, "date"], "14.06.2024"),
        _set(["sessions", 0, "kind"], "party"),
        _set(["sessions", 0, "status"], "signed"),
        _set(["sessions", 0, "number"], "four"),
        _set(["sessions", 0, "attendance", 0, "absence_reason"], "болезнь"),
        _both(
            _set(["sessions", 0, "agenda", 0, "title"], ""),
            _set(["sessions", 0, "agenda", 0, "title_kk"], ""),
        ),
        _set(["sessions", 0, "instructions", 0, "executors"], []),
        _set(["sessions", 0, "instructions", 0, "status"], "closed"),
        _set(["sessions", 0, "instructions", 0, "due"], ""),
        _set(["sessions", 0, "instructions", 0, "due", "rule", "kind"], "weekly"),
        _set(["sessions", 0, "instructions", 0, "due", "current"], None),
        _set(["sessions", 0, "instructions", 2, "control_points", 0, "status"], "late"),
        _set(["sessions", 0, "instructions", 2, "reports", 0, "outcome"], "maybe"),
        _set(["commissions", 0, "members", 0, "role"], "boss"),
        _drop(["instructions", 0, "issued_date"]),
    ],
)
def test_schema_rejects_what_the_importer_rejects(validator, demo_export, mutate):
    data = copy.deepcopy(demo_export[0])
    mutate(data)
    assert problems(validator, data)


def test_schema_accepts_the_text_form_of_due(validator, demo_export):
    data = copy.deepcopy(demo_export[0])
    data["sessions"][0]["instructions"][0]["due"] = "в месячный срок"
    assert problems(validator, data) == []


# -- docs/interchange.md ---------------------------------------------------------


def test_example_in_docs_validates_and_imports(validator, tmp_path, capsys):
    data = example_from_docs()
    assert problems(validator, data) == []
    path = tmp_path / "example.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    db = tmp_path / "empty.sqlite3"
    rc, out, err = run(["import", str(path)], db, capsys)
    assert rc == 0, err
    rc, out, err = run(["import", str(path)], db, capsys)  # twice: nothing changes
    assert rc == 0 and "Imported: 0 new," in out, out + err
    rc, out, err = run(["instructions", "--format", "json", "--as-of", "2025-03-20"], db, capsys)
    [row] = json.loads(out)
    assert (row["session"], row["number"], row["due_text"], row["due_date"]) == (
        "2025/1",
        "1.1",
        "в месячный срок",
        "2025-04-14",
    )


# -- README.md --------------------------------------------------------------------


def subcommands() -> list[str]:
    parser = cli.build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(sub.choices)


def test_readme_mentions_every_subcommand():
    readme = README.read_text("utf-8")
    names = subcommands()
    assert names  # the parser has subcommands at all
    missing = [n for n in names if not re.search(rf"\banticorr\s+{re.escape(n)}(?![\w-])", readme)]
    assert not missing, "README.md does not mention: " + ", ".join(f"anticorr {n}" for n in missing)


def test_open_kinds_export_validate_and_import_back(validator, demo, tmp_path):
    """An instruction tied to an event, to the next session, or with no deadline at all is
    recorded as decided, exported as valid JSON and imported back unchanged (issue #12)."""
    from anticorr_desktop.domain.due import DueKind
    from anticorr_desktop.interchange import export_data, import_data
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store

    person = demo.store.people()[0].id
    issued = {}
    for text, kind in [
        ("по итогам проверки", DueKind.EVENT),
        ("жоспар бекітілгеннен кейін 5 жұмыс күні ішінде", DueKind.EVENT),
        ("к следующему заседанию комиссии", DueKind.NEXT_SESSION),
        ("", DueKind.NONE),
        ("в I полугодии 2027 года", DueKind.DATE),
    ]:
        inst = demo.issue_instruction(
            text=f"Поручение: {text or 'без срока'}", executors=[person], due_text=text
        )
        assert inst.due_rule.kind is kind
        assert (inst.due_date is None) == (kind is not DueKind.DATE)
        issued[inst.uid] = (text, kind)
    data = export_data(demo)
    assert problems(validator, data) == []
    other = Services(open_store(tmp_path / "copy.sqlite3"), today=demo.today, lang="en")
    import_data(other, data)
    for uid, (text, kind) in issued.items():
        got = other.store.instruction(other.store.id_for_uid("instruction", uid))
        assert (got.due_text, got.due_rule.kind) == (text, kind)
    assert json.loads(json.dumps(export_data(other))) == json.loads(json.dumps(data))
