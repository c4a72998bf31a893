//! Any UTF-8 input must parse or fail with a SyntaxError, and an error must render.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        if let Err(error) = cellscope::syntax::parse(source) {
            let _ = error.render(source, "x.py");
        }
    }
});
