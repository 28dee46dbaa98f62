#!/usr/bin/env bash
# Build the Linux bundle with PyInstaller, test it, and pack it:
#
#   packaging/build-linux.sh
#
#   dist/anticorr/                               the program folder (anticorr-desktop, anticorr)
#   dist/anticorr-VERSION-linux-ARCH.tar.gz      the same folder, with install.sh, for users
#
# The build runs in its own virtual environment (build/pyinstaller-venv, kept
# between builds so the second build downloads nothing) with the program
# installed from this checkout, not editable. PYTHON picks the interpreter
# (default python3, 3.11 or newer); BUILD_VENV moves the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
VENV=${BUILD_VENV:-$ROOT/build/pyinstaller-venv}
started=$(date +%s)

step() { printf '\n== %s\n' "$*"; }

step "build environment: $VENV"
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
# setuptools builds in the source tree: an old build/lib could bring back removed files.
rm -rf build/lib build/bdist.*
"$VENV/bin/python" -m pip install -q --disable-pip-version-check ".[packaging]"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --force-reinstall .
VERSION=$("$VENV/bin/python" -c 'import anticorr_desktop; print(anticorr_desktop.__version__)')
echo "AntiCorr Desktop $VERSION, $("$VENV/bin/python" -V), PyInstaller $("$VENV/bin/pyinstaller" --version)"

step "PyInstaller"
rm -rf dist/anticorr
# PyInstaller's own script, not python -m: the source tree must not shadow the installed package.
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/anticorr.spec

"$VENV/bin/python" packaging/collect_licences.py --check build/pyinstaller/anticorr
# Links left pointing at the libraries anticorr.spec dropped (Qt's network, EGL-FS).
find dist/anticorr -xtype l -delete

step "X11 libraries of Qt's xcb plugin"
# A plain desktop may lack them (Qt then aborts): ship the build machine's copies beside
# the program, where the bundle's loader path finds them. The list is xcb_check.py's.
internal=dist/anticorr/_internal
[ -d "$internal" ] || internal=dist/anticorr
for lib in $("$VENV/bin/python" -c 'from anticorr_desktop.xcb_check import XCB_LIBRARIES as L; print(" ".join(s for s, _p in L))'); do
  [ -e "$internal/$lib" ] && continue
  found=$( (ldconfig -p 2>/dev/null || /sbin/ldconfig -p) | awk -v l="$lib" '$1 == l {print $NF; exit}')
  if [ -n "$found" ]; then
    cp -L "$found" "$internal/$lib"
    echo "bundled $lib"
  else
    echo "warning: $lib is not installed here, so not bundled (apt install the package xcb_check.py names)" >&2
  fi
done

step "desktop integration files"
share=dist/anticorr/share
install -Dm644 packaging/linux/kz.anticorr.Desktop.desktop "$share/applications/kz.anticorr.Desktop.desktop"
install -Dm644 packaging/linux/kz.anticorr.Desktop.metainfo.xml "$share/metainfo/kz.anticorr.Desktop.metainfo.xml"
install -Dm644 resources/icons/anticorr.svg "$share/icons/hicolor/scalable/apps/kz.anticorr.Desktop.svg"
for size in 16 32 48 64 128 256; do
  install -Dm644 "resources/icons/anticorr-$size.png" \
    "$share/icons/hicolor/${size}x${size}/apps/kz.anticorr.Desktop.png"
done
install -m755 packaging/linux/install.sh dist/anticorr/install.sh
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$share/applications/kz.anticorr.Desktop.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$share/metainfo/kz.anticorr.Desktop.metainfo.xml"
fi

step "smoke test"
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
# The self-test uses a temporary database and settings; HOME moves anything else away too.
HOME="$smoke/home" QT_QPA_PLATFORM=offscreen dist/anticorr/anticorr-desktop --self-test
dist/anticorr/anticorr-desktop --version
dist/anticorr/anticorr --version
# The command line's own copy of the libraries: the demo and the Kazakh minutes.
HOME="$smoke/home" ANTICORR_LANG=en dist/anticorr/anticorr --db "$smoke/demo.sqlite3" init --demo
HOME="$smoke/home" ANTICORR_LANG=en dist/anticorr/anticorr --db "$smoke/demo.sqlite3" \
  minutes 2024/4 --lang kk -o "$smoke/minutes-kk.pdf"
head -c 5 "$smoke/minutes-kk.pdf" | grep -q '%PDF-' || { echo "minutes-kk.pdf is not a PDF" >&2; exit 1; }

step "archive"
arch=$(uname -m)
tarball="dist/anticorr-$VERSION-linux-$arch.tar.gz"
tar -C dist -czf "$tarball" anticorr

step "done"
echo "bundle:  dist/anticorr  $(du -sh dist/anticorr | cut -f1) ($(find dist/anticorr -type f | wc -l) files)"
echo "archive: $tarball  $(du -sh "$tarball" | cut -f1)"
echo "time:    $(( $(date +%s) - started )) s"
