//! The long tail of Python's built-ins: methods of built-in types, the remaining
//! built-in functions, and the importable modules (`math`, `time`, `functools`,
//! `random`, `operator`, `itertools`, `collections`).
//!
//! Text and number algorithms come from [`crate::pytext`]; the files here check
//! arguments the way CPython does (`args`), convert values, and raise. Library
//! state that must survive checkpoints (a random generator, an lru cache, a lazy
//! iterator's position, the time slept) lives in heap objects bound to the native
//! function as its receiver, never in Rust statics. Values held across a call back
//! into Python are pushed on `vm.native_roots`.
//!
//! The core (`src/runtime/builtins.rs`) defines only what running a program needs;
//! everything else is registered here, and `register` is called once when an
//! interpreter starts. Later registrations replace earlier ones of the same name.
//!
//! # Adding a built-in function
//!
//! Write a [`NativeFn`](crate::runtime::native::NativeFn) — `fn(&mut Vm, &[Value],
//! &KwArgs) -> Result<Value, Exception>` — and register it:
//!
//! ```ignore
//! fn builtin_abs(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> Result<Value, Exception> {
//!     let [x] = args else { return Err(vm.type_error("abs() takes exactly one argument (0 given)")) };
//!     ...
//! }
//! registry.builtin("abs", builtin_abs);
//! ```
//!
//! # Adding a method of a built-in type
//!
//! The receiver arrives as `args[0]`: `registry.method(TypeId::List, "append", list_append)`.
//! `x.append(1)` then calls `list_append(vm, &[x, 1], &kwargs)`, and `x.append` alone
//! is a bound method whose repr is CPython's.
//!
//! # Adding a module
//!
//! `registry.module("math", init_math)` with `fn init_math(vm: &mut Vm, dict: ObjRef)
//! -> Result<(), Exception>` that fills the module's dict with
//! `vm.dict_set_str(dict, "pi", Value::Float(PI))` and
//! `vm.add_module_function(dict, "math", "sqrt", math_sqrt)`. The module is built on its
//! first `import`.
//!
//! # Useful `Vm` calls for native code
//!
//! - make values: `vm.new_str`, `vm.new_list`, `vm.new_tuple`, `vm.new_dict`, `vm.new_int_big`;
//! - raise: `Err(vm.type_error(msg))`, `Err(vm.value_error(msg))`, `Err(vm.error(TypeId::KeyError, msg))`;
//! - inspect: `vm.type_of`, `vm.type_name`, `vm.str_text`, `vm.heap.get(r)` (see `Object`);
//! - protocols: `vm.repr`, `vm.to_str`, `vm.truthy`, `vm.equal`, `vm.less_than`,
//!   `vm.hash`, `vm.collect_iterable` (all items of an iterable), `vm.call` (call any
//!   callable, Python functions included; it runs them to completion);
//! - dicts: `vm.dict_get`, `vm.dict_set`; numbers: `vm.binary_op`.
//!
//! Messages must be CPython 3.11's, word for word: the differential tests compare them.

mod abc_flags;
pub(crate) mod args;
mod blank_instances;
mod bytes_methods;
mod collections_counter;
mod collections_counter_arithmetic;
mod collections_defaultdict;
mod collections_module;
pub(crate) use collections_module::is_callable;
mod collections_namedtuple;
mod collections_namedtuple_arguments;
mod container_dunders;
mod dict_methods;
mod digests;
pub(crate) mod exception_group;
mod format_methods;
mod functools_cache;
mod functools_cached_property;
mod functools_module;
mod functools_ordering;
mod hashlib_digests;
mod host_time_module;
mod int_bytes;
mod iteration_builtins;
mod itertools_combinatorics;
mod itertools_filters;
mod itertools_module;
mod lazy;
mod lazy_builtins;
mod list_methods;
mod math_float_functions;
mod math_integers;
mod math_module;
mod mersenne;
mod number_builtins;
mod number_methods;
mod object_builtins;
mod operator_module;
mod random_module;
mod set_methods;
mod sha512;
mod site_quitters;
pub(crate) mod sorting;
mod str_case_methods;
mod str_format_method;
mod str_search_methods;
mod str_shape_methods;
mod str_translate;
mod time_module;
mod traceback_module;
mod typing_module;
mod unicodedata_module;

use super::native::Registry;

/// For the interpreter's repr of native functions: `functools.partial` objects print
/// what they were made with, and `exit` and `quit` how to leave.
pub fn native_repr(
    vm: &mut super::vm::Vm,
    value: super::value::Value,
) -> Option<Result<String, super::exception::Exception>> {
    if let Some(text) = site_quitters::quitter_repr(vm, value) {
        return Some(Ok(text));
    }
    functools_module::native_repr(vm, value)
}

/// For subscribing a built-in type: `list[int]`.
pub use typing_module::builtin_alias;

/// Registers everything this module provides.
pub fn register(registry: &mut Registry) {
    number_builtins::register(registry);
    number_methods::register(registry);
    int_bytes::register(registry);
    iteration_builtins::register(registry);
    lazy_builtins::register(registry);
    object_builtins::register(registry);
    site_quitters::register(registry);
    traceback_module::register(registry);
    exception_group::register(registry);
    registry.module("math", math_module::init_math);
    registry.module("time", time_module::init_time);
    registry.module("operator", operator_module::init_operator);
    registry.module("random", random_module::init_random);
    registry.module("itertools", itertools_module::init_itertools);
    itertools_module::register(registry);
    registry.module("functools", functools_module::init_functools);
    registry.module("_collections", collections_module::init_collections);
    registry.module("typing", typing_module::init_typing);
    registry.module("_blank_instances", blank_instances::init_blank_instances);
    registry.module("_hashlib", hashlib_digests::init_hashlib_digests);
    registry.module("_host_time", host_time_module::init_host_time);
    registry.module("_traceback", traceback_module::init_traceback);
    registry.module("_abc", abc_flags::init_abc);
    registry.module("unicodedata", unicodedata_module::init_unicodedata);
    functools_module::register(registry);
    functools_cache::register(registry);
    format_methods::register(registry);
    list_methods::register(registry);
    bytes_methods::register(registry);
    dict_methods::register(registry);
    container_dunders::register(registry);
    set_methods::register(registry);
    str_case_methods::register(registry);
    str_format_method::register(registry);
    str_search_methods::register(registry);
    str_shape_methods::register(registry);
    str_translate::register(registry);
}
