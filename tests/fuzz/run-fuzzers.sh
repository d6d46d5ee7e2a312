#!/usr/bin/env bash
# Builds the libFuzzer harnesses in their own build directory and runs each in turn.
#   tests/fuzz/run-fuzzers.sh [SECONDS]     each harness runs SECONDS (default 600), one after
#                                           the other, on one core, niced
# Needs clang with libFuzzer (Debian 12: apt-get install -y clang libclang-rt-14-dev).
# Environment:
#   WAYMARK_FUZZ_BUILD_DIR   build directory (default build-fuzz/ in the source tree)
#   WAYMARK_FUZZ_TARGETS     which harnesses to run (default "fuzz_bank fuzz_exchange")
#   WAYMARK_FUZZ_ARGS        more libFuzzer options for every run, e.g. "-runs=1000"
# Each run starts from the seeds (the real files in tests/data and resources, and the saved
# regressions in tests/data/fuzz-regressions) plus what earlier runs added to
# BUILD/fuzz/corpus/NAME. A crashing input is written to BUILD/fuzz/artifacts/NAME/, the whole
# output to BUILD/fuzz/NAME.log. Exits non-zero if any harness found a failure.
# What the results mean and what has been run: docs/fuzzing.md.
set -euo pipefail

seconds=${1:-600}
if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: $0 [SECONDS]   (SECONDS: how long each harness runs, default 600)" >&2
    exit 2
fi

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${WAYMARK_FUZZ_BUILD_DIR:-$root/build-fuzz}
targets=${WAYMARK_FUZZ_TARGETS:-fuzz_bank fuzz_exchange}
read -r -a extra_args <<<"${WAYMARK_FUZZ_ARGS:-}"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "run-fuzzers: clang++ is missing; on Debian 12: apt-get install -y clang libclang-rt-14-dev" >&2
    exit 2
fi

generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" "${generator[@]}" \
        -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=Debug \
        -DWAYMARK_FUZZ=ON \
        -DWAYMARK_BUILD_TESTS=OFF \
        -DWAYMARK_BUILD_BENCHMARKS=OFF
else
    cmake "$build" -DWAYMARK_FUZZ=ON >/dev/null
fi
# shellcheck disable=SC2086
cmake --build "$build" --target $targets -j 2

# The seeds: every real file of the format, good and broken, and the saved regressions.
seed_files() {
    case $1 in
    fuzz_bank)
        echo "$root/resources/bank/waymark-bank.json"
        ls "$root"/tests/data/banks/good/*.json "$root"/tests/data/banks/broken/*.json
        ls "$root"/tests/data/fuzz-regressions/bank/* 2>/dev/null || true
        ;;
    fuzz_exchange)
        ls "$root"/tests/data/exchange/*.json "$root"/tests/data/exchange/hostile/*.json
        ls "$root"/tests/data/fuzz-regressions/exchange/* 2>/dev/null || true
        ;;
    esac
}
dictionary() {
    case $1 in
    fuzz_bank) echo "$root/tests/fuzz/bank.dict" ;;
    fuzz_exchange) echo "$root/tests/fuzz/exchange.dict" ;;
    esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC

failed=()
for target in $targets; do
    corpus=$build/fuzz/corpus/$target
    artifacts=$build/fuzz/artifacts/$target
    log=$build/fuzz/$target.log
    mkdir -p "$corpus" "$artifacts"
    seed_files "$target" | while read -r seed; do cp "$seed" "$corpus/seed-$(basename "$seed")"; done

    echo "run-fuzzers: $target for ${seconds}s; output in $log"
    status=0
    # One process, one worker: no -jobs/-workers, so it uses one core; niced for other work.
    nice -n 10 "$build/tests/fuzz/$target" \
        -max_total_time="$seconds" \
        -timeout=10 \
        -rss_limit_mb=2048 \
        -print_final_stats=1 \
        -dict="$(dictionary "$target")" \
        -artifact_prefix="$artifacts/" \
        "${extra_args[@]}" \
        "$corpus" >"$log" 2>&1 || status=$?
    # The final lines: the last status line ("DONE cov: ... ft: ... corp: ...") and the stats.
    grep -E '^#[0-9]+[[:space:]]+DONE|^stat::|^Done [0-9]+ runs' "$log" || true
    if [ "$status" -ne 0 ]; then
        echo "run-fuzzers: $target FAILED (exit $status); see $log and $artifacts/" >&2
        grep -E 'ERROR: |SUMMARY: |runtime error|Test unit written' "$log" >&2 || true
        failed+=("$target")
    fi
done

if [ "${#failed[@]}" -ne 0 ]; then
    echo "run-fuzzers: failures in: ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzers: no crash, hang or sanitizer report in: $targets"
