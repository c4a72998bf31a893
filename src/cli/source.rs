//! Reading the program a subcommand was given: a path, or `-` for standard input.

use std::io::Read;

/// A program's text and the file name its messages should show.
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// Reads the file named by the first argument; on failure prints why and returns the
/// exit code CPython uses for a file it cannot open (2).
pub fn read_source(args: &[String]) -> Result<SourceFile, u8> {
    let Some(path) = args.iter().find(|a| !a.starts_with("--") || *a == "-") else {
        eprintln!("cellscope: missing FILE argument");
        return Err(2);
    };
    let text = if path == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map(|_| text)
    } else {
        std::fs::read_to_string(path)
    };
    match text {
        Ok(text) => Ok(SourceFile { path: display_name(path), text }),
        Err(err) => {
            eprintln!("cellscope: can't open file '{path}': {err}");
            Err(2)
        }
    }
}

/// CPython names standard input `<stdin>` in tracebacks.
fn display_name(path: &str) -> String {
    if path == "-" { "<stdin>".to_string() } else { path.to_string() }
}
