"""Where the program finds its resources and keeps the user's data."""

from __future__ import annotations

import os
import re
from pathlib import Path

APP_NAME = "AntiCorr"
APP_AUTHOR = "AntiCorr"


def resources_dir() -> Path:
    """The resources folder, from a wheel, a source checkout or a bundle alike."""
    try:
        # resources/ becomes this package through setuptools' package-dir (pyproject.toml),
        # a mapping mypy does not follow
        import anticorr_desktop.resources as res  # type: ignore[import-not-found]

        return Path(res.__file__).resolve().parent
    except ImportError:  # pragma: no cover - only when the mapping is missing
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


# "postgresql://user@/db", "sqlite:///x", "file:x": an address, not a file name
_ADDRESS = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:(//|[^\\/])")


def database_path(text: str) -> Path:
    """The database file named by `--db` or `$ANTICORR_DB`. A server address is refused
    (never taken for a folder named "postgresql:"); a Windows drive ("C:\\...", one letter)
    is a path."""
    from .errors import UserError

    if _ADDRESS.match(text):
        raise UserError(
            "{text} is an address, not a file: this version keeps the record in a database"
            " file. Give the file's path (e.g. --db anticorr.sqlite3).",
            text=text,
        )
    return Path(text).expanduser()


def default_db_path() -> Path:
    """`$ANTICORR_DB`, else anticorr.sqlite3 in the user's data folder."""
    env = os.environ.get("ANTICORR_DB")
    if env:
        return database_path(env)
    return user_data_dir() / "anticorr.sqlite3"


def user_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))
