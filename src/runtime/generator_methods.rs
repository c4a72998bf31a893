//! The methods of generator objects: `send`, `throw` and `close`.

use super::exception::Exception;
use super::heap::ObjRef;
use super::native::{KwArgs, Registry};
use super::object::{GeneratorState, Object};
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::Generator, "send", generator_send);
    registry.method(TypeId::Generator, "throw", generator_throw);
    registry.method(TypeId::Generator, "close", generator_close);
    registry.method(TypeId::Generator, "__next__", generator_next_method);
    registry.method(TypeId::Coroutine, "send", generator_send);
    registry.method(TypeId::Coroutine, "throw", generator_throw);
    registry.method(TypeId::Coroutine, "close", generator_close);
}

fn receiver(vm: &mut Vm, args: &[Value]) -> Result<ObjRef, Exception> {
    match args.first().and_then(|v| v.as_obj()) {
        Some(r) if matches!(vm.heap.get(r), Object::Generator(_)) => Ok(r),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn state(vm: &Vm, generator: ObjRef) -> Option<GeneratorState> {
    match vm.heap.get(generator) {
        Object::Generator(g) => Some(g.state),
        _ => None,
    }
}

/// The StopIteration that ends a generator, carrying what it returned.
fn stop_iteration(vm: &mut Vm, generator: ObjRef) -> Exception {
    let returned = vm.generator_return_value(Value::Obj(generator));
    vm.exception_with_args(TypeId::StopIteration, returned.into_iter().collect())
}

fn generator_next_method(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let generator = receiver(vm, args)?;
    match vm.generator_next(generator, Value::None)? {
        Some(value) => Ok(value),
        None => Err(stop_iteration(vm, generator)),
    }
}

/// `gen.send(value)`: resumes with `value` as the result of the paused `yield`.
fn generator_send(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let generator = receiver(vm, args)?;
    let sent = args.get(1).copied().unwrap_or(Value::None);
    match vm.generator_next(generator, sent)? {
        Some(value) => Ok(value),
        None => Err(stop_iteration(vm, generator)),
    }
}

/// `gen.throw(exc)`: raises `exc` where the generator is paused.
fn generator_throw(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let generator = receiver(vm, args)?;
    let thrown = args.get(1).copied().unwrap_or(Value::None);
    let exception = vm.make_exception(thrown)?;
    match vm.generator_throw(generator, exception)? {
        Some(value) => Ok(value),
        None => Err(stop_iteration(vm, generator)),
    }
}

/// `gen.close()`: raises GeneratorExit inside; a generator that yields again is an error.
fn generator_close(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let generator = receiver(vm, args)?;
    // CPython 3.11 runs even a generator that never started, to raise GeneratorExit
    // at its first line (a tracer sees its call, exception and return).
    if !matches!(state(vm, generator), Some(GeneratorState::Suspended | GeneratorState::Created)) {
        vm.close_generator(generator);
        return Ok(Value::None);
    }
    let Exception::Raised(exit) = vm.exception_with_args(TypeId::GeneratorExit, Vec::new()) else {
        return Ok(Value::None);
    };
    match vm.generator_throw(generator, exit) {
        Ok(Some(_)) => Err(vm.error(TypeId::RuntimeError, "generator ignored GeneratorExit")),
        Ok(None) => Ok(Value::None),
        Err(Exception::Raised(e))
            if matches!(
                vm.heap.get(e).type_id(),
                TypeId::GeneratorExit | TypeId::StopIteration
            ) =>
        {
            Ok(Value::None)
        }
        Err(error) => Err(error),
    }
}
