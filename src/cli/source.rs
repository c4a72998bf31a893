//! Reading the program a subcommand was given: a path, or `-` for standard input.

use super::source_encoding::decode_source;
use std::io::Read;

/// A program's text and the file name its messages should show.
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// Reads the file named by the first argument; on failure prints why and returns the
/// exit code CPython uses for a file it cannot open (2), or for one it cannot decode (1).
pub fn read_source(args: &[String]) -> Result<SourceFile, u8> {
    let Some(path) = args.iter().find(|a| !a.starts_with("--") || *a == "-") else {
        eprintln!("cellscope: missing FILE argument");
        return Err(2);
    };
    let bytes = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(err) => {
            eprintln!("cellscope: can't open file '{path}': {err}");
            return Err(2);
        }
    };
    let path = display_name(path);
    match decode_source(&bytes, &path) {
        Ok(text) => Ok(SourceFile { path, text }),
        Err(syntax_error) => {
            eprintln!("{syntax_error}");
            Err(1)
        }
    }
}

/// The name tracebacks, warnings and `__file__` give the program. CPython names
/// standard input `<stdin>`, and since 3.9 makes the script's path absolute by joining
/// it to the working directory as written, without normalising `.` or `..`.
fn display_name(path: &str) -> String {
    if path == "-" {
        return "<stdin>".to_string();
    }
    if std::path::Path::new(path).is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(directory) => format!("{}/{path}", directory.display()),
        Err(_) => path.to_string(),
    }
}
