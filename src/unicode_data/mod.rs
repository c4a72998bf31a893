//! The Unicode character database that `\N{...}` escapes and the `unicodedata` module
//! read: character names, their aliases, named sequences, general categories and
//! numeric values, as python3's own `unicodedata` has them (Unicode 14.0.0 for CPython
//! 3.11), recorded by scripts/record_unicode_names.py into `unicode_names.txt`.
//!
//! The native binary embeds the file and reads it the first time a name is needed.
//! The WebAssembly module does not carry it, so the page's first download stays as it
//! is: the page asks [`needs_table`] whether a program needs it, fetches the file, and
//! hands it to [`install`] before the program is compiled. Until then [`table`] is
//! `None`, and every reader reports that the table is missing rather than guessing.

mod algorithmic;
mod name_index;
mod needed;
pub mod normalize;
mod table;

pub use needed::needs_table;
pub use table::{NumericKind, TableError, UnicodeTable};

use std::sync::OnceLock;

/// The table once read; it never changes after that, so every session shares it.
static TABLE: OnceLock<UnicodeTable> = OnceLock::new();

/// The file the native binary carries.
#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED: &str = include_str!("unicode_names.txt");

/// The table, read from the embedded file on first use in the native binary; in the
/// WebAssembly module, the one the page installed, if it did.
pub fn table() -> Option<&'static UnicodeTable> {
    #[cfg(not(target_arch = "wasm32"))]
    if TABLE.get().is_none() {
        // The embedded file is the recorded one, which the tests read: it parses.
        let _ = install(EMBEDDED);
    }
    TABLE.get()
}

/// Reads `text` (the contents of `unicode_names.txt`) as the table, unless one was
/// installed already: a second page's copy of the same file changes nothing.
pub fn install(text: &str) -> Result<(), TableError> {
    if TABLE.get().is_some() {
        return Ok(());
    }
    let table = UnicodeTable::parse(text)?;
    let _ = TABLE.set(table);
    Ok(())
}
