#!/bin/sh
# Every test: install what is missing, build with warnings as errors, start a private
# PostgreSQL, run the whole CTest suite (server tests on SQLite and PostgreSQL), then build
# the two Debian packages, install them with apt and start the installed programs on demo
# data, run quita-bench (desk, server, negotiation, protest, kpi) on small stores as a smoke
# test, and fuzz the CRA reader for 30 seconds.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh -DQUITA_WERROR=ON -DQUITA_BUILD_TESTS=ON
# The server's tests also run on a PostgreSQL of their own; a missing one is a failure here.
QUITA_TEST_PG_URL=$(scripts/test-postgres.sh start)
trap 'scripts/test-postgres.sh stop' EXIT
export QUITA_TEST_PG_URL QUITA_REQUIRE_POSTGRES=1
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600)
scripts/check-package.sh
build/bench/quita-bench --debtors 2000 --activities 20000 --heavy 1000 --runs 3 \
    --data-dir "$(mktemp -d)" --json
build/bench/quita-bench server --debtors 300 --activities 3000 --agents 5 --seconds 2 --pokes 3 \
    --data-dir "$(mktemp -d)" --json
build/bench/quita-bench negotiation --runs 20 --json
build/bench/quita-bench protest --runs 3 --json
build/bench/quita-bench kpi --agents 5 --activities 20000 --days 30 --runs 3 \
    --data-dir "$(mktemp -d)" --json
build/bench/ui/quita-bench-dashboard --agents 20 --days 30 --vintages 6 --runs 3 --json
# The CRA return-file reader against libFuzzer, for a bounded time.
scripts/fuzz-cra.sh 30
echo "run-tests: all tests passed"
