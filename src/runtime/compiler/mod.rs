//! The compiler: AST plus symbol table in, code objects out.
//!
//! Names are resolved here, once: a function's locals become fast slots, its cell and
//! free variables become cell slots, and everything else a global-then-builtins lookup
//! (CPython's LOAD_FAST, LOAD_DEREF and LOAD_GLOBAL). Nested functions, lambdas and
//! comprehensions become code objects stored as constants of their parent.

mod annotation_text;
mod async_code;
mod builder;
mod calls;
mod class;
mod expr;
mod function;
mod future;
mod handlers;
mod lookup_patterns;
mod match_statement;
mod patterns;
mod stmt;
mod targets;
mod warnings;
mod constant_folding;
mod dynamic;
mod except_star;
mod with_statement;

pub use dynamic::{compile_dynamic, CompileMode};

use crate::runtime::code::{CodeFlags, CodeObject, Instr, Position};
use crate::runtime::heap::Heap;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::scope::{ScopeId, SymbolScope, SymbolTable};
use crate::syntax::ast::Module;
use crate::syntax::{LineIndex, Span, SyntaxError};
use builder::CodeBuilder;
use std::rc::Rc;

/// Where a name is read and written, decided at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameSlot {
    Fast(u32),
    Deref(u32),
    Global(u32),
    /// A class body's own names (LOAD_NAME): namespace, globals, builtins.
    Namespace(u32),
}

pub struct Compiler<'a> {
    heap: &'a mut Heap,
    table: &'a SymbolTable,
    lines: LineIndex,
    filename: Rc<str>,
    unit: CodeBuilder,
    scope: ScopeId,
    /// SyntaxWarning text, as CPython prints it to stderr before the program runs.
    warnings: String,
    /// The innermost enclosing class's name, for private name mangling.
    private: Option<String>,
    /// Whether every code object made is library code (`CodeFlags::library`).
    library: bool,
    /// The program's text, for annotations kept as text.
    source: &'a str,
    future: future::FutureFeatures,
    /// Code for `compile`, `exec` and `eval` (`CodeFlags::compiled_at_run_time`): the
    /// module's own names are read and bound through the frame's locals mapping
    /// (CPython's LOAD_NAME and STORE_NAME at module level), which may be another dict
    /// than the globals.
    compiled_at_run_time: bool,
    /// `compile(..., "single")`: expression statements at module level print their
    /// value's repr, as the REPL does (CPython's PRINT_EXPR).
    interactive: bool,
}

type Compiled = Result<(), SyntaxError>;

/// A compiled module and the warnings compiling it produced.
pub struct CompiledModule {
    pub code: Rc<CodeObject>,
    /// SyntaxWarning lines for stderr, empty when there are none.
    pub warnings: String,
}

/// Compiles a module. Constants (strs, big ints, nested code objects) are allocated on
/// `heap`; the caller keeps them alive for the run.
pub fn compile_module(
    module: &Module,
    table: &SymbolTable,
    source: &str,
    filename: &str,
    heap: &mut Heap,
) -> Result<CompiledModule, SyntaxError> {
    compile_module_as(module, table, source, filename, heap, false)
}

/// [`compile_module`] for a module of the interpreter's own library when `library` is
/// set: its code objects are flagged so that its frames stay out of the learner's view.
pub fn compile_module_as(
    module: &Module,
    table: &SymbolTable,
    source: &str,
    filename: &str,
    heap: &mut Heap,
    library: bool,
) -> Result<CompiledModule, SyntaxError> {
    let mut compiler =
        Compiler::for_module(heap, table, source, filename, library, false, &module.body)?;
    compiler.warn_numbers_before_keywords();
    compiler.compile_module_body(&module.body)?;
    compiler.emit_implicit_return();
    let warnings = std::mem::take(&mut compiler.warnings);
    Ok(CompiledModule {
        code: Rc::new(compiler.unit.finish()),
        warnings,
    })
}

impl<'a> Compiler<'a> {
    /// A compiler for the module code of `source`, its `<module>` unit started.
    fn for_module(
        heap: &'a mut Heap,
        table: &'a SymbolTable,
        source: &'a str,
        filename: &str,
        library: bool,
        compiled_at_run_time: bool,
        body: &[crate::syntax::ast::Stmt],
    ) -> Result<Self, SyntaxError> {
        let filename: Rc<str> = filename.into();
        let flags = CodeFlags {
            module: true,
            library,
            compiled_at_run_time,
            ..CodeFlags::default()
        };
        let unit = CodeBuilder::new("<module>", "<module>", filename.clone(), 1, flags);
        let future = future::future_features(body)?;
        Ok(Compiler {
            heap,
            table,
            lines: LineIndex::new(source),
            filename,
            unit,
            scope: ScopeId(0),
            warnings: String::new(),
            private: None,
            library,
            source,
            future,
            compiled_at_run_time,
            interactive: false,
        })
    }

    /// A module's docstring becomes its `__doc__`.
    fn compile_module_body(&mut self, body: &[crate::syntax::ast::Stmt]) -> Compiled {
        match body.split_first() {
            Some((first, rest)) if function::docstring_of(first).is_some() => {
                let saved = self.enter(first.span);
                self.load_str(function::docstring_of(first).unwrap_or_default());
                self.store_name("__doc__");
                self.leave(saved);
                self.compile_body(rest)
            }
            _ => self.compile_body(body),
        }
    }

    /// Makes `span` the position of the instructions emitted next; returns the old one.
    fn enter(&mut self, span: Span) -> Position {
        let saved = self.unit.position;
        self.unit.set_position(&self.lines, span);
        saved
    }

    fn leave(&mut self, saved: Position) {
        self.unit.position = saved;
    }

    fn emit(&mut self, instr: Instr) -> usize {
        self.unit.emit(instr)
    }

    fn emit_implicit_return(&mut self) {
        let none = self.unit.constant(Value::None);
        self.unit.emit_lineless(Instr::LoadConst(none));
        self.unit.emit_lineless(Instr::ReturnValue);
    }

    fn load_constant(&mut self, value: Value) {
        let index = self.unit.constant(value);
        self.emit(Instr::LoadConst(index));
    }

    /// An annotation's value: the expression, or under `from __future__ import
    /// annotations` its text (PEP 563).
    fn compile_annotation(&mut self, annotation: &crate::syntax::ast::Expr) -> Compiled {
        if self.future.annotations {
            let text = annotation_text::annotation_text(annotation, self.source);
            self.load_str(&text);
            return Ok(());
        }
        self.compile_expr(annotation)
    }

    fn load_str(&mut self, text: &str) {
        let index = self.unit.str_constant(self.heap, text);
        self.emit(Instr::LoadConst(index));
    }

    /// Where `name` lives in the current scope, by the symbol table's verdict.
    /// `__x` inside `class C` means `_C__x` (CPython's private name mangling).
    fn mangled(&self, name: &str) -> String {
        crate::scope::mangle(self.private.as_deref(), name)
    }

    fn attribute_name(&mut self, name: &str) -> u32 {
        let mangled = self.mangled(name);
        self.unit.name(self.heap, &mangled)
    }

    fn resolve(&mut self, name: &str) -> NameSlot {
        let mangled = self.mangled(name);
        let name = mangled.as_str();
        let Some(scope) = self.table.scope(self.scope) else {
            return NameSlot::Global(self.unit.name(self.heap, name));
        };
        let is_cellvar = scope.cellvars.iter().any(|c| c == name);
        let symbol_scope = scope
            .lookup(name)
            .map(|s| s.scope)
            .or(is_cellvar.then_some(SymbolScope::Cell));
        let position = |list: &[String]| list.iter().position(|n| n == name).map(|i| i as u32);
        let slot = match symbol_scope {
            Some(SymbolScope::Cell) => position(&scope.cellvars).map(NameSlot::Deref),
            Some(SymbolScope::Free) => {
                position(&scope.freevars).map(|i| NameSlot::Deref(scope.cellvars.len() as u32 + i))
            }
            Some(SymbolScope::Local) if scope.kind.is_function_like() => {
                position(&scope.varnames).map(NameSlot::Fast)
            }
            Some(SymbolScope::GlobalExplicit) => None,
            _ if scope.kind == crate::scope::ScopeKind::Class
                || (self.compiled_at_run_time && self.scope == ScopeId(0)) =>
            {
                Some(NameSlot::Namespace(self.unit.name(self.heap, name)))
            }
            _ => None,
        };
        slot.unwrap_or_else(|| NameSlot::Global(self.unit.name(self.heap, name)))
    }

    fn load_name(&mut self, name: &str) {
        let instr = match self.resolve(name) {
            NameSlot::Fast(i) => Instr::LoadFast(i),
            NameSlot::Deref(i) => Instr::LoadDeref(i),
            NameSlot::Global(i) => Instr::LoadGlobal(i),
            NameSlot::Namespace(i) => Instr::LoadName(i),
        };
        self.emit(instr);
    }

    fn store_name(&mut self, name: &str) {
        let instr = match self.resolve(name) {
            NameSlot::Fast(i) => Instr::StoreFast(i),
            NameSlot::Deref(i) => Instr::StoreDeref(i),
            NameSlot::Global(i) => Instr::StoreGlobal(i),
            NameSlot::Namespace(i) => Instr::StoreName(i),
        };
        self.emit(instr);
    }

    fn delete_name(&mut self, name: &str) {
        let instr = match self.resolve(name) {
            NameSlot::Fast(i) => Instr::DeleteFast(i),
            NameSlot::Deref(i) => Instr::DeleteDeref(i),
            NameSlot::Global(i) => Instr::DeleteGlobal(i),
            NameSlot::Namespace(i) => Instr::DeleteName(i),
        };
        self.emit(instr);
    }

    /// A construct the interpreter parses but cannot run yet: raises
    /// NotImplementedError naming it when reached.
    fn emit_unsupported(&mut self, feature: &str) {
        let index = self.unit.str_constant(self.heap, feature);
        self.emit(Instr::Unsupported(index));
    }

    fn store_code_constant(&mut self, code: CodeObject) -> u32 {
        let value = Value::Obj(self.heap.alloc(Object::Code(Rc::new(code))));
        self.unit.constant(value)
    }

    fn syntax_error(&self, message: &str, span: Span) -> SyntaxError {
        SyntaxError::syntax(message, span)
    }
}

#[cfg(test)]
mod tests;
