"""#17's first symptom: a server's address given where a database file is expected is
refused with a message, and nothing is created (no folder named "postgresql:")."""

import os

import pytest

from anticorr_desktop import cli, paths
from anticorr_desktop.errors import UserError

URL = "postgresql://user@/anticorr?host=/run/pg"


def test_cli_refuses_an_address_and_creates_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--db", URL, "init", "--demo"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert URL in err and "not a file" in err
    assert os.listdir(tmp_path) == []


def test_environment_address_is_refused_too(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ANTICORR_DB", "sqlite:///x.db")
    assert cli.main(["init"]) == 2
    assert "sqlite:///x.db" in capsys.readouterr().err
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    "text", ["anticorr.sqlite3", "C:\\Users\\a\\x.sqlite3", "C:/x.sqlite3", "./a:b.sqlite3"]
)
def test_paths_stay_paths(text):
    assert str(paths.database_path(text)).endswith("sqlite3")


@pytest.mark.parametrize("text", [URL, "postgres://h/db", "file:x.sqlite3", "https://a/b"])
def test_addresses_are_refused_in_russian(text):
    with pytest.raises(UserError) as e:
        paths.database_path(text)
    assert "это адрес, а не файл" in e.value.message("ru")
