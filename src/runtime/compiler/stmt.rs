//! Statements, in CPython 3.11's shapes, so that line events fire where CPython's do:
//! `pass` and constant expression statements keep a `NOP` for their line, jumps that
//! close a loop or skip an `else` carry no line, and a `while` loop tests its
//! condition again at the bottom with the `while` line.

use super::builder::FrameBlock;
use super::{Compiled, Compiler};
use crate::runtime::code::Instr;
use crate::syntax::ast::{Alias, Constant, Expr, ExprKind, Identifier, Stmt, StmtKind};
use crate::syntax::Span;

impl<'a> Compiler<'a> {
    pub(super) fn compile_body(&mut self, body: &[Stmt]) -> Compiled {
        body.iter().try_for_each(|stmt| self.compile_stmt(stmt))
    }

    fn compile_stmt(&mut self, stmt: &Stmt) -> Compiled {
        let saved = self.enter(stmt.span);
        let result = self.compile_stmt_kind(stmt);
        self.leave(saved);
        result
    }

    fn compile_stmt_kind(&mut self, stmt: &Stmt) -> Compiled {
        match &stmt.kind {
            StmtKind::Expr(value) => self.compile_expr_statement(value),
            StmtKind::Pass => {
                self.emit(Instr::Nop);
                Ok(())
            }
            StmtKind::Assign { targets, value } => self.compile_assign(targets, value),
            StmtKind::AugAssign { target, op, value } => {
                self.compile_aug_assign(target, *op, value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(value) = value {
                    self.compile_assign(std::slice::from_ref(target), value)?;
                }
                self.compile_module_annotation(target, annotation, *simple)
            }
            StmtKind::If { test, body, orelse } => self.compile_if(test, body, orelse),
            StmtKind::While { test, body, orelse } => self.compile_while(test, body, orelse),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => self.compile_for(target, iter, body, orelse),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => self.compile_async_for(target, iter, body, orelse),
            StmtKind::Break => self.compile_break(stmt.span),
            StmtKind::Continue => self.compile_continue(stmt.span),
            StmtKind::Return(value) => self.compile_return(value.as_ref()),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.compile_delete(t)),
            StmtKind::FunctionDef(def) => self.compile_function_def(def, stmt.span),
            StmtKind::Raise { exc, cause } => self.compile_raise(exc.as_ref(), cause.as_ref()),
            StmtKind::Assert { test, msg } => self.compile_assert(test, msg.as_ref()),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => self.compile_try(body, handlers, orelse, finalbody, *is_star),
            StmtKind::Import(names) => names
                .iter()
                .try_for_each(|alias| self.compile_import(alias)),
            StmtKind::ImportFrom { module, names, .. } => {
                self.compile_import_from(module.as_ref(), names)
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::ClassDef(class) => self.compile_class_def(class, stmt.span),
            StmtKind::With { items, body, is_async } => self.compile_with(items, body, *is_async),
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases),
        }
    }

    /// A constant expression statement (a stray string) compiles to a `NOP`; in
    /// `single` mode one at module level prints its value (CPython's PRINT_EXPR).
    fn compile_expr_statement(&mut self, value: &Expr) -> Compiled {
        if self.interactive && self.scope == crate::scope::ScopeId(0) {
            self.compile_expr(value)?;
            self.emit(Instr::PrintExpr);
            return Ok(());
        }
        if matches!(value.kind, ExprKind::Constant(_)) {
            self.emit(Instr::Nop);
            return Ok(());
        }
        self.compile_expr(value)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn compile_assign(&mut self, targets: &[Expr], value: &Expr) -> Compiled {
        self.compile_expr(value)?;
        for (i, target) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Instr::Copy(1));
            }
            self.compile_store(target)?;
        }
        Ok(())
    }

    fn compile_if(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> Compiled {
        let otherwise = self.unit.new_label();
        let end = self.unit.new_label();
        self.compile_jump_if(test, false, otherwise)?;
        self.compile_body(body)?;
        if !orelse.is_empty() {
            self.jump_lineless(end);
        }
        self.unit.place(otherwise);
        self.compile_body(orelse)?;
        self.unit.place(end);
        Ok(())
    }

    pub(super) fn jump_lineless(&mut self, label: super::builder::Label) {
        let saved = self.unit.position;
        self.unit.position.line = 0;
        self.unit.emit_jump(Instr::Jump, label);
        self.unit.position = saved;
    }

    fn compile_while(&mut self, test: &Expr, body: &[Stmt], orelse: &[Stmt]) -> Compiled {
        let top = self.unit.new_label();
        let body_start = self.unit.new_label();
        let anchor = self.unit.new_label();
        let end = self.unit.new_label();
        self.unit.place(top);
        let always_true = is_constant_true(test);
        if always_true {
            self.emit(Instr::Nop);
        } else {
            self.compile_jump_if(test, false, anchor)?;
        }
        self.unit.place(body_start);
        self.unit.blocks.push(FrameBlock::Loop {
            start: top,
            end,
            has_iterator: false,
        });
        self.compile_body(body)?;
        self.unit.blocks.pop();
        if always_true {
            self.unit.emit_jump(Instr::Jump, body_start);
        } else {
            self.compile_jump_if(test, true, body_start)?;
        }
        self.unit.place(anchor);
        self.compile_body(orelse)?;
        self.unit.place(end);
        Ok(())
    }

    fn compile_for(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> Compiled {
        let start = self.unit.new_label();
        let exit = self.unit.new_label();
        let end = self.unit.new_label();
        self.compile_expr(iter)?;
        self.emit(Instr::GetIter);
        self.unit.place(start);
        self.unit.emit_jump(Instr::ForIter, exit);
        self.compile_store(target)?;
        self.unit.blocks.push(FrameBlock::Loop {
            start,
            end,
            has_iterator: true,
        });
        self.compile_body(body)?;
        self.unit.blocks.pop();
        self.jump_lineless(start);
        self.unit.place(exit);
        self.compile_body(orelse)?;
        self.unit.place(end);
        Ok(())
    }

    fn innermost_loop(&self) -> Option<usize> {
        self.unit
            .blocks
            .iter()
            .rposition(|b| matches!(b, FrameBlock::Loop { .. }))
    }

    fn compile_break(&mut self, span: Span) -> Compiled {
        let Some(index) = self.innermost_loop() else {
            return Err(self.syntax_error("'break' outside loop", span));
        };
        self.emit(Instr::Nop);
        self.unwind_blocks_from(index + 1, false)?;
        if let Some(FrameBlock::Loop {
            end, has_iterator, ..
        }) = self.unit.blocks.get(index).cloned()
        {
            if has_iterator {
                self.emit(Instr::PopTop);
            }
            self.unit.emit_jump(Instr::Jump, end);
        }
        Ok(())
    }

    fn compile_continue(&mut self, span: Span) -> Compiled {
        let Some(index) = self.innermost_loop() else {
            return Err(self.syntax_error("'continue' not properly in loop", span));
        };
        self.emit(Instr::Nop);
        self.unwind_blocks_from(index + 1, false)?;
        if let Some(FrameBlock::Loop { start, .. }) = self.unit.blocks.get(index).cloned() {
            self.unit.emit_jump(Instr::Jump, start);
        }
        Ok(())
    }

    fn compile_return(&mut self, value: Option<&Expr>) -> Compiled {
        match value {
            Some(value) => self.compile_expr(value)?,
            None => self.load_constant(crate::runtime::value::Value::None),
        }
        self.unwind_blocks_from(0, true)?;
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// Emits the exits of frame blocks `from..` (innermost first), as a `return`,
    /// `break` or `continue` leaves them. With `keep_top`, a return value on the stack
    /// stays on top.
    fn unwind_blocks_from(&mut self, from: usize, keep_top: bool) -> Compiled {
        let saved_blocks = self.unit.blocks.clone();
        for index in (from..saved_blocks.len()).rev() {
            let Some(block) = saved_blocks.get(index).cloned() else {
                break;
            };
            self.unit.blocks.truncate(index);
            self.unwind_block(&block, keep_top)?;
        }
        self.unit.blocks = saved_blocks;
        Ok(())
    }

    fn unwind_block(&mut self, block: &FrameBlock, keep_top: bool) -> Compiled {
        match block {
            FrameBlock::Loop {
                has_iterator: true, ..
            } => {
                if keep_top {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FrameBlock::Loop { .. } => {}
            FrameBlock::TryExcept => {
                self.emit(Instr::PopBlock);
            }
            FrameBlock::TryFinally { finalbody } => {
                self.emit(Instr::PopBlock);
                let finalbody = finalbody.clone();
                self.compile_body(&finalbody)?;
                // The finally body appears to run after the statement that left the
                // block, so what follows it has no line of its own (CPython's UNSET_LOC).
                self.unit.position.line = 0;
            }
            FrameBlock::HandlerBody { name, has_cleanup } => {
                if *has_cleanup {
                    self.emit(Instr::PopBlock);
                }
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.clear_handler_name(name);
                }
            }
            FrameBlock::With { position, is_async } => {
                self.unit.position = *position;
                self.emit(Instr::PopBlock);
                if keep_top {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_without_exception(*is_async);
                // As after a finally body, what follows has no line of its own.
                self.unit.position.line = 0;
            }
            FrameBlock::FinallyDuringException => {
                if keep_top {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                self.emit(Instr::PopExcept);
            }
        }
        Ok(())
    }

    /// `name: annotation` in a module or class body stores the annotation in its
    /// `__annotations__`, as CPython's SETUP_ANNOTATIONS and STORE_SUBSCR do; in a
    /// function the annotation of a local is not evaluated at all.
    fn compile_module_annotation(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        simple: bool,
    ) -> Compiled {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        let in_class = self.table.scope(self.scope).map(|s| s.kind) == Some(crate::scope::ScopeKind::Class);
        if !simple || (self.scope != crate::scope::ScopeId(0) && !in_class) {
            return Ok(());
        }
        if self.library && !in_class {
            return Ok(());
        }
        self.compile_annotation(annotation)?;
        self.load_name("__annotations__");
        self.load_str(id);
        self.emit(Instr::StoreSubscr);
        Ok(())
    }

    fn compile_import(&mut self, alias: &Alias) -> Compiled {
        let name = self.unit.name(self.heap, &alias.name.name);
        self.emit(Instr::ImportName(name));
        // `import os.path` imports both and binds `os`, the package: the name
        // bound is the first part's module, as CPython's IMPORT_NAME without a
        // fromlist gives.
        if alias.asname.is_none() && alias.name.name.contains('.') {
            let top = alias.name.name.split('.').next().unwrap_or_default().to_string();
            self.emit(Instr::PopTop);
            let top_index = self.unit.name(self.heap, &top);
            self.emit(Instr::ImportName(top_index));
        }
        let bound = match &alias.asname {
            Some(asname) => asname.name.clone(),
            None => alias
                .name
                .name
                .split('.')
                .next()
                .unwrap_or_default()
                .to_string(),
        };
        self.store_name(&bound);
        Ok(())
    }

    fn compile_import_from(&mut self, module: Option<&Identifier>, names: &[Alias]) -> Compiled {
        let module_name = module.map_or("", |m| m.name.as_str());
        let index = self.unit.name(self.heap, module_name);
        self.emit(Instr::ImportName(index));
        if names.first().is_some_and(|alias| alias.name.name == "*") {
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for alias in names {
            let attr = self.unit.name(self.heap, &alias.name.name);
            self.emit(Instr::ImportFrom(attr));
            let bound = alias.asname.as_ref().unwrap_or(&alias.name).name.clone();
            self.store_name(&bound);
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}

fn is_constant_true(test: &Expr) -> bool {
    match &test.kind {
        ExprKind::Constant(Constant::Bool(b)) => *b,
        ExprKind::Constant(Constant::Int(n)) => n.bits() > 0,
        ExprKind::Constant(Constant::Str(s)) => !s.is_empty(),
        _ => false,
    }
}
