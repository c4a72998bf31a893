//! Stepping throughput: how many trace events per second the VM produces natively.
//! Ignored by default; run it optimised:
//! `cargo test --profile bench-native --test runtime_throughput -- --ignored --nocapture`.

use cellscope::runtime::load_program;
use cellscope::runtime::vm::Step;
use std::time::Instant;

#[test]
#[ignore]
fn trace_events_per_second() {
    let source = "def add(a, b):\n    return a + b\ntotal = 0\nfor i in range(300000):\n    total = add(total, i)\n";
    let mut vm = load_program(source, "throughput.py").expect("compiles");
    let start = Instant::now();
    let mut events = 0u64;
    while let Step::Event(_) = vm.next_event() {
        events += 1;
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{events} events in {seconds:.3} s: {:.2} million events per second",
        events as f64 / seconds / 1e6
    );
    assert!(events > 1_000_000);
}
