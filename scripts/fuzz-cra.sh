#!/usr/bin/env bash
# Fuzzes the CRA (IEPTB) reader with libFuzzer for SECONDS (default 60).
#
#   scripts/fuzz-cra.sh 60
#
# Builds tests/fuzz/FuzzCraReader.cpp with only the domain sources the reader needs,
# using Debian's clang++ with -fsanitize=fuzzer,address,undefined against Qt6Core, in a
# temporary directory; seeds the corpus with the golden files of
# tests/models/domain/data/cra. Not part of the CMake build. Exits non-zero when the
# fuzzer finds a crash, a leak, undefined behaviour or a timeout; the reproducer is left
# in the temporary directory it prints.
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/quita-fuzz-cra.XXXXXX")"
domain="$root/models/domain"

echo "fuzz-cra: building in $work"
# shellcheck disable=SC2046 # pkg-config prints several words on purpose
clang++ -std=c++20 -g -O1 -fPIC \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -DQT_NO_CAST_TO_ASCII -DQT_NO_FOREACH \
    -I"$root/models" \
    "$root/tests/fuzz/FuzzCraReader.cpp" \
    "$domain/protest/CraReader.cpp" \
    "$domain/protest/CraField.cpp" \
    "$domain/protest/CraCodes.cpp" \
    "$domain/Document.cpp" \
    $(pkg-config --cflags --libs Qt6Core) \
    -o "$work/fuzz-cra"

mkdir -p "$work/corpus"
cp "$root"/tests/models/domain/data/cra/*.251 "$work/corpus/"

echo "fuzz-cra: running for ${seconds}s"
"$work/fuzz-cra" \
    -max_total_time="$seconds" \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -max_len=16384 \
    -artifact_prefix="$work/" \
    -print_final_stats=1 \
    "$work/corpus"
echo "fuzz-cra: no crash in ${seconds}s; corpus in $work/corpus"
