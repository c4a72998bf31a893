//! Masking of text that differs between runs and implementations for reasons that do not
//! matter: object addresses, and the absolute path of the programs' directory.

/// What every address is replaced with, in both the recorded files and our output.
pub const MASKED_ADDRESS: &str = "0x\u{2026}";

/// Replaces every `0x` followed by at least one hex digit with [`MASKED_ADDRESS`], the way
/// `scripts/record_programs.py` masks `id()`-derived addresses such as `<cell at 0x7f…>`.
pub fn mask_addresses(text: &str) -> String {
    let mut masked = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("0x") {
        let after_prefix = &rest[start + 2..];
        let digits = after_prefix
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(after_prefix.len());
        masked.push_str(&rest[..start]);
        if digits == 0 {
            masked.push_str("0x");
        } else {
            masked.push_str(MASKED_ADDRESS);
        }
        rest = &after_prefix[digits..];
    }
    masked.push_str(rest);
    masked
}

/// Removes `directory/` from paths, so tracebacks read `File "name.py"` as recorded.
pub fn mask_output(text: &str, directory: &str) -> String {
    let with_separator = format!("{directory}/");
    mask_addresses(&text.replace(&with_separator, ""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_every_address_and_keeps_other_text() {
        let text = "<cell at 0x7f3a: list object at 0xDEAD> 0x zero 0";
        assert_eq!(
            mask_addresses(text),
            "<cell at 0x\u{2026}: list object at 0x\u{2026}> 0x zero 0"
        );
    }

    #[test]
    fn masks_the_programs_directory() {
        let text = "  File \"/tmp/p/name.py\", line 1\n";
        assert_eq!(mask_output(text, "/tmp/p"), "  File \"name.py\", line 1\n");
    }
}
