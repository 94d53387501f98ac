#!/bin/sh
# Installs what Quita needs to build, test and run on Debian 12, only what is missing.
# Run as root (or with sudo). Safe to run again.
set -eu

PACKAGES="cmake ninja-build g++ ccache pkg-config git
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-websockets-dev qt6-translations-l10n
libqcustomplot-dev libqrencode-dev libsodium-dev libboost-dev libssl-dev
postgresql xvfb xauth xfonts-base fonts-dejavu-core dpkg-dev file
clang libclang-rt-14-dev"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "setup: installing$missing"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
