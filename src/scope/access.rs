//! How compiled code reaches a name, decided once from its scope so that the VM never
//! searches for it: CPython's `compiler_nameop`.

use super::mangle::mangle;
use super::table::{Scope, ScopeKind, SymbolScope};

/// The instruction family CPython 3.11 emits for a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameAccess {
    /// A fast local slot of a function frame (`LOAD_FAST`, `STORE_FAST`).
    Fast,
    /// Through a cell: a cell variable, or a free variable of a closure (`LOAD_DEREF`).
    Deref,
    /// A free variable read in a class body: the class namespace is tried first, then
    /// the cell (`LOAD_CLASSDEREF`). Stores and deletes use `Deref`.
    ClassDeref,
    /// The module's globals, then builtins (`LOAD_GLOBAL`).
    Global,
    /// The current namespace dict, then globals, then builtins (`LOAD_NAME`): module
    /// and class bodies.
    Name,
}

impl Scope {
    /// `name` as this scope's tables store it: private names are mangled inside a class.
    pub fn mangled(&self, name: &str) -> String {
        mangle(self.private.as_deref(), name)
    }

    /// How a read of `name` (as written in the source) in this scope is compiled.
    pub fn load_access(&self, name: &str) -> NameAccess {
        match self.store_access(name) {
            NameAccess::Deref if self.kind == ScopeKind::Class => NameAccess::ClassDeref,
            access => access,
        }
    }

    /// How an assignment or `del` of `name` (as written) in this scope is compiled.
    pub fn store_access(&self, name: &str) -> NameAccess {
        let scope = self.lookup(&self.mangled(name)).map(|symbol| symbol.scope);
        let function = self.kind.is_function_like();
        match scope {
            Some(SymbolScope::Free | SymbolScope::Cell) => NameAccess::Deref,
            Some(SymbolScope::Local) if function => NameAccess::Fast,
            Some(SymbolScope::GlobalImplicit) if function => NameAccess::Global,
            Some(SymbolScope::GlobalExplicit) => NameAccess::Global,
            _ => NameAccess::Name,
        }
    }
}
