#!/bin/sh
# Time-travel benchmark on allocation-heavy programs: the native build (optimised for
# speed), then the WebAssembly build under Node. Prints recording speed, goto p50/p99,
# state rebuild p50/p99, one step back, checkpoints and history bytes per step.
set -e
cd "$(dirname "$0")/.."
CELLSCOPE_BENCH=1 cargo test --profile bench-native --bench history_bench -- --nocapture 2>/dev/null | grep '^native'
make wasm >/dev/null
node benches/history_bench.mjs
