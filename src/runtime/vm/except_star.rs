//! Running `except*` (PEP 654): CPython 3.11's CHECK_EG_MATCH and
//! `_PyExc_PrepReraiseStar`.

use super::run::Flow;
use super::Vm;
use crate::runtime::exception::{Exception, TracebackEntry};
use crate::runtime::heap::ObjRef;
use crate::runtime::library::exception_group::{
    construct_group, group_parts, is_exception_class, is_group, split_recursive, Matcher,
};
use crate::runtime::native::KwArgs;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    /// `isinstance(exc, class)` for an exception class or a tuple of them.
    pub fn is_instance_of_exception_class(&self, exc: Value, class: Value) -> bool {
        if let Some(Object::Tuple(items)) = class.as_obj().map(|r| self.heap.get(r)) {
            return items
                .iter()
                .any(|&item| self.is_instance_of_exception_class(exc, item));
        }
        self.is_subclass(self.class_of(exc), class)
    }

    /// CHECK_EG_MATCH: with the type popped, splits the unmatched part on top; jumps
    /// to `no_match` when nothing of it matches.
    pub(super) fn check_eg_match(&mut self, no_match: u32) -> Result<Flow, Exception> {
        let class = self.pop();
        self.check_except_star_type(class)?;
        let unmatched = self.peek(1);
        let (matched, rest) = self.match_exception_group(unmatched, class)?;
        let Some(matched) = matched else {
            self.jump(no_match);
            return Ok(Flow::Next);
        };
        self.pop();
        self.push(rest.unwrap_or(Value::None));
        self.push(matched);
        // The handler runs with the match as the exception being handled.
        if let Value::Obj(r) = matched {
            self.handling = Some(r);
        }
        Ok(Flow::Next)
    }

    /// `except*` takes exception classes, and never an exception group class.
    fn check_except_star_type(&mut self, class: Value) -> Result<(), Exception> {
        let classes = match class.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Tuple(items)) => items.to_vec(),
            _ => vec![class],
        };
        if !classes.iter().all(|&c| is_exception_class(self, c)) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        let group_class = self.type_value(TypeId::BaseExceptionGroup);
        if classes.iter().any(|&c| self.is_subclass(c, group_class)) {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        Ok(())
    }

    /// CPython's `exception_group_match`: a naked exception that matches is wrapped in
    /// `ExceptionGroup("", (exc,))` (whose traceback stays empty: 3.11 makes one from
    /// the frame but does not keep it); a group is split by its `split` method.
    fn match_exception_group(
        &mut self,
        exc: Value,
        class: Value,
    ) -> Result<(Option<Value>, Option<Value>), Exception> {
        if exc.is_none() {
            return Ok((None, None));
        }
        if self.is_instance_of_exception_class(exc, class) {
            if is_group(self, exc) {
                return Ok((Some(exc), None));
            }
            let empty = self.new_str("");
            let members = self.new_tuple(vec![exc]);
            let wrapped = construct_group(self, TypeId::BaseExceptionGroup, &[empty, members])?;
            return Ok((Some(wrapped), None));
        }
        if !is_group(self, exc) {
            return Ok((None, Some(exc)));
        }
        let split = self.get_attr(exc, "split")?;
        let pair = self.call(split, vec![class], KwArgs::default())?;
        match pair.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::Tuple(items)) if items.len() == 2 => {
                let (matched, rest) = (items[0], items[1]);
                Ok((
                    Some(matched).filter(|m| !m.is_none()),
                    Some(rest).filter(|r| !r.is_none()),
                ))
            }
            _ => Err(self.type_error("X.split(Y) must return a tuple")),
        }
    }

    /// The end of the handlers: pops what they raised and the original exception, and
    /// raises their combination again, if anything is left.
    pub(super) fn reraise_star(&mut self) -> Result<Flow, Exception> {
        let raised = self.pop();
        let orig = self.pop();
        let raised = match raised.as_obj().map(|r| self.heap.get(r)) {
            Some(Object::List(items)) => items.to_vec(),
            _ => Vec::new(),
        };
        let mark = self.native_roots.len();
        self.native_roots.push(orig);
        self.native_roots.extend(raised.iter().copied());
        let result = self.prep_reraise_star(orig, &raised);
        self.native_roots.truncate(mark);
        match result? {
            Some(Value::Obj(exception)) => {
                self.reraising = true;
                Err(Exception::Raised(exception))
            }
            _ => Ok(Flow::Next),
        }
    }

    /// CPython's `_PyExc_PrepReraiseStar`: the exceptions re-raised from `orig` (same
    /// traceback, cause and context as it) stay where they were in it; the ones raised
    /// anew join them in a new `ExceptionGroup("", [...])`.
    fn prep_reraise_star(
        &mut self,
        orig: Value,
        excs: &[Value],
    ) -> Result<Option<Value>, Exception> {
        if excs.is_empty() {
            return Ok(None);
        }
        if !is_group(self, orig) {
            // A naked exception was wrapped: only one handler can have run.
            return Ok(excs.first().copied().filter(|e| !e.is_none()));
        }
        let (reraised, raised): (Vec<Value>, Vec<Value>) = excs
            .iter()
            .copied()
            .filter(|e| !e.is_none())
            .partition(|&e| self.same_exception_metadata(e, orig));
        let mut leaves = Vec::new();
        for &e in &reraised {
            self.collect_leaves(e, &mut leaves);
        }
        let (reraised_group, _) = split_recursive(self, orig, &Matcher::Instances(leaves), false)?;
        if raised.is_empty() {
            return Ok(reraised_group);
        }
        let mut all = raised;
        all.extend(reraised_group);
        if all.len() == 1 {
            return Ok(all.first().copied());
        }
        let empty = self.new_str("");
        let members = self.new_list(all);
        construct_group(self, TypeId::BaseExceptionGroup, &[empty, members]).map(Some)
    }

    /// CPython's `is_same_exception_metadata`: the same traceback, cause and context.
    fn same_exception_metadata(&self, a: Value, b: Value) -> bool {
        let (Some(Object::Exception(a)), Some(Object::Exception(b))) = (
            a.as_obj().map(|r| self.heap.get(r)),
            b.as_obj().map(|r| self.heap.get(r)),
        ) else {
            return false;
        };
        let same_entry = |x: &TracebackEntry, y: &TracebackEntry| {
            Rc::ptr_eq(&x.code, &y.code)
                && x.instruction == y.instruction
                && x.frame_serial == y.frame_serial
        };
        a.traceback.len() == b.traceback.len()
            && a.traceback
                .iter()
                .zip(&b.traceback)
                .all(|(x, y)| same_entry(x, y))
            && a.cause == b.cause
            && a.context == b.context
    }

    /// The leaf exceptions of `exc`, nested groups opened.
    fn collect_leaves(&self, exc: Value, leaves: &mut Vec<ObjRef>) {
        let mut pending = vec![exc];
        while let Some(next) = pending.pop() {
            match group_parts(self, next) {
                Some((_, members)) => pending.extend(members),
                None => leaves.extend(next.as_obj()),
            }
        }
    }
}
