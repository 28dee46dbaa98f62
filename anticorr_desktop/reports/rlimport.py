"""reportlab's page layout (platypus), imported without compiling a pattern
these documents never use.

When ``reportlab.platypus`` is imported, its ``paragraph`` module compiles
``uri_pat``: a case-insensitive pattern for web addresses in any script, whose
character ranges span most of Unicode. Compiling it takes about 100 ms, a
quarter of printing the first document in a fresh process, and reportlab uses
it only to break long URLs (``rl_config.uriWasteReduce``, which these
documents never turn on). While this module imports platypus, ``re.compile``
hands back that one pattern uncompiled; it compiles on first use, should
anything use it. Everything else compiles as usual, and if a later reportlab
spells the pattern differently it is simply compiled at import as before.

Each module of this package that imports reportlab imports this one first.
"""

from __future__ import annotations

import re
import sys
import threading

# How reportlab's URL pattern begins (reportlab 4.x and 5.x).
URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class LazyPattern:
    """A compiled pattern, compiled when first used."""

    def __init__(self, compile_, pattern: str, flags: int) -> None:
        self._compile = compile_
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = self._compile(*self._args)
        return self._compiled

    def __getattr__(self, name: str) -> object:
        return getattr(self.compiled(), name)


def _lazy_pil_image() -> None:
    """``reportlab.lib.utils`` imports ``PIL.Image`` when it is imported (Pillow's core and
    its EXIF and TIFF tables: 10-20 ms of a 200 ms process) for bitmaps these documents
    never draw. It is put in place with the standard library's LazyLoader instead: the
    module executes on the first use of any of its names, should a bitmap ever be drawn."""
    if "PIL.Image" in sys.modules:
        return
    import importlib.util

    try:
        spec = importlib.util.find_spec("PIL.Image")
    except ImportError:  # no Pillow: reportlab's own import says so, as before
        return
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules["PIL.Image"] = module
    spec.loader.exec_module(module)
    # as the import system does for a loaded submodule; without it `from PIL import Image`
    # imports "PIL.Image" again, and the import system's look at its __spec__ loads it
    sys.modules["PIL"].Image = module  # type: ignore[attr-defined]


def import_platypus() -> None:
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    _lazy_pil_image()
    real = re.compile

    def compile_(pattern, flags=0):
        if isinstance(pattern, str) and pattern.startswith(URI_PATTERN_START):
            return LazyPattern(real, pattern, flags)
        return real(pattern, flags)

    re.compile = compile_
    try:
        import reportlab.platypus  # noqa: F401
    finally:
        re.compile = real


import_platypus()
