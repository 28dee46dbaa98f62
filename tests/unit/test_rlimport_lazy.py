"""Printing a document must not pay for Pillow (reportlab imports it for bitmaps, which our
documents never draw), and a bitmap must still work should one ever be drawn."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from anticorr_desktop.reports import rlimport  # noqa: F401  (imports reportlab.platypus)
loaded = "PIL.ExifTags" in sys.modules or "PIL._imaging" in sys.modules
from PIL import Image
from reportlab.lib.utils import ImageReader
size = ImageReader(Image.new("RGB", (3, 2))).getSize()
print(loaded, size)
"""


def test_pillow_is_loaded_only_when_a_bitmap_is_used():
    out = subprocess.run(
        [sys.executable, "-c", CODE], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "False (3, 2)"
