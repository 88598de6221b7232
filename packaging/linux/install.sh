#!/bin/sh
# Installs the one-folder build (dist/sealdesk from `make package`) on a Linux PC:
#   sudo packaging/linux/install.sh            (to /opt/sealdesk, for every user)
#   PREFIX=$HOME/.local packaging/linux/install.sh   (for one user, no root)
# Uninstall: remove $APPDIR, $PREFIX/bin/sealdesk and the three files listed at the end.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dist=${DIST:-$here/../../dist/sealdesk}
PREFIX=${PREFIX:-/usr/local}
if [ "$PREFIX" = /usr/local ]; then APPDIR=${APPDIR:-/opt/sealdesk}; else APPDIR=${APPDIR:-$PREFIX/lib/sealdesk}; fi
id=th.go.bangkok.SealDesk
[ -x "$dist/sealdesk" ] || { echo "no build in $dist; run 'make package' first" >&2; exit 1; }
rm -rf "$APPDIR" && mkdir -p "$APPDIR" && cp -a "$dist/." "$APPDIR/"
mkdir -p "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo" \
  "$PREFIX/share/icons/hicolor/scalable/apps"
ln -sf "$APPDIR/sealdesk" "$PREFIX/bin/sealdesk"
install -m 644 "$here/$id.desktop" "$PREFIX/share/applications/$id.desktop"
install -m 644 "$here/$id.metainfo.xml" "$PREFIX/share/metainfo/$id.metainfo.xml"
install -m 644 "$here/../../resources/icons/sealdesk.svg" "$PREFIX/share/icons/hicolor/scalable/apps/$id.svg"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
"$APPDIR/sealdesk" --version
