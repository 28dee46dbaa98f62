#!/usr/bin/env bash
# Render resources/icons/anticorr.svg to the PNG sizes the program and the Linux
# menu use, and the Windows icon (packaging/windows/anticorr.ico). The results
# are committed; run this after changing the SVG. Needs rsvg-convert
# (Debian: librsvg2-bin) and Pillow (installed with reportlab).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
for size in 16 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" resources/icons/anticorr.svg -o "resources/icons/anticorr-$size.png"
done
"$PYTHON" - <<'PY'
from PIL import Image

sizes = (16, 32, 48, 64, 128, 256)
images = [Image.open(f"resources/icons/anticorr-{s}.png").convert("RGBA") for s in sizes]
# Each size from its own rendering, not scaled down from the largest.
images[-1].save("packaging/windows/anticorr.ico", format="ICO", sizes=[(s, s) for s in sizes],
                append_images=images[:-1])
PY
ls -l resources/icons packaging/windows/anticorr.ico
