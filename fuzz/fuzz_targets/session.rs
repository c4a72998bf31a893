//! Any UTF-8 program, recorded under small budgets, must give a snapshot for every step
//! and answer every navigation move without panicking.
#![no_main]

use cellscope::session::{Session, SessionOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let options = SessionOptions {
        max_steps: 200,
        max_output_bytes: 4096,
        ..SessionOptions::default()
    };
    let Ok(mut session) = Session::new(source, options) else {
        return;
    };
    for _ in 0..20 {
        if session.run(50) {
            break;
        }
        if session.status().awaiting_input {
            session.provide_input("1");
        }
    }
    session.stop();
    let count = session.step_count();
    for step in 0..count {
        let _ = session.snapshot(step);
        for backward in [false, true] {
            let _ = session.step_over(step, backward);
            let _ = session.step_out(step, backward);
            let _ = session.continue_to(step, backward, &[1, 2]);
        }
    }
});
