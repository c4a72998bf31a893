//! The `time` module. Clock readings go through the run's recorded input, so stepping
//! back and replaying shows the same values; `sleep` checks its argument and returns
//! at once, because a paused browser tab must never block.

use super::args::{one_argument, real_arg, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::{KwArgs, NativeFn};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn init_time(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    let functions: [(&'static str, NativeFn); 6] = [
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("perf_counter_ns", time_perf_counter_ns),
        ("perf_counter", time_perf_counter),
        ("monotonic", time_monotonic),
        ("sleep", time_sleep),
    ];
    for (name, function) in functions {
        vm.add_module_function(dict, "time", name, function);
    }
    Ok(())
}

/// A clock reading in seconds, taken as a recorded input.
fn clock(vm: &mut Vm, args: &[Value], kwargs: &KwArgs, qualname: &str) -> NativeResult {
    super::args::no_arguments(vm, qualname, args, kwargs)?;
    Ok(Value::Float(vm.input.wall_clock()))
}

fn time_time(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    clock(vm, args, kwargs, "time.time")
}

/// A clock reading in whole nanoseconds.
fn clock_ns(vm: &mut Vm, args: &[Value], kwargs: &KwArgs, qualname: &str) -> NativeResult {
    super::args::no_arguments(vm, qualname, args, kwargs)?;
    Ok(Value::Int((vm.input.wall_clock() * 1e9) as i64))
}

fn time_time_ns(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    clock_ns(vm, args, kwargs, "time.time_ns")
}

fn time_perf_counter_ns(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    clock_ns(vm, args, kwargs, "time.perf_counter_ns")
}

fn time_perf_counter(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    clock(vm, args, kwargs, "time.perf_counter")
}

fn time_monotonic(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    clock(vm, args, kwargs, "time.monotonic")
}

/// `sleep(secs)`: validates like CPython, then returns without waiting.
fn time_sleep(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let seconds = one_argument(vm, "time.sleep", args, kwargs)?;
    let seconds = match vm.number(seconds) {
        Some(_) => real_arg(vm, seconds)?,
        None => {
            let message = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.class_name(seconds)
            );
            return Err(vm.type_error(message));
        }
    };
    if seconds.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if seconds < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    Ok(Value::None)
}
