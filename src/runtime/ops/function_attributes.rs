//! Attributes of function and code objects: `__name__`, `__defaults__`,
//! `__closure__`, `__code__` and its `co_*` tables, and a function's `__dict__`.

use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::Object;
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
        let as_tuple = |v: Value| v.as_obj();
        if let Some(Object::Function(f)) = self.heap.get_mut(r) {
            match name {
                "__name__" => f.name = value,
                "__qualname__" => f.qualname = value,
                "__doc__" => f.doc = value,
                "__module__" => f.module = value,
                "__defaults__" => f.defaults = as_tuple(value),
                "__kwdefaults__" => f.kwdefaults = as_tuple(value),
                _ => {
                    let dict = self.function_dict(r);
                    self.dict_set_str(dict, name, value);
                }
            }
        }
        Ok(())
    }
}
