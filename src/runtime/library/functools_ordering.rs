//! `functools.total_ordering`: given `__eq__` and one ordering method, a class gets
//! the other three, derived the way functools.py derives them.

use super::args::{one_argument, NativeResult};
use crate::runtime::native::{KwArgs, NativeFunction};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::CmpOperator;

/// How a derived method turns the root's answer `r` into its own.
#[derive(Clone, Copy)]
enum Derivation {
    /// `not r and self != other`
    NotAndUnequal = 1,
    /// `r or self == other`
    OrEqual = 2,
    /// `not r`
    Not = 3,
    /// `r and self != other`
    AndUnequal = 4,
    /// `not r or self == other`
    NotOrEqual = 5,
}

/// For each possible root, the methods it provides and how (functools' `_convert`).
const CONVERSIONS: [(&str, [(&str, Derivation); 3]); 4] = [
    (
        "__lt__",
        [
            ("__gt__", Derivation::NotAndUnequal),
            ("__le__", Derivation::OrEqual),
            ("__ge__", Derivation::Not),
        ],
    ),
    (
        "__le__",
        [
            ("__ge__", Derivation::NotOrEqual),
            ("__lt__", Derivation::AndUnequal),
            ("__gt__", Derivation::Not),
        ],
    ),
    (
        "__gt__",
        [
            ("__lt__", Derivation::NotAndUnequal),
            ("__ge__", Derivation::OrEqual),
            ("__le__", Derivation::Not),
        ],
    ),
    (
        "__ge__",
        [
            ("__le__", Derivation::NotOrEqual),
            ("__gt__", Derivation::AndUnequal),
            ("__lt__", Derivation::Not),
        ],
    ),
];

/// `total_ordering(cls)`: the root is the greatest name among the ordering methods
/// the class defines, as functools picks it with `max(roots)`.
pub fn functools_total_ordering(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let class = one_argument(vm, "total_ordering", args, kwargs)?;
    let defined: Vec<&str> = CONVERSIONS
        .iter()
        .map(|(root, _)| *root)
        .filter(|name| vm.lookup_in_class(class, name).is_some())
        .collect();
    let Some(&root) = defined.iter().max() else {
        return Err(vm.value_error("must define at least one ordering operation: < > <= >="));
    };
    let derived = CONVERSIONS
        .iter()
        .find(|(name, _)| *name == root)
        .map(|(_, derived)| *derived);
    for (name, derivation) in derived.into_iter().flatten() {
        if defined.contains(&name) {
            continue;
        }
        let root_name = vm.new_str(root);
        let state = vm.new_tuple(vec![root_name, Value::Int(derivation as i64)]);
        let native = NativeFunction {
            name,
            func: derived_comparison,
            owner: None,
            module: Some("functools"),
            receiver: Some(state),
        };
        let method = vm.alloc(Object::Native(native));
        vm.set_attr(class, name, method)?;
    }
    Ok(class)
}

fn truth(
    vm: &mut Vm,
    op: CmpOperator,
    a: Value,
    b: Value,
) -> Result<bool, crate::runtime::exception::Exception> {
    let answer = vm.compare_op(op, a, b)?;
    Ok(vm.truthy(answer))
}

/// A derived comparison: calls the root method, then combines as its derivation says.
fn derived_comparison(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let [state, this, other] = args[..] else {
        return Ok(Value::None);
    };
    let parts = match state.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(parts)) => parts.to_vec(),
        _ => Vec::new(),
    };
    let (Some(&root), Some(&code)) = (parts.first(), parts.get(1)) else {
        return Ok(Value::None);
    };
    let root = vm.str_text(root).unwrap_or_default();
    let Some(method) = vm.user_method(this, &root) else {
        return Ok(Value::None);
    };
    let answer = vm.call(method, vec![this, other], KwArgs::default())?;
    if vm.type_of(answer) == TypeId::NotImplementedType {
        return Ok(answer);
    }
    let r = vm.truthy(answer);
    let result = match vm.small_int(code) {
        Some(1) => !r && truth(vm, CmpOperator::NotEq, this, other)?,
        Some(2) => r || truth(vm, CmpOperator::Eq, this, other)?,
        Some(4) => r && truth(vm, CmpOperator::NotEq, this, other)?,
        Some(5) => !r || truth(vm, CmpOperator::Eq, this, other)?,
        _ => !r,
    };
    Ok(Value::Bool(result))
}
