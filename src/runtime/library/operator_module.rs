//! The `operator` module: Python's operators as functions, for `reduce`, `sorted` and
//! `map` (`operator.add`, `operator.itemgetter(1)`, …).

use super::args::{clinic_count, one_argument, reject_keywords, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::{KwArgs, NativeFn, NativeFunction};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::{CmpOperator, Operator, UnaryOperator};

pub fn init_operator(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    let functions: [(&'static str, NativeFn); 17] = [
        ("add", operator_add),
        ("sub", operator_sub),
        ("mul", operator_mul),
        ("truediv", operator_truediv),
        ("floordiv", operator_floordiv),
        ("mod", operator_mod),
        ("pow", operator_pow),
        ("neg", operator_neg),
        ("index", operator_index),
        ("eq", operator_eq),
        ("ne", operator_ne),
        ("lt", operator_lt),
        ("le", operator_le),
        ("gt", operator_gt),
        ("ge", operator_ge),
        ("getitem", operator_getitem),
        ("itemgetter", operator_itemgetter),
    ];
    for (name, function) in functions {
        vm.add_module_function(dict, "operator", name, function);
    }
    Ok(())
}

fn two(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
) -> Result<(Value, Value), Exception> {
    reject_keywords(vm, name, kwargs)?;
    clinic_count(vm, name, args, 2, 2)?;
    Ok((args[0], args[1]))
}

fn binary(vm: &mut Vm, args: &[Value], kwargs: &KwArgs, name: &str, op: Operator) -> NativeResult {
    let (a, b) = two(vm, args, kwargs, name)?;
    vm.binary_op(op, a, b, false)
}

fn compare(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
    name: &str,
    op: CmpOperator,
) -> NativeResult {
    let (a, b) = two(vm, args, kwargs, name)?;
    vm.compare_op(op, a, b)
}

macro_rules! operator_functions {
    ($($function:ident => $kind:ident($name:literal, $op:expr);)*) => {
        $(fn $function(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
            $kind(vm, args, kwargs, $name, $op)
        })*
    };
}

operator_functions! {
    operator_add => binary("add", Operator::Add);
    operator_sub => binary("sub", Operator::Sub);
    operator_mul => binary("mul", Operator::Mult);
    operator_truediv => binary("truediv", Operator::Div);
    operator_floordiv => binary("floordiv", Operator::FloorDiv);
    operator_mod => binary("mod", Operator::Mod);
    operator_pow => binary("pow", Operator::Pow);
    operator_eq => compare("eq", CmpOperator::Eq);
    operator_ne => compare("ne", CmpOperator::NotEq);
    operator_lt => compare("lt", CmpOperator::Lt);
    operator_le => compare("le", CmpOperator::LtE);
    operator_gt => compare("gt", CmpOperator::Gt);
    operator_ge => compare("ge", CmpOperator::GtE);
}

fn operator_neg(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "operator.neg", args, kwargs)?;
    vm.unary_op(UnaryOperator::USub, value)
}

/// `operator.index(x)`: an int, or what `x.__index__()` returns; TypeError otherwise.
fn operator_index(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let value = one_argument(vm, "operator.index", args, kwargs)?;
    let n = super::args::index_value(vm, value)?;
    vm.new_int_big(n)
}

fn operator_getitem(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (container, key) = two(vm, args, kwargs, "getitem")?;
    vm.get_item(container, key)
}

/// `itemgetter(*items)`: a callable returning `obj[item]`, or a tuple of them.
fn operator_itemgetter(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    reject_keywords(vm, "itemgetter", kwargs)?;
    if args.is_empty() {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    let items = vm.new_tuple(args.to_vec());
    let native = NativeFunction {
        name: "itemgetter",
        func: get_items,
        owner: None,
        module: Some("operator"),
        receiver: Some(items),
    };
    Ok(vm.alloc(Object::Native(native)))
}

fn get_items(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let Some((&items, rest)) = args.split_first() else {
        return Ok(Value::None);
    };
    let target = one_argument(vm, "itemgetter", rest, kwargs)?;
    let keys = match items.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Tuple(keys)) => keys.to_vec(),
        _ => Vec::new(),
    };
    if let [key] = keys[..] {
        return vm.get_item(target, key);
    }
    let mut found = Vec::with_capacity(keys.len());
    for key in keys {
        found.push(vm.get_item(target, key)?);
    }
    Ok(vm.new_tuple(found))
}
