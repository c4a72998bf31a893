//! `cellscope parse FILE [--attributes]`: print the AST as Python's
//! `ast.dump(ast.parse(src))` does; with `--attributes`, as
//! `ast.dump(..., include_attributes=True)` does, positions included.

use super::source::read_source;
use crate::syntax::{dump, dump_with_positions, parse};

pub fn main(args: &[String]) -> u8 {
    let file = match read_source(args) {
        Ok(file) => file,
        Err(code) => return code,
    };
    let with_positions = args.iter().any(|arg| arg == "--attributes");
    match parse(&file.text) {
        Ok(module) if with_positions => {
            println!("{}", dump_with_positions(&module, &file.text));
            0
        }
        Ok(module) => {
            println!("{}", dump(&module));
            0
        }
        Err(error) => {
            eprint!("{}", error.render(&file.text, &file.path));
            1
        }
    }
}
