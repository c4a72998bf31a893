//! `repr()` and `str()` of built-in values, as CPython 3.11 writes them.

use super::exception::Exception;
use super::heap::ObjRef;
use super::object::{DictView, Object};
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;
use crate::pytext::{float_repr, str_repr};
use std::rc::Rc;

/// Nesting deeper than this raises RecursionError, as CPython's repr does.
const MAX_REPR_DEPTH: usize = 1000;

impl Vm {
    pub fn repr(&mut self, value: Value) -> Result<String, Exception> {
        if self.has_user_class(value) {
            if let Some(text) = self.repr_dunder(value, "__repr__")? {
                return Ok(text);
            }
            let base = self.builtin_view(value);
            if base != value {
                return self.repr(base);
            }
            match value.as_obj().map(|r| self.heap.get(r)) {
                Some(Object::Instance(_)) => return Ok(self.instance_repr(value)),
                // A class whose metaclass defines no __repr__ prints as type.__repr__ does.
                Some(Object::Class(class)) => return Ok(self.class_repr(class)),
                _ => {}
            }
        }
        let mut out = String::new();
        let mut active = Vec::new();
        match value {
            // An instance of a user-defined exception class without its own __repr__:
            // BaseException.__repr__ writes the class name and the args. (Going back
            // through write_repr would ask this method again, forever.)
            Value::Obj(r) if self.has_user_class(value) => {
                self.write_object_repr(r, &mut out, &mut active)?
            }
            _ => self.write_repr(value, &mut out, &mut active)?,
        }
        Ok(out)
    }

    /// `str(x)`: the text itself for a str, the message for an exception, else repr.
    pub fn to_str(&mut self, value: Value) -> Result<String, Exception> {
        if self.has_user_class(value) {
            if let Some(text) = self.repr_dunder(value, "__str__")? {
                return Ok(text);
            }
            // `str.__str__` comes before `object.__str__` in a str subclass's MRO: it
            // prints its text. Other bases leave `__str__` to `object`, which reprs.
            if let Some(Object::Instance(instance)) = value.as_obj().map(|r| self.heap.get(r)) {
                let base = instance.base_value;
                return match base.and_then(|b| self.str_text(b)) {
                    Some(text) => Ok(text.to_string()),
                    None => self.repr(value),
                };
            }
        }
        if let Some(text) = self.str_text(value) {
            return Ok(text.to_string());
        }
        if let Value::Obj(r) = value {
            if let Some(text) = self.exception_group_str(value)? {
                return Ok(text);
            }
            if let Object::Exception(e) = self.heap.get(r) {
                let args = e.args.clone();
                let is_key_error = e.ty.is_subtype_of(TypeId::KeyError);
                if e.ty.is_subtype_of(TypeId::SyntaxError) {
                    if let Some(text) = self.syntax_error_str(&args) {
                        return Ok(text);
                    }
                }
                return self.exception_str(&args, is_key_error);
            }
        }
        self.repr(value)
    }

    /// A class whose metaclass defines `__repr__` prints as that says.
    fn metaclass_repr(&mut self, value: Value) -> Result<Option<String>, Exception> {
        let is_class = matches!(
            value.as_obj().map(|r| self.heap.get(r)),
            Some(Object::Class(_))
        );
        if !is_class || !self.is_class(self.class_of(value)) {
            return Ok(None);
        }
        self.repr_dunder(value, "__repr__")
    }

    /// `BaseExceptionGroup.__str__`: "message (2 sub-exceptions)".
    fn exception_group_str(&mut self, value: Value) -> Result<Option<String>, Exception> {
        let Some((message, members)) =
            crate::runtime::library::exception_group::group_parts(self, value)
        else {
            return Ok(None);
        };
        let message = self.to_str(message)?;
        let count = members.len();
        let plural = if count > 1 { "s" } else { "" };
        Ok(Some(format!("{message} ({count} sub-exception{plural})")))
    }

    /// CPython's `BaseException.__str__`: '' for no args, str(arg) for one (repr for
    /// KeyError), the tuple's repr for several.
    fn exception_str(&mut self, args: &[Value], is_key_error: bool) -> Result<String, Exception> {
        match args {
            [] => Ok(String::new()),
            [one] if is_key_error => self.repr(*one),
            [one] => self.to_str(*one),
            _ => {
                let tuple = self.new_tuple(args.to_vec());
                self.repr(tuple)
            }
        }
    }

    fn write_repr(
        &mut self,
        value: Value,
        out: &mut String,
        active: &mut Vec<ObjRef>,
    ) -> Result<(), Exception> {
        match value {
            Value::None | Value::Null => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(f) => out.push_str(&float_repr(f)),
            Value::Obj(r) => {
                if active.len() > MAX_REPR_DEPTH {
                    return Err(self.error(
                        TypeId::RecursionError,
                        "maximum recursion depth exceeded while getting the repr of an object",
                    ));
                }
                if self.has_user_class(value) {
                    out.push_str(&self.repr(value)?);
                } else if let Some(text) = self.metaclass_repr(value)? {
                    out.push_str(&text);
                } else if let Object::Class(class) = self.heap.get(r) {
                    out.push_str(&self.class_repr(class));
                } else {
                    self.write_object_repr(r, out, active)?;
                }
            }
        }
        Ok(())
    }

    fn write_object_repr(
        &mut self,
        r: ObjRef,
        out: &mut String,
        active: &mut Vec<ObjRef>,
    ) -> Result<(), Exception> {
        if let Some(text) = crate::runtime::library::native_repr(self, Value::Obj(r)) {
            out.push_str(&text?);
            return Ok(());
        }
        let address = self.heap.address(r);
        let simple = match self.heap.get(r) {
            Object::Str(s) => Some(str_repr(&s.text())),
            Object::Bytes(bytes) => Some(crate::pytext::bytes_repr(bytes)),
            Object::Complex(c) => Some(crate::pytext::complex_repr(c.real, c.imag)),
            // CPython 3.11 refuses to write ints past 4300 decimal digits.
            Object::BigInt(n) => Some(
                crate::pytext::int_to_decimal(n).map_err(|message| self.value_error(message))?,
            ),
            Object::Range(range) => Some(range_repr(range.start, range.stop, range.step)),
            Object::BigRange(range) => Some(crate::runtime::big_range::big_range_repr(range)),
            Object::Type(ty) => Some(type_repr(*ty)),
            Object::Function(f) => {
                let qualname = self.str_text(f.qualname).unwrap_or_default();
                Some(format!("<function {qualname} at {address:#x}>"))
            }
            Object::Native(native) => Some(match (native.owner, native.receiver) {
                (Some(owner), None) => {
                    format!("<method '{}' of '{}' objects>", native.name, owner.name())
                }
                (_, Some(receiver)) => {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        native.name,
                        self.type_name(receiver),
                        self.value_address(receiver)
                    )
                }
                _ => format!("<built-in function {}>", native.name),
            }),
            Object::Module(module) => Some(super::module_loader::module_repr(&module.name)),
            Object::Code(code) => Some(format!(
                "<code object {} at {address:#x}, file \"{}\", line {}>",
                code.name, code.filename, code.firstlineno
            )),
            Object::GeneratorFrame(generator) => {
                let generator = *generator;
                let line = self.generator_line(generator).unwrap_or(0);
                let (filename, name) = match self.heap.get(generator) {
                    Object::Generator(state) => {
                        (state.code.filename.clone(), state.code.name.clone())
                    }
                    _ => (Rc::from(""), Rc::from("")),
                };
                Some(format!(
                    "<frame at {address:#x}, file '{filename}', line {line}, code {name}>"
                ))
            }
            Object::Traceback { entry, frame } => {
                Some(self.traceback_repr(*entry, *frame, address))
            }
            Object::Generator(generator) => {
                let qualname = self.str_text(generator.qualname).unwrap_or_default();
                let kind = self.heap.get(r).type_id().name();
                Some(format!("<{kind} object {qualname} at {address:#x}>"))
            }
            Object::Stream(kind) => Some(format!(
                "<_io.TextIOWrapper name='<{}>' mode='w' encoding='utf-8'>",
                if *kind == super::sys_module::StreamKind::Stdout {
                    "stdout"
                } else {
                    "stderr"
                }
            )),
            Object::Iterator(_) | Object::AsyncGenStep(_) | Object::Free => Some(format!(
                "<{} object at {address:#x}>",
                self.heap.get(r).type_id().name()
            )),
            _ => None,
        };
        if let Some(text) = simple {
            out.push_str(&text);
            return Ok(());
        }
        if active.contains(&r) {
            out.push_str(self.recursive_placeholder(r));
            return Ok(());
        }
        active.push(r);
        let result = self.write_container_repr(r, out, active);
        active.pop();
        result
    }

    fn recursive_placeholder(&self, r: ObjRef) -> &'static str {
        match self.heap.get(r) {
            Object::List(_) => "[...]",
            Object::Dict(_) => "{...}",
            _ => "(...)",
        }
    }

    fn write_container_repr(
        &mut self,
        r: ObjRef,
        out: &mut String,
        active: &mut Vec<ObjRef>,
    ) -> Result<(), Exception> {
        match self.heap.get(r).clone() {
            Object::List(items) => {
                self.write_sequence(&items.to_vec(), "[", "]", false, out, active)
            }
            Object::Tuple(items) => {
                self.write_sequence(&items, "(", ")", items.len() == 1, out, active)
            }
            Object::Set { items, frozen } => {
                let keys = super::set_order::ordered_members(&items);
                match (keys.is_empty(), frozen) {
                    (true, false) => out.push_str("set()"),
                    (true, true) => out.push_str("frozenset()"),
                    (false, false) => self.write_sequence(&keys, "{", "}", false, out, active)?,
                    (false, true) => {
                        out.push_str("frozenset(");
                        self.write_sequence(&keys, "{", "}", false, out, active)?;
                        out.push(')');
                    }
                }
                Ok(())
            }
            Object::Dict(dict) => {
                let pairs: Vec<(Value, Value)> = dict.iter().map(|e| (e.key, e.value)).collect();
                self.write_pairs(&pairs, out, active)
            }
            Object::DictView { dict, kind } => self.write_view(dict, kind, out, active),
            Object::Cell(contents) => {
                let address = self.heap.address(r);
                match contents {
                    None => out.push_str(&format!("<cell at {address:#x}: empty>")),
                    Some(v) => out.push_str(&format!(
                        "<cell at {address:#x}: {} object at {:#x}>",
                        self.type_name(v),
                        self.value_address(v)
                    )),
                }
                Ok(())
            }
            Object::Exception(e) => {
                out.push_str(&self.class_name(Value::Obj(r)));
                self.write_sequence(&e.args, "(", ")", false, out, active)
            }
            Object::BoundMethod { receiver, function } => {
                let name = self.function_qualname(function);
                let receiver_repr = self.repr(receiver)?;
                out.push_str(&format!("<bound method {name} of {receiver_repr}>"));
                Ok(())
            }
            Object::Slice { start, stop, step } => {
                out.push_str("slice");
                self.write_sequence(&[start, stop, step], "(", ")", false, out, active)
            }
            Object::StaticMethod(function) | Object::ClassMethod(function) => {
                let kind = self.heap.get(r).type_id().name();
                out.push_str(&format!("<{kind}("));
                self.write_repr(function, out, active)?;
                out.push_str(")>");
                Ok(())
            }
            Object::Member(_) => {
                out.push_str(&self.member_repr(r));
                Ok(())
            }
            Object::Property { .. } => {
                let address = self.heap.address(r);
                out.push_str(&format!("<property object at {address:#x}>"));
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn write_view(
        &mut self,
        dict: ObjRef,
        kind: DictView,
        out: &mut String,
        active: &mut Vec<ObjRef>,
    ) -> Result<(), Exception> {
        let Object::Dict(table) = self.heap.get(dict).clone() else {
            return Ok(());
        };
        let (name, items): (&str, Vec<Value>) = match kind {
            DictView::Keys => ("dict_keys", table.keys()),
            DictView::Values => ("dict_values", table.iter().map(|e| e.value).collect()),
            DictView::Items => {
                let pairs: Vec<(Value, Value)> = table.iter().map(|e| (e.key, e.value)).collect();
                let tuples = pairs
                    .into_iter()
                    .map(|(k, v)| self.new_tuple(vec![k, v]))
                    .collect();
                ("dict_items", tuples)
            }
        };
        out.push_str(name);
        out.push('(');
        self.write_sequence(&items, "[", "]", false, out, active)?;
        out.push(')');
        Ok(())
    }

    fn write_sequence(
        &mut self,
        items: &[Value],
        open: &str,
        close: &str,
        trailing_comma: bool,
        out: &mut String,
        active: &mut Vec<ObjRef>,
    ) -> Result<(), Exception> {
        out.push_str(open);
        for (i, &item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_repr(item, out, active)?;
        }
        if trailing_comma {
            out.push(',');
        }
        out.push_str(close);
        Ok(())
    }

    fn write_pairs(
        &mut self,
        pairs: &[(Value, Value)],
        out: &mut String,
        active: &mut Vec<ObjRef>,
    ) -> Result<(), Exception> {
        out.push('{');
        for (i, &(key, value)) in pairs.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_repr(key, out, active)?;
            out.push_str(": ");
            self.write_repr(value, out, active)?;
        }
        out.push('}');
        Ok(())
    }

    /// The address CPython would print for any value (inline values get a stable
    /// made-up address derived from their contents).
    pub fn value_address(&self, value: Value) -> u64 {
        match value {
            Value::Obj(r) => self.heap.address(r),
            Value::Int(i) => 0x7e00_0000_0000 + (i as u64 & 0xffff_ffff) * 32,
            Value::Bool(b) => 0x7d00_0000_0000 + u64::from(b) * 32,
            Value::Float(f) => 0x7c00_0000_0000 + (f.to_bits() & 0xffff_ffff) * 16,
            Value::None | Value::Null => 0x7d00_0000_1000,
        }
    }

    /// `<class '__main__.Point'>`: the module, then the qualname.
    fn class_repr(&self, class: &super::object::ClassObject) -> String {
        match self.str_text(class.module) {
            Some(module) if &*module != "builtins" => {
                format!("<class '{module}.{}'>", class.qualname)
            }
            _ => format!("<class '{}'>", class.qualname),
        }
    }

    fn function_qualname(&self, function: Value) -> String {
        match function {
            Value::Obj(r) => match self.heap.get(r) {
                Object::Function(f) => self
                    .str_text(f.qualname)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
                Object::Native(n) => n.name.to_string(),
                _ => String::new(),
            },
            _ => String::new(),
        }
    }
}

fn range_repr(start: i64, stop: i64, step: i64) -> String {
    if step == 1 {
        format!("range({start}, {stop})")
    } else {
        format!("range({start}, {stop}, {step})")
    }
}

fn type_repr(ty: TypeId) -> String {
    match ty.module() {
        Some(module) => format!("<class '{module}.{}'>", ty.name()),
        None => format!("<class '{}'>", ty.name()),
    }
}
