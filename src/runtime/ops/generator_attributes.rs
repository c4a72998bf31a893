//! The attributes of generators and of the frame a generator runs in: `gi_frame`
//! (None once the generator has finished), `gi_running`, `gi_suspended`, and the
//! frame's `f_lineno`, `f_code` and `f_locals`, read live from the generator.

use crate::runtime::heap::ObjRef;
use crate::runtime::object::{Generator, GeneratorKind, GeneratorState, Object};
use crate::runtime::value::Value;
use crate::runtime::vm::{Frame, Vm};

impl Vm {
    pub(super) fn generator_attr(
        &mut self,
        r: ObjRef,
        generator: &Generator,
        name: &str,
    ) -> Option<Value> {
        // A coroutine's attributes are a generator's under the `cr_` prefix, an async
        // generator's under `ag_`; `cr_await` and `ag_await` are `gi_yieldfrom`.
        let prefix = match generator.kind {
            GeneratorKind::Generator => "gi_",
            GeneratorKind::Coroutine => "cr_",
            GeneratorKind::AsyncGenerator => "ag_",
        };
        let name = match name.strip_prefix(prefix) {
            Some("await") if prefix != "gi_" => "gi_yieldfrom".to_string(),
            Some("yieldfrom") if prefix != "gi_" => return None,
            // An async generator has no `ag_suspended` in 3.11.
            Some("suspended") if prefix == "ag_" => return None,
            Some(rest) => ["gi_", rest].concat(),
            None if name.starts_with("gi_")
                || name.starts_with("cr_")
                || name.starts_with("ag_") =>
            {
                return None
            }
            None => name.to_string(),
        };
        match name.as_str() {
            "gi_code" => generator.code_object.map(Value::Obj),
            "__name__" => Some(self.new_str_rc(generator.code.name.clone())),
            "__qualname__" => Some(generator.qualname),
            // 3.11's `ag_running` tells whether an awaitable is running the generator.
            "gi_running" if prefix == "ag_" => {
                Some(Value::Bool(generator.async_flags.running_async))
            }
            "gi_running" => Some(Value::Bool(generator.state == GeneratorState::Running)),
            "gi_suspended" => Some(Value::Bool(generator.state == GeneratorState::Suspended)),
            "gi_frame" if generator.state == GeneratorState::Finished => Some(Value::None),
            "gi_frame" => Some(self.alloc(Object::GeneratorFrame(r))),
            "gi_yieldfrom" => Some(self.delegate_of(r).unwrap_or(Value::None)),
            _ => None,
        }
    }

    /// `gi_frame.name`: the generator's frame, suspended in it or running on the stack.
    pub(super) fn generator_frame_attr(&mut self, generator: ObjRef, name: &str) -> Option<Value> {
        let Object::Generator(state) = self.heap.get(generator) else {
            return None;
        };
        let code_object = state.code_object;
        let frame = self.frame_of_generator(generator)?.clone();
        match name {
            "f_lineno" => Some(Value::Int(i64::from(self.generator_line(generator)?))),
            "f_code" => code_object.map(Value::Obj),
            "f_back" => Some(Value::None),
            "f_globals" => Some(Value::Obj(frame.globals)),
            "f_locals" => Some(self.frame_locals(&frame)),
            _ => None,
        }
    }

    fn frame_of_generator(&self, generator: ObjRef) -> Option<&Frame> {
        match self.heap.get(generator) {
            Object::Generator(state) if state.frame.is_some() => state.frame.as_deref(),
            _ => self
                .frames
                .iter()
                .rev()
                .find(|frame| frame.generator == Some(generator)),
        }
    }

    /// The line the generator is at: its `def` line before it first runs.
    pub(crate) fn generator_line(&self, generator: ObjRef) -> Option<u32> {
        let Object::Generator(state) = self.heap.get(generator) else {
            return None;
        };
        if state.state == GeneratorState::Created {
            return Some(state.code.firstlineno);
        }
        self.frame_of_generator(generator).map(Frame::current_line)
    }

    /// `f_locals`: the bound fast locals, then the cells' contents, by name.
    pub(crate) fn frame_locals(&mut self, frame: &Frame) -> Value {
        let dict = self.new_dict();
        let Some(dict_ref) = dict.as_obj() else {
            return dict;
        };
        for (name, value) in frame.code.varnames.iter().zip(&frame.locals) {
            if let Some(value) = value {
                self.dict_set_str(dict_ref, name, *value);
            }
        }
        let cell_names = frame.code.cellvars.iter().chain(&frame.code.freevars);
        for (name, &cell) in cell_names.zip(&frame.cells) {
            if let Object::Cell(Some(value)) = self.heap.get(cell) {
                let value = *value;
                self.dict_set_str(dict_ref, name, value);
            }
        }
        dict
    }
}
