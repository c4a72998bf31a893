//! Scope analysis with CPython symtable rules.
