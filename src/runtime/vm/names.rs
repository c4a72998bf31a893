//! Reading and writing variables: fast locals, cells and globals, with CPython 3.11's
//! messages for names that are not bound.

use super::Vm;
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;

impl Vm {
    pub(super) fn load_fast(&mut self, slot: u32) -> Result<(), Exception> {
        let value = self
            .frames
            .last()
            .and_then(|f| f.locals.get(slot as usize).copied().flatten());
        match value {
            Some(value) => {
                self.push(value);
                Ok(())
            }
            None => {
                let name = self
                    .frames
                    .last()
                    .and_then(|f| f.code.varnames.get(slot as usize).cloned())
                    .unwrap_or_else(|| "".into());
                Err(self.error(TypeId::UnboundLocalError, format!("cannot access local variable '{name}' where it is not associated with a value")))
            }
        }
    }

    /// CPython's LOAD_CLASSDEREF: in a class body, a free variable is first looked
    /// up in the class namespace, so `locals()["x"] = ...` shadows the enclosing cell.
    fn class_namespace_shadow(&self, index: u32) -> Option<Value> {
        let frame = self.frames.last()?;
        let namespace = frame.namespace?;
        let free = (index as usize).checked_sub(frame.code.cellvars.len())?;
        let name = frame.code.freevars.get(free)?;
        self.dict_get_str(namespace, name, crate::runtime::hashing::hash_str(name))
    }

    /// Binds (or with `None` unbinds) a fast local, noting the order of first binding.
    pub(super) fn store_fast(&mut self, slot: u32, value: Option<Value>) {
        let Some(frame) = self.frames.last_mut() else {
            return;
        };
        let Some(place) = frame.locals.get_mut(slot as usize) else {
            return;
        };
        let first_binding = place.is_none() && value.is_some();
        *place = value;
        let is_parameter = (slot as usize) < frame.code.total_parameters();
        if first_binding && !is_parameter && !frame.binding_order.contains(&slot) {
            frame.binding_order.push(slot);
        }
    }

    pub(super) fn load_deref(&mut self, index: u32) -> Result<Value, Exception> {
        if let Some(value) = self.class_namespace_shadow(index) {
            return Ok(value);
        }
        let Some(frame) = self.frames.last() else {
            return Ok(Value::None);
        };
        let cell = frame.cells.get(index as usize).copied();
        if let Some(Object::Cell(Some(value))) = cell.map(|c| self.heap.get(c)) {
            return Ok(*value);
        }
        let cellvar_count = frame.code.cellvars.len();
        let index = index as usize;
        let (name, is_free) = match frame.code.cellvars.get(index) {
            Some(name) => (name.clone(), false),
            None => (
                frame
                    .code
                    .freevars
                    .get(index - cellvar_count)
                    .cloned()
                    .unwrap_or_else(|| "".into()),
                true,
            ),
        };
        if is_free {
            return Err(self.error(TypeId::NameError, format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope")));
        }
        Err(self.error(
            TypeId::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        ))
    }

    pub(super) fn store_deref(&mut self, index: u32, value: Option<Value>) {
        let cell = self
            .frames
            .last()
            .and_then(|f| f.cells.get(index as usize).copied());
        if let Some(Object::Cell(contents)) = cell.and_then(|c| self.heap.get_mut(c)) {
            *contents = value;
        }
    }

    fn globals(&self) -> crate::runtime::heap::ObjRef {
        self.frames.last().map_or(self.main_globals, |f| f.globals)
    }

    pub(super) fn load_global(&mut self, i: u32) -> Result<Value, Exception> {
        let Some(frame) = self.frames.last() else {
            return Ok(Value::None);
        };
        let Some(name) = frame.code.names.get(i as usize) else {
            return Ok(Value::None);
        };
        let found = self
            .dict_get_name(frame.globals, name)
            .or_else(|| self.dict_get_name(self.builtins_of(frame.globals), name));
        match found {
            Some(value) => Ok(value),
            None => {
                let text = name.text.clone();
                Err(self.name_error(&text))
            }
        }
    }

    /// The builtins code running with `globals` sees: the program's, or for globals
    /// that exec or eval was given, what their `__builtins__` holds (a dict, or a
    /// module's dict), so `eval(expr, {"__builtins__": {}})` finds no built-in names.
    fn builtins_of(&self, globals: ObjRef) -> ObjRef {
        if globals == self.main_globals {
            return self.builtins;
        }
        let hash = crate::runtime::hashing::hash_str("__builtins__");
        match self.dict_get_str(globals, "__builtins__", hash) {
            Some(Value::Obj(given)) => match self.heap.get(given) {
                Object::Dict(_) => given,
                Object::Module(module) => module.dict,
                _ => self.builtins,
            },
            _ => self.builtins,
        }
    }

    pub fn name_error(&mut self, name: &str) -> Exception {
        let message = format!("name '{name}' is not defined");
        let error = self.error(TypeId::NameError, message);
        self.remember_name(error.clone(), name);
        let suggestion = self.suggest_name(name);
        self.attach_suggestion(&error, suggestion);
        error
    }

    /// CPython looks among the frame's locals, then the globals, then the builtins.
    fn suggest_name(&self, name: &str) -> Option<String> {
        let frame = self.frames.last()?;
        let mut locals: Vec<&str> = frame
            .code
            .varnames
            .iter()
            .zip(&frame.locals)
            .filter(|(_, v)| v.is_some())
            .map(|(n, _)| &**n)
            .collect();
        locals.extend(
            frame
                .code
                .cellvars
                .iter()
                .chain(frame.code.freevars.iter())
                .map(|n| &**n),
        );
        let keys = |dict: ObjRef| -> Vec<std::rc::Rc<str>> {
            match self.heap.get(dict) {
                Object::Dict(d) => d.iter().filter_map(|e| self.str_text(e.key)).collect(),
                _ => Vec::new(),
            }
        };
        if let Some(found) = crate::runtime::suggestions::closest(name, locals) {
            return Some(found);
        }
        let globals = keys(frame.globals);
        if let Some(found) =
            crate::runtime::suggestions::closest(name, globals.iter().map(|s| &**s))
        {
            return Some(found);
        }
        let builtins = keys(self.builtins);
        crate::runtime::suggestions::closest(name, builtins.iter().map(|s| &**s))
    }

    pub fn attach_suggestion(&mut self, error: &Exception, suggestion: Option<String>) {
        if let (Exception::Raised(r), Some(suggestion)) = (error, suggestion) {
            if let Some(Object::Exception(e)) = self.heap.get_mut(*r) {
                e.suggestion = Some(suggestion.into());
            }
        }
    }

    /// Keeps the missing name with the exception, for the "Did you mean" hint CPython
    /// prints under an uncaught NameError.
    fn remember_name(&mut self, error: Exception, name: &str) {
        if let Exception::Raised(r) = error {
            let value = self.new_str(name);
            if let Some(Object::Exception(e)) = self.heap.get_mut(r) {
                e.name = Some(value);
            }
        }
    }

    pub(super) fn store_global(&mut self, i: u32, value: Value) {
        let Some(name) = self
            .frames
            .last()
            .and_then(|f| f.code.names.get(i as usize))
            .cloned()
        else {
            return;
        };
        let globals = self.globals();
        self.dict_insert_hashed(globals, name.value, name.hash, value);
    }

    pub(super) fn delete_global(&mut self, i: u32) -> Result<(), Exception> {
        let Some(name) = self
            .frames
            .last()
            .and_then(|f| f.code.names.get(i as usize))
            .cloned()
        else {
            return Ok(());
        };
        let globals = Value::Obj(self.globals());
        match self.dict_remove(globals, name.value)? {
            Some(_) => Ok(()),
            None => Err(self.name_error(&name.text)),
        }
    }
}
