//! Functions written in Rust that Python code can call: built-ins, methods of built-in
//! types, and the functions of built-in modules.

use super::exception::Exception;
use super::heap::ObjRef;
use super::types::TypeId;
use super::value::Value;
use super::vm::Vm;
use std::rc::Rc;

/// Keyword arguments of a call, in the order they were written.
#[derive(Clone, Debug, Default)]
pub struct KwArgs(pub Vec<(Rc<str>, Value)>);

impl KwArgs {
    pub fn get(&self, name: &str) -> Option<Value> {
        self.0.iter().find(|(k, _)| &**k == name).map(|&(_, v)| v)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The names not in `allowed`, for "'x' is an invalid keyword argument" errors.
    pub fn first_unexpected(&self, allowed: &[&str]) -> Option<&str> {
        self.0
            .iter()
            .map(|(k, _)| &**k)
            .find(|k| !allowed.contains(k))
    }
}

/// The signature every native function has. Methods receive their receiver as
/// `args[0]`.
pub type NativeFn = fn(&mut Vm, &[Value], &KwArgs) -> Result<Value, Exception>;

/// A native function object on the heap.
#[derive(Clone, Debug)]
pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For a method, the type it belongs to (`list` for `list.append`).
    pub owner: Option<TypeId>,
    /// For a module function, the module's name.
    pub module: Option<&'static str>,
    /// A bound receiver for methods taken from a module or value, e.g. `[].append`.
    pub receiver: Option<Value>,
}

/// Reads an attribute of a native function object (`partial(f).func`,
/// `cached.__wrapped__`), given the function and the attribute's name.
pub type NativeAttributeFn = fn(&mut Vm, &NativeFunction, &str) -> Option<Value>;

/// Fills a module's dict when it is first imported.
pub type ModuleInit = fn(&mut Vm, module_dict: ObjRef) -> Result<(), Exception>;

/// Everything native the interpreter knows, gathered before it starts.
#[derive(Clone, Default)]
pub struct Registry {
    pub builtins: Vec<(&'static str, NativeFn)>,
    pub methods: Vec<(TypeId, &'static str, NativeFn)>,
    /// The methods among `methods` that are class methods (`dict.fromkeys`).
    pub class_methods: Vec<(TypeId, &'static str)>,
    pub modules: Vec<(&'static str, ModuleInit)>,
    /// Attribute readers for native function objects, by the function's `name`.
    pub native_attributes: Vec<(&'static str, NativeAttributeFn)>,
}

impl Registry {
    /// Adds (or replaces) a built-in function such as `abs`.
    pub fn builtin(&mut self, name: &'static str, func: NativeFn) {
        self.builtins.retain(|(n, _)| *n != name);
        self.builtins.push((name, func));
    }

    /// Adds (or replaces) a method of a built-in type such as `list.append`.
    pub fn method(&mut self, owner: TypeId, name: &'static str, func: NativeFn) {
        self.methods
            .retain(|(t, n, _)| !(*t == owner && *n == name));
        self.class_methods
            .retain(|&(t, n)| !(t == owner && n == name));
        self.methods.push((owner, name, func));
    }

    /// Adds (or replaces) a class method of a built-in type such as `dict.fromkeys`:
    /// its receiver is the class it is reached through (`D.fromkeys`, `D().fromkeys`).
    pub fn class_method(&mut self, owner: TypeId, name: &'static str, func: NativeFn) {
        self.method(owner, name, func);
        self.class_methods.push((owner, name));
    }

    /// Adds (or replaces) the attribute reader for native functions named `name`:
    /// `registry.native_attributes("partial", partial_attribute)` makes `p.func` and
    /// `p.args` answer from the partial's bound state.
    pub fn native_attributes(&mut self, name: &'static str, read: NativeAttributeFn) {
        self.native_attributes.retain(|(n, _)| *n != name);
        self.native_attributes.push((name, read));
    }

    /// Adds (or replaces) an importable built-in module such as `math`.
    pub fn module(&mut self, name: &'static str, init: ModuleInit) {
        self.modules.retain(|(n, _)| *n != name);
        self.modules.push((name, init));
    }
}
