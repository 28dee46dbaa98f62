import os
import tempfile
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ANTICORR_LANG"] = "en"
# the witness lists of printed heads go to the user's settings folder: not the real one
os.environ["ANTICORR_CONFIG_DIR"] = tempfile.mkdtemp(prefix="anticorr-config-")

TODAY = date(2026, 11, 26)


@pytest.fixture
def store(tmp_path):
    from anticorr_desktop.storage.store import open_store

    s = open_store(tmp_path / "t.sqlite3")
    yield s
    s.close()


@pytest.fixture
def sv(store):
    from anticorr_desktop.services import Services

    return Services(store, today=lambda: TODAY, lang="en")


@pytest.fixture
def demo(sv):
    from anticorr_desktop.demo import load_demo

    with sv.store.transaction():
        sid = load_demo(sv)
    sv.demo_session_id = sid
    return sv
