//! `locals()` as CPython 3.11 keeps it: a function frame has one dict, made on the
//! first call and refreshed by each later one (`PyFrame_FastToLocals`), so a dict
//! bound to a local shows itself after the next call. Names are written in
//! `co_localsplusnames` order (locals with parameters, then the other cell variables,
//! then the free variables); a name unbound since is removed.

use super::Vm;
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    /// The current frame's `locals()`: the class namespace in a class body, the
    /// globals at module level, else the frame's refreshed dict.
    pub fn current_locals(&mut self) -> Result<Value, Exception> {
        let Some(frame) = self.frames.last() else {
            return Ok(Value::None);
        };
        if let Some(namespace) = frame.namespace {
            return Ok(Value::Obj(namespace));
        }
        if frame.code.flags.module {
            return Ok(Value::Obj(frame.globals));
        }
        let dict = match frame.locals_dict {
            Some(dict) => dict,
            None => {
                let Some(dict) = self.new_dict().as_obj() else {
                    return Ok(Value::None);
                };
                if let Some(frame) = self.frames.last_mut() {
                    frame.locals_dict = Some(dict);
                }
                dict
            }
        };
        for (name, value) in self.fast_locals_in_order() {
            self.refresh_local(dict, name, value)?;
        }
        Ok(Value::Obj(dict))
    }

    /// Every local, cell and free variable name of the current frame with its value
    /// (`None` when unbound), in `co_localsplusnames` order.
    fn fast_locals_in_order(&self) -> Vec<(Rc<str>, Option<Value>)> {
        let Some(frame) = self.frames.last() else {
            return Vec::new();
        };
        let code = &frame.code;
        let cell_value = |index: u32| match frame.cells.get(index as usize).map(|&c| self.heap.get(c)) {
            Some(Object::Cell(contents)) => *contents,
            _ => None,
        };
        let mut names = Vec::new();
        for (slot, name) in code.varnames.iter().enumerate() {
            let parameter_cell = code.cell_parameters.iter().find(|&&(_, s)| s as usize == slot);
            let value = match parameter_cell {
                Some(&(cell, _)) => cell_value(cell),
                None => frame.locals.get(slot).copied().flatten(),
            };
            names.push((name.clone(), value));
        }
        for (index, name) in code.cellvars.iter().enumerate() {
            if !code.cell_parameters.iter().any(|&(cell, _)| cell as usize == index) {
                names.push((name.clone(), cell_value(index as u32)));
            }
        }
        let free_base = code.cellvars.len() as u32;
        for (index, name) in code.freevars.iter().enumerate() {
            names.push((name.clone(), cell_value(free_base + index as u32)));
        }
        names
    }

    fn refresh_local(
        &mut self,
        dict: ObjRef,
        name: Rc<str>,
        value: Option<Value>,
    ) -> Result<(), Exception> {
        match value {
            Some(value) => self.dict_set_str_rc(Value::Obj(dict), name, value),
            None => {
                let key = self.new_str_rc(name);
                self.dict_remove(Value::Obj(dict), key).map(|_| ())
            }
        }
    }
}
