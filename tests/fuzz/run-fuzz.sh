#!/usr/bin/env bash
# tests/fuzz/run-fuzz.sh — fuzzes the exchange reader for a bounded time
#
# Copyright 2026 The Riaya authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/fuzz/run-fuzz.sh [SECONDS]    (default 60)
#
# Builds tests/fuzz/fuzz-exchange-reader with clang, libFuzzer,
# AddressSanitizer and UndefinedBehaviorSanitizer in a build folder of its
# own (_build-fuzz, or $RIAYA_FUZZ_BUILD), then runs it for SECONDS from
# the seed corpus: the valid and hostile files of tests/data/exchange.
# Exits non-zero on a crash, a leak or a sanitizer report; the input that
# caused it is kept in the build folder's fuzz-artifacts/ and named: once
# fixed, copy it into tests/fuzz/regressions/ (*.xml), which every test
# run reads again.
# Installs clang and its libFuzzer runtime when they are missing (Debian).
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${RIAYA_FUZZ_BUILD:-$top/_build-fuzz}
seconds=${1:-60}

say () { printf 'run-fuzz: %s\n' "$*" >&2; }

has_libfuzzer ()
{
  command -v clang >/dev/null 2>&1 &&
    echo 'int LLVMFuzzerTestOneInput (const char *d, unsigned long n) { return 0; }' |
      clang -x c -fsanitize=fuzzer,address -o /dev/null - >/dev/null 2>&1
}

if ! has_libfuzzer; then
  packages=(clang libclang-rt-dev)
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    say "clang with libFuzzer is missing, and installing it needs root: apt-get install ${packages[*]}"
    exit 1
  fi
  say "installing ${packages[*]}"
  apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600)
  "${apt[@]}" update >/dev/null && "${apt[@]}" install -y "${packages[@]}" >/dev/null
  has_libfuzzer || { say "clang still cannot build a libFuzzer program"; exit 1; }
fi

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" "$top" -Dfuzzing=true -Db_sanitize=address,undefined \
    -Dgui=disabled -Dbuildtype=debugoptimized >/dev/null
fi
ninja -C "$build" tests/fuzz/fuzz-exchange-reader >/dev/null

# The corpus libFuzzer grows is its own; the seeds are read, never written.
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
seeds=("$top/tests/fuzz/regressions" "$top/tests/data/exchange" "$top/tests/data/exchange/invalid")
[ -d "$top/tests/data/exchange/valid" ] && seeds+=("$top/tests/data/exchange/valid")

export LANGUAGE=en LC_ALL=C.UTF-8 G_SLICE=always-malloc G_DEBUG=gc-friendly
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

say "fuzzing the exchange reader for $seconds s"
status=0
"$build/tests/fuzz/fuzz-exchange-reader" "$corpus" "${seeds[@]}" \
  -dict="$top/tests/fuzz/exchange.dict" \
  -max_total_time="$seconds" -max_len=131072 -timeout=20 -rss_limit_mb=2048 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 2>"$build/fuzz.log" || status=$?

tail -n 15 "$build/fuzz.log" >&2
if [ "$status" -ne 0 ]; then
  say "the reader failed on an input (status $status): see $build/fuzz.log and $artifacts/"
  exit 1
fi
say "no crash, leak or sanitizer report in $seconds s"
