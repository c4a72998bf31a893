//! `cellscope run FILE`: run a program like `python3 FILE`, with the same stdout,
//! stderr and exit code.

use super::source::read_source;
use crate::runtime::{run_source_with_stdin, StdinSource};
use std::io::Write;

pub fn main(args: &[String]) -> u8 {
    let file = match read_source(args) {
        Ok(file) => file,
        Err(code) => return code,
    };
    let stdin = if file.path == "<stdin>" {
        StdinSource::Closed
    } else {
        StdinSource::Process
    };
    let output = run_source_with_stdin(&file.text, &file.path, stdin);
    let mut stdout = std::io::stdout().lock();
    let wrote = stdout
        .write_all(output.stdout.as_bytes())
        .and_then(|_| stdout.flush());
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(output.stderr.as_bytes());
    if wrote.is_err() {
        return 120;
    }
    output.exit_code.clamp(0, 255) as u8
}
