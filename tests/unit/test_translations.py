"""Every user-facing string has a finished Russian and Kazakh translation, with
the same {placeholders}, and the built catalogues are up to date."""

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "packaging" / "update_translations.py"
)
ut = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ut)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_catalogue_is_complete(lang):
    strings = ut.collect()
    missing = ut.missing(lang, strings)
    assert not missing, (
        f"untranslated in {lang}: {missing[:10]} (run packaging/update_translations.py)"
    )


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_placeholders_survive_translation(lang):
    field = re.compile(r"\{[^{}]*\}")
    for (ctx, src), (tr, _kind) in ut.read_ts(
        ROOT / "resources" / "translations" / f"anticorr_{lang}.ts"
    ).items():
        assert sorted(field.findall(src)) == sorted(field.findall(tr)), (ctx, src, tr)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_compiled_catalogue_is_not_older_than_its_source(lang):
    ts = ROOT / "resources" / "translations" / f"anticorr_{lang}.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 1000
    n = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
    assert n == len(ut.collect())


def test_cli_speaks_the_users_language(tmp_path, monkeypatch, capsys):
    from anticorr_desktop import cli

    for lang, expected in (
        ("ru", "не найдено"),
        ("kk", "табылмады"),
        ("en", "There is no session"),
    ):
        monkeypatch.setenv("ANTICORR_LANG", lang)
        cli.main(["--db", str(tmp_path / "x.sqlite3"), "init"])
        rc = cli.main(
            [
                "--db",
                str(tmp_path / "x.sqlite3"),
                "minutes",
                "2030/1",
                "-o",
                str(tmp_path / "m.pdf"),
            ]
        )
        err = capsys.readouterr().err
        assert rc == 2 and expected in err, (lang, err)
