//! The interpreter: one struct holding the whole state of a run, so that cloning it
//! takes a checkpoint. No `Rc<RefCell<…>>`, no globals: shared data is immutable.

mod arguments;
mod async_generators;
pub use async_generators::StepOutcome;
mod building;
mod call_numbers;
mod calls;
mod class_body;
mod class_call;
mod collection_flags;
mod container_limits;
mod coroutines;
mod dotted_import;
mod events;
mod except_star;
mod exec_frame;
mod execute;
mod frame;
mod frame_locals;
mod generators;
mod keyword_merge;
mod matching;
mod names;
mod native_holds;
mod raising;
mod run;
mod stepping;

pub use frame::{Block, BlockKind, Frame, PendingInit};
pub(crate) use run::Flow;
pub use run::LoopExit;
pub use stepping::{RunEnd, Step};

use super::budget::Budgets;
use super::exception::{BudgetExceeded, Exception, ExceptionObject};
use super::heap::{Heap, ObjRef};
use super::native::{ModuleInit, NativeFn, NativeFunction, Registry};
use super::object::{Object, PyStr};
use super::recorded_input::RecordedInput;
use super::trace::TraceEvent;
use super::types::TypeId;
use super::value::Value;
use super::{dict::Dict, hashing};
pub use call_numbers::{CallNumbers, CallOrigin};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

#[derive(Clone)]
pub struct Vm {
    pub heap: Heap,
    pub frames: Vec<Frame>,
    pub stack: Vec<Value>,
    /// The `builtins` module's dict.
    pub builtins: ObjRef,
    /// The `__main__` module's dict.
    pub main_globals: ObjRef,
    /// Imported modules by name.
    pub modules: Vec<(Rc<str>, ObjRef)>,
    pub module_inits: Vec<(&'static str, ModuleInit)>,
    /// Modules written in Python that `import` can run, shared by every checkpoint.
    pub module_sources: Rc<super::module_loader::ModuleSources>,
    /// Attribute readers for native function objects, by function name.
    pub native_attributes: Vec<(&'static str, super::native::NativeAttributeFn)>,
    /// Native methods of built-in types by type and name: written once at start-up and
    /// shared by every copy of the interpreter, so a checkpoint does not copy the table.
    pub methods: Rc<HashMap<TypeId, HashMap<&'static str, ObjRef>>>,
    /// The native methods in `methods` that bind to a class rather than an instance.
    pub native_class_methods: Rc<Vec<ObjRef>>,
    /// The exception being handled (what `sys.exc_info()` would report), which becomes
    /// the `__context__` of any exception raised meanwhile.
    pub handling: Option<ObjRef>,
    pub stdout: String,
    /// What the program wrote to `sys.stderr` (tracebacks are added at the end).
    pub stderr: String,
    /// Where writes switched from stdout to stderr, kept only when someone will
    /// replay the streams in order (the command line); a session keeps its own.
    pub output_order: Option<crate::runtime::output_order::OutputOrder>,
    pub budgets: Budgets,
    pub steps: u64,
    pub input: RecordedInput,
    /// Heap slots below this hold built-ins and constants, which live for the whole run.
    pub permanent_slots: u32,
    /// The program's text, for traceback source lines.
    pub source: Rc<str>,
    pub filename: Rc<str>,
    /// Extra roots: values native code holds across a nested call back into Python.
    pub native_roots: Vec<Value>,
    /// How many native calls are running.
    pub native_depth: u32,
    /// Objects with an id below this were made before the innermost nested run (native
    /// code or an instruction calling back into Python) began; 0 outside any.
    pub young_since: u64,
    /// What the Rust code waiting for nested runs may hold (`native_holds.rs`).
    pub native_holds: native_holds::NativeHolds,
    /// Whether trace events are recorded.
    pub tracing: bool,
    pub events: VecDeque<TraceEvent>,
    /// Set by a replay going to a step: the queue lengths at which an event reported
    /// from a callback (see `TraceEvent::in_callback`) makes the interpreter keep a
    /// copy of itself in `captured`, with that length. Such a step has no paused state
    /// of its own: the copy is its picture, drawn and never run.
    pub capture_at_events: Vec<usize>,
    pub captured: Vec<(usize, Box<Vm>)>,
    /// Set by instructions that re-raise, so no new traceback entry is added.
    pub reraising: bool,
    /// Set by `ReraiseAtOrigin`: the frame's line goes back to where it raised.
    pub reraising_at_origin: bool,
    /// Locals buffers of finished frames, reused by new ones.
    pub locals_pool: Vec<Vec<Option<Value>>>,
    /// Cell lists of finished frames, reused likewise.
    pub cells_pool: Vec<Vec<ObjRef>>,
    /// How many nested dispatch loops are running (native code calling back into
    /// Python); bounded so that the Rust stack cannot overflow.
    pub nested_runs: u32,
    /// How many calls that native code or an instruction runs to completion are binding
    /// their frame: a call event queued then comes from a callback, as the events of
    /// the nested run after it do.
    pub calling_back: u32,
    /// Set once the program has finished, with how it ended.
    pub ended: Option<RunEnd>,
    /// SyntaxWarnings from compiling, printed before anything else.
    pub compile_warnings: String,
    /// The exception that ended the program, kept alive for its traceback.
    pub uncaught: Option<ObjRef>,
    /// Definition and call numbers, which the diagram names functions and frames by.
    pub call_numbers: CallNumbers,
    /// The last `Frame::serial` given.
    pub frame_serials: u64,
    /// Objects held by fields the collector does not follow (a class's metaclass, a
    /// property's deleter); they live until the run ends.
    pub lasting_roots: Vec<Value>,
    /// `property.deleter`: the deleter of each property that has one, by heap id
    /// (ids are never reused, so an entry cannot reach a newer object).
    pub property_deleters: Vec<(u64, Value)>,
    /// Classes the runtime makes the first time a program needs one
    /// (`types.UnionType`), by qualified name.
    pub lazy_classes: Vec<(&'static str, Value)>,
    /// Set once any class namespace has held `__getattribute__`: until then no
    /// attribute read looks for the hook.
    pub getattribute_seen: bool,
    /// `sys.set_asyncgen_hooks`: the `firstiter` and `finalizer` hooks, or None.
    pub asyncgen_hooks: [Value; 2],
}

impl Vm {
    /// A fresh interpreter with the built-in types, the core built-ins and every
    /// function the library registers.
    pub fn new(source: &str, filename: &str) -> Vm {
        let mut heap = Heap::new();
        for &ty in TypeId::ALL {
            heap.alloc(Object::Type(ty));
        }
        let builtins = heap.alloc(Object::Dict(Dict::new()));
        let main_globals = heap.alloc(Object::Dict(Dict::new()));
        let mut vm = Vm {
            heap,
            frames: Vec::new(),
            stack: Vec::with_capacity(1024),
            builtins,
            main_globals,
            modules: Vec::new(),
            module_inits: Vec::new(),
            module_sources: Rc::new(super::module_loader::ModuleSources::bundled()),
            native_attributes: Vec::new(),
            methods: Rc::default(),
            native_class_methods: Rc::default(),
            getattribute_seen: false,
            asyncgen_hooks: [Value::None; 2],
            handling: None,
            stdout: String::new(),
            stderr: String::new(),
            output_order: None,
            budgets: Budgets::default(),
            steps: 0,
            input: RecordedInput::default(),
            permanent_slots: 0,
            source: source.into(),
            filename: filename.into(),
            native_roots: Vec::new(),
            native_depth: 0,
            young_since: 0,
            native_holds: native_holds::NativeHolds::default(),
            tracing: false,
            events: VecDeque::new(),
            capture_at_events: Vec::new(),
            captured: Vec::new(),
            reraising: false,
            reraising_at_origin: false,
            uncaught: None,
            compile_warnings: String::new(),
            ended: None,
            nested_runs: 0,
            calling_back: 0,
            lasting_roots: Vec::new(),
            property_deleters: Vec::new(),
            lazy_classes: Vec::new(),
            locals_pool: Vec::new(),
            cells_pool: Vec::new(),
            call_numbers: CallNumbers::default(),
            frame_serials: 0,
        };
        vm.install_registry();
        vm
    }

    fn install_registry(&mut self) {
        let mut registry = Registry::default();
        super::builtins::register(&mut registry);
        super::dynamic_code::register(&mut registry);
        super::class_builtins::register(&mut registry);
        super::slot_members::register(&mut registry);
        super::generator_methods::register(&mut registry);
        super::async_generator_methods::register(&mut registry);
        super::sys_module::register(&mut registry);
        super::library::register(&mut registry);
        for &ty in TypeId::ALL {
            if ty.exposed_as_builtin() {
                self.set_builtin(ty.name(), Value::Obj(ObjRef(ty.slot())));
            }
        }
        for (name, func) in registry.builtins {
            let native = self.new_native(name, func, None);
            self.set_builtin(name, native);
        }
        for (owner, name, func) in registry.methods {
            if let Value::Obj(r) = self.new_native(name, func, Some(owner)) {
                let methods = Rc::make_mut(&mut self.methods);
                methods.entry(owner).or_default().insert(name, r);
            }
        }
        let class_methods = registry
            .class_methods
            .iter()
            .filter_map(|(owner, name)| self.methods.get(owner)?.get(name).copied())
            .collect();
        self.native_class_methods = Rc::new(class_methods);
        self.module_inits = registry.modules;
        self.native_attributes = registry.native_attributes;
        let not_implemented = self.type_value(TypeId::NotImplementedType);
        self.set_builtin("NotImplemented", not_implemented);
        let name = self.new_str("__main__");
        self.dict_set_str(self.main_globals, "__name__", name);
        // Code run with globals that lack `__name__` (`exec(src, {})`) finds the
        // builtins module's: its classes say `__module__ == 'builtins'`.
        let builtins_name = self.new_str("builtins");
        self.set_builtin("__name__", builtins_name);
    }

    fn set_builtin(&mut self, name: &str, value: Value) {
        self.dict_set_str(self.builtins, name, value);
    }

    pub fn new_native(
        &mut self,
        name: &'static str,
        func: NativeFn,
        owner: Option<TypeId>,
    ) -> Value {
        let native = NativeFunction {
            name,
            func,
            owner,
            module: None,
            receiver: None,
        };
        Value::Obj(self.heap.alloc(Object::Native(native)))
    }

    /// Adds a native function to a module's dict; its repr is `<built-in function name>`.
    pub fn add_module_function(
        &mut self,
        dict: ObjRef,
        module: &'static str,
        name: &'static str,
        func: NativeFn,
    ) {
        let native = NativeFunction {
            name,
            func,
            owner: None,
            module: Some(module),
            receiver: None,
        };
        let value = self.alloc(Object::Native(native));
        self.dict_set_str(dict, name, value);
    }

    pub fn alloc(&mut self, object: Object) -> Value {
        Value::Obj(self.heap.alloc(object))
    }

    pub fn new_str(&mut self, text: &str) -> Value {
        self.new_str_rc(text.into())
    }

    pub fn new_str_rc(&mut self, text: Rc<str>) -> Value {
        self.alloc(Object::Str(PyStr::new(text)))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Object::List(items.into()))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        self.alloc(Object::Tuple(items.into()))
    }

    pub fn new_dict(&mut self) -> Value {
        self.alloc(Object::Dict(Dict::new()))
    }

    /// A new exception instance of built-in type `ty` with `message` as its one arg.
    pub fn error(&mut self, ty: TypeId, message: impl AsRef<str>) -> Exception {
        let message = self.new_str(message.as_ref());
        self.exception_with_args(ty, vec![message])
    }

    pub fn exception_with_args(&mut self, ty: TypeId, args: Vec<Value>) -> Exception {
        let object = ExceptionObject::new(ty, args);
        Exception::Raised(self.heap.alloc(Object::Exception(Box::new(object))))
    }

    pub fn type_error(&mut self, message: impl AsRef<str>) -> Exception {
        self.error(TypeId::TypeError, message)
    }

    pub fn value_error(&mut self, message: impl AsRef<str>) -> Exception {
        self.error(TypeId::ValueError, message)
    }

    /// The built-in type of any value (`type(x)`).
    pub fn type_of(&self, value: Value) -> TypeId {
        match value {
            Value::None => TypeId::NoneType,
            Value::Bool(_) => TypeId::Bool,
            Value::Int(_) => TypeId::Int,
            Value::Float(_) => TypeId::Float,
            Value::Obj(r) => self.heap.get(r).type_id(),
            Value::Null => TypeId::NoneType,
        }
    }

    pub fn type_name(&self, value: Value) -> &'static str {
        self.type_of(value).name()
    }

    pub fn type_value(&self, ty: TypeId) -> Value {
        Value::Obj(ObjRef(ty.slot()))
    }

    /// The text of a str value.
    pub fn str_text(&self, value: Value) -> Option<Rc<str>> {
        self.heap_str(value).map(|s| s.text().clone())
    }

    /// The str object a value refers to.
    pub fn heap_str(&self, value: Value) -> Option<&PyStr> {
        match self.heap.get(value.as_obj()?) {
            Object::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Writes program output, within the output budget.
    pub fn write_stdout(&mut self, text: &str) -> Result<(), Exception> {
        if self.stdout.len() + text.len() > self.budgets.max_output_bytes {
            return Err(Exception::Budget(BudgetExceeded::Output(
                self.budgets.max_output_bytes,
            )));
        }
        self.stdout.push_str(text);
        Ok(())
    }

    /// `d[name] = value` for a dict whose keys are strs.
    pub fn dict_set_str(&mut self, dict: ObjRef, name: &str, value: Value) {
        let key = self.new_str(name);
        self.dict_insert_hashed(dict, key, hashing::hash_str(name), value);
    }

    /// `d[name] = value` with a shared name.
    pub fn dict_set_str_rc(
        &mut self,
        dict: Value,
        name: Rc<str>,
        value: Value,
    ) -> Result<(), Exception> {
        let key = self.new_str_rc(name);
        self.dict_set(dict, key, value)
    }

    /// Looks `name` up in a dict of str keys, without allocating.
    pub fn dict_get_str(&self, dict: ObjRef, name: &str, hash: u64) -> Option<Value> {
        let Object::Dict(table) = self.heap.get(dict) else {
            return None;
        };
        let position = table.find(hash, |key| self.str_text_is(key, name))?;
        table.entry(position).map(|e| e.value)
    }

    /// Looks a code object's name up; the name's own str object is usually the key
    /// itself (it was stored through the same name), which spares comparing text.
    pub fn dict_get_name(&self, dict: ObjRef, name: &super::code::Name) -> Option<Value> {
        let Object::Dict(table) = self.heap.get(dict) else {
            return None;
        };
        let position = table.find(name.hash, |key| {
            key == name.value || self.str_text_is(key, &name.text)
        })?;
        table.entry(position).map(|e| e.value)
    }

    fn str_text_is(&self, key: Value, name: &str) -> bool {
        match key {
            Value::Obj(r) => matches!(self.heap.get(r), Object::Str(s) if &**s.text() == name),
            _ => false,
        }
    }

    /// Inserts or replaces a key whose hash is known and whose equality is by identity
    /// or plain value (strs, ints): the fast path for globals and kwargs.
    pub fn dict_insert_hashed(&mut self, dict: ObjRef, key: Value, hash: u64, value: Value) {
        let position = match self.heap.get(dict) {
            Object::Dict(table) => table.find(hash, |k| hashing::keys_equal(&self.heap, k, key)),
            _ => return,
        };
        if let Some(Object::Dict(table)) = self.heap.get_mut(dict) {
            match position {
                Some(position) => table.set_value_at(position, value),
                None => table.push_new(hash, key, value),
            }
        }
    }

    /// The current (innermost) frame.
    pub fn frame(&self) -> Option<&Frame> {
        self.frames.last()
    }
}
