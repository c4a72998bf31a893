//! Masking of text that differs between runs and implementations for reasons that do not
//! matter: object addresses in reprs, and the absolute path of the programs' directory.

/// What every address is replaced with, in both the recorded files and our output.
pub const MASKED_ADDRESS: &str = "0x\u{2026}";

/// What comes right before an address in every CPython repr that shows one:
/// `<function f at 0x7f…>`, `<cell at 0x…: int object at 0x…>`, `<generator object g at 0x…>`.
const ADDRESS_LEAD: &str = "at 0x";

/// Replaces the hex digits of every address (`at 0x` followed by lowercase hex digits) with
/// `…`, the way `scripts/record_programs.py` masks them. Other hex text, such as the output
/// of `hex()`, is kept, so it is still compared.
pub fn mask_addresses(text: &str) -> String {
    let mut masked = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(ADDRESS_LEAD) {
        let after_lead = &rest[start + ADDRESS_LEAD.len()..];
        let digits = after_lead
            .find(|c: char| !matches!(c, '0'..='9' | 'a'..='f'))
            .unwrap_or(after_lead.len());
        masked.push_str(&rest[..start]);
        if digits == 0 {
            masked.push_str(ADDRESS_LEAD);
        } else {
            masked.push_str("at ");
            masked.push_str(MASKED_ADDRESS);
        }
        rest = &after_lead[digits..];
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
        let text = "<cell at 0x7f3a: list object at 0xbeef> at 0x, hex 0xff";
        assert_eq!(
            mask_addresses(text),
            "<cell at 0x\u{2026}: list object at 0x\u{2026}> at 0x, hex 0xff"
        );
    }

    #[test]
    fn masks_the_programs_directory() {
        let text = "  File \"/tmp/p/name.py\", line 1\n";
        assert_eq!(mask_output(text, "/tmp/p"), "  File \"name.py\", line 1\n");
    }
}
