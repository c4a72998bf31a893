//! `cellscope scopes`: prints every scope's symbols in the text form of
//! `crate::scope::dump`, which `scripts/record_symtables.py` also produces from CPython.
//! A program that does not compile prints its error in the same form and exits 1.
//! With `--reasons`, each symbol is followed by the scope table's explanation of it.

use super::source::read_source;
use crate::scope::{analyze, dump};
use crate::syntax::{parse, LineIndex, SyntaxError};

pub fn main(args: &[String]) -> u8 {
    let source = match read_source(args) {
        Ok(source) => source,
        Err(code) => return code,
    };
    let explain = args.iter().any(|arg| arg == "--reasons");
    let (text, code) = match explain {
        true => explained_report(&source.text),
        false => scopes_report(&source.text),
    };
    print!("{text}");
    code
}

/// What `cellscope scopes` prints for `source`, and its exit code.
pub fn scopes_report(source: &str) -> (String, u8) {
    match scopes_text(source) {
        Ok(text) => (text, 0),
        Err(error) => (dump::render_error(&error, source), 1),
    }
}

fn explained_report(source: &str) -> (String, u8) {
    let lines = LineIndex::new(source);
    let table = parse(source).and_then(|module| analyze(&module));
    match table {
        Ok(table) => (dump::render_explained(&table, &lines), 0),
        Err(error) => (dump::render_error(&error, source), 1),
    }
}

/// The dump of `source`'s symbol table, or the first syntax or scope error.
pub fn scopes_text(source: &str) -> Result<String, SyntaxError> {
    let module = parse(source)?;
    let table = analyze(&module)?;
    Ok(dump::render(&table, &LineIndex::new(source)))
}
