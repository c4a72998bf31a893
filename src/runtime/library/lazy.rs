//! Lazy iterators written in Rust: `map`, `zip`, `itertools.count` and the like hand
//! out one item per `next()`, so infinite inputs work and side effects interleave as
//! in CPython.
//!
//! Each is the interpreter's callable iterator (`iter(callable, sentinel)`) over a
//! native step function whose bound receiver is the iterator's state: a list holding
//! the step function itself (the sentinel, which it returns when done) and then the
//! iterator's own values. Being on the heap, the state is checkpointed with the run.

use crate::runtime::exception::Exception;
use crate::runtime::native::{KwArgs, NativeFn, NativeFunction};
use crate::runtime::object::{IterState, Object};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// A lazy iterator whose `step` reads and updates `state` (indices from 0, after the
/// hidden sentinel slot).
pub fn lazy_iterator(vm: &mut Vm, name: &'static str, step: NativeFn, state: Vec<Value>) -> Value {
    let list = vm.new_list(Vec::with_capacity(state.len() + 1));
    let native = NativeFunction {
        name,
        func: step,
        owner: None,
        module: None,
        receiver: Some(list),
    };
    let function = vm.alloc(Object::Native(native));
    if let Some(Object::List(items)) = list.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        items.push(function);
        items.extend(state);
    }
    vm.alloc(Object::Iterator(IterState::Callable {
        func: function,
        sentinel: function,
        ty: iterator_type_named(name),
    }))
}

/// The type `type(it)` reports: the built-in lazy iterators are types of their own.
fn iterator_type_named(name: &str) -> TypeId {
    match name {
        "map" => TypeId::Map,
        "filter" => TypeId::Filter,
        "zip" => TypeId::Zip,
        "enumerate" => TypeId::Enumerate,
        "count" => TypeId::Count,
        "cycle" => TypeId::Cycle,
        "repeat" => TypeId::Repeat,
        "chain" => TypeId::Chain,
        "islice" => TypeId::Islice,
        "accumulate" => TypeId::Accumulate,
        "compress" => TypeId::Compress,
        "zip_longest" => TypeId::ZipLongest,
        _ => TypeId::CallableIterator,
    }
}

/// The state a step function receives as its receiver.
pub struct LazyState {
    list: Value,
}

impl LazyState {
    /// The state of the call `step(vm, args, kwargs)` is made with.
    pub fn of(args: &[Value]) -> LazyState {
        LazyState {
            list: args.first().copied().unwrap_or(Value::None),
        }
    }

    pub fn get(&self, vm: &Vm, index: usize) -> Value {
        match self.list.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::List(items)) => items.get(index + 1).copied().unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    pub fn set(&self, vm: &mut Vm, index: usize, value: Value) {
        if let Some(Object::List(items)) = self.list.as_obj().and_then(|r| vm.heap.get_mut(r)) {
            if let Some(slot) = items.get_mut(index + 1) {
                *slot = value;
            }
        }
    }

    /// What a step returns to end the iteration.
    pub fn done(&self, vm: &Vm) -> Value {
        match self.list.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::List(items)) => items.first().copied().unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    /// Ends the iteration for good: later calls see the flag and stop at once.
    pub fn finish(&self, vm: &mut Vm, flag_index: usize) -> Value {
        self.set(vm, flag_index, Value::Bool(true));
        self.done(vm)
    }
}

/// The next item of an iterator, or `None` at its end.
pub fn next_item(vm: &mut Vm, iterator: Value) -> Result<Option<Value>, Exception> {
    vm.iter_next(iterator)
}

/// Calls `function` with `args` and no keywords.
pub fn call(vm: &mut Vm, function: Value, args: Vec<Value>) -> Result<Value, Exception> {
    vm.call(function, args, KwArgs::default())
}
