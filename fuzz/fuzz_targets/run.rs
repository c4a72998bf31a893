//! Any UTF-8 program runs to an ending (output, an exception, a budget stop) without
//! panicking, under budgets large enough that the collector runs many times. Inputs of
//! odd length also collect at every instruction boundary, so a value the collector
//! cannot see is freed at once and its reuse shows.
#![no_main]

use cellscope::runtime::load_program;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(mut vm) = load_program(source, "x.py") else {
        return;
    };
    vm.budgets.max_steps = 300_000;
    vm.budgets.max_heap_bytes = 64 << 20;
    vm.budgets.max_output_bytes = 1 << 20;
    vm.heap.stress_collection = data.len() % 2 == 1;
    let outcome = vm.run_loop(1, false);
    let _ = vm.describe_outcome(outcome);
});
