//! Any UTF-8 program, recorded with room for 1,500 steps, gives the same
//! snapshot of a step whether it is reached by stepping forwards or by a random goto,
//! and answers every navigation move without panicking. The input is the program, then
//! optionally a NUL byte and the bytes that choose the gotos.
#![no_main]

use cellscope::session::{Session, SessionOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (program, moves) = match data.iter().position(|&b| b == 0) {
        Some(nul) => (&data[..nul], &data[nul + 1..]),
        None => (data, &[][..]),
    };
    let Ok(source) = std::str::from_utf8(program) else {
        return;
    };
    let options = SessionOptions {
        max_steps: 1_500,
        max_output_bytes: 1 << 16,
        stdin: Some("1\n2\n".into()),
        ..SessionOptions::default()
    };
    let Ok(mut session) = Session::new(source, options) else {
        return;
    };
    while !session.run(500) {}
    let count = session.step_count();
    let forward: Vec<_> = (0..count).map(|step| session.snapshot(step)).collect();
    for pair in moves.chunks(2) {
        let step = pair.iter().fold(0usize, |n, &b| n * 256 + b as usize) % count.max(1);
        assert_eq!(session.snapshot(step), forward[step], "goto {step}");
    }
    for step in (0..count).step_by(7) {
        for backward in [false, true] {
            let _ = session.step_over(step, backward);
            let _ = session.step_out(step, backward);
            let _ = session.continue_to(step, backward, &[1, 2]);
        }
    }
});
