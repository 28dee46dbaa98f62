"""Before the window starts on a Linux X11 desktop: are the libraries Qt's xcb platform
plugin needs installed? Without them Qt aborts with a message about "xcb" plugins
that tells a user nothing; the launcher prints instead which packages to install.

Qt-free (the loader's cache file, ldconfig and ctypes only): it runs before
QApplication is made, at every start on X11, so the usual case (every library there)
is answered by reading the loader's cache file (~40 KB, well under a millisecond);
only when that does not show them all does it run ``ldconfig -p`` (10-30 ms) and ask
ctypes before naming packages to install.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

# The libraries Qt 6's xcb plugin loads that a plain desktop may lack: the library's
# soname and the Debian/Ubuntu package that ships it.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)


def platform_is_xcb(
    env: Mapping[str, str] | None = None,
    argv: Iterable[str] = (),
    system: str | None = None,
) -> bool:
    """Would Qt use its xcb (X11) platform plugin here?"""
    env = os.environ if env is None else env
    system = sys.platform if system is None else system
    if not system.startswith("linux"):
        return False
    args = list(argv)
    if "-platform" in args[:-1]:
        chosen = args[args.index("-platform") + 1]
    else:
        chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    # Qt's own default: Wayland where a Wayland session runs, else X11
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


LD_CACHE = "/etc/ld.so.cache"


def cached_libraries(path: str = LD_CACHE) -> set[str]:
    """Which of the xcb plugin's sonames the dynamic loader's cache file names (the file
    ``ldconfig -p`` prints; its names are NUL-terminated strings, a soname alone or at the
    end of a path). Empty when the file cannot be read."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return set()
    found = set()
    for soname, _package in XCB_LIBRARIES:
        name = soname.encode() + b"\0"
        if b"\0" + name in data or b"/" + name in data:
            found.add(soname)
    return found


def installed_libraries() -> set[str]:
    """The sonames the dynamic loader knows (``ldconfig -p``), plus any found by ctypes."""
    import subprocess  # only when the cache file did not answer

    found: set[str] = set()
    for ldconfig in ("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"):
        try:
            out = subprocess.run(
                [ldconfig, "-p"], capture_output=True, text=True, timeout=10, check=False
            ).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        for line in out.splitlines():
            name = line.strip().split(" ", 1)[0]
            if name.startswith("lib"):
                found.add(name)
        if found:
            break
    import ctypes.util  # here: the check runs on every start, the import only on X11

    for soname, _package in XCB_LIBRARIES:
        if soname not in found:
            stem = soname[3:].split(".so")[0]  # libxcb-cursor.so.0 -> xcb-cursor
            if ctypes.util.find_library(stem):
                found.add(soname)
    return found


def bundled_libraries() -> set[str]:
    """Libraries shipped beside the program (the PyInstaller bundle's folder)."""
    folder = getattr(sys, "_MEIPASS", None)
    if not folder:
        return set()
    return {p.name for p in Path(folder).glob("lib*.so*")}


def missing_packages(available: Iterable[str]) -> list[str]:
    """The packages to install, given the sonames ``available`` (e.g. ``ldconfig -p``'s)."""
    have = set(available)
    return [package for soname, package in XCB_LIBRARIES if soname not in have]


def install_hint(packages: list[str]) -> str:
    return (
        "AntiCorr Desktop cannot open its window: libraries of the X11 desktop are missing. "
        f"Install them with:  sudo apt install {' '.join(packages)}"
    )


def check(argv: Iterable[str] = (), available: Iterable[str] | None = None) -> str | None:
    """The one-line message to print and exit with, or None when all is well (or not X11)."""
    if not platform_is_xcb(argv=argv):
        return None
    if available is None:
        available = cached_libraries() | bundled_libraries()
        if missing_packages(available):  # not all in the cache file: ask the loader itself
            available |= installed_libraries()
    available = set(available)
    if not available:  # the loader's list cannot be read: let Qt try
        return None
    packages = missing_packages(available)
    return install_hint(packages) if packages else None
