#!/bin/sh
# Install AntiCorr Desktop for this user (no root needed), from the unpacked folder:
#
#   ./install.sh              copy the program to ~/.local/opt/anticorr, add it to the menu
#   ./install.sh --uninstall  remove the program and its menu entry (never your data)
#
# The data stays in ~/.local/share/AntiCorr (the database and backups/) in both cases.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$HOME/.local/opt/anticorr
bin=$HOME/.local/bin
id=kz.anticorr.Desktop
sizes="16 32 48 64 128 256"

remove() {
  rm -f "$bin/anticorr-desktop" "$bin/anticorr"
  rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml"
  rm -f "$data/icons/hicolor/scalable/apps/$id.svg"
  for s in $sizes; do rm -f "$data/icons/hicolor/${s}x${s}/apps/$id.png"; done
  rm -rf "$prefix"
}

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  remove
  refresh
  echo "AntiCorr Desktop removed. Your data is still in $data/AntiCorr."
  exit 0
fi

if [ ! -x "$here/anticorr-desktop" ]; then
  echo "install.sh: run me from the unpacked anticorr folder" >&2
  exit 1
fi

if [ "$here" != "$prefix" ]; then
  remove
  mkdir -p "$(dirname "$prefix")"
  cp -a "$here" "$prefix"
fi
mkdir -p "$bin" "$data/applications" "$data/metainfo"
ln -sf "$prefix/anticorr-desktop" "$bin/anticorr-desktop"
ln -sf "$prefix/anticorr" "$bin/anticorr"
# The menu entry names the program by its full path: ~/.local/bin may not be on the desktop's PATH.
sed -e "s|^Exec=anticorr-desktop|Exec=$prefix/anticorr-desktop|" \
    -e "s|^TryExec=anticorr-desktop|TryExec=$prefix/anticorr-desktop|" \
    "$prefix/share/applications/$id.desktop" > "$data/applications/$id.desktop"
cp "$prefix/share/metainfo/$id.metainfo.xml" "$data/metainfo/"
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$prefix/share/icons/hicolor/scalable/apps/$id.svg" "$data/icons/hicolor/scalable/apps/"
for s in $sizes; do
  mkdir -p "$data/icons/hicolor/${s}x${s}/apps"
  cp "$prefix/share/icons/hicolor/${s}x${s}/apps/$id.png" "$data/icons/hicolor/${s}x${s}/apps/"
done
refresh
echo "AntiCorr Desktop installed in $prefix; start it from the menu (Office) or with: anticorr-desktop"
