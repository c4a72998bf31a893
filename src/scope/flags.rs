//! What a scope's own code does with a name, before resolution: CPython's `DEF_*` bits
//! from `symtable.c`, under names a reader of the scope table understands.

/// A set of facts about one name in one scope, as CPython's symtable records them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SymbolFlags(u16);

impl SymbolFlags {
    /// `global x` (DEF_GLOBAL).
    pub const DECLARED_GLOBAL: SymbolFlags = SymbolFlags(1);
    /// Bound by assignment, `del`, `for`, `with`, `except`, `def`, `class` (DEF_LOCAL).
    pub const ASSIGNED: SymbolFlags = SymbolFlags(2);
    /// A formal parameter (DEF_PARAM).
    pub const PARAMETER: SymbolFlags = SymbolFlags(4);
    /// `nonlocal x`, or a walrus target seen from a comprehension (DEF_NONLOCAL).
    pub const DECLARED_NONLOCAL: SymbolFlags = SymbolFlags(8);
    /// Read somewhere in the scope (USE).
    pub const REFERENCED: SymbolFlags = SymbolFlags(16);
    /// Bound in a class body and also free in one of its methods (DEF_FREE_CLASS).
    pub const FREE_CLASS: SymbolFlags = SymbolFlags(64);
    /// Bound by `import` (DEF_IMPORT).
    pub const IMPORTED: SymbolFlags = SymbolFlags(128);
    /// The target of an annotated assignment (DEF_ANNOT).
    pub const ANNOTATED: SymbolFlags = SymbolFlags(256);
    /// An iteration variable of a comprehension (DEF_COMP_ITER).
    pub const COMP_ITER: SymbolFlags = SymbolFlags(512);
    /// Any of the ways a name becomes local to a scope (DEF_BOUND).
    pub const BOUND: SymbolFlags = SymbolFlags(2 | 4 | 128);

    /// Every flag with the name the scope dump prints for it, in bit order.
    pub const NAMED: [(SymbolFlags, &'static str); 9] = [
        (Self::DECLARED_GLOBAL, "declared_global"),
        (Self::ASSIGNED, "assigned"),
        (Self::PARAMETER, "parameter"),
        (Self::DECLARED_NONLOCAL, "declared_nonlocal"),
        (Self::REFERENCED, "referenced"),
        (Self::FREE_CLASS, "free_class"),
        (Self::IMPORTED, "imported"),
        (Self::ANNOTATED, "annotated"),
        (Self::COMP_ITER, "comp_iter"),
    ];

    pub const fn empty() -> Self {
        SymbolFlags(0)
    }

    /// True when any bit of `other` is set in `self`.
    pub fn intersects(self, other: SymbolFlags) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn insert(&mut self, other: SymbolFlags) {
        self.0 |= other.0;
    }

    /// The names of the flags that are set, as the dump prints them.
    pub fn names(self) -> Vec<&'static str> {
        Self::NAMED
            .iter()
            .filter(|(flag, _)| self.intersects(*flag))
            .map(|(_, name)| *name)
            .collect()
    }
}

/// Serialized as the names of the flags that are set, as `["assigned", "referenced"]`.
impl serde::Serialize for SymbolFlags {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.names())
    }
}

impl std::ops::BitOr for SymbolFlags {
    type Output = SymbolFlags;
    fn bitor(self, other: SymbolFlags) -> SymbolFlags {
        SymbolFlags(self.0 | other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bound_covers_assignment_parameters_and_imports() {
        assert!(SymbolFlags::ASSIGNED.intersects(SymbolFlags::BOUND));
        assert!(SymbolFlags::IMPORTED.intersects(SymbolFlags::BOUND));
        assert!(!SymbolFlags::REFERENCED.intersects(SymbolFlags::BOUND));
    }

    #[test]
    fn names_follow_bit_order() {
        let flags = SymbolFlags::REFERENCED | SymbolFlags::ASSIGNED;
        assert_eq!(flags.names(), vec!["assigned", "referenced"]);
    }
}
