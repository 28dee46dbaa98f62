"""Translations shared by the window and the command line.

The catalogue is Qt Linguist's: ``resources/translations/anticorr_<lang>.ts``.
The window loads the compiled ``.qm`` with QTranslator; the Qt-free core and the
CLI read the ``.ts`` XML directly, so one catalogue serves both.

Strings in the core are marked with :func:`QT_TRANSLATE_NOOP` (the name
``pyside6-lupdate`` looks for) and translated when shown, with
:func:`translate`.
"""

from __future__ import annotations

import os
from functools import cache

LANGUAGES = ("ru", "kk", "en")
DOCUMENT_LANGUAGES = ("ru", "kk")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET  # here: the window reads .qm files, not this

    from .paths import resource

    path = resource("translations", f"anticorr_{lang}.ts")
    if not path.exists():
        return {}
    out: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr_el = msg.find("translation")
            if src is None or tr_el is None:
                continue
            if tr_el.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr_el.text:
                out[(name, src)] = tr_el.text
    return out


def current_language() -> str:
    """The interface language of the command line: $ANTICORR_LANG, else the locale."""
    lang = os.environ.get("ANTICORR_LANG")
    if not lang:
        for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
            val = os.environ.get(var)
            if val:
                lang = val
                break
    lang = (lang or "ru").split("_")[0].split(".")[0].lower()
    if lang in ("c", "posix"):
        return "en"
    return lang if lang in LANGUAGES else "ru"


def translate(context: str, text: str, lang: str | None = None) -> str:
    """``text`` (the English source) in ``lang``; English or a missing entry gives the source."""
    lang = lang or current_language()
    if lang == "en":
        return text
    return _catalogue(lang).get((context, text), text)
