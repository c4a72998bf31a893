//! PEP 3131: identifiers are compared in normal form NFKC, so the parser converts every
//! name that is not ASCII as it reads it (`ﬁ = 3` binds `fi`, and `print(fi)` finds it),
//! as CPython's `_PyPegen_new_identifier` does.
//!
//! The conversion reads the Unicode table, which a page fetches for a program with such
//! a name (`crate::unicode_data::needs_table`); without a table a name is kept as written.

use crate::unicode_data::normalize::{normalize, Form};

/// The identifier `raw` is, in NFKC.
pub fn identifier_text(raw: &str) -> String {
    match crate::unicode_data::table() {
        Some(table) if !raw.is_ascii() => normalize(table, Form::Nfkc, raw),
        _ => raw.to_string(),
    }
}
