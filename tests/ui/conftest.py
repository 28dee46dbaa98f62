"""Fixtures for the window's tests: offscreen Qt, the demo database as of a
fixed day, isolated settings, and message boxes that never block."""

from __future__ import annotations

import os

# Before anything imports Qt: no display needed, same pixels everywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from datetime import date
from pathlib import Path

import pytest

# The demo's last report is of 14.04.2025; on this Monday four instructions are
# overdue and one (А-12, due 15.05.2025) is due within five working days.
TODAY = date(2025, 5, 12)

# The offscreen platform (and only it) says this whenever a window is shown.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo, built once per test run; each test gets a copy."""
    from anticorr_desktop.demo import load_demo
    from anticorr_desktop.services import Services
    from anticorr_desktop.storage.store import open_store

    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    store = open_store(path)
    try:
        with store.transaction():
            load_demo(Services(store, today=lambda: TODAY, lang="en"))
    finally:
        store.close()  # checkpoints the WAL into the one file
    return path


@pytest.fixture
def store(demo_template, tmp_path):
    from anticorr_desktop.storage.store import open_store

    path = tmp_path / "anticorr.sqlite3"
    shutil.copyfile(demo_template, path)
    st = open_store(path)
    yield st
    st.close()


@pytest.fixture
def empty_store(tmp_path):
    from anticorr_desktop.storage.store import open_store

    st = open_store(tmp_path / "empty.sqlite3")
    yield st
    st.close()


@pytest.fixture
def settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


def make_ctx(store, settings):
    from anticorr_desktop.services import Services
    from anticorr_desktop.ui.kit.context import AppContext

    return AppContext(Services(store, today=lambda: TODAY, lang="en"), settings)


@pytest.fixture(autouse=True)
def inline_queries(monkeypatch):
    """The window's background queries run inline, so a test needs no waiting (the
    lane's own tests, and a few of the tracker's, turn the thread back on)."""
    from anticorr_desktop.ui.kit.lane import QueryLane

    monkeypatch.setattr(QueryLane, "synchronous", True)


@pytest.fixture(autouse=True)
def no_editor_left(qapp):
    """Closed session editors are only hidden (see SessionsView._retire_editors): delete
    them after each test, so no window of a test outlives its database (a later language
    switch would reach it)."""
    yield
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from anticorr_desktop.ui.editor.session_editor import SessionEditor

    for w in QApplication.topLevelWidgets():
        if isinstance(w, SessionEditor) and shiboken6.isValid(w):
            shiboken6.delete(w)


@pytest.fixture
def ctx(store, settings, qapp):
    c = make_ctx(store, settings)
    yield c
    c.close()
    c.languages.unload()


@pytest.fixture
def empty_ctx(empty_store, settings, qapp):
    c = make_ctx(empty_store, settings)
    yield c
    c.close()
    c.languages.unload()


class MessageBoxes:
    """Records QMessageBox.warning/critical/information calls instead of blocking."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []

    def record(self, kind):
        def show(parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            from PySide6.QtWidgets import QMessageBox

            return QMessageBox.StandardButton.Ok

        return show

    def texts(self, kind: str | None = None) -> list[str]:
        return [t for k, _title, t in self.shown if kind is None or k == kind]


@pytest.fixture
def message_boxes(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes()
    for kind in ("warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(boxes.record(kind)))
    return boxes


@pytest.fixture
def window(ctx, qtbot, message_boxes):
    from anticorr_desktop.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture(autouse=True)
def mixed_language_answer(monkeypatch):
    """The question before printing texts in the other language: answered "print,
    marked" unless a test says otherwise; each question asked is recorded."""
    from anticorr_desktop.ui.kit import common

    asked: list[str] = []

    def answer(box, yes):
        asked.append(box.text())
        return answer.value

    answer.value = True
    monkeypatch.setattr(common, "ask_box", answer)
    answer.asked = asked
    return answer
