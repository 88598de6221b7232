#!/usr/bin/env bash
# Installs the Debian/Ubuntu system libraries SealDesk needs, or prints the command to do so.
#   scripts/system-deps.sh run    libraries PySide6 needs to import and draw
#   scripts/system-deps.sh test   the above plus the independent tools the tests check against
set -euo pipefail
RUN_PKGS="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 libxcb-xinerama0 libnss3 libasound2 libthai0"
# minisign: independent signature check; poppler-utils: pdffonts/pdftotext/pdftoppm;
# zbar-tools: decodes printed QR codes; zip: the floor in benchmarks; unzip: Info-ZIP reads every
# bundle name; xvfb + xdotool + imagemagick: driving the app and screenshots;
# appstream + desktop-file-utils: validate the Linux desktop integration files;
# age: the reference age tool decrypts protected evidence taken from a bundle (issue 18).
TEST_PKGS="minisign poppler-utils zbar-tools zip unzip xvfb xauth xdotool imagemagick appstream
  desktop-file-utils age"
pkgs="$RUN_PKGS"
[ "${1:-run}" = "test" ] && pkgs="$RUN_PKGS $TEST_PKGS"
# Debian's own Python needs python3-venv to make the virtual environment.
if ! "${PYTHON:-python3}" -c "import ensurepip, venv" >/dev/null 2>&1; then
  pkgs="$pkgs python3-venv"
fi
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Please install the equivalents of:$missing" >&2; exit 0
fi
if [ "$(id -u)" = "0" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
  echo "Missing system packages. Run:  sudo apt-get install -y$missing" >&2; exit 1
fi
