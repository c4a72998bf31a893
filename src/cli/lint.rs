//! `cellscope lint FILE [--json]`: prints each closure pitfall as
//! `file:line:col: warning: message [code]` with its fix on the next line, or with
//! `--json` the diagnostics as the page receives them. Exits 1 when there is a
//! warning (hints alone exit 0), and 1 for a program that does not compile, after
//! printing the error as CPython renders it.

use super::source::read_source;
use crate::insight::{lint, Diagnostic, Severity};

pub fn main(args: &[String]) -> u8 {
    let file = match read_source(args) {
        Ok(file) => file,
        Err(code) => return code,
    };
    let report = if args.iter().any(|arg| arg == "--json") {
        lint_json(&file.text, &file.path)
    } else {
        lint_report(&file.text, &file.path)
    };
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

/// The lint lines of `source`.
pub fn lint_report(source: &str, path: &str) -> LintReport {
    report_with(source, path, |diagnostics| {
        diagnostics.iter().map(|d| d.render(path)).collect()
    })
}

/// The diagnostics of `source` as one JSON array, for tools.
pub fn lint_json(source: &str, path: &str) -> LintReport {
    report_with(source, path, |diagnostics| {
        let json = serde_json::to_string_pretty(diagnostics).unwrap_or_default();
        format!("{json}\n")
    })
}

fn report_with(source: &str, path: &str, render: impl Fn(&[Diagnostic]) -> String) -> LintReport {
    match lint(source) {
        Ok(diagnostics) => LintReport {
            stdout: render(&diagnostics),
            stderr: String::new(),
            code: u8::from(diagnostics.iter().any(|d| d.severity == Severity::Warning)),
        },
        Err(error) => LintReport {
            stdout: String::new(),
            stderr: error.render(source, path),
            code: 1,
        },
    }
}
