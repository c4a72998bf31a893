//! The result of scope analysis: one [`Scope`] per code object CPython would create,
//! and one [`Symbol`] per name each scope mentions. They serialize as JSON for a scope
//! table: scopes and kinds in snake_case, flags as a list of their names.

use super::builtins::is_builtin_name;
use super::flags::SymbolFlags;
use crate::syntax::Span;
use serde::Serialize;
use std::collections::HashMap;

/// Where a name lives at run time, CPython's symtable `scope` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SymbolScope {
    /// A fast local of a function, or a name in a module's or class's namespace.
    Local,
    /// A local that an inner scope captures: it lives in a cell.
    Cell,
    /// A name bound in an enclosing function, reached through a cell.
    Free,
    /// Declared with `global`.
    GlobalExplicit,
    /// Not bound in any enclosing function: looked up in globals, then builtins.
    GlobalImplicit,
}

impl SymbolScope {
    /// The name the scope dump prints, the same as Python's symtable constants.
    pub fn label(self) -> &'static str {
        match self {
            SymbolScope::Local => "local",
            SymbolScope::Cell => "cell",
            SymbolScope::Free => "free",
            SymbolScope::GlobalExplicit => "global_explicit",
            SymbolScope::GlobalImplicit => "global_implicit",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize)]
pub struct ScopeId(pub u32);

impl ScopeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    Class,
}

impl ScopeKind {
    /// The block type Python's symtable module reports: lambdas and comprehensions are
    /// function blocks.
    pub fn symtable_type(self) -> &'static str {
        match self {
            ScopeKind::Module => "module",
            ScopeKind::Class => "class",
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension => "function",
        }
    }

    /// Function, lambda and comprehension scopes keep their locals in fast slots and
    /// can own cells; module and class bodies keep theirs in a namespace dict.
    pub fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Symbol {
    pub name: String,
    pub scope: SymbolScope,
    pub flags: SymbolFlags,
    /// Where the scope first mentions the name; for a name that only passes through
    /// this scope on its way to an inner one, the scope's own span.
    pub first_span: Span,
    /// Where the scope first binds the name, if it does.
    pub binding_span: Option<Span>,
}

impl Symbol {
    /// A name this scope never mentions itself, added because an inner scope reads it
    /// from further out (CPython's `update_symbols` propagates it as free).
    pub fn is_pass_through(&self) -> bool {
        self.flags.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The code object's `co_name`: `<module>`, `f`, `<lambda>`, `<listcomp>`, ...
    pub name: String,
    /// CPython's `__qualname__`.
    pub qualname: String,
    pub span: Span,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    pub symbols: Vec<Symbol>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    pub is_generator: bool,
    /// An `async def`, or a comprehension that awaits (CPython's `ste_coroutine`).
    pub is_coroutine: bool,
    /// Defined inside a function (CPython's `ste_nested`).
    pub is_nested: bool,
    pub needs_class_cell: bool,
    /// False for a scope the compiler never turns into a code object: one inside the
    /// annotation of a function's local variable, which is never evaluated, or after a
    /// `return`, `raise`, `break` or `continue` in the same block, which is unreachable.
    /// (CPython also drops code after `if`/`else` branches that both return, and the
    /// like; those scopes still say true here.)
    pub has_code: bool,
    /// The class name that private names (`__x`) are mangled with inside this scope:
    /// its own name for a class body, the enclosing class's for a method.
    pub private: Option<String>,
}

impl Scope {
    pub fn new(kind: ScopeKind, name: &str, span: Span, parent: Option<ScopeId>) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            qualname: name.to_string(),
            span,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            has_varargs: false,
            has_varkeywords: false,
            is_generator: false,
            is_coroutine: false,
            is_nested: false,
            needs_class_cell: false,
            has_code: true,
            private: None,
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.symbols.iter().find(|symbol| symbol.name == name)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SymbolTable {
    /// `scopes[0]` is the module.
    pub scopes: Vec<Scope>,
    /// Each scope by the span and kind of the node that created it.
    #[serde(skip)]
    by_node: HashMap<(Span, ScopeKind), ScopeId>,
}

impl SymbolTable {
    pub fn new(scopes: Vec<Scope>) -> Self {
        let by_node = scopes
            .iter()
            .enumerate()
            .rev()
            .map(|(index, scope)| ((scope.span, scope.kind), ScopeId(index as u32)))
            .collect();
        SymbolTable { scopes, by_node }
    }

    pub fn scope(&self, id: ScopeId) -> Option<&Scope> {
        self.scopes.get(id.index())
    }

    pub fn module(&self) -> Option<&Scope> {
        self.scopes.first()
    }

    /// The scope that the `def`, `lambda`, comprehension or `class` node at `span`
    /// created. The kind tells apart a lambda and a generator expression that start at
    /// the same offset.
    pub fn scope_of(&self, span: Span, kind: ScopeKind) -> Option<ScopeId> {
        self.by_node.get(&(span, kind)).copied()
    }

    /// True when `name`, read in `scope`, finds nothing in the module's globals at run
    /// time and so falls through to builtins. The symtable still calls it
    /// global_implicit; this is what lets a scope table say "builtin".
    pub fn is_builtin(&self, scope: ScopeId, name: &str) -> bool {
        let Some(symbol) = self.scope(scope).and_then(|s| s.lookup(name)) else {
            return false;
        };
        let global = matches!(
            symbol.scope,
            SymbolScope::GlobalImplicit | SymbolScope::GlobalExplicit
        );
        global && is_builtin_name(name) && !self.is_bound_globally(name)
    }

    /// A module-level binding, or a `global` declaration that binds the name anywhere.
    fn is_bound_globally(&self, name: &str) -> bool {
        self.scopes.iter().enumerate().any(|(index, scope)| {
            scope.lookup(name).is_some_and(|symbol| {
                let bound = symbol.flags.intersects(SymbolFlags::BOUND);
                let declared = symbol.flags.intersects(SymbolFlags::DECLARED_GLOBAL);
                bound && (index == 0 || declared)
            })
        })
    }
}
