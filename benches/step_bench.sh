#!/bin/sh
# Stepping benchmark: the native build (optimised for speed) and the WebAssembly build
# under Node. Prints steps/s, peak memory, random goto latency and snapshot times.
set -e
cd "$(dirname "$0")/.."
CELLSCOPE_BENCH=1 cargo test --profile bench-native --bench step_bench -- --nocapture 2>/dev/null | grep -v '^running\|^test \|^$'
make wasm >/dev/null
node benches/step_bench.mjs
