//! `def`, `lambda` and comprehensions: each body becomes a code object of its own;
//! the enclosing code evaluates defaults once, gathers the cells the new function
//! closes over into its closure tuple, and makes the function (MAKE_FUNCTION).

use super::builder::CodeBuilder;
use super::{Compiled, Compiler};
use crate::runtime::code::{CodeFlags, Instr};
use crate::scope::{ScopeId, ScopeKind};
use crate::syntax::ast::{
    Arguments, Comprehension, Constant, Expr, ExprKind, FunctionDef, Stmt, StmtKind,
};
use crate::syntax::Span;

/// What the body of a new code object is.
pub(super) enum Body<'b> {
    Statements(&'b [Stmt]),
    Class(&'b [Stmt]),
    Expression(&'b Expr),
    Comprehension(&'b Expr),
}

/// MAKE_FUNCTION flag bits.
const HAS_DEFAULTS: u32 = 1;
const HAS_KWDEFAULTS: u32 = 2;
const HAS_ANNOTATIONS: u32 = 4;
const HAS_CLOSURE: u32 = 8;

impl<'a> Compiler<'a> {
    pub(super) fn compile_function_def(&mut self, def: &FunctionDef, span: Span) -> Compiled {
        for decorator in &def.decorator_list {
            self.compile_expr(decorator)?;
        }
        let first_line = def
            .decorator_list
            .first()
            .map_or(span.start, |d| d.span.start);
        let firstlineno = self.lines.line_of(first_line as usize);
        let saved = self.enter(Span::new(def.name.span.start as usize, span.end as usize));
        let mut flags = self.compile_defaults(&def.args)?;
        flags |= self.compile_annotations(&def.args, def.returns.as_ref())?;
        let scope = self.table.scope_of(span, ScopeKind::Function);
        flags |= self.compile_code(
            scope,
            &def.name.name,
            Body::Statements(&def.body),
            firstlineno,
            span,
        )?;
        self.emit(Instr::MakeFunction(flags));
        for decorator in def.decorator_list.iter().rev() {
            let at_def = self.enter(decorator.span);
            self.emit(Instr::Call(1));
            self.leave(at_def);
        }
        self.store_name(&def.name.name);
        self.leave(saved);
        Ok(())
    }

    pub(super) fn compile_lambda(&mut self, args: &Arguments, body: &Expr, span: Span) -> Compiled {
        let mut flags = self.compile_defaults(args)?;
        let scope = self.table.scope_of(span, ScopeKind::Lambda);
        let firstlineno = self.lines.line_of(span.start as usize);
        flags |= self.compile_code(scope, "<lambda>", Body::Expression(body), firstlineno, span)?;
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    /// Comprehensions run in a function of their own that receives the iterator of the
    /// outermost iterable (evaluated in the enclosing scope) as its argument `.0`.
    pub(super) fn compile_comprehension(&mut self, expr: &Expr) -> Compiled {
        let (name, generators) = match &expr.kind {
            ExprKind::ListComp { generators, .. } => ("<listcomp>", generators),
            ExprKind::SetComp { generators, .. } => ("<setcomp>", generators),
            ExprKind::DictComp { generators, .. } => ("<dictcomp>", generators),
            ExprKind::GeneratorExp { generators, .. } => ("<genexpr>", generators),
            _ => return Ok(()),
        };
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        let scope = self.table.scope_of(expr.span, ScopeKind::Comprehension);
        let firstlineno = self.lines.line_of(expr.span.start as usize);
        let flags = self.compile_code(
            scope,
            name,
            Body::Comprehension(expr),
            firstlineno,
            expr.span,
        )?;
        self.emit(Instr::MakeFunction(flags));
        self.compile_expr(&outermost.iter)?;
        self.emit(if outermost.is_async {
            Instr::GetAIter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(1));
        // A list, set or dict comprehension that awaits is a coroutine, awaited here.
        let awaits = scope
            .and_then(|s| self.table.scope(s))
            .is_some_and(|s| s.is_coroutine);
        if awaits && name != "<genexpr>" {
            self.compile_await_top();
        }
        Ok(())
    }

    /// Positional defaults as a tuple and keyword-only defaults as a dict, evaluated
    /// now, once: the mutable-default pitfall is this line.
    fn compile_defaults(&mut self, args: &Arguments) -> Result<u32, crate::syntax::SyntaxError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            args.defaults
                .iter()
                .try_for_each(|d| self.compile_expr(d))?;
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= HAS_DEFAULTS;
        }
        let kwdefaults: Vec<(&str, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a.arg.name.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (name, default) in &kwdefaults {
                self.load_str(name);
                self.compile_expr(default)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= HAS_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// `__annotations__`: each annotated parameter's annotation, then the return
    /// annotation, evaluated when the `def` runs (or their text, under PEP 563).
    fn compile_annotations(
        &mut self,
        args: &Arguments,
        returns: Option<&Expr>,
    ) -> Result<u32, crate::syntax::SyntaxError> {
        let parameters = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        let mut annotated: Vec<(&str, &Expr)> = parameters
            .filter_map(|arg| arg.annotation.as_ref().map(|a| (arg.arg.name.as_str(), a)))
            .collect();
        annotated.extend(returns.map(|annotation| ("return", annotation)));
        if annotated.is_empty() {
            return Ok(0);
        }
        for (name, annotation) in &annotated {
            self.load_str(name);
            self.compile_annotation(annotation)?;
        }
        self.emit(Instr::BuildMap(annotated.len() as u32));
        Ok(HAS_ANNOTATIONS)
    }

    /// Compiles a nested code object, then emits what MAKE_FUNCTION needs from the
    /// enclosing code: the closure tuple and the code constant. Returns flag bits.
    pub(super) fn compile_code(
        &mut self,
        scope: Option<ScopeId>,
        name: &str,
        body: Body,
        firstlineno: u32,
        span: Span,
    ) -> Result<u32, crate::syntax::SyntaxError> {
        let Some(scope_id) = scope else {
            return Err(self.syntax_error("internal error: no scope for this definition", span));
        };
        let Some(info) = self.table.scope(scope_id) else {
            return Err(self.syntax_error("internal error: unknown scope", span));
        };
        let flags = CodeFlags {
            varargs: info.has_varargs,
            varkeywords: info.has_varkeywords,
            generator: info.is_generator || info.is_coroutine || name == "<genexpr>",
            coroutine: info.is_coroutine,
            async_generator: info.is_coroutine && (info.is_generator || name == "<genexpr>"),
            comprehension: info.kind == ScopeKind::Comprehension,
            module: false,
            library: self.library,
            compiled_at_run_time: self.compiled_at_run_time,
            returns_expression: false,
        };
        let mut unit = CodeBuilder::new(
            name,
            &info.qualname,
            self.filename.clone(),
            firstlineno,
            flags,
        );
        fill_signature(&mut unit, info);
        let freevars = info.freevars.clone();
        let outer_unit = std::mem::replace(&mut self.unit, unit);
        let outer_scope = std::mem::replace(&mut self.scope, scope_id);
        self.unit.set_position(&self.lines, span);
        let result = self.compile_code_body(body);
        let finished = std::mem::replace(&mut self.unit, outer_unit);
        self.scope = outer_scope;
        result?;
        let code = finished.finish();
        let mut flag_bits = 0;
        if !freevars.is_empty() {
            for free in &freevars {
                let index = self.closure_slot(free);
                self.emit(Instr::LoadClosure(index));
            }
            self.emit(Instr::BuildTuple(freevars.len() as u32));
            flag_bits |= HAS_CLOSURE;
        }
        let index = self.store_code_constant(code);
        self.emit(Instr::LoadConst(index));
        Ok(flag_bits)
    }

    /// Where the current scope keeps the cell an inner scope closes over: its own
    /// cell variables first, then its free variables (passed through, as a class
    /// body passes its enclosing function's cells to its methods).
    fn closure_slot(&self, name: &str) -> u32 {
        let Some(scope) = self.table.scope(self.scope) else {
            return 0;
        };
        let cell = scope.cellvars.iter().position(|c| c == name);
        let free = scope
            .freevars
            .iter()
            .position(|f| f == name)
            .map(|i| i + scope.cellvars.len());
        cell.or(free).unwrap_or(0) as u32
    }

    fn compile_code_body(&mut self, body: Body) -> Compiled {
        match body {
            Body::Statements(statements) => {
                let rest = match statements.split_first() {
                    Some((first, rest)) if docstring_of(first).is_some() => {
                        let doc = docstring_of(first).unwrap_or_default();
                        let value = super::builder::alloc_str(self.heap, doc);
                        self.unit.code.docstring = value;
                        rest
                    }
                    _ => statements,
                };
                self.compile_body(rest)?;
                self.emit_implicit_return();
            }
            Body::Expression(expr) => {
                self.compile_expr(expr)?;
                self.emit(Instr::ReturnValue);
            }
            Body::Comprehension(expr) => self.compile_comprehension_body(expr)?,
            Body::Class(statements) => self.compile_class_body(statements)?,
        }
        Ok(())
    }

    fn compile_comprehension_body(&mut self, expr: &Expr) -> Compiled {
        let (generators, build) = match &expr.kind {
            ExprKind::ListComp { generators, .. } => (generators, Some(Instr::BuildList(0))),
            ExprKind::GeneratorExp { generators, .. } => (generators, None),
            ExprKind::SetComp { generators, .. } => (generators, Some(Instr::BuildSet(0))),
            ExprKind::DictComp { generators, .. } => (generators, Some(Instr::BuildMap(0))),
            _ => return Ok(()),
        };
        if let Some(build) = build {
            self.emit(build);
        }
        self.compile_generator(expr, generators, 0)?;
        if build.is_none() {
            self.load_constant(crate::runtime::value::Value::None);
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// One `for ... in ... if ...` level; the innermost adds the element.
    fn compile_generator(
        &mut self,
        expr: &Expr,
        generators: &[Comprehension],
        level: usize,
    ) -> Compiled {
        let Some(generator) = generators.get(level) else {
            return self.compile_comprehension_element(expr, generators.len());
        };
        if level == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.compile_expr(&generator.iter)?;
            self.emit(if generator.is_async {
                Instr::GetAIter
            } else {
                Instr::GetIter
            });
        }
        if generator.is_async {
            return self.compile_async_clause(generator, |compiler| {
                compiler.compile_generator(expr, generators, level + 1)
            });
        }
        let start = self.unit.new_label();
        let exit = self.unit.new_label();
        self.unit.place(start);
        self.unit.emit_jump(Instr::ForIter, exit);
        self.compile_store(&generator.target)?;
        for condition in &generator.ifs {
            self.compile_jump_if(condition, false, start)?;
        }
        self.compile_generator(expr, generators, level + 1)?;
        self.unit.emit_jump(Instr::Jump, start);
        self.unit.place(exit);
        Ok(())
    }

    fn compile_comprehension_element(&mut self, expr: &Expr, depth: usize) -> Compiled {
        let depth = depth as u32 + 1;
        match &expr.kind {
            ExprKind::ListComp { elt, .. } => {
                self.compile_expr(elt)?;
                self.emit(Instr::ListAppend(depth));
            }
            ExprKind::GeneratorExp { elt, .. } => {
                self.compile_expr(elt)?;
                self.emit(Instr::YieldValue);
                self.emit(Instr::PopTop);
            }
            ExprKind::SetComp { elt, .. } => {
                self.compile_expr(elt)?;
                self.emit(Instr::SetAdd(depth));
            }
            ExprKind::DictComp { key, value, .. } => {
                self.compile_expr(key)?;
                self.compile_expr(value)?;
                self.emit(Instr::MapAdd(depth));
            }
            _ => {}
        }
        Ok(())
    }
}

/// Copies the parameter counts and the variable tables from the symbol table, and
/// notes which parameters live in cells.
fn fill_signature(unit: &mut CodeBuilder, info: &crate::scope::Scope) {
    let code = &mut unit.code;
    code.argcount = info.argcount;
    code.posonlyargcount = info.posonlyargcount;
    code.kwonlyargcount = info.kwonlyargcount;
    code.varnames = info.varnames.iter().map(|n| n.as_str().into()).collect();
    code.cellvars = info.cellvars.iter().map(|n| n.as_str().into()).collect();
    code.freevars = info.freevars.iter().map(|n| n.as_str().into()).collect();
    let parameters = code.total_parameters();
    for (cell_index, cell) in info.cellvars.iter().enumerate() {
        if let Some(slot) = info
            .varnames
            .iter()
            .take(parameters)
            .position(|v| v == cell)
        {
            code.cell_parameters.push((cell_index as u32, slot as u32));
        }
    }
}

pub(super) fn docstring_of(stmt: &Stmt) -> Option<&str> {
    match &stmt.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}
