//! A scope while it is being built: its table entry, the bookkeeping that only the
//! building pass needs, and its child scopes in the order the pass entered them.

use super::flags::SymbolFlags;
use super::table::{Scope, Symbol, SymbolScope};
use crate::syntax::{Span, SyntaxError};
use std::collections::HashMap;

pub(super) struct Node {
    pub scope: Scope,
    /// Where each symbol sits in `scope.symbols`.
    pub index: HashMap<String, usize>,
    /// The `global`/`nonlocal` statement (or walrus) behind each declared name, where
    /// CPython reports errors about the declaration.
    pub directives: HashMap<String, Span>,
    /// Visiting the target of a comprehension's `for` (CPython's `ste_comp_iter_target`).
    pub comp_iter_target: bool,
    /// Depth of comprehension iterables being visited (CPython's `ste_comp_iter_expr`).
    pub comp_iter_expr: u32,
    pub children: Vec<Node>,
}

impl Node {
    pub fn new(scope: Scope) -> Self {
        Node {
            scope,
            index: HashMap::new(),
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
            children: Vec::new(),
        }
    }

    pub fn flags_of(&self, name: &str) -> SymbolFlags {
        self.symbol(name)
            .map(|symbol| symbol.flags)
            .unwrap_or_default()
    }

    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index
            .get(name)
            .and_then(|&i| self.scope.symbols.get(i))
    }

    /// CPython's `symtable_add_def_helper` for an already mangled name: records `flag`,
    /// rejecting a repeated parameter and a comprehension target that rebinds a walrus
    /// target.
    pub fn add_def(
        &mut self,
        name: &str,
        flag: SymbolFlags,
        span: Span,
    ) -> Result<(), SyntaxError> {
        let mut flags = self.flags_of(name);
        let both_parameters =
            flag.intersects(SymbolFlags::PARAMETER) && flags.intersects(SymbolFlags::PARAMETER);
        if both_parameters {
            return Err(SyntaxError::syntax(
                format!("duplicate argument '{name}' in function definition"),
                span,
            ));
        }
        flags.insert(flag);
        if self.comp_iter_target {
            if flags.intersects(SymbolFlags::DECLARED_GLOBAL | SymbolFlags::DECLARED_NONLOCAL) {
                let message = format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                );
                return Err(SyntaxError::syntax(message, span));
            }
            flags.insert(SymbolFlags::COMP_ITER);
        }
        self.set_flags(name, flags, span);
        if flag.intersects(SymbolFlags::PARAMETER) {
            self.scope.varnames.push(name.to_string());
        }
        Ok(())
    }

    /// Stores `flags` for `name`, remembering where it was first seen and first bound.
    fn set_flags(&mut self, name: &str, flags: SymbolFlags, span: Span) {
        let binds = flags.intersects(SymbolFlags::BOUND);
        if let Some(symbol) = self
            .index
            .get(name)
            .and_then(|&i| self.scope.symbols.get_mut(i))
        {
            symbol.flags = flags;
            if binds && symbol.binding_span.is_none() {
                symbol.binding_span = Some(span);
            }
            return;
        }
        self.index
            .insert(name.to_string(), self.scope.symbols.len());
        self.scope.symbols.push(Symbol {
            name: name.to_string(),
            scope: SymbolScope::Local,
            flags,
            first_span: span,
            binding_span: binds.then_some(span),
        });
    }

    /// Adds a name this scope never mentions, which an inner scope reads from further
    /// out (the free symbols CPython's `update_symbols` propagates).
    pub fn add_pass_through(&mut self, name: &str) {
        let span = self.scope.span;
        self.set_flags(name, SymbolFlags::empty(), span);
        if let Some(symbol) = self
            .index
            .get(name)
            .and_then(|&i| self.scope.symbols.get_mut(i))
        {
            symbol.scope = SymbolScope::Free;
        }
    }
}
