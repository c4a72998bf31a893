#!/usr/bin/env bash
# Coverage-guided fuzzing on the stable toolchain: rustc's sancov pass instruments the
# code and libFuzzer (built by the libfuzzer-sys crate with the system C++ compiler)
# drives it; no nightly flag is involved.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   fuzz each target for SECONDS (default 60),
#                                           then merge what it found into fuzz/seeds/
#   scripts/fuzz.sh --check [TARGET...]     run each target over its saved seeds only
#                                           (what `make test` does: a few seconds each)
#
# Targets: parse, compile, run, session. A crash leaves its input in fuzz/artifacts/
# and makes the script exit non-zero. Each run ends with a line per target:
# "fuzz TARGET: N executions, C crashes, L slow inputs, S seeds".
set -euo pipefail
cd "$(dirname "$0")/.."

ALL_TARGETS=(parse compile run session)
TRIPLE=$(rustc -vV | awk '/^host:/ { print $2 }')
BIN_DIR="fuzz/target/$TRIPLE/release"

check_only=false
seconds=60
if [ "${1:-}" = "--check" ]; then
    check_only=true
    shift
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")

build_targets() {
    command -v c++ >/dev/null 2>&1 || {
        echo "fuzz: no C++ compiler to build libFuzzer; apt-get install g++" >&2
        exit 1
    }
    # --target keeps build scripts uninstrumented; --cfg fuzzing is what cargo-fuzz sets.
    RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module \
        -Cllvm-args=-sanitizer-coverage-level=4 \
        -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
        -Cllvm-args=-sanitizer-coverage-pc-table \
        -Cllvm-args=-sanitizer-coverage-trace-compares" \
        cargo build --release --quiet --manifest-path fuzz/Cargo.toml \
        --target "$TRIPLE" --target-dir fuzz/target --bins
}

# Runs one target; prints its summary line and returns libFuzzer's exit status.
fuzz_one() {
    local target=$1 seeds="fuzz/seeds/$1" work="fuzz/corpus/$1" log
    mkdir -p "$seeds" "$work" fuzz/artifacts
    log=$(mktemp)
    local status=0
    if $check_only; then
        "$BIN_DIR/$target" -runs=0 -rss_limit_mb=4096 -timeout=20 \
            -artifact_prefix="fuzz/artifacts/$target-" "$seeds" >"$log" 2>&1 || status=$?
    else
        "$BIN_DIR/$target" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=20 \
            -max_len=4096 -dict=fuzz/python.dict -print_final_stats=1 \
            -artifact_prefix="fuzz/artifacts/$target-" "$work" "$seeds" >"$log" 2>&1 || status=$?
        if [ "$status" -eq 0 ]; then
            # Keep only the inputs that add coverage, so the saved corpus stays small.
            local merged
            merged=$(mktemp -d)
            "$BIN_DIR/$target" -merge=1 -rss_limit_mb=4096 -timeout=20 "$merged" "$seeds" "$work" \
                >>"$log" 2>&1
            rm -rf "$seeds" && mv "$merged" "$seeds"
        fi
    fi
    local runs crashes
    runs=$(awk '/stat::number_of_executed_units:/ { print $2 }' "$log" | tail -1)
    [ -n "$runs" ] || runs=$(grep -o 'Executed [0-9]* inputs\|#[0-9]*' "$log" | tail -1 | tr -dc 0-9)
    # libFuzzer names a failing input crash-, oom-, timeout- or leak-; a slow-unit- file
    # only records an input that took long (on a loaded machine, most of them).
    crashes=$(ls fuzz/artifacts/ 2>/dev/null | grep -cE "^$target-(crash|oom|timeout|leak)-" || true)
    slow=$(ls fuzz/artifacts/ 2>/dev/null | grep -c "^$target-slow-unit-" || true)
    echo "fuzz $target: ${runs:-0} executions, $crashes crashes, $slow slow inputs, $(ls "$seeds" | wc -l) seeds"
    if [ "$status" -ne 0 ]; then
        grep -E 'panicked|ERROR|SUMMARY|Test unit written' "$log" | head -20 >&2
    fi
    rm -f "$log"
    return "$status"
}

build_targets
failed=0
for target in "${targets[@]}"; do
    fuzz_one "$target" || failed=1
done
exit "$failed"
