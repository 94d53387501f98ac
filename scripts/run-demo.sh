#!/bin/sh
# The main job: install what is missing, build, and start the desktop on the demo
# portfolio (kept in ~/.local/share/Quita/demo). Without a display it runs under Xvfb
# and saves a screenshot instead of opening a window.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh
data="${QUITA_DEMO_DIR:-$HOME/.local/share/Quita/demo}"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/desktop/quita --demo --data-dir "$data" "$@"
fi
echo "run-demo: no display; running under Xvfb and saving quita-demo.png"
exec xvfb-run -a -s "-screen 0 1440x900x24" build/app/desktop/quita --demo --data-dir "$data" \
    --screenshot "$PWD/quita-demo.png" "$@"
