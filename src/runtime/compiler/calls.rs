//! Calls: plain, by method (no bound-method object is made for `obj.method(...)`),
//! with keyword arguments, and with `*args` / `**kwargs` unpacking.

use super::{Compiled, Compiler};
use crate::runtime::code::Instr;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::syntax::ast::{Expr, ExprKind, Keyword};

impl<'a> Compiler<'a> {
    pub(super) fn compile_call(
        &mut self,
        func: &Expr,
        args: &[Expr],
        keywords: &[Keyword],
    ) -> Compiled {
        self.check_caller(func);
        let unpacks = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if unpacks {
            self.compile_expr(func)?;
            return self.compile_unpacking_call(args, keywords);
        }
        if let (ExprKind::Attribute { value, attr, .. }, true) = (&func.kind, keywords.is_empty()) {
            self.compile_expr(value)?;
            let saved = self.enter(func.span);
            let name = self.attribute_name(&attr.name);
            self.emit(Instr::LoadMethod(name));
            self.leave(saved);
            args.iter().try_for_each(|a| self.compile_expr(a))?;
            self.emit(Instr::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.compile_expr(func)?;
        args.iter().try_for_each(|a| self.compile_expr(a))?;
        if keywords.is_empty() {
            self.emit(Instr::Call(args.len() as u32));
            return Ok(());
        }
        let mut names = Vec::new();
        for keyword in keywords {
            self.compile_expr(&keyword.value)?;
            let name = keyword.arg.as_ref().map_or("", |a| a.name.as_str());
            names.push(super::builder::alloc_str(self.heap, name));
        }
        let names_tuple = Value::Obj(self.heap.alloc(Object::Tuple(names.into())));
        let names_index = self.unit.constant(names_tuple);
        self.emit(Instr::CallKw(
            (args.len() + keywords.len()) as u32,
            names_index,
        ));
        Ok(())
    }

    fn compile_unpacking_call(&mut self, args: &[Expr], keywords: &[Keyword]) -> Compiled {
        self.emit(Instr::BuildList(0));
        for arg in args {
            match &arg.kind {
                ExprKind::Starred { value, .. } => {
                    self.compile_expr(value)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.compile_expr(arg)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        if keywords.is_empty() {
            self.emit(Instr::CallEx(false));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        let mut after_mapping = false;
        for keyword in keywords {
            match &keyword.arg {
                // After a `**` a named keyword is merged too, so `f(**{'a': 1}, a=2)`
                // is CPython's "got multiple values" error rather than a replacement.
                Some(name) if after_mapping => {
                    self.load_str(&name.name);
                    self.compile_expr(&keyword.value)?;
                    self.emit(Instr::BuildMap(1));
                    self.emit(Instr::DictMerge(1));
                }
                Some(name) => {
                    self.load_str(&name.name);
                    self.compile_expr(&keyword.value)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.compile_expr(&keyword.value)?;
                    self.emit(Instr::DictMerge(1));
                    after_mapping = true;
                }
            }
        }
        self.emit(Instr::CallEx(true));
        Ok(())
    }
}
