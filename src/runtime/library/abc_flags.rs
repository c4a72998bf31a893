//! The `_abc` module, for `abc` written in Python: the collection flags of CPython's
//! `_abc` (`Py_TPFLAGS_SEQUENCE`, `Py_TPFLAGS_MAPPING`) that decide which classes
//! `match`'s sequence and mapping patterns take.

use super::args::NativeResult;
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::KwArgs;
use crate::runtime::object::CollectionFlag;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// CPython's bits for the two flags, as `__abc_tpflags__` gives them.
const SEQUENCE: i64 = 1 << 5;
const MAPPING: i64 = 1 << 6;

pub fn init_abc(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    vm.add_module_function(dict, "_abc", "set_collection_flag", set_collection_flag);
    vm.add_module_function(dict, "_abc", "collection_flags", collection_flags);
    Ok(())
}

/// `set_collection_flag(cls, flags)`: gives `cls` the sequence or mapping flag of
/// `flags` (other bits are ignored, and no flag leaves `cls` as it is).
fn set_collection_flag(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let [class, flags] = args[..] else {
        return Err(vm.type_error("set_collection_flag expected 2 arguments"));
    };
    let flag = match vm.small_int(flags) {
        Some(bits) if bits & SEQUENCE != 0 => Some(CollectionFlag::Sequence),
        Some(bits) if bits & MAPPING != 0 => Some(CollectionFlag::Mapping),
        Some(_) => None,
        None => return Err(vm.type_error("__abc_tpflags__ must be an int")),
    };
    if let Some(flag) = flag {
        vm.set_collection_flag(class, flag);
    }
    Ok(Value::None)
}

/// `collection_flags(cls)`: the flag bits `cls` has or inherits.
fn collection_flags(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    let [class] = args[..] else {
        return Err(vm.type_error("collection_flags expected 1 argument"));
    };
    Ok(Value::Int(match vm.collection_flag(class) {
        Some(CollectionFlag::Sequence) => SEQUENCE,
        Some(CollectionFlag::Mapping) => MAPPING,
        None => 0,
    }))
}
