"""Errors that are the user's to fix, with a message in the user's language.

``UserError`` carries an English source message marked for translation and
its parameters; ``message(lang)`` gives the text to show. Anything else that
escapes is our bug and is logged with its traceback.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, translate


class Term(str):
    """A word of the program's own passed into a message (a field's name): translated
    with the message, into the language it is shown in."""

    context: str

    def __new__(cls, text: str, context: str = "Labels") -> Term:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj


class UserError(Exception):
    """Something the user can fix: bad input, a missing record, a full disk..."""

    context = "Errors"

    def __init__(self, text: str, /, *, where: str = "", **params: object) -> None:
        self.text = text
        self.params = params
        self.where = where
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        msg = translate(self.context, self.text, lang)
        params = {
            k: translate(v.context, str(v), lang) if isinstance(v, Term) else v
            for k, v in self.params.items()
        }
        try:
            msg = msg.format(**params)
        except (KeyError, IndexError, ValueError):
            msg = self.text.format(**params)
        return f"{self.where}: {msg}" if self.where else msg


class ValidationError(UserError):
    """Input that breaks a rule (a date, a required field, a transition)."""


class NotFound(UserError):
    """A record the user named does not exist."""


class StorageError(UserError):
    """The database could not be used: locked, full, damaged or too new."""


class DamagedDatabase(StorageError):
    """The database file is physically damaged (SQLite: "database disk image is
    malformed", a failed quick_check): restore the newest good backup."""


class ForeignFile(StorageError):
    """The file is not one of ours: another program's SQLite file, or not SQLite at all."""


N_ = QT_TRANSLATE_NOOP
