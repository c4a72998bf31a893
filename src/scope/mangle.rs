//! Private name mangling: inside `class C`, a name written `__x` is stored as `_C__x`.

/// CPython's `_Py_Mangle`: a name that starts with two underscores, does not end with
/// two, and has no dot is prefixed with the class name stripped of leading underscores,
/// unless that leaves nothing.
pub fn mangle(class_name: Option<&str>, name: &str) -> String {
    let Some(class_name) = class_name else {
        return name.to_string();
    };
    let private = name.starts_with("__") && !name.ends_with("__") && !name.contains('.');
    let stripped = class_name.trim_start_matches('_');
    if !private || stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_names_take_the_class_name() {
        assert_eq!(mangle(Some("Account"), "__balance"), "_Account__balance");
        assert_eq!(mangle(Some("_Hidden"), "__x"), "_Hidden__x");
    }

    #[test]
    fn dunder_names_and_names_outside_classes_stay() {
        assert_eq!(mangle(Some("C"), "__init__"), "__init__");
        assert_eq!(mangle(None, "__x"), "__x");
        assert_eq!(mangle(Some("___"), "__x"), "__x");
        assert_eq!(mangle(Some("C"), "_x"), "_x");
    }
}
