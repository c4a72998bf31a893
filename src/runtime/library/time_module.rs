//! The `time` module. Clock readings go through the run's recorded input, so stepping
//! back and replaying shows the same values. `sleep` returns at once, because a paused
//! browser tab must never block; instead it moves the module's clocks forward by the
//! time slept, so `time()` after `sleep(1)` is at least a second later, as in CPython.
//!
//! The seconds slept so far live in a one-item list on the heap that every function
//! of the module holds as its bound receiver, so checkpoints include them.

use super::args::{no_arguments, one_argument, real_arg, NativeResult};
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::{KwArgs, NativeFn, NativeFunction};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn init_time(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    let slept = vm.new_list(vec![Value::Float(0.0)]);
    let functions: [(&'static str, NativeFn); 6] = [
        ("time", time_time),
        ("time_ns", time_time_ns),
        ("perf_counter", time_perf_counter),
        ("perf_counter_ns", time_perf_counter_ns),
        ("monotonic", time_monotonic),
        ("sleep", time_sleep),
    ];
    for (name, func) in functions {
        let native = NativeFunction {
            name,
            func,
            owner: None,
            module: Some("time"),
            receiver: Some(slept),
        };
        let value = vm.alloc(Object::Native(native));
        vm.dict_set_str(dict, name, value);
    }
    Ok(())
}

fn slept_seconds(vm: &Vm, slept: Value) -> f64 {
    match slept.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::List(items)) => match items.first() {
            Some(Value::Float(seconds)) => *seconds,
            _ => 0.0,
        },
        _ => 0.0,
    }
}

/// A clock reading in seconds: the recorded wall clock plus the time slept.
fn clock(vm: &mut Vm, args: &[Value], kwargs: &KwArgs, qualname: &str) -> Result<f64, Exception> {
    let (slept, rest) = args
        .split_first()
        .map_or((Value::None, args), |(&slept, rest)| (slept, rest));
    no_arguments(vm, qualname, rest, kwargs)?;
    Ok(vm.input.wall_clock() + slept_seconds(vm, slept))
}

fn time_time(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    clock(vm, args, kwargs, "time.time").map(Value::Float)
}

fn time_perf_counter(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    clock(vm, args, kwargs, "time.perf_counter").map(Value::Float)
}

fn time_monotonic(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    clock(vm, args, kwargs, "time.monotonic").map(Value::Float)
}

fn time_time_ns(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    clock(vm, args, kwargs, "time.time_ns").map(|seconds| Value::Int((seconds * 1e9) as i64))
}

fn time_perf_counter_ns(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    clock(vm, args, kwargs, "time.perf_counter_ns")
        .map(|seconds| Value::Int((seconds * 1e9) as i64))
}

/// `sleep(secs)`: validates like CPython, then advances the clocks without waiting.
fn time_sleep(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (slept, rest) = args
        .split_first()
        .map_or((Value::None, args), |(&slept, rest)| (slept, rest));
    let seconds = one_argument(vm, "time.sleep", rest, kwargs)?;
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
    let total = slept_seconds(vm, slept) + seconds;
    if let Some(Object::List(items)) = slept.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        *items = vec![Value::Float(total)].into();
    }
    Ok(Value::None)
}
