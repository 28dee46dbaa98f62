"""Ready for a workstation: the desktop integration files validate, the wheel
carries every resource and works from a fresh environment, the self-test passes,
one version number, the restore that the Windows file association runs.

The bundle itself (PyInstaller) is built and tested by packaging/build-linux.sh,
too slow for the test run.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import anticorr_desktop
from anticorr_desktop import paths

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / "kz.anticorr.Desktop.desktop"
METAINFO = LINUX / "kz.anticorr.Desktop.metainfo.xml"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
VERSION = anticorr_desktop.__version__


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}); .ci/run installs it")
    return path


def _isolated_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a child process whose home and data folders are in tmp_path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "ANTICORR_"))}
    home = tmp_path / "home"
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        env[var] = str(home / sub)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["ANTICORR_LANG"] = "en"
    return env


def _script(name: str) -> list[str]:
    """The installed console script `name` beside this interpreter."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return [str(candidate)]
    pytest.skip(f"the {name} script is not installed beside {sys.executable}: pip install -e .")


# -- (a) desktop integration -------------------------------------------------------------------
def test_desktop_file_validates():
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    out = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0 and not (out.stdout + out.stderr).strip(), out.stdout + out.stderr


def test_metainfo_validates_without_warnings():
    tool = _tool("appstreamcli", "appstream")
    out = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    report = out.stdout + out.stderr
    assert out.returncode == 0, report
    assert not [ln for ln in report.splitlines() if ln.startswith(("E:", "W:"))], report


def test_one_version_number():
    """The metainfo's newest release is the program's version: bump both together."""
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases is not None and releases[0].get("version") == VERSION
    ids = {ET.parse(METAINFO).getroot().findtext("id"), DESKTOP_FILE.stem}
    assert ids == {"kz.anticorr.Desktop"}
    from anticorr_desktop.ui.kit.icon import DESKTOP_ID

    assert DESKTOP_ID == "kz.anticorr.Desktop"


def test_icons_are_the_sizes_they_claim():
    for size in ICON_SIZES:
        data = paths.resource("icons", f"anticorr-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (size, size)
    svg = ET.parse(paths.resource("icons", "anticorr.svg")).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert not list(svg.iter("{http://www.w3.org/2000/svg}text")), "the emblem carries no text"


def test_licence_index_lists_existing_texts():
    index = json.loads(paths.resource("licences", "index.json").read_text("utf-8"))
    names = {c["name"] for c in index["components"]}
    for needed in (
        "Liberation Serif (font)",
        "Qt 6",
        "PySide6 (Qt for Python)",
        "ReportLab",
        "sqlite-utils",
        "python-dateutil",
        "holidays",
        "openpyxl",
        "python-docx",
        "lxml",
        "icalendar",
        "platformdirs",
    ):
        assert needed in names
    for comp in index["components"]:
        assert comp["licence"] and comp["files"], comp["name"]
        for rel in comp["files"]:
            assert paths.resource(*rel.split("/")).is_file(), rel


# -- (b) the wheel, from a fresh environment ---------------------------------------------------
def _build_wheel(tmp_path: Path) -> Path:
    """Build from a copy of the sources: the checkout's build/ cannot leak into it."""
    src = tmp_path / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("anticorr_desktop", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    wheels = tmp_path / "wheels"
    out = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(src)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    (wheel,) = wheels.glob("anticorr_desktop-*.whl")
    return wheel


def test_wheel_carries_resources_and_renders_minutes_from_a_fresh_venv(tmp_path):
    wheel = _build_wheel(tmp_path)
    assert wheel.name.startswith(f"anticorr_desktop-{VERSION}-")
    names = set(zipfile.ZipFile(wheel).namelist())
    res = "anticorr_desktop/resources/"
    expected = {
        res + "fonts/LiberationSerif-Regular.ttf",
        res + "fonts/LICENSE-OFL.txt",
        res + "translations/anticorr_ru.qm",
        res + "translations/anticorr_kk.qm",
        res + "icons/anticorr.svg",
        res + "licences/index.json",
    }
    expected |= {res + f"icons/anticorr-{s}.png" for s in ICON_SIZES}
    expected |= {
        res + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources" / "schema").glob("*.json")
    }
    index = json.loads(paths.resource("licences", "index.json").read_text("utf-8"))
    expected |= {res + rel for c in index["components"] for rel in c["files"]}
    assert not expected - names, sorted(expected - names)
    assert "anticorr_desktop/selftest.py" in names and "anticorr_desktop/ui/about.py" in names

    # A fresh venv that sees this environment's libraries through a .pth file but
    # not the editable install of the program (its finder is a .pth of its own,
    # and .pth files are read only in site folders, not in folders a .pth adds).
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120
    )
    vpy = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(
        subprocess.run(
            [str(vpy), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_project_libraries.pth").write_text("\n".join(sorted(ours)) + "\n", "utf-8")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(vpy),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr

    pdfs = tmp_path / "pdfs"
    code = (
        "import sys, anticorr_desktop\n"
        "from anticorr_desktop import paths\n"
        "from anticorr_desktop.selftest import run_core_selftest\n"
        "run_core_selftest(sys.argv[1], report=lambda c: print(c.line()))\n"
        "print('module', anticorr_desktop.__file__)\n"
        "print('resources', paths.resources_dir())\n"
    )
    work = tmp_path / "elsewhere"  # not the checkout: python -c puts the working folder on sys.path
    work.mkdir()
    out = subprocess.run(
        [str(vpy), "-c", code, str(pdfs)],
        cwd=work,
        env=_isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    lines = dict(
        ln.split(" ", 1)
        for ln in out.stdout.splitlines()
        if ln.startswith(("module ", "resources "))
    )
    venv_real = venv.resolve()
    assert venv_real in Path(lines["module"]).resolve().parents, out.stdout
    assert venv_real in Path(lines["resources"]).resolve().parents, out.stdout
    for lang in ("ru", "kk"):
        assert (pdfs / f"minutes-{lang}.pdf").read_bytes().startswith(b"%PDF-")
    assert "ok  minutes (kk)" in out.stdout
    assert "ok  Word copy (ru)" in out.stdout and zipfile.is_zipfile(pdfs / "minutes-ru.docx")


# -- (c) the self-test and --version from the checkout -----------------------------------------
def test_self_test_passes_and_leaves_no_user_data(tmp_path):
    env = _isolated_env(tmp_path)
    out = subprocess.run(
        [*_script("anticorr-desktop"), "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    for name in ("resources", "modules", "database", "minutes (ru)", "minutes (kk)", "window"):
        assert f"ok  {name}:" in out.stdout, out.stdout
    assert "self-test passed" in out.stdout
    home = Path(env["HOME"])
    assert not (home / ".local" / "share" / "AntiCorr").exists()
    assert not (home / ".config" / "AntiCorr").exists()


def test_self_test_reports_a_missing_resource(monkeypatch):
    from anticorr_desktop import selftest

    monkeypatch.setattr(
        selftest, "REQUIRED_RESOURCES", (*selftest.REQUIRED_RESOURCES, ("fonts", "Nope.ttf"))
    )
    with pytest.raises(selftest.SelfTestError, match=r"Nope\.ttf"):
        selftest.run_core_selftest()


def test_both_commands_print_the_one_version(tmp_path):
    env = _isolated_env(tmp_path)
    for name in ("anticorr-desktop", "anticorr"):
        out = subprocess.run(
            [*_script(name), "--version"], env=env, capture_output=True, text=True, timeout=60
        )
        assert out.returncode == 0 and out.stdout.strip() == f"{name} {VERSION}", (
            out.stdout + out.stderr
        )


# -- --restore FILE (what opening an .acbak on Windows runs) and About --------------------------
@pytest.fixture
def backup_and_target(demo, tmp_path):
    from anticorr_desktop.storage.backup import backup_database
    from anticorr_desktop.storage.store import open_store

    backup = backup_database(demo.store, tmp_path / "copy.acbak")
    target = open_store(tmp_path / "target.sqlite3")
    yield backup, target
    target.close()


def _answer(monkeypatch, button):
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind, result=QMessageBox.StandardButton.Ok):
        return staticmethod(
            lambda _parent, title, text, *a, **k: shown.append((kind, text)) or result
        )

    monkeypatch.setattr(QMessageBox, "question", record("question", button))
    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def test_restore_option_asks_then_restores(qapp, monkeypatch, backup_and_target):
    from PySide6.QtWidgets import QMessageBox

    from anticorr_desktop.ui import app as app_module

    backup, target = backup_and_target
    shown = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert target.is_empty()
    assert app_module._restore_on_start(target, backup, "en") is True
    assert not target.is_empty() and target.verify() == []
    assert [k for k, _t in shown] == ["question", "information"]
    assert str(target.path) in shown[0][1] and str(backup) in shown[0][1]


def test_restore_option_cancelled_changes_nothing(qapp, monkeypatch, backup_and_target):
    from PySide6.QtWidgets import QMessageBox

    from anticorr_desktop.ui import app as app_module

    backup, target = backup_and_target
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert app_module._restore_on_start(target, backup, "en") is False
    assert target.is_empty()


def test_restore_option_refuses_a_file_that_is_no_backup(
    qapp, monkeypatch, backup_and_target, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    from anticorr_desktop.ui import app as app_module

    _backup, target = backup_and_target
    junk = tmp_path / "junk.acbak"
    junk.write_bytes(b"not a database")
    shown = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert app_module._restore_on_start(target, junk, "en") is False
    assert [k for k, _t in shown] == ["question", "critical"] and target.is_empty()


def test_about_dialog_lists_version_and_licences(qtbot):
    from anticorr_desktop.ui.about import AboutDialog, app_icon

    dlg = AboutDialog(None, Path("/data/anticorr.sqlite3"))
    qtbot.addWidget(dlg)
    assert VERSION in dlg.title.text()
    assert "anticorr.sqlite3" in dlg.text.text() and "backups" in dlg.text.text()
    items = [dlg.component_list.item(i).text() for i in range(dlg.component_list.count())]
    assert "Liberation Serif (font)" in items and "PySide6 (Qt for Python)" in items
    dlg.component_list.setCurrentRow(items.index("Liberation Serif (font)"))
    assert "SIL OPEN FONT LICENSE" in dlg.licence.toPlainText().upper()
    assert sorted(s.width() for s in app_icon().availableSizes()) == list(ICON_SIZES)
