//! Whether a program needs the Unicode name table, so that a page fetches it only then.

use crate::syntax::token::TokenKind;

/// Whether `source` may read the table: a string literal holding `\N` (a `\N{...}`
/// escape; also, conservatively, a raw or escaped `\N` that the program could hand to
/// `exec` or `eval`), the name `unicodedata` (its import), or a name that is not ASCII
/// (which the parser converts to NFKC). A source the tokenizer refuses is judged by its
/// text alone.
pub fn needs_table(source: &str) -> bool {
    let Ok(tokens) = crate::syntax::tokenize(source) else {
        return source.contains("\\N") || source.contains("unicodedata") || !source.is_ascii();
    };
    tokens.iter().any(|token| match token.kind {
        TokenKind::String => token.text.contains("\\N"),
        TokenKind::Name => token.text == "unicodedata" || !token.text.is_ascii(),
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::needs_table;

    #[test]
    fn escapes_and_the_module_need_the_table() {
        assert!(needs_table("print('\\N{SNOWMAN}')"));
        assert!(needs_table("x = f'{1}\\N{BULLET}'"));
        assert!(needs_table("import unicodedata"));
        assert!(needs_table("from unicodedata import name"));
        assert!(needs_table("exec('print(\"\\\\N{SNOWMAN}\")')"));
        assert!(needs_table("ﬁ = 3\nprint(fi)"));
    }

    #[test]
    fn other_programs_do_not() {
        assert!(!needs_table("print('snowman')"));
        assert!(!needs_table("# \\N{SNOWMAN} in a comment\nx = 1"));
        assert!(!needs_table("print('\\n')"));
        assert!(!needs_table("print('café')"));
    }

    #[test]
    fn a_source_that_does_not_tokenize_is_judged_by_its_text() {
        assert!(needs_table("print('\\N{SNOWMAN}'"));
        assert!(!needs_table("print('x'"));
    }
}
