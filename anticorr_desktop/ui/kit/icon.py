"""The program's emblem and desktop id (start-up needs them before anything else)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ... import paths

ICON_SIZES = (16, 32, 48, 64, 128, 256)
DESKTOP_ID = "kz.anticorr.Desktop"  # the .desktop file's name and the Wayland app id


def app_icon() -> QIcon:
    """The emblem in every size that ships, for the windows and the task bar."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = paths.resource("icons", f"anticorr-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
