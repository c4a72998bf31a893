//! `class` statements: the body compiles to a function run once with the new class's
//! namespace (CPython's `__build_class__`).

use super::function::{docstring_of, Body};
use super::{Compiled, Compiler};
use crate::runtime::code::{Instr, CLASS_KEYWORDS};
use crate::scope::ScopeKind;
use crate::syntax::ast::{ClassDef, Stmt};
use crate::syntax::Span;

impl<'a> Compiler<'a> {
    /// `class Name(bases): body`: the body runs once, as a function whose names live
    /// in the new class's namespace (CPython's `__build_class__`).
    pub(super) fn compile_class_def(&mut self, class: &ClassDef, span: Span) -> Compiled {
        for decorator in &class.decorator_list {
            self.compile_expr(decorator)?;
        }
        let first_line = class
            .decorator_list
            .first()
            .map_or(span.start, |d| d.span.start);
        let firstlineno = self.lines.line_of(first_line as usize);
        let saved = self.enter(Span::new(class.name.span.start as usize, span.end as usize));
        let scope = self.table.scope_of(span, ScopeKind::Class);
        let outer_private = self.private.replace(class.name.name.clone());
        let flags = self.compile_code(
            scope,
            &class.name.name,
            Body::Class(&class.body),
            firstlineno,
            span,
        );
        self.private = outer_private;
        self.emit(Instr::MakeFunction(flags?));
        self.load_str(&class.name.name);
        for base in &class.bases {
            self.compile_expr(base)?;
        }
        let keywords = self.compile_class_keywords(class)?;
        self.emit(Instr::BuildClass(class.bases.len() as u32 | keywords));
        self.emit(Instr::FinishClass);
        self.emit(Instr::StoreClassCell);
        for decorator in class.decorator_list.iter().rev() {
            let at_class = self.enter(decorator.span);
            self.emit(Instr::Call(1));
            self.leave(at_class);
        }
        self.store_name(&class.name.name);
        self.leave(saved);
        Ok(())
    }

    /// `class A(Base, metaclass=Meta, flag=True)`: the keywords go to the metaclass
    /// and `__init_subclass__` as one dict; returns the operand bit that says so.
    fn compile_class_keywords(&mut self, class: &ClassDef) -> Result<u32, crate::syntax::SyntaxError> {
        if class.keywords.is_empty() {
            return Ok(0);
        }
        for keyword in &class.keywords {
            let Some(name) = &keyword.arg else {
                self.emit_unsupported("class keyword arguments unpacked with **");
                return Ok(0);
            };
            self.load_str(&name.name);
            self.compile_expr(&keyword.value)?;
        }
        self.emit(Instr::BuildMap(class.keywords.len() as u32));
        Ok(CLASS_KEYWORDS)
    }

    /// A class body sets `__module__`, `__qualname__` and `__doc__`, runs its
    /// statements, and returns the `__class__` cell when methods use `super()`.
    pub(super) fn compile_class_body(&mut self, statements: &[Stmt]) -> Compiled {
        // CPython gives the body's opening stores the line of the code object's
        // first line, which for a decorated class is the first decorator's.
        let outer_position = self.unit.position;
        self.unit.position.line = self.unit.code.firstlineno;
        self.load_name("__name__");
        self.store_name("__module__");
        let qualname = self.unit.code.qualname.clone();
        self.load_str(&qualname);
        self.store_name("__qualname__");
        if statements.iter().any(has_annotation) {
            // SETUP_ANNOTATIONS: a class body with `name: type` gets `__annotations__`.
            self.emit(Instr::BuildMap(0));
            self.store_name("__annotations__");
        }
        self.unit.position = outer_position;
        let rest = match statements.split_first() {
            Some((first, rest)) if docstring_of(first).is_some() => {
                let saved = self.enter(first.span);
                self.load_str(docstring_of(first).unwrap_or_default());
                self.store_name("__doc__");
                self.leave(saved);
                rest
            }
            _ => statements,
        };
        self.compile_body(rest)?;
        let saved = self.unit.position;
        self.unit.position.line = 0;
        match self
            .unit
            .code
            .cellvars
            .iter()
            .position(|c| &**c == "__class__")
        {
            Some(index) => {
                self.emit(Instr::LoadClosure(index as u32));
            }
            None => self.load_constant(crate::runtime::value::Value::None),
        }
        self.emit(Instr::ReturnValue);
        self.unit.position = saved;
        Ok(())
    }
}

/// CPython's `find_ann`: whether a simple `name: type` annotation appears in these
/// statements, looking into compound statements but not into nested defs or classes.
fn has_annotation(statement: &Stmt) -> bool {
    use crate::syntax::ast::StmtKind;
    match &statement.kind {
        StmtKind::AnnAssign { simple, .. } => *simple,
        StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => false,
        kind => kind
            .nested_blocks()
            .iter()
            .any(|body| body.iter().any(has_annotation)),
    }
}
