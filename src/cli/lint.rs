//! `cellscope lint FILE`: prints each closure pitfall as
//! `file:line:col: warning: message [code]` with its fix on the next line. Exits 1
//! when there is a warning (hints alone exit 0), and 1 for a program that does not
//! compile, after printing the error as CPython renders it.

use super::source::read_source;
use crate::insight::{lint, Severity};

pub fn main(args: &[String]) -> u8 {
    let file = match read_source(args) {
        Ok(file) => file,
        Err(code) => return code,
    };
    let report = lint_report(&file.text, &file.path);
    print!("{}", report.stdout);
    eprint!("{}", report.stderr);
    report.code
}

/// What `cellscope lint` prints for `source` shown as `path`, and its exit code.
pub struct LintReport {
    pub stdout: String,
    pub stderr: String,
    pub code: u8,
}

pub fn lint_report(source: &str, path: &str) -> LintReport {
    match lint(source) {
        Ok(diagnostics) => {
            let warned = diagnostics.iter().any(|d| d.severity == Severity::Warning);
            LintReport {
                stdout: diagnostics.iter().map(|d| d.render(path)).collect(),
                stderr: String::new(),
                code: u8::from(warned),
            }
        }
        Err(error) => LintReport {
            stdout: String::new(),
            stderr: error.render(source, path),
            code: 1,
        },
    }
}
