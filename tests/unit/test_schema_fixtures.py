"""Every released schema version keeps a fixture database; each must open,
migrate (after a backup) and verify with this version of the program."""

import shutil
from pathlib import Path

import pytest

from anticorr_desktop.storage.schema import KNOWN_MIGRATIONS
from anticorr_desktop.storage.store import open_store

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("schema-*.sqlite3"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_released_schema_opens_migrates_and_verifies(fixture, tmp_path):
    db = tmp_path / fixture.name
    shutil.copy(fixture, db)
    st = open_store(db)
    applied = [r[0] for r in st.q("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == KNOWN_MIGRATIONS
    assert st.verify() == []
    assert st.scalar("SELECT COUNT(*) FROM instruction") > 0
    assert st.scalar("PRAGMA integrity_check") == "ok"
    st.close()


def test_there_is_a_fixture_for_the_current_schema():
    assert any(
        KNOWN_MIGRATIONS[-1] in p.name or p.name.startswith(f"schema-{KNOWN_MIGRATIONS[-1][:4]}")
        for p in FIXTURES
    ), "add tests/fixtures/schema-<last migration>-demo.sqlite3 for this release"
