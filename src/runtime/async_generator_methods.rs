//! The methods of async generators (`__aiter__`, `__anext__`, `asend`, `athrow`,
//! `aclose`) and of the awaitables they return (`send`, `throw`, `close`, `__next__`,
//! `__iter__`, `__await__`), as CPython 3.11's `genobject.c` has them.

use super::exception::Exception;
use super::heap::ObjRef;
use super::native::{KwArgs, Registry};
use super::object::AsyncGenAction;
use super::types::TypeId;
use super::value::Value;
use super::vm::{StepOutcome, Vm};

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::AsyncGenerator, "__aiter__", async_gen_aiter);
    registry.method(TypeId::AsyncGenerator, "__anext__", async_gen_anext);
    registry.method(TypeId::AsyncGenerator, "asend", async_gen_asend);
    registry.method(TypeId::AsyncGenerator, "athrow", async_gen_athrow);
    registry.method(TypeId::AsyncGenerator, "aclose", async_gen_aclose);
    for owner in [TypeId::AsyncGenASend, TypeId::AsyncGenAThrow] {
        registry.method(owner, "send", step_send);
        registry.method(owner, "throw", step_throw);
        registry.method(owner, "close", step_close);
        registry.method(owner, "__next__", step_next);
        registry.method(owner, "__iter__", step_self);
        registry.method(owner, "__await__", step_self);
    }
}

fn generator_receiver(vm: &mut Vm, args: &[Value], method: &str) -> Result<ObjRef, Exception> {
    match args.first() {
        Some(&value) if vm.is_async_generator(value) => value
            .as_obj()
            .ok_or_else(|| vm.type_error("expected an async generator")),
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' requires a 'async_generator' object"
        ))),
    }
}

fn step_receiver(vm: &mut Vm, args: &[Value]) -> Result<ObjRef, Exception> {
    match args.first().and_then(|&value| vm.as_async_gen_step(value)) {
        Some(step) => Ok(step),
        None => Err(vm.type_error("descriptor requires an async generator awaitable")),
    }
}

/// CPython's "expected N argument(s), got M" for the fixed-arity methods.
fn expect_arity(vm: &mut Vm, name: &str, args: &[Value], count: usize) -> Result<(), Exception> {
    let given = args.len().saturating_sub(1);
    if given == count {
        return Ok(());
    }
    Err(vm.type_error(match count {
        0 => format!("{name}() takes no arguments ({given} given)"),
        _ => format!("{name}() takes exactly one argument ({given} given)"),
    }))
}

fn async_gen_aiter(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    generator_receiver(vm, args, "__aiter__").map(Value::Obj)
}

fn async_gen_anext(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let generator = generator_receiver(vm, args, "__anext__")?;
    vm.new_async_gen_step(generator, AsyncGenAction::Send(Value::None))
}

/// `agen.asend(value)`: awaiting it resumes the generator with `value`.
fn async_gen_asend(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let generator = generator_receiver(vm, args, "asend")?;
    expect_arity(vm, "asend", args, 1)?;
    let sent = args.get(1).copied().unwrap_or(Value::None);
    vm.new_async_gen_step(generator, AsyncGenAction::Send(sent))
}

/// `agen.athrow(exc)`: awaiting it raises `exc` where the generator is paused. The
/// exception is made now, as `throw` makes it (the 3.11 forms with a type and a
/// value are taken as the value when it is an instance, else the type is called).
fn async_gen_athrow(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let generator = generator_receiver(vm, args, "athrow")?;
    let given = args.len().saturating_sub(1);
    if !(1..=3).contains(&given) {
        let message = match given {
            0 => "athrow expected at least 1 argument, got 0".to_string(),
            _ => format!("athrow expected at most 3 arguments, got {given}"),
        };
        return Err(vm.type_error(message));
    }
    let thrown = match args.get(2).copied().filter(|value| !value.is_none()) {
        Some(value) => value,
        None => args.get(1).copied().unwrap_or(Value::None),
    };
    let exception = vm.make_exception(thrown)?;
    vm.new_async_gen_step(generator, AsyncGenAction::Throw(exception))
}

/// `agen.aclose()`: awaiting it raises GeneratorExit in the generator, which must
/// then finish.
fn async_gen_aclose(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let generator = generator_receiver(vm, args, "aclose")?;
    expect_arity(vm, "aclose", args, 0)?;
    vm.new_async_gen_step(generator, AsyncGenAction::Close)
}

/// The StopIteration that ends an await, carrying its value (none for None, as
/// CPython's `_PyGen_SetStopIterationValue` leaves `args` empty then).
fn step_answer(vm: &mut Vm, outcome: StepOutcome) -> Result<Value, Exception> {
    match outcome {
        StepOutcome::Passthrough(value) => Ok(value),
        StepOutcome::Done(value) => {
            let args = if value.is_none() {
                Vec::new()
            } else {
                vec![value]
            };
            Err(vm.exception_with_args(TypeId::StopIteration, args))
        }
    }
}

fn step_send(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let step = step_receiver(vm, args)?;
    expect_arity(vm, "send", args, 1)?;
    let sent = args.get(1).copied().unwrap_or(Value::None);
    let outcome = vm.async_gen_step_send(step, sent)?;
    step_answer(vm, outcome)
}

fn step_next(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let step = step_receiver(vm, args)?;
    let outcome = vm.async_gen_step_send(step, Value::None)?;
    step_answer(vm, outcome)
}

fn step_throw(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let step = step_receiver(vm, args)?;
    let thrown = match args.get(2).copied().filter(|value| !value.is_none()) {
        Some(value) => value,
        None => args.get(1).copied().unwrap_or(Value::None),
    };
    let exception = vm.make_exception(thrown)?;
    let outcome = vm.async_gen_step_throw(step, exception)?;
    step_answer(vm, outcome)
}

fn step_close(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let step = step_receiver(vm, args)?;
    vm.async_gen_step_close(step);
    Ok(Value::None)
}

fn step_self(vm: &mut Vm, args: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    step_receiver(vm, args).map(Value::Obj)
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: a hook left out keeps its
/// value; each given one must be callable or None.
pub fn set_asyncgen_hooks(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &KwArgs,
) -> Result<Value, Exception> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "set_asyncgen_hooks() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut hooks = vm.asyncgen_hooks;
    for (index, &value) in args.iter().enumerate() {
        hooks[index] = value;
    }
    for (name, value) in &kwargs.0 {
        let index = match &**name {
            "firstiter" => 0,
            "finalizer" => 1,
            _ => {
                return Err(vm.type_error(format!(
                    "set_asyncgen_hooks() got an unexpected keyword argument '{name}'"
                )))
            }
        };
        hooks[index] = *value;
    }
    for (index, name) in ["firstiter", "finalizer"].into_iter().enumerate() {
        if !hooks[index].is_none() && !super::library::is_callable(vm, hooks[index]) {
            let type_name = vm.type_name(hooks[index]);
            return Err(vm.type_error(format!("callable {name} expected, got {type_name}")));
        }
    }
    vm.asyncgen_hooks = hooks;
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: the pair of hooks (CPython's is a named tuple).
pub fn get_asyncgen_hooks(vm: &mut Vm, _: &[Value], _: &KwArgs) -> Result<Value, Exception> {
    let hooks = vm.asyncgen_hooks.to_vec();
    Ok(vm.new_tuple(hooks))
}
