#!/bin/sh
# Builds both DEBs (quita, quita-server), installs them with apt like an admin would,
# starts the installed desktop on a fresh demo store (offscreen) expecting a
# screenshot, checks the server package's user and unit, and starts the installed
# server as the quita user until it says it is listening.
set -eu
cd "$(dirname "$0")/.."
build=${QUITA_BUILD_DIR:-build} # a built tree: scripts/build.sh makes ./build
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/quita_*.deb | head -n 1)
server_deb=$(ls -t "$build"/quita-server_*.deb | head -n 1)
echo "check-package: installing $deb $server_deb"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=300 \
    --reinstall "$(realpath "$deb")" "$(realpath "$server_deb")" >/dev/null
tmp=$(mktemp -d)
server_tmp=$(mktemp -d) # the quita user's: $tmp is private to whoever runs this
server_pid=
cleanup() {
    [ -n "$server_pid" ] && $SUDO kill "$(cat "$server_tmp/pid" 2>/dev/null)" 2>/dev/null || true
    $SUDO rm -rf "$tmp" "$server_tmp"
}
trap cleanup EXIT

# Desktop.
test -x /usr/bin/quita
/usr/bin/quita --version
QT_QPA_PLATFORM=offscreen /usr/bin/quita --data-dir "$tmp/data" --settings "$tmp/quita.ini" \
    --demo --demo-size 50 --screenshot "$tmp/installed.png"
test -s "$tmp/installed.png"
test -f /usr/share/applications/io.github.quita.Quita.desktop
test -f /usr/share/metainfo/io.github.quita.Quita.metainfo.xml
echo "check-package: the installed quita starts"

# Server: files, user, unit.
test -x /usr/bin/quita-server
test "$(dpkg-query -S /usr/bin/quita-server | cut -d: -f1)" = quita-server
test "$(dpkg-query -S /usr/bin/quita | cut -d: -f1)" = quita
test -f /etc/quita/quita-server.env
unit=/usr/lib/systemd/system/quita-server.service
test -f "$unit"
getent passwd quita >/dev/null || { echo "check-package: no quita user" >&2; exit 1; }
test "$(stat -c %U /var/lib/quita)" = quita
if command -v systemd-analyze >/dev/null; then
    # A setting it cannot parse is only a warning there: any word about our unit fails.
    verdict=$(systemd-analyze verify "$unit" 2>&1) || { echo "$verdict" >&2; exit 1; }
    if echo "$verdict" | grep quita-server >&2; then exit 1; fi
    echo "check-package: systemd-analyze verify accepts $unit"
else
    echo "check-package: no systemd-analyze here, unit not verified"
fi

# Server: runs as quita on a fresh store; stopped with SIGTERM like systemd does.
$SUDO chown quita:quita "$server_tmp"
$SUDO runuser -u quita -- sh -c 'echo $$ >"$1/pid"; exec /usr/bin/quita-server \
    --data-dir "$1/data" --listen 127.0.0.1:0 --demo --demo-size 50' sh "$server_tmp" >"$tmp/server.log" 2>&1 &
server_pid=$!
tries=0
until grep -q "listening on" "$tmp/server.log"; do
    tries=$((tries + 1))
    pid=$(cat "$server_tmp/pid" 2>/dev/null || true)
    if [ "$tries" -gt 240 ] || { [ -n "$pid" ] && ! $SUDO kill -0 "$pid" 2>/dev/null; }; then
        echo "check-package: the installed quita-server did not start:" >&2
        cat "$tmp/server.log" >&2
        exit 1
    fi
    sleep 0.5
done
sed -n 's/^/check-package: /p' "$tmp/server.log"
port=$(sed -n 's/.*listening on [^ ]*:\([0-9]*\) .*/\1/p' "$tmp/server.log")
if command -v curl >/dev/null; then
    curl -fsS "http://127.0.0.1:$port/api/v1/health" | grep -q '"ok"'
    echo "check-package: the installed quita-server answers /api/v1/health"
fi
$SUDO kill -TERM "$(cat "$server_tmp/pid")"
status=0
wait "$server_pid" || status=$?
server_pid=
if [ "$status" -ne 0 ]; then
    echo "check-package: quita-server exited with $status on SIGTERM:" >&2
    cat "$tmp/server.log" >&2
    exit 1
fi
echo "check-package: the installed quita-server starts as the quita user and stops on SIGTERM"
