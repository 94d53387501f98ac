#!/bin/sh
# A throwaway PostgreSQL 15 for the tests, never the system cluster: initdb in a
# temporary folder, loopback only, port 55432, database quita_test, trust auth.
#   scripts/test-postgres.sh start   # prints the URL for QUITA_TEST_PG_URL
#   scripts/test-postgres.sh stop
set -eu
bin=/usr/lib/postgresql/15/bin
dir="${QUITA_PG_DIR:-/tmp/quita-test-pg}"
port="${QUITA_PG_PORT:-55432}"
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-}" in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" -A trust -U postgres >"$dir/initdb.log" 2>&1
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
    as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres quita_test
    echo "postgresql://postgres@127.0.0.1:$port/quita_test"
    ;;
stop)
    [ -d "$dir/data" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
