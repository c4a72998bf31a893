//! `tests/programs/KNOWN_GAPS`: programs we know Cellscope does not match yet.
//!
//! One program name a line (with or without `.py`), then optionally `# reason`. Blank lines
//! and lines that start with `#` are ignored. A listed program still runs; its failure is
//! expected, and its success is an error, so the list shrinks as features land.

use std::collections::BTreeMap;
use std::path::Path;

/// Program name (without `.py`) → the reason it is listed.
pub type KnownGaps = BTreeMap<String, String>;

pub fn read_known_gaps(path: &Path) -> Result<KnownGaps, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(parse_known_gaps(&text)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(KnownGaps::new()),
        Err(error) => Err(format!("cannot read {}: {error}", path.display())),
    }
}

pub fn parse_known_gaps(text: &str) -> KnownGaps {
    text.lines()
        .filter_map(|line| {
            let (name, reason) = line.split_once('#').unwrap_or((line, ""));
            let name = name.trim();
            let name = name.strip_suffix(".py").unwrap_or(name);
            (!name.is_empty()).then(|| (name.to_string(), reason.trim().to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_and_reasons_and_skips_comments() {
        let gaps = parse_known_gaps("# header\n\ngen_send.py  # send is missing\nmod_random\n");
        assert_eq!(gaps.len(), 2);
        assert_eq!(gaps["gen_send"], "send is missing");
        assert_eq!(gaps["mod_random"], "");
    }
}
