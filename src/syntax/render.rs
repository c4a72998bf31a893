//! The text CPython 3.11 prints for an uncaught compile error of `python3 FILE`:
//!
//! ```text
//!   File "x.py", line 3
//!     return x
//!     ^^^^^^^^
//! SyntaxError: 'return' outside function
//! ```
//!
//! It follows `print_error_text` in CPython's pythonrun.c: the line loses its leading
//! whitespace, and the caret column shifts with it; a caret left of the text is not
//! drawn. For a program read from a file, CPython places the caret of a parser error
//! at a UTF-8 byte column, so a caret after `é` sits one column further right than the
//! character column the exception reports; a tokenizer error's caret is at its
//! character column.

use super::error::{SyntaxError, SyntaxErrorKind, NULL_BYTE_MESSAGE};
use super::span::LineIndex;

impl SyntaxError {
    /// Renders the error as `python3 FILE` prints it on standard error.
    pub fn render(&self, source: &str, filename: &str) -> String {
        if self.kind == SyntaxErrorKind::RecursionError {
            // A RecursionError carries no position, so CPython prints no location.
            return format!("{}: {}\n", self.kind.name(), self.message);
        }
        let index = LineIndex::new(source);
        let start = self.start(&index);
        let mut out = format!("  File \"{filename}\", line {}\n", start.line);
        let text = index.line_text(start.line);
        if self.message == NULL_BYTE_MESSAGE {
            let before_null = text.split('\0').next().unwrap_or("");
            let shown = before_null.trim_start_matches([' ', '\t', '\x0c']);
            out.push_str(&format!("    {shown}\n"));
        } else if !text.trim().is_empty() {
            self.push_line_and_carets(&mut out, source, text);
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.message));
        out
    }

    fn push_line_and_carets(&self, out: &mut String, source: &str, text: &str) {
        let shown = text.trim_start_matches([' ', '\t', '\x0c']);
        let stripped = text.len() - shown.len();
        let line_start = source
            .get(..self.span.start as usize)
            .and_then(|before| before.rfind('\n'))
            .map_or(0, |i| i + 1);
        let offset =
            (self.span.start as usize).saturating_sub(line_start) as isize - stripped as isize;
        let offset = offset.min(shown.len() as isize);
        out.push_str(&format!("    {shown}\n"));
        if offset < 0 || !self.draws_caret() {
            return;
        }
        let offset = offset as usize;
        let carets = self.caret_width(line_start + stripped + offset, line_start + text.len());
        let column = if self.from_tokenizer {
            shown.get(..offset).map_or(offset, |before| before.chars().count())
        } else {
            offset
        };
        out.push_str(&format!("    {}{}\n", " ".repeat(column), "^".repeat(carets)));
    }

    /// An indented block that was missing at the end of the file has no position to
    /// point at; every other error gets a caret.
    fn draws_caret(&self) -> bool {
        let at_end_of_file = self.span.start == self.span.end
            && (self.message.starts_with("expected an indented block")
                || self.message == "expected 'except' or 'finally' block");
        !at_end_of_file
    }

    /// A SyntaxError underlines its whole span (to the end of the line when the span
    /// goes on); an IndentationError gets one caret.
    fn caret_width(&self, start: usize, line_end: usize) -> usize {
        if self.kind != SyntaxErrorKind::SyntaxError {
            return 1;
        }
        let end = (self.span.end as usize).min(line_end);
        end.saturating_sub(start).max(1)
    }
}
