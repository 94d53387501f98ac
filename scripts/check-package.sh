#!/bin/sh
# Builds the desktop DEB, installs it with apt like an admin would, and starts the
# installed binary on a fresh demo store (offscreen), expecting a screenshot.
set -eu
cd "$(dirname "$0")/.."
(cd build && cpack -G DEB >/dev/null)
deb=$(ls -t build/quita_*.deb | head -n 1)
echo "check-package: installing $deb"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --reinstall "./$deb" >/dev/null
test -x /usr/bin/quita
/usr/bin/quita --version
tmp=$(mktemp -d)
QT_QPA_PLATFORM=offscreen /usr/bin/quita --data-dir "$tmp/data" --settings "$tmp/quita.ini" \
    --demo --demo-size 50 --screenshot "$tmp/installed.png"
test -s "$tmp/installed.png"
test -f /usr/share/applications/io.github.quita.Quita.desktop
test -f /usr/share/metainfo/io.github.quita.Quita.metainfo.xml
rm -rf "$tmp"
echo "check-package: the installed quita starts"
