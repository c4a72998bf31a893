//! `cellscope parse FILE`: print the AST as Python's `ast.dump(ast.parse(src))` does.

use super::source::read_source;
use crate::syntax::{dump, parse};

pub fn main(args: &[String]) -> u8 {
    let file = match read_source(args) {
        Ok(file) => file,
        Err(code) => return code,
    };
    match parse(&file.text) {
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
