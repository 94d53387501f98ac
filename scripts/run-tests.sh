#!/bin/sh
# Every test: install what is missing, build with warnings as errors, run the whole
# CTest suite, then build the Debian package, install it with apt and start the
# installed program on demo data, and run quita-bench on a small store as a smoke test.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh -DQUITA_WERROR=ON -DQUITA_BUILD_TESTS=ON
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600)
scripts/check-package.sh
build/bench/quita-bench --debtors 2000 --activities 20000 --heavy 1000 --runs 3 \
    --data-dir "$(mktemp -d)" --json
echo "run-tests: all tests passed"
