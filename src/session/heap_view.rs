//! The heap as a snapshot shows it: only what the frames can reach, walked from their
//! variables, each object turned into a [`HeapObject`] and each value into a
//! [`ValueView`]. Strs and ints are drawn inline, as values, not as objects.

use super::bounds::{omitted, short_repr, str_view_repr, ItemBudget, MAX_ITEMS};
use super::generator_view::generator_view;
use super::labels::DefinitionSites;
use super::params::default_text;
use super::snapshot::{
    Binding, CellOwner, CellView, ClosureSlot, EntriesView, FunctionView, HeapObject, ItemsView,
    OwnerView, ValueView,
};
use crate::pytext::float_repr;
use crate::runtime::exception::ExceptionObject;
use crate::runtime::heap::ObjRef;
use crate::runtime::object::{Function, GeneratorState, Object};
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use std::collections::{BTreeMap, HashMap};

/// Instructions a Python `__repr__` may run while a snapshot is drawn.
const REPR_STEP_BUDGET: u64 = 10_000;

/// Entries every class body writes, which say nothing about the class drawn.
const CLASS_BOOKKEEPING: &[&str] = &[
    "__module__",
    "__qualname__",
    "__doc__",
    "__dict__",
    "__weakref__",
];

/// Walks the heap from the values it is shown, collecting every object they reach.
pub struct HeapWalk<'a> {
    vm: &'a Vm,
    /// A throwaway copy of the interpreter for reprs that need to run code, so that
    /// building a snapshot never disturbs the state being replayed.
    scratch: Option<Vm>,
    owners: &'a HashMap<u64, CellOwner>,
    sites: &'a DefinitionSites,
    /// What is left of the items the snapshot may show.
    budget: ItemBudget,
    /// Suspended or not-yet-started generators met on the walk, whose frames the
    /// snapshot draws.
    generators: Vec<ObjRef>,
    pending: Vec<ObjRef>,
    /// Heap slots already queued, so each object is described once.
    seen: Vec<bool>,
    pub objects: BTreeMap<u64, HeapObject>,
}

impl<'a> HeapWalk<'a> {
    pub fn new(
        vm: &'a Vm,
        owners: &'a HashMap<u64, CellOwner>,
        sites: &'a DefinitionSites,
    ) -> Self {
        HeapWalk {
            vm,
            scratch: None,
            owners,
            sites,
            budget: ItemBudget::default(),
            generators: Vec::new(),
            pending: Vec::new(),
            seen: vec![false; vm.heap.slot_count() as usize],
            objects: BTreeMap::new(),
        }
    }

    /// The view of one value; an object it refers to joins the walk.
    pub fn value(&mut self, value: Value) -> ValueView {
        match value {
            Value::None | Value::Null => ValueView::None {
                repr: "None".into(),
            },
            Value::Bool(b) => ValueView::Bool {
                repr: if b { "True" } else { "False" }.into(),
            },
            Value::Int(i) => ValueView::Int {
                repr: i.to_string(),
            },
            Value::Float(f) => ValueView::Float {
                repr: float_repr(f),
            },
            Value::Obj(r) => self.object_value(r),
        }
    }

    fn object_value(&mut self, r: ObjRef) -> ValueView {
        match self.vm.heap.get(r) {
            Object::Str(s) => {
                let limit = self.budget.char_limit();
                let (repr, length) = str_view_repr(&s.text(), limit);
                self.budget.spend_chars(repr.len().min(limit));
                ValueView::Str {
                    repr,
                    length,
                    omitted: length.map(|length| length.saturating_sub(limit)),
                    id: length.map(|_| self.vm.heap.id(r)),
                }
            }
            Object::BigInt(big) => ValueView::Int {
                repr: self.bounded_text(big.to_string()),
            },
            Object::Free => ValueView::None {
                repr: "None".into(),
            },
            _ => {
                if let Some(seen) = self.seen.get_mut(r.0 as usize) {
                    if !*seen {
                        *seen = true;
                        self.pending.push(r);
                    }
                }
                ValueView::Ref {
                    id: self.vm.heap.id(r),
                }
            }
        }
    }

    /// The id of an object, which joins the walk.
    pub fn reference(&mut self, r: ObjRef) -> u64 {
        match self.object_value(r) {
            ValueView::Ref { id } => id,
            _ => self.vm.heap.id(r),
        }
    }

    /// Describes every object reached so far and everything they reach in turn.
    pub fn drain(&mut self) {
        while let Some(r) = self.pending.pop() {
            let id = self.vm.heap.id(r);
            let object = self.describe(r);
            self.objects.insert(id, object);
        }
    }

    /// The paused generators met since the last call.
    pub fn take_generators(&mut self) -> Vec<ObjRef> {
        std::mem::take(&mut self.generators)
    }

    /// The objects, with each cell told whether its owner frame is still among
    /// `live_frames` and which functions hold it.
    pub fn finish(mut self, live_frames: &[u64]) -> BTreeMap<u64, HeapObject> {
        self.drain();
        for object in self.objects.values_mut() {
            if let HeapObject::Cell(cell) = object {
                cell.owner_returned = !live_frames.contains(&cell.owner.frame);
            }
        }
        record_cell_holders(&mut self.objects);
        self.objects
    }

    fn describe(&mut self, r: ObjRef) -> HeapObject {
        if let Some(whole) = self.library_object(r) {
            return whole;
        }
        let vm = self.vm;
        match vm.heap.get(r) {
            // Only the items a snapshot may show are read, however long the container.
            Object::List(items) => {
                HeapObject::List(self.items(&items.range_to_vec(0, MAX_ITEMS), items.len()))
            }
            Object::Tuple(items) => HeapObject::Tuple(self.items(items, items.len())),
            Object::Set { items, .. } => {
                let keys: Vec<Value> = items.iter().take(MAX_ITEMS).map(|e| e.key).collect();
                HeapObject::Set(self.items(&keys, items.len()))
            }
            // The `__builtins__` that exec puts in a globals dict: every built-in name,
            // none of them the program's, drawn as one object rather than a table.
            Object::Dict(dict) if r == vm.builtins => HeapObject::Other {
                type_name: "dict".into(),
                repr: format!("{{…}} (the {} built-in names)", dict.len()),
            },
            Object::Dict(dict) => {
                let length = dict.len();
                let shown = self.budget.take(length, MAX_ITEMS);
                let pairs = dict
                    .iter()
                    .take(shown)
                    .map(|e| (e.key, e.value))
                    .collect::<Vec<_>>();
                let entries = pairs
                    .into_iter()
                    .map(|(k, v)| (self.value(k), self.value(v)));
                HeapObject::Dict(EntriesView {
                    entries: entries.collect(),
                    length,
                    omitted: omitted(length, shown),
                })
            }
            Object::Function(function) => HeapObject::Function(self.function(function)),
            Object::Cell(contents) => HeapObject::Cell(self.cell(r, *contents)),
            Object::Class(class) => {
                let (attrs, omitted) = self.attributes(class.dict, CLASS_BOOKKEEPING);
                HeapObject::Class {
                    name: class.name.to_string(),
                    attrs,
                    omitted,
                }
            }
            Object::Instance(instance) => self.instance(r, instance.class, instance.dict),
            Object::Exception(exception) => HeapObject::Other {
                type_name: self.exception_type_name(exception),
                repr: self.exception_repr(exception),
            },
            // Written here rather than by the scratch interpreter, whose clone costs as
            // much as the heap, which imported modules make large.
            Object::Module(module) => HeapObject::Other {
                type_name: "module".into(),
                repr: crate::runtime::module_loader::module_repr(&module.name),
            },
            Object::Type(ty) => HeapObject::Other {
                type_name: "type".into(),
                repr: format!("<class '{}'>", ty.name()),
            },
            Object::Generator(generator) => {
                let paused = matches!(
                    generator.state,
                    GeneratorState::Created | GeneratorState::Suspended
                );
                if paused && generator.frame.is_some() {
                    self.generators.push(r);
                }
                let repr = self.repr(Value::Obj(r));
                HeapObject::Generator(generator_view(vm, r, self.sites, repr))
            }
            other => HeapObject::Other {
                type_name: other.type_id().name().into(),
                repr: {
                    let repr = self.repr(Value::Obj(r));
                    self.bounded_text(repr)
                },
            },
        }
    }

    /// The module a class was defined in, when that is a module written in Python
    /// (`datetime`, `logging`, …). Such a class and its instances are drawn whole, by
    /// their reprs, as CPython's own types are: their methods and private attributes
    /// are the library's, not the learner's, and would fill the picture with arrows.
    fn library_module(&self, module: Value) -> Option<std::rc::Rc<str>> {
        let name = self.vm.str_text(module)?;
        self.vm.module_sources.contains(&name).then_some(name)
    }

    /// A class of a module written in Python, or an instance of one, drawn by its repr.
    fn library_object(&mut self, r: ObjRef) -> Option<HeapObject> {
        match self.vm.heap.get(r) {
            Object::Class(class) => {
                let module = self.library_module(class.module)?;
                Some(HeapObject::Other {
                    type_name: "type".into(),
                    repr: format!("<class '{module}.{}'>", class.qualname),
                })
            }
            Object::Instance(instance) => {
                let Object::Class(class) = self.vm.heap.get(instance.class) else {
                    return None;
                };
                self.library_module(class.module)?;
                let type_name = class.name.to_string();
                let repr = self.repr(Value::Obj(r));
                Some(HeapObject::Other {
                    type_name,
                    repr: self.bounded_text(repr),
                })
            }
            _ => None,
        }
    }

    /// Text cut to what is left of the snapshot's characters.
    fn bounded_text(&mut self, text: String) -> String {
        let limit = self.budget.char_limit();
        self.budget.spend_chars(text.len().min(limit));
        short_repr(text, limit)
    }

    /// The str-keyed entries of a `__dict__`, in insertion order, minus `hidden`, as
    /// many as the snapshot's allowance leaves.
    fn attributes(&mut self, dict: ObjRef, hidden: &[&str]) -> (Vec<Binding>, Option<usize>) {
        let (entries, left_out) = match self.vm.heap.get(dict) {
            Object::Dict(table) => {
                let shown = self.budget.take(table.len(), MAX_ITEMS);
                let entries = table.iter().take(shown).map(|e| (e.key, e.value));
                (entries.collect::<Vec<_>>(), omitted(table.len(), shown))
            }
            _ => (Vec::new(), None),
        };
        let attrs = entries
            .into_iter()
            .filter_map(|(key, value)| {
                let name = self.vm.str_text(key)?;
                (!hidden.contains(&&*name)).then(|| Binding {
                    name: name.to_string(),
                    value: self.value(value),
                })
            })
            .collect();
        (attrs, left_out)
    }

    /// An instance's attributes: the values of its `__slots__` (in layout order) and
    /// then its `__dict__`, which a class with `__slots__` may not give it.
    fn instance(&mut self, r: ObjRef, class: ObjRef, dict: ObjRef) -> HeapObject {
        let class_name = match self.vm.heap.get(class) {
            Object::Class(class) => class.name.to_string(),
            _ => String::new(),
        };
        let (mut attrs, slots_omitted) = self.slot_attributes(r);
        let (dict_attrs, dict_omitted) = if self.vm.instances_have_dict(class) {
            self.attributes(dict, &[])
        } else {
            (Vec::new(), None)
        };
        attrs.extend(dict_attrs);
        let omitted = match (slots_omitted, dict_omitted) {
            (None, None) => None,
            (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
        };
        HeapObject::Instance {
            class: self.reference(class),
            class_name,
            attrs,
            omitted,
        }
    }

    /// The set slots of an instance, as many as the snapshot's allowance leaves.
    fn slot_attributes(&mut self, r: ObjRef) -> (Vec<Binding>, Option<usize>) {
        let slots = self.vm.slot_attributes(Value::Obj(r));
        let shown = self.budget.take(slots.len(), MAX_ITEMS);
        let attrs = slots
            .iter()
            .take(shown)
            .map(|(name, value)| Binding {
                name: name.to_string(),
                value: self.value(*value),
            })
            .collect();
        (attrs, omitted(slots.len(), shown))
    }

    fn values(&mut self, items: &[Value]) -> Vec<ValueView> {
        items.iter().map(|&item| self.value(item)).collect()
    }

    /// The first items of a container, as many as the snapshot's allowance leaves.
    /// The view of a container of `length` items whose first ones are `prefix` (at
    /// least as many as a container may show).
    fn items(&mut self, prefix: &[Value], length: usize) -> ItemsView {
        let shown = self.budget.take(length, MAX_ITEMS).min(prefix.len());
        ItemsView {
            items: self.values(prefix.get(..shown).unwrap_or_default()),
            length,
            omitted: omitted(length, shown),
        }
    }

    /// A slice of a container's items (a dict's entries) for `expand`, walked like
    /// the snapshot's own values.
    pub fn item_range(&mut self, items: &[Value], start: usize, count: usize) -> Vec<ValueView> {
        let end = start.saturating_add(count).min(items.len());
        self.values(items.get(start.min(end)..end).unwrap_or_default())
    }

    /// A repr from the scratch interpreter; a `__repr__` written in Python runs there,
    /// under a small instruction budget so that it cannot hang the snapshot.
    fn repr(&mut self, value: Value) -> String {
        let vm = self.vm;
        let scratch = self.scratch.get_or_insert_with(|| {
            let mut scratch = vm.clone();
            scratch.call_numbers.detach();
            scratch.heap.shared_strs_frozen = true;
            scratch.budgets.max_steps = scratch.steps.saturating_add(REPR_STEP_BUDGET);
            scratch
        });
        scratch.repr(value).unwrap_or_else(|_| "<?>".into())
    }

    fn exception_type_name(&self, exception: &ExceptionObject) -> String {
        match exception.class.map(|class| self.vm.heap.get(class)) {
            Some(Object::Class(class)) => class.name.to_string(),
            _ => exception.ty.name().to_string(),
        }
    }

    /// `NotFound('no such key: x')`, written here: the arguments are drawn as values.
    fn exception_repr(&mut self, exception: &ExceptionObject) -> String {
        let arguments: Vec<String> = exception
            .args
            .iter()
            .map(|&arg| {
                let view = self.value(arg);
                default_text(self.vm, arg, &view)
            })
            .collect();
        format!(
            "{}({})",
            self.exception_type_name(exception),
            arguments.join(", ")
        )
    }

    fn cell(&mut self, r: ObjRef, contents: Option<Value>) -> CellView {
        let id = self.vm.heap.id(r);
        let owner = self.owners.get(&id).cloned().unwrap_or(CellOwner {
            frame: 0,
            function: String::new(),
            name: String::new(),
        });
        let label = match self.vm.call_numbers.cell_origin(id) {
            Some(origin) => self.sites.call_label(&origin),
            None => owner.function.clone(),
        };
        let contents = contents.map(|value| self.value(value));
        CellView {
            contents,
            owner: OwnerView {
                frame: owner.frame,
                function: owner.function,
                name: owner.name,
                label,
            },
            owner_returned: false,
            held_by: Vec::new(),
        }
    }

    fn function(&mut self, function: &Function) -> FunctionView {
        let code = &function.code;
        let defaults = self.tuple_items(function.defaults);
        let default_views = self.values(&defaults);
        let default_texts: Vec<String> = defaults
            .iter()
            .zip(&default_views)
            .map(|(&value, view)| default_text(self.vm, value, view))
            .collect();
        let params = super::params::parameters_as_written(
            code,
            &default_texts,
            self.keyword_defaults(function),
        );
        let closure_cells = self.tuple_items(function.closure);
        let closure = code
            .freevars
            .iter()
            .zip(closure_cells)
            .filter_map(|(name, cell)| {
                Some(ClosureSlot {
                    name: name.to_string(),
                    cell: self.reference(cell.as_obj()?),
                })
            })
            .collect();
        FunctionView {
            name: code.name.to_string(),
            qualname: code.qualname.to_string(),
            label: self.function_label(function),
            params,
            defaults: default_views,
            closure,
            line: code.firstlineno,
        }
    }

    /// `inc`, or `inc #2` when its definition can make several function objects.
    /// How the program's definitions are labelled.
    pub fn sites(&self) -> &DefinitionSites {
        self.sites
    }

    pub fn function_label(&self, function: &Function) -> String {
        self.sites.label_of(&function.code, function.definition)
    }

    fn tuple_items(&self, tuple: Option<ObjRef>) -> Vec<Value> {
        match tuple.map(|r| self.vm.heap.get(r)) {
            Some(Object::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        }
    }

    /// `__kwdefaults__` as (name, value) pairs.
    fn keyword_defaults(&mut self, function: &Function) -> Vec<(String, String)> {
        let pairs = match function.kwdefaults.map(|r| self.vm.heap.get(r)) {
            Some(Object::Dict(dict)) => dict.iter().map(|e| (e.key, e.value)).collect::<Vec<_>>(),
            _ => Vec::new(),
        };
        pairs
            .into_iter()
            .filter_map(|(key, value)| {
                let view = self.value(value);
                let text = default_text(self.vm, value, &view);
                Some((self.vm.str_text(key)?.to_string(), text))
            })
            .collect()
    }
}

/// Fills every cell's `held_by` with the functions whose closure holds it.
fn record_cell_holders(objects: &mut BTreeMap<u64, HeapObject>) {
    let mut holders: Vec<(u64, u64)> = Vec::new();
    for (&id, object) in objects.iter() {
        if let HeapObject::Function(function) = object {
            holders.extend(function.closure.iter().map(|slot| (slot.cell, id)));
        }
    }
    for (cell, function) in holders {
        if let Some(HeapObject::Cell(view)) = objects.get_mut(&cell) {
            if !view.held_by.contains(&function) {
                view.held_by.push(function);
            }
        }
    }
}
