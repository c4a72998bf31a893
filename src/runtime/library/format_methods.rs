//! `__format__` as a method: `(1.5).__format__('.2f')`, `object().__format__('')`,
//! and `super().__format__(spec)` in a class that defines its own.
//!
//! CPython's `object.__format__` is `str(self)` for an empty spec and refuses any
//! other ("unsupported format string passed to C.__format__", naming the receiver's
//! type); int, float, str and complex override it with their format mini-languages.

use super::args::{one_argument, receiver, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::rc::Rc;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::Object, "__format__", object_format);
    registry.method(TypeId::Int, "__format__", int_format);
    registry.method(TypeId::Float, "__format__", float_format);
    registry.method(TypeId::Str, "__format__", str_format);
    registry.method(TypeId::Complex, "__format__", complex_format);
}

/// The receiver and its spec, which must be a str: "__format__() argument must be
/// str, not int".
fn spec_argument(
    vm: &mut Vm,
    owner: TypeId,
    args: &[Value],
    kwargs: &KwArgs,
) -> Result<(Value, Rc<str>), Exception> {
    let (this, rest) = receiver(vm, args, owner, "__format__")?;
    let qualname = format!("{}.__format__", owner.name());
    let spec = one_argument(vm, &qualname, rest, kwargs)?;
    match vm.str_text(spec) {
        Some(text) => Ok((this, text)),
        None => {
            let message = format!(
                "__format__() argument must be str, not {}",
                vm.class_name(spec)
            );
            Err(vm.type_error(message))
        }
    }
}

fn object_format(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, spec) = spec_argument(vm, TypeId::Object, args, kwargs)?;
    if !spec.is_empty() {
        let message = format!(
            "unsupported format string passed to {}.__format__",
            vm.class_name(this)
        );
        return Err(vm.type_error(message));
    }
    let text = vm.to_str(this)?;
    Ok(vm.new_str(&text))
}

/// A built-in type's own formatting, applied to the built-in value the receiver is
/// or extends (so a subclass's `__format__` is not re-entered).
fn typed_format(vm: &mut Vm, owner: TypeId, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, spec) = spec_argument(vm, owner, args, kwargs)?;
    let base = vm.builtin_view(this);
    let text = vm.format_value(base, &spec)?;
    Ok(vm.new_str(&text))
}

fn int_format(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    typed_format(vm, TypeId::Int, args, kwargs)
}

fn float_format(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    typed_format(vm, TypeId::Float, args, kwargs)
}

fn str_format(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    typed_format(vm, TypeId::Str, args, kwargs)
}

fn complex_format(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    typed_format(vm, TypeId::Complex, args, kwargs)
}
