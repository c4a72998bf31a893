//! One file per subcommand of the `cellscope` binary. Each `main` takes the arguments
//! after the subcommand's name and returns the process exit code.

mod budget_args;
pub mod check;
pub mod lint;
pub mod parse;
pub mod run;
pub mod scopes;
pub mod source;
pub mod source_encoding;
pub mod trace;
mod why;
