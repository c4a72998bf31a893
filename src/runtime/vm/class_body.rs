//! Running a class body (BUILD_CLASS) and the name instructions it uses.

use super::run::LoopExit;
use super::{Frame, Vm};
use crate::runtime::exception::Exception;
use crate::runtime::object::Object;
use crate::runtime::value::Value;

impl Vm {
    /// `BuildClass(n)`: runs the body function with a fresh namespace (in a nested
    /// loop), makes the class, and fills the `__class__` cell the body returns.
    pub(super) fn build_class(&mut self, base_count: usize) -> Result<(), Exception> {
        let bases = self.pop_many(base_count);
        let name_value = self.pop();
        let body = self.pop();
        let name = self.str_text(name_value).unwrap_or_else(|| "".into());
        let Some(Object::Function(f)) = body.as_obj().map(|r| self.heap.get(r).clone()) else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let Value::Obj(namespace) = self.new_dict() else {
            return Ok(());
        };
        let mut frame = Frame::new(
            f.code.clone(),
            f.globals,
            body.as_obj(),
            self.stack.len() as u32,
        );
        frame.namespace = Some(namespace);
        self.native_roots.extend(bases.iter().copied());
        self.native_roots.push(Value::Obj(namespace));
        let depth = self.frames.len() + 1;
        self.push_class_frame(frame, f.closure);
        let outcome = self.run_nested(depth);
        let roots = self.native_roots.len().saturating_sub(bases.len() + 1);
        self.native_roots.truncate(roots);
        let class_cell = match outcome? {
            LoopExit::Returned(value) => value,
            LoopExit::Paused => Value::None,
        };
        let class = self.create_class(name, bases, namespace)?;
        if let Some(Object::Cell(contents)) = class_cell.as_obj().and_then(|r| self.heap.get_mut(r))
        {
            *contents = Some(class);
        }
        self.push(class);
        Ok(())
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
            if let Some(value) = self.dict_get_str(namespace, &name.text, name.hash) {
                return Ok(value);
            }
        }
        self.load_global(i)
    }

    pub(super) fn store_name_instr(&mut self, i: u32, value: Value) {
        let name = self
            .frames
            .last()
            .and_then(|f| f.code.names.get(i as usize))
            .cloned();
        match (name, self.frames.last().and_then(|f| f.namespace)) {
            (Some(name), Some(namespace)) => {
                self.dict_insert_hashed(namespace, name.value, name.hash, value)
            }
            _ => self.store_global(i, value),
        }
    }

    pub(super) fn delete_name_instr(&mut self, i: u32) -> Result<(), Exception> {
        let name = self
            .frames
            .last()
            .and_then(|f| f.code.names.get(i as usize))
            .cloned();
        match (name, self.frames.last().and_then(|f| f.namespace)) {
            (Some(name), Some(namespace)) => {
                match self.dict_remove(Value::Obj(namespace), name.value)? {
                    Some(_) => Ok(()),
                    None => Err(self.name_error(&name.text)),
                }
            }
            _ => self.delete_global(i),
        }
    }
}
