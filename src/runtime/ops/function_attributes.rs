//! Attributes of function and code objects: `__name__`, `__defaults__`,
//! `__closure__`, `__code__` and its `co_*` tables, and a function's `__dict__`.

use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::rc::Rc;

impl Vm {
    pub(super) fn function_attr(
        &mut self,
        r: ObjRef,
        name: &str,
    ) -> Result<Option<Value>, Exception> {
        let Object::Function(f) = self.heap.get(r).clone() else {
            return Ok(None);
        };
        let value = match name {
            "__name__" => f.name,
            "__qualname__" => f.qualname,
            "__doc__" => f.doc,
            "__module__" => f.module,
            "__defaults__" => f.defaults.map_or(Value::None, Value::Obj),
            "__kwdefaults__" => f.kwdefaults.map_or(Value::None, Value::Obj),
            "__closure__" => f.closure.map_or(Value::None, Value::Obj),
            "__globals__" => Value::Obj(f.globals),
            "__code__" => Value::Obj(f.code_object),
            "__dict__" => Value::Obj(self.function_dict(r)),
            "__annotations__" => Value::Obj(self.function_annotations(r)),
            _ => {
                let Some(dict) = f.dict else { return Ok(None) };
                let hash = crate::runtime::hashing::hash_str(name);
                return Ok(self.dict_get_str(dict, name, hash));
            }
        };
        Ok(Some(value))
    }

    /// A function's `__annotations__`, an empty dict made on first use when the
    /// `def` had none.
    fn function_annotations(&mut self, r: ObjRef) -> ObjRef {
        if let Object::Function(f) = self.heap.get(r) {
            if let Some(annotations) = f.annotations {
                return annotations;
            }
        }
        let Value::Obj(annotations) = self.new_dict() else {
            return r;
        };
        if let Some(Object::Function(f)) = self.heap.get_mut(r) {
            f.annotations = Some(annotations);
        }
        annotations
    }

    /// A function's `__dict__`, made on first use.
    pub(super) fn function_dict(&mut self, r: ObjRef) -> ObjRef {
        if let Object::Function(f) = self.heap.get(r) {
            if let Some(dict) = f.dict {
                return dict;
            }
        }
        let Value::Obj(dict) = self.new_dict() else {
            return r;
        };
        if let Some(Object::Function(f)) = self.heap.get_mut(r) {
            f.dict = Some(dict);
        }
        dict
    }

    pub(super) fn code_attr(
        &mut self,
        code: &Rc<crate::runtime::code::CodeObject>,
        name: &str,
    ) -> Option<Value> {
        let names = |vm: &mut Vm, list: &[Rc<str>]| {
            let items = list.iter().map(|n| vm.new_str(n)).collect();
            vm.new_tuple(items)
        };
        Some(match name {
            "co_name" => self.new_str(&code.name),
            "co_qualname" => self.new_str(&code.qualname),
            "co_filename" => self.new_str(&code.filename),
            "co_varnames" => names(self, &code.varnames),
            "co_cellvars" => names(self, &code.cellvars),
            "co_freevars" => names(self, &code.freevars),
            "co_names" => {
                let list: Vec<Rc<str>> = code.names.iter().map(|n| n.text.clone()).collect();
                names(self, &list)
            }
            "co_argcount" => Value::Int(i64::from(code.argcount)),
            "co_posonlyargcount" => Value::Int(i64::from(code.posonlyargcount)),
            "co_kwonlyargcount" => Value::Int(i64::from(code.kwonlyargcount)),
            "co_nlocals" => Value::Int(code.varnames.len() as i64),
            "co_firstlineno" => Value::Int(i64::from(code.firstlineno)),
            "co_flags" => Value::Int(code.flag_bits()),
            _ => return None,
        })
    }

    pub(super) fn set_function_attr(
        &mut self,
        r: ObjRef,
        name: &str,
        value: Value,
    ) -> Result<(), Exception> {
        self.check_function_attr(r, name, value)?;
        let code = match value.as_obj().map(|c| (c, self.heap.get(c))) {
            Some((c, Object::Code(code))) if name == "__code__" => Some((c, code.clone())),
            _ => None,
        };
        let as_tuple = |v: Value| v.as_obj();
        if let Some(Object::Function(f)) = self.heap.get_mut(r) {
            match name {
                "__name__" => f.name = value,
                "__qualname__" => f.qualname = value,
                "__doc__" => f.doc = value,
                "__module__" => f.module = value,
                "__defaults__" => f.defaults = as_tuple(value),
                "__kwdefaults__" => f.kwdefaults = as_tuple(value),
                "__code__" => {
                    if let Some((object, code)) = code {
                        f.code = code;
                        f.code_object = object;
                    }
                }
                _ => {
                    let dict = self.function_dict(r);
                    self.dict_set_str(dict, name, value);
                }
            }
        }
        Ok(())
    }

    /// CPython's rules for writing a function's special attributes: some are
    /// read-only, the names must be strs, and a new `__code__` must have as many free
    /// variables as the function's `__closure__` has cells.
    fn check_function_attr(&mut self, r: ObjRef, name: &str, value: Value) -> Result<(), Exception> {
        let must_be = |what: &str| format!("{name} must be set to a {what} object");
        let is = |vm: &Vm, ty: TypeId| vm.type_of(value) == ty;
        match name {
            "__closure__" | "__globals__" | "__builtins__" => {
                Err(self.error(TypeId::AttributeError, "readonly attribute"))
            }
            "__name__" | "__qualname__" if !is(self, TypeId::Str) => {
                Err(self.type_error(must_be("string")))
            }
            "__defaults__" if !value.is_none() && !is(self, TypeId::Tuple) => {
                Err(self.type_error(must_be("tuple")))
            }
            "__kwdefaults__" if !value.is_none() && !is(self, TypeId::Dict) => {
                Err(self.type_error(must_be("dict")))
            }
            "__code__" => self.check_new_code(r, value),
            _ => Ok(()),
        }
    }

    fn check_new_code(&mut self, r: ObjRef, value: Value) -> Result<(), Exception> {
        let Some(Object::Code(code)) = value.as_obj().map(|c| self.heap.get(c)) else {
            return Err(self.type_error("__code__ must be set to a code object"));
        };
        let free = code.freevars.len();
        let Object::Function(f) = self.heap.get(r) else {
            return Ok(());
        };
        let (closure, function_name) = (f.closure, f.name);
        let cells = closure.map_or(0, |c| self.sequence_items_len(Value::Obj(c)));
        if free == cells {
            return Ok(());
        }
        let name = self.str_text(function_name).unwrap_or_default();
        let message = format!("{name}() requires a code object with {cells} free vars, not {free}");
        Err(self.value_error(message))
    }
}
