//! The `_host_time` module, for the `datetime` module written in Python: the host
//! zone's UTC offset at an instant, which CPython's `datetime` reads from C's
//! `localtime` to turn a timestamp into local time. The reading is recorded input,
//! so stepping back and replaying gives the same local times.

use super::args::{one_argument, real_arg, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::KwArgs;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn init_host_time(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    vm.add_module_function(dict, "_host_time", "utc_offset", utc_offset);
    Ok(())
}

/// `utc_offset(seconds)`: the offset in whole seconds east of UTC, as an int.
fn utc_offset(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let seconds = one_argument(vm, "utc_offset", args, kwargs)?;
    let seconds = real_arg(vm, seconds)?;
    if !seconds.is_finite() {
        return Err(vm.value_error("timestamp out of range for platform time_t"));
    }
    let offset = vm.input.local_offset(seconds);
    Ok(Value::Int(offset.round() as i64))
}
