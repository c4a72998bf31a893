//! `dir()` of built-in objects and types: CPython's `object.__dir__` lists the
//! instance's `__dict__` and every attribute of its type and the type's bases;
//! `type.__dir__` lists the attributes of the class and its bases, sorted.

use crate::runtime::dir_tables::DIR_NAMES;
use crate::runtime::types::TypeId;

/// The sorted names `dir(ty)` lists for a built-in type, with `extra` (an
/// instance's own attribute names) merged in.
pub fn builtin_dir_names(ty: TypeId, extra: Vec<String>) -> Vec<String> {
    let mut names = extra;
    let mut current = ty;
    loop {
        if let Some((_, own)) = DIR_NAMES.iter().find(|(t, _)| *t == current) {
            names.extend(own.split(' ').map(str::to_string));
        }
        if current == TypeId::Object {
            break;
        }
        current = current.base();
    }
    names.sort();
    names.dedup();
    names
}
