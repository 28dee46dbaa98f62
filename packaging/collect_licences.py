"""Write resources/licences/: the licence texts of everything the bundles ship,
and index.json, which the About dialog and the self-test read.

Run it after a dependency is added or upgraded, in the build environment
(it reads each library's licence from the installed distribution), on a
Debian or Ubuntu machine (the GNU and Apache texts come from
/usr/share/common-licenses):

    build/pyinstaller-venv/bin/python packaging/collect_licences.py

Then commit resources/licences/. Every component the bundle carries needs a
row in COMPONENTS below; tests/test_packaging.py checks the index, and the
build scripts check the bundle against it after PyInstaller:

    python packaging/collect_licences.py --check build/pyinstaller/anticorr
"""

from __future__ import annotations

import json
import re
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "licences"
COMMON = Path("/usr/share/common-licenses")

GPL3 = "licences/GPL-3.0.txt"
LGPL3 = "licences/LGPL-3.0.txt"
APACHE2 = "licences/Apache-2.0.txt"

QT_NOTE = (
    "Qt and PySide6 are used under the GNU Lesser General Public License version 3. The Qt "
    "libraries sit as separate files in the program's folder (_internal/PySide6) and may be "
    "replaced by compatible builds. Their sources: https://download.qt.io/official_releases/qt/ "
    "and https://code.qt.io/cgit/pyside/pyside-setup.git/. Qt includes third-party components (for "
    "example ICU, HarfBuzz, FreeType, libpng, zlib, PCRE2) under their own permissive licences, "
    "listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html."
)

# Exactly what the bundles carry (build/pyinstaller/anticorr/PYZ-*.toc lists the Python packages):
# sqlite-utils' command-line helpers (click-default-group, tabulate) are not imported and stay out.
# name, distribution (None: no Python distribution), licence (SPDX where one fits),
# files (resources/... paths; "dist" copies the distribution's own licence files), url, note
COMPONENTS: list[dict] = [
    dict(
        name="AntiCorr Desktop", dist="anticorr-desktop", licence="GPL-3.0-or-later", files=[GPL3]
    ),
    dict(
        name="Liberation Serif (font)",
        dist=None,
        licence="OFL-1.1 (SIL Open Font License 1.1)",
        files=["fonts/LICENSE-OFL.txt"],
        url="https://github.com/liberationfonts/liberation-fonts",
    ),
    dict(
        name="Qt 6",
        dist=None,
        licence="LGPL-3.0-only",
        files=[LGPL3, GPL3],
        url="https://www.qt.io/",
        note=QT_NOTE,
    ),
    dict(
        name="PySide6 (Qt for Python)",
        dist="PySide6-Essentials",
        licence="LGPL-3.0-only",
        files=[LGPL3, GPL3],
        url="https://pyside.org/",
        note=QT_NOTE,
    ),
    dict(
        name="Shiboken6",
        dist="shiboken6",
        licence="LGPL-3.0-only",
        files=[LGPL3, GPL3],
        url="https://pyside.org/",
    ),
    dict(
        name="Python",
        dist=None,
        licence="PSF-2.0",
        files=["licences/Python.txt"],
        url="https://www.python.org/",
        note="The Python interpreter and standard library in the program's folder.",
    ),
    dict(
        name="ReportLab",
        dist="reportlab",
        licence="BSD-3-Clause",
        files="dist",
        url="https://www.reportlab.com/opensource/",
    ),
    dict(
        name="rl_accel (ReportLab's accelerator)",
        dist="rl_accel",
        licence="BSD-3-Clause",
        files="dist",
        url="https://www.reportlab.com/opensource/",
    ),
    dict(
        name="Pillow",
        dist="pillow",
        licence="MIT-CMU",
        files="dist",
        url="https://python-pillow.github.io/",
    ),
    dict(
        name="charset-normalizer",
        dist="charset-normalizer",
        licence="MIT",
        files="dist",
        url="https://github.com/jawah/charset_normalizer",
    ),
    dict(
        name="sqlite-utils",
        dist="sqlite-utils",
        licence="Apache-2.0",
        files=[APACHE2],
        url="https://github.com/simonw/sqlite-utils",
    ),
    dict(
        name="sqlite-fts4",
        dist="sqlite-fts4",
        licence="Apache-2.0",
        files=[APACHE2],
        url="https://github.com/simonw/sqlite-fts4",
    ),
    dict(
        name="click",
        dist="click",
        licence="BSD-3-Clause",
        files="dist",
        url="https://palletsprojects.com/p/click/",
    ),
    dict(
        name="pluggy",
        dist="pluggy",
        licence="MIT",
        files="dist",
        url="https://github.com/pytest-dev/pluggy",
    ),
    dict(
        name="python-dateutil",
        dist="python-dateutil",
        licence="Apache-2.0 AND BSD-3-Clause",
        files="dist",
        url="https://github.com/dateutil/dateutil",
    ),
    dict(
        name="six", dist="six", licence="MIT", files="dist", url="https://github.com/benjaminp/six"
    ),
    dict(
        name="holidays",
        dist="holidays",
        licence="MIT",
        files="dist",
        url="https://github.com/vacanza/holidays",
    ),
    dict(
        name="openpyxl",
        dist="openpyxl",
        licence="MIT",
        files="dist",
        url="https://openpyxl.readthedocs.io/",
    ),
    dict(
        name="et_xmlfile",
        dist="et_xmlfile",
        licence="MIT",
        files="dist",
        url="https://foss.heptapod.net/openpyxl/et_xmlfile",
    ),
    dict(
        name="python-docx",
        dist="python-docx",
        licence="MIT",
        files="dist",
        url="https://github.com/python-openxml/python-docx",
    ),
    dict(
        name="lxml",
        dist="lxml",
        licence="BSD-3-Clause",
        files="dist",
        url="https://lxml.de/",
        note="Its wheels carry libxml2 and libxslt (MIT), whose notices are in the same file.",
    ),
    dict(
        name="zstandard",
        dist="zstandard",
        licence="BSD-3-Clause",
        files="dist",
        url="https://github.com/indygreg/python-zstandard",
        note="It carries the Zstandard C library by Meta Platforms, Inc., also under the "
        "BSD-3-Clause licence (https://github.com/facebook/zstd).",
    ),
    dict(
        name="icalendar",
        dist="icalendar",
        licence="BSD-2-Clause",
        files="dist",
        url="https://github.com/collective/icalendar",
    ),
    dict(
        name="tzdata",
        dist="tzdata",
        licence="Apache-2.0",
        files="dist",
        url="https://github.com/python/tzdata",
    ),
    dict(
        name="typing_extensions",
        dist="typing_extensions",
        licence="PSF-2.0",
        files="dist",
        url="https://github.com/python/typing_extensions",
    ),
    dict(
        name="platformdirs",
        dist="platformdirs",
        licence="MIT",
        files="dist",
        url="https://github.com/tox-dev/platformdirs",
    ),
    dict(
        name="PyInstaller bootloader",
        dist="pyinstaller",
        licence="GPL-2.0-or-later WITH Bootloader-exception",
        files="dist",
        url="https://pyinstaller.org/",
        note=(
            "Starts the two programs of the bundle. The bootloader exception lets it be "
            "distributed with programs under any licence."
        ),
    ),
]

_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE)", re.I)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def dist_licence_text(dist: str) -> str:
    d = metadata.distribution(dist)
    files = [f for f in (d.files or []) if ".dist-info/" in str(f) and _LICENCE_FILE.search(f.name)]
    if not files:
        raise SystemExit(
            f"collect_licences: {dist} {d.version} carries no licence file; "
            "give its text in COMPONENTS instead"
        )
    texts = []
    for f in sorted(files, key=str):
        texts.append(Path(d.locate_file(f)).read_text("utf-8", errors="replace").strip())
    return "\n\n".join(texts) + "\n"


def python_licence() -> str:
    for candidate in (
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ):
        if candidate.is_file():
            return candidate.read_text("utf-8", errors="replace")
    raise SystemExit("collect_licences: Python's LICENSE.txt not found")


def _norm(dist: str) -> str:
    return re.sub(r"[-_.]+", "-", dist).lower()


def check_bundle(workdir: Path) -> int:
    """Every distribution whose modules PyInstaller put into the bundle has a row."""
    modules: set[str] = set()
    for toc in Path(workdir).glob("PYZ-*.toc"):
        modules |= {
            m.split(".")[0] for m in re.findall(r"\('([A-Za-z0-9_.]+)',", toc.read_text("utf-8"))
        }
    if not modules:
        raise SystemExit(f"collect_licences: no PYZ-*.toc in {workdir}")
    owners = metadata.packages_distributions()
    bundled = {_norm(d) for m in modules for d in owners.get(m, [])}
    listed = {_norm(c["dist"]) for c in COMPONENTS if c.get("dist")}
    missing = sorted(bundled - listed)
    if missing:
        print(
            f"collect_licences: the bundle carries {', '.join(missing)} without a licence in "
            "resources/licences: add them to COMPONENTS and run collect_licences.py",
            file=sys.stderr,
        )
        return 1
    print(f"licences: all {len(bundled)} bundled distributions are listed")
    return 0


def main() -> int:
    if sys.argv[1:2] == ["--check"] and len(sys.argv) == 3:
        return check_bundle(Path(sys.argv[2]))
    OUT.mkdir(parents=True, exist_ok=True)
    for name, src in (
        ("GPL-3.0.txt", "GPL-3"),
        ("LGPL-3.0.txt", "LGPL-3"),
        ("Apache-2.0.txt", "Apache-2.0"),
    ):
        (OUT / name).write_text((COMMON / src).read_text("utf-8"), "utf-8")
    (OUT / "Python.txt").write_text(python_licence(), "utf-8")
    index = []
    for comp in COMPONENTS:
        entry = {k: v for k, v in comp.items() if v is not None}
        if comp["files"] == "dist":
            rel = f"licences/{_slug(comp['dist'])}.txt"
            (OUT / Path(rel).name).write_text(dist_licence_text(comp["dist"]), "utf-8")
            entry["files"] = [rel]
        for rel in entry["files"]:
            if not (ROOT / "resources" / rel).is_file():
                raise SystemExit(f"collect_licences: {rel} missing for {comp['name']}")
        index.append(entry)
    doc = {
        "about": "The components AntiCorr Desktop ships and their licences; files are paths under "
        "resources/. Written by packaging/collect_licences.py.",
        "components": index,
    }
    (OUT / "index.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", "utf-8")
    print(f"{len(index)} components, {len(list(OUT.glob('*.txt')))} texts in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
