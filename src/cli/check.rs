//! `cellscope check FILE`: exit 0 when FILE compiles, else print CPython's error.

use super::source::read_source;
use crate::syntax::{parse, SyntaxError};

/// Every pass a program must survive before it runs, in order.
fn compile_passes(source: &str) -> Result<(), SyntaxError> {
    let module = parse(source)?;
    crate::scope::check(&module)?;
    Ok(())
}

pub fn main(args: &[String]) -> u8 {
    let file = match read_source(args) {
        Ok(file) => file,
        Err(code) => return code,
    };
    match compile_passes(&file.text) {
        Ok(()) => 0,
        Err(error) => {
            eprint!("{}", error.render(&file.text, &file.path));
            1
        }
    }
}
