#!/bin/sh
# The main job: install what is missing, build, start quita-server on its embedded store
# with the demo portfolio and users, and start the desktop signed in to it as ana (set
# QUITA_DEMO_USER=bruno, carla or admin for another desk). Everything lives in
# ~/.local/share/Quita/demo (QUITA_DEMO_DIR). Without a display the desktop runs under
# Xvfb and saves a screenshot (quita-demo.png) once its first sync is done.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh
data="${QUITA_DEMO_DIR:-$HOME/.local/share/Quita/demo}"
mkdir -p "$data"
log="$data/server.log"
: >"$log"
build/app/server/quita-server --data-dir "$data/server" --demo --listen 127.0.0.1:0 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT INT TERM
echo "run-demo: starting quita-server (the first start seeds the demo portfolio)..."
port=""
for _ in $(seq 1 300); do
    port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log")
    [ -n "$port" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.5
done
[ -n "$port" ] || { echo "run-demo: quita-server did not start" >&2; cat "$log"; exit 1; }
echo "run-demo: quita-server on http://127.0.0.1:$port (users ana, bruno, carla, admin; password quita-demo)"
export QUITA_PASSWORD=quita-demo
desk="build/app/desktop/quita --data-dir $data/desk --server http://127.0.0.1:$port --user ${QUITA_DEMO_USER:-ana}"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    $desk "$@"
else
    echo "run-demo: no display; running under Xvfb and saving quita-demo.png"
    xvfb-run -a -s "-screen 0 1440x900x24" $desk --screenshot "$PWD/quita-demo.png" "$@"
fi
