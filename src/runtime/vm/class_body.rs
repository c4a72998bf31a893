//! Running a class body (BUILD_CLASS, then FINISH_CLASS and STORE_CLASS_CELL once
//! the body returned) and the name instructions it uses.

use super::calls::Called;
use super::{Frame, Vm};
use crate::runtime::code::CLASS_KEYWORDS;
use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;

impl Vm {
    /// `BuildClass(n)`: the first half of CPython's `__build_class__`. Picks the
    /// metaclass, asks its `__prepare__` for the namespace, and pushes the body's
    /// frame, which runs in the main loop so that every step in it can be shown.
    /// What `FinishClass` needs waits on the caller's stack meanwhile:
    /// `[metaclass, name, bases, keywords, namespace]`.
    pub(super) fn build_class(&mut self, operand: u32) -> Result<(), Exception> {
        let keywords = if operand & CLASS_KEYWORDS != 0 {
            self.pop()
        } else {
            Value::None
        };
        let bases = self.pop_many((operand & !CLASS_KEYWORDS) as usize);
        let name_value = self.pop();
        let body = self.pop();
        let Some(Object::Function(f)) = body.as_obj().map(|r| self.heap.get(r).clone()) else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let mut kwargs = self.class_keywords(keywords);
        let explicit = kwargs.0.iter().position(|(k, _)| &**k == "metaclass");
        let explicit = explicit.map(|i| kwargs.0.remove(i).1);
        let bases_tuple = self.new_tuple(bases.clone());
        let keywords = self.keywords_dict(&kwargs)?;
        self.push(body);
        self.push(name_value);
        self.push(bases_tuple);
        self.push(keywords);
        let metaclass = self.select_metaclass(explicit, &bases)?;
        let namespace = self.prepare_namespace(metaclass, name_value, &bases, &kwargs)?;
        self.stack.truncate(self.stack.len() - 4);
        self.stack.extend([metaclass, name_value, bases_tuple, keywords]);
        self.push(Value::Obj(namespace));
        let mut frame = Frame::new(f.code.clone(), f.globals, body.as_obj(), self.stack.len() as u32);
        frame.namespace = Some(namespace);
        self.push_class_frame(frame, f.closure);
        Ok(())
    }

    /// `FinishClass`: the second half. The body returned its `__class__` cell (or
    /// None), which stays on the stack for `StoreClassCell`; the metaclass is called
    /// to make the class from the namespace, in the main loop when it is Python code.
    pub(super) fn finish_class(&mut self) -> Result<(), Exception> {
        let class_cell = self.pop();
        let namespace = self.pop();
        let keywords = self.pop();
        let bases = self.pop();
        let name_value = self.pop();
        let metaclass = self.pop();
        self.push(class_cell);
        let kwargs = self.class_keywords(keywords);
        let args = vec![name_value, bases, namespace];
        if let Called::Value(class) = self.call_object(metaclass, args, kwargs)? {
            self.push(class);
        }
        Ok(())
    }

    /// `StoreClassCell`: the `__class__` cell that methods using `super()` hold gets
    /// the new class, which stays on the stack.
    pub(super) fn store_class_cell(&mut self) {
        let class = self.pop();
        let class_cell = self.pop();
        if let Some(Object::Cell(contents)) = class_cell.as_obj().and_then(|r| self.heap.get_mut(r))
        {
            *contents = Some(class);
        }
        self.push(class);
    }

    /// The class keywords (`metaclass=` among them), in the order written.
    fn class_keywords(&self, keywords: Value) -> KwArgs {
        let pairs = self.dict_pairs(keywords).into_iter();
        KwArgs(
            pairs
                .filter_map(|(k, v)| self.str_text(k).map(|k| (k, v)))
                .collect(),
        )
    }

    fn keywords_dict(&mut self, kwargs: &KwArgs) -> Result<Value, Exception> {
        let dict = self.new_dict();
        for (name, value) in &kwargs.0 {
            self.dict_set_str_rc(dict, name.clone(), *value)?;
        }
        Ok(dict)
    }

    fn push_class_frame(
        &mut self,
        mut frame: Frame,
        closure: Option<crate::runtime::heap::ObjRef>,
    ) {
        let code = frame.code.clone();
        for _ in &code.cellvars {
            frame.cells.push(self.heap.alloc(Object::Cell(None)));
        }
        if let Some(Object::Tuple(cells)) = closure.map(|c| self.heap.get(c)) {
            frame.cells.extend(cells.iter().filter_map(|v| v.as_obj()));
        }
        self.number_call(&mut frame);
        self.frames.push(frame);
        if self.tracing {
            self.trace_call();
        }
    }

    pub(super) fn load_name_instr(&mut self, i: u32) -> Result<Value, Exception> {
        let name = self
            .frames
            .last()
            .and_then(|f| f.code.names.get(i as usize))
            .cloned();
        let namespace = self.frames.last().and_then(|f| f.namespace);
        if let (Some(name), Some(namespace)) = (&name, namespace) {
            if !self.is_dict(namespace) {
                return self.load_from_mapping(namespace, name.value, i);
            }
            if let Some(value) = self.dict_get_str(namespace, &name.text, name.hash) {
                return Ok(value);
            }
        }
        self.load_global(i)
    }

    fn is_dict(&self, namespace: ObjRef) -> bool {
        matches!(self.heap.get(namespace), Object::Dict(_))
    }

    /// `exec(code, globals, mapping)`: a locals mapping that is not a dict is read
    /// with `mapping[name]`, a KeyError meaning "not here" (CPython's LOAD_NAME).
    fn load_from_mapping(&mut self, mapping: ObjRef, key: Value, i: u32) -> Result<Value, Exception> {
        match self.get_item(Value::Obj(mapping), key) {
            Err(Exception::Raised(error)) if self.heap.get(error).type_id() == TypeId::KeyError => {
                self.load_global(i)
            }
            found => found,
        }
    }

    pub(super) fn store_name_instr(&mut self, i: u32, value: Value) -> Result<(), Exception> {
        let name = self
            .frames
            .last()
            .and_then(|f| f.code.names.get(i as usize))
            .cloned();
        match (name, self.frames.last().and_then(|f| f.namespace)) {
            (Some(name), Some(namespace)) if self.is_dict(namespace) => {
                self.dict_insert_hashed(namespace, name.value, name.hash, value);
                Ok(())
            }
            (Some(name), Some(mapping)) => self.set_item(Value::Obj(mapping), name.value, value),
            _ => {
                self.store_global(i, value);
                Ok(())
            }
        }
    }

    pub(super) fn delete_name_instr(&mut self, i: u32) -> Result<(), Exception> {
        let name = self
            .frames
            .last()
            .and_then(|f| f.code.names.get(i as usize))
            .cloned();
        match (name, self.frames.last().and_then(|f| f.namespace)) {
            (Some(name), Some(namespace)) if self.is_dict(namespace) => {
                match self.dict_remove(Value::Obj(namespace), name.value)? {
                    Some(_) => Ok(()),
                    None => Err(self.name_error(&name.text)),
                }
            }
            (Some(name), Some(mapping)) => self.delete_item(Value::Obj(mapping), name.value),
            _ => self.delete_global(i),
        }
    }
}
