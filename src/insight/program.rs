//! A parsed and resolved program with its [`Facts`]: what every check reads, and the
//! questions they share ("which enclosing function binds this name?").

use super::diagnostic::Edit;
use super::edits::{add_parameter, insert_statement};
use super::events::{Escape, Event, Facts, ScopeFacts, Sink};
use super::walk;
use crate::scope::{Scope, ScopeId, ScopeKind, Symbol, SymbolFlags, SymbolScope, SymbolTable};
use crate::syntax::ast::Module;
use crate::syntax::{LineIndex, Span};
use std::collections::HashMap;

pub struct Program<'a> {
    pub source: &'a str,
    pub table: &'a SymbolTable,
    pub lines: LineIndex,
    pub facts: Facts,
    /// Each scope's symbols by name, so that checks stay linear in long functions.
    symbols: Vec<HashMap<&'a str, &'a Symbol>>,
    /// Each scope's events by name, as indices into its events.
    named_events: Vec<HashMap<String, Vec<usize>>>,
}

/// Where a name that a function treats as local is bound further out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OuterBinding {
    /// An enclosing function: `nonlocal` reaches it.
    Function(ScopeId),
    /// The module: only `global` reaches it.
    Module,
}

impl<'a> Program<'a> {
    pub fn new(source: &'a str, module: &Module, table: &'a SymbolTable) -> Self {
        let facts = walk::collect(module, table, source);
        let symbols = table
            .scopes
            .iter()
            .map(|scope| scope.symbols.iter().map(|s| (s.name.as_str(), s)).collect())
            .collect();
        let named_events = facts.scopes.iter().map(index_by_name).collect();
        Program {
            source,
            table,
            lines: LineIndex::new(source),
            facts,
            symbols,
            named_events,
        }
    }

    /// The symbol `name` of `scope`, as `Scope::lookup` finds it, in constant time.
    pub fn symbol(&self, scope: ScopeId, name: &str) -> Option<&'a Symbol> {
        self.symbols.get(scope.index())?.get(name).copied()
    }

    /// The events of `scope` about `name`, in order.
    pub fn events_named<'p>(
        &'p self,
        scope: ScopeId,
        name: &str,
    ) -> impl Iterator<Item = &'p Event> + 'p {
        let indices = self
            .named_events
            .get(scope.index())
            .and_then(|by_name| by_name.get(name));
        let events = self.events(scope);
        indices
            .into_iter()
            .flatten()
            .filter_map(move |index| events.get(*index))
    }

    pub fn scope(&self, id: ScopeId) -> Option<&'a Scope> {
        self.table.scope(id)
    }

    pub fn facts_of(&self, id: ScopeId) -> Option<&ScopeFacts> {
        self.facts.of(id)
    }

    pub fn events(&self, id: ScopeId) -> &[Event] {
        self.facts
            .of(id)
            .map_or(&[], |facts| facts.events.as_slice())
    }

    pub fn scope_ids(&self) -> impl Iterator<Item = ScopeId> {
        (0..self.table.scopes.len() as u32).map(ScopeId)
    }

    /// The first scope whose `__qualname__` is `qualname`, as a run-time frame names it.
    pub fn scope_by_qualname(&self, qualname: &str) -> Option<ScopeId> {
        self.scope_ids()
            .find(|id| self.scope(*id).is_some_and(|s| s.qualname == qualname))
    }

    pub fn line(&self, span: Span) -> u32 {
        self.lines.line_of(span.start as usize)
    }

    /// The first read or write of `name` among the scope's own events.
    pub fn first_access(&self, scope: ScopeId, name: &str) -> Option<&Event> {
        self.events_named(scope, name)
            .find(|event| event.is_read() || event.is_write())
    }

    /// The nearest enclosing scope that binds `name`, skipping class bodies, which are
    /// not enclosing scopes for the functions inside them. A `global` declaration on
    /// the way sends the name to the module.
    pub fn outer_binding(&self, scope: ScopeId, name: &str) -> Option<OuterBinding> {
        let mut current = self.scope(scope)?.parent;
        while let Some(id) = current {
            let outer = self.scope(id)?;
            let symbol = self.symbol(id, name);
            match outer.kind {
                ScopeKind::Class => {}
                ScopeKind::Module => {
                    return symbol
                        .filter(|symbol| symbol.flags.intersects(SymbolFlags::BOUND))
                        .map(|_| OuterBinding::Module)
                        .or_else(|| self.declared_global_anywhere(name));
                }
                _ => match symbol.map(|symbol| (symbol.scope, symbol.flags)) {
                    Some((SymbolScope::GlobalExplicit, _)) => return Some(OuterBinding::Module),
                    Some((SymbolScope::Local | SymbolScope::Cell, flags))
                        if flags.intersects(SymbolFlags::BOUND) =>
                    {
                        return Some(OuterBinding::Function(id))
                    }
                    Some((SymbolScope::Free, flags))
                        if flags.intersects(SymbolFlags::DECLARED_NONLOCAL) =>
                    {
                        return Some(OuterBinding::Function(id))
                    }
                    _ => {}
                },
            }
            current = outer.parent;
        }
        None
    }

    fn declared_global_anywhere(&self, name: &str) -> Option<OuterBinding> {
        let binds = self.table.scopes.iter().any(|scope| {
            scope.lookup(name).is_some_and(|symbol| {
                symbol.scope == SymbolScope::GlobalExplicit
                    && symbol.flags.intersects(SymbolFlags::BOUND)
            })
        });
        binds.then_some(OuterBinding::Module)
    }

    /// How a sentence names the function of a scope: "`inc`", or "the lambda".
    pub fn function_phrase(&self, scope: ScopeId) -> String {
        match self.scope(scope) {
            Some(scope) if scope.kind == ScopeKind::Lambda => "the lambda".to_string(),
            Some(scope) if scope.name == "<genexpr>" => "the generator expression".to_string(),
            Some(scope) => format!("`{}`", scope.name),
            None => "the function".to_string(),
        }
    }

    /// True for a generator expression, the only comprehension whose body runs later
    /// (when it is consumed).
    pub fn is_generator(&self, scope: ScopeId) -> bool {
        self.scope(scope)
            .is_some_and(|s| s.kind == ScopeKind::Comprehension && s.name == "<genexpr>")
    }

    /// A generator expression handed to `list(…)`, `extend(…)` and the like runs to the
    /// end at once, so it reads the variables it captures there and then.
    pub fn consumed_at_once(&self, scope: ScopeId, sink: &Sink) -> bool {
        self.is_generator(scope) && *sink == Sink::Escapes(Escape::Collected)
    }

    /// True for a name the scope treats as its own local variable because it binds
    /// it, not as a parameter and not through a declaration.
    pub fn is_assigned_local(&self, scope: ScopeId, name: &str) -> bool {
        self.symbol(scope, name).is_some_and(|symbol| {
            matches!(symbol.scope, SymbolScope::Local | SymbolScope::Cell)
                && symbol.flags.intersects(SymbolFlags::BOUND)
                && !symbol.flags.intersects(SymbolFlags::PARAMETER)
        })
    }

    /// The edit that adds `parameter` (such as `i=i`) to the function of `scope`, when
    /// its parameter list has room for it.
    pub fn add_parameter_edit(&self, scope: ScopeId, parameter: &str) -> Vec<Edit> {
        let is_lambda = self
            .scope(scope)
            .is_some_and(|s| s.kind == ScopeKind::Lambda);
        self.facts_of(scope)
            .and_then(|facts| facts.param_insert)
            .map(|at| add_parameter(at, parameter, is_lambda))
            .into_iter()
            .collect()
    }

    /// The edit that makes `statement` the first statement of the function of
    /// `scope`, after its docstring.
    pub fn first_statement_edit(&self, scope: ScopeId, statement: &str) -> Vec<Edit> {
        self.facts_of(scope)
            .and_then(|facts| facts.body_start)
            .and_then(|start| insert_statement(self.source, start, statement))
            .into_iter()
            .collect()
    }
}

fn index_by_name(facts: &ScopeFacts) -> HashMap<String, Vec<usize>> {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, event) in facts.events.iter().enumerate() {
        by_name.entry(event.name.clone()).or_default().push(index);
    }
    by_name
}
