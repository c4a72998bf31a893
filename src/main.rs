//! The `cellscope` command line: `check`, `parse`, `run`, `trace` and `lint` a Python file.
//!
//! The command line exists only natively. Cargo still builds this binary when the test
//! suite is compiled for wasm32 (`tests/web.rs`), so there it is an empty program.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "\
usage: cellscope <command> FILE [options]

commands:
  check FILE              exit 0 if FILE compiles; else print CPython's SyntaxError and exit 1
  parse FILE              print the AST, in the form of Python's ast.dump()
  scopes FILE             print every scope's symbols, as Python's symtable module sees them
  run FILE [--max-steps N] [--max-heap-bytes N]
                          run FILE like `python3 FILE` (FILE may be - for standard input);
                          stops after N instructions (default 100,000,000, about a second)
                          or once the heap holds about N bytes (default 536,870,912)
  trace FILE [--json] [--step N] [--max-steps N] [--max-heap-bytes N]
                          print every step's snapshot: a text dump, or one JSON object a line;
                          stops after N recorded steps (default 1,000,000)
  lint FILE               print closure pitfalls as file:line:col: kind: message";

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let code = match command.as_str() {
        "check" => cellscope::cli::check::main(rest),
        "parse" => cellscope::cli::parse::main(rest),
        "scopes" => cellscope::cli::scopes::main(rest),
        "run" => cellscope::cli::run::main(rest),
        "trace" => cellscope::cli::trace::main(rest),
        "lint" => cellscope::cli::lint::main(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            0
        }
        other => {
            eprintln!("cellscope: unknown command '{other}'\n{USAGE}");
            2
        }
    };
    ExitCode::from(code)
}
