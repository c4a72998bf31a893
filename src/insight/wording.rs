//! Small helpers for the sentences diagnostics are made of.

/// "`i`", "`i` and `j`", "`a`, `b` and `c`".
pub fn backticked_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The phrase with its first letter in upper case, to open a sentence.
pub fn capitalised(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "1 function", "3 functions".
pub fn counted(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_like_english() {
        assert_eq!(backticked_list(&["i"]), "`i`");
        assert_eq!(backticked_list(&["a", "b", "c"]), "`a`, `b` and `c`");
        assert_eq!(capitalised("the lambda"), "The lambda");
        assert_eq!(counted(3, "function"), "3 functions");
    }
}
