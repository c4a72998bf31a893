//! The heap: an arena of objects with stable ids, and a mark-sweep collector.
//!
//! A reference is a slot index; the slot also stores the object's *id*, drawn from a
//! counter that never goes back, so `id()` and the snapshot's ids stay stable while the
//! object lives and are never reused in a run even though freed slots are.

use super::object::{Function, IterState, Object};
use super::value::Value;

/// A reference to a heap slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

#[derive(Clone, Debug)]
struct Slot {
    id: u64,
    object: Object,
}

#[derive(Clone, Debug, Default)]
pub struct Heap {
    slots: Vec<Slot>,
    free: Vec<u32>,
    next_id: u64,
    live: usize,
    allocated_since_collect: usize,
    /// Bytes of str and container contents allocated since the last collection: a
    /// loop building long strs allocates few objects but much memory.
    bytes_since_collect: usize,
    /// Bytes allocated or grown since the heap budget was last checked against
    /// [`Heap::estimated_bytes`], so that the check runs by bytes, not by time.
    bytes_since_check: usize,
    /// Collect at every chance after an allocation (tests): a value the collector
    /// cannot see is freed at once instead of after megabytes of allocation.
    pub stress_collection: bool,
}

/// Collect after this many bytes of contents, whatever the object count.
const BYTES_BETWEEN_COLLECTIONS: usize = 16 << 20;

/// CPython prints addresses like `0x7f3a5c0b1e40`; ours derive from the id so that
/// `id(x)` and the address in `repr(x)` agree, as they do in CPython.
const ADDRESS_BASE: u64 = 0x7f00_0000_0000;

impl Heap {
    pub fn new() -> Self {
        Heap {
            next_id: 1,
            ..Heap::default()
        }
    }

    pub fn alloc(&mut self, object: Object) -> ObjRef {
        let id = self.next_id;
        self.next_id += 1;
        self.live += 1;
        self.allocated_since_collect += 1;
        let contents = contents_bytes(&object);
        self.bytes_since_collect += contents;
        self.note_growth(64 + contents);
        if let Some(index) = self.free.pop() {
            if let Some(slot) = self.slots.get_mut(index as usize) {
                *slot = Slot { id, object };
                return ObjRef(index);
            }
        }
        self.slots.push(Slot { id, object });
        ObjRef(self.slots.len() as u32 - 1)
    }

    pub fn get(&self, r: ObjRef) -> &Object {
        match self.slots.get(r.0 as usize) {
            Some(slot) => &slot.object,
            None => &Object::Free,
        }
    }

    /// Mutable access; a dangling reference gets a scratch `Free` object.
    pub fn get_mut(&mut self, r: ObjRef) -> Option<&mut Object> {
        self.slots
            .get_mut(r.0 as usize)
            .map(|slot| &mut slot.object)
    }

    /// The object's stable id (what snapshots use).
    pub fn id(&self, r: ObjRef) -> u64 {
        self.slots.get(r.0 as usize).map_or(0, |slot| slot.id)
    }

    /// What Python's `id()` returns and what reprs print after `at`.
    pub fn address(&self, r: ObjRef) -> u64 {
        ADDRESS_BASE + self.id(r) * 16
    }

    /// The slot of the live object with stable id `id`, for snapshot lookups.
    pub fn find_by_id(&self, id: u64) -> Option<ObjRef> {
        self.slots
            .iter()
            .position(|slot| slot.id == id && !matches!(slot.object, Object::Free))
            .map(|index| ObjRef(index as u32))
    }

    /// How many slots exist, live or free.
    pub fn slot_count(&self) -> u32 {
        self.slots.len() as u32
    }

    pub fn live_objects(&self) -> usize {
        self.live
    }

    /// Every live object, in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (ObjRef, &Object)> {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, slot)| !matches!(slot.object, Object::Free))
            .map(|(index, slot)| (ObjRef(index as u32), &slot.object))
    }

    /// A rough count of the bytes the heap holds: each slot, plus what containers,
    /// strs and big ints hold.
    pub fn estimated_bytes(&self) -> usize {
        self.slots
            .iter()
            .map(|slot| 64 + contents_bytes(&slot.object))
            .sum()
    }

    /// Counts `bytes` a container grew by in place (an append, a new set member),
    /// which `alloc` never sees. Growth in place makes no garbage, so it brings the
    /// next collection no closer: a dict growing to millions of keys is not marked
    /// again and again.
    pub fn note_growth(&mut self, bytes: usize) {
        self.bytes_since_check = self.bytes_since_check.saturating_add(bytes);
    }

    /// Bytes allocated or grown since the last call.
    pub fn take_bytes_since_check(&mut self) -> usize {
        std::mem::take(&mut self.bytes_since_check)
    }

    /// Bytes allocated or grown since the last call to `take_bytes_since_check`.
    pub fn bytes_since_check(&self) -> usize {
        self.bytes_since_check
    }

    /// Collection pays off once allocation since the last one outgrows the live set.
    pub fn should_collect(&self) -> bool {
        (self.stress_collection && self.allocated_since_collect > 0)
            || (self.allocated_since_collect > 50_000 && self.allocated_since_collect > self.live)
            || self.bytes_since_collect > BYTES_BETWEEN_COLLECTIONS
    }

    /// Frees every object not reachable from `roots`. Objects in slots below
    /// `permanent` (the built-in types and functions) are always kept.
    pub fn collect(&mut self, roots: &[Value], permanent: u32) {
        let mut marked = vec![false; self.slots.len()];
        let mut pending: Vec<ObjRef> = roots.iter().filter_map(|v| v.as_obj()).collect();
        pending.extend((0..permanent.min(self.slots.len() as u32)).map(ObjRef));
        while let Some(r) = pending.pop() {
            let Some(seen) = marked.get_mut(r.0 as usize) else {
                continue;
            };
            if *seen {
                continue;
            }
            *seen = true;
            children(self.get(r), &mut pending);
        }
        for (index, slot) in self.slots.iter_mut().enumerate() {
            let is_marked = marked.get(index).copied().unwrap_or(true);
            if !is_marked && !matches!(slot.object, Object::Free) {
                slot.object = Object::Free;
                self.free.push(index as u32);
                self.live -= 1;
            }
        }
        self.allocated_since_collect = 0;
        self.bytes_since_collect = 0;
    }
}

/// What an object holds beyond its slot, in bytes: an estimate (a value is 16 bytes, a
/// dict or set entry 48).
fn contents_bytes(object: &Object) -> usize {
    match object {
        Object::List(items) => items.capacity() * 16,
        Object::Tuple(items) => items.len() * 16,
        Object::Dict(d) | Object::Set { items: d, .. } => d.len() * 48,
        Object::Str(s) => s.text.len(),
        Object::BigInt(n) => (n.bits() / 8) as usize,
        _ => 0,
    }
}

fn push_value(value: Value, out: &mut Vec<ObjRef>) {
    if let Value::Obj(r) = value {
        out.push(r);
    }
}

/// The references an object holds, for marking.
fn children(object: &Object, out: &mut Vec<ObjRef>) {
    match object {
        Object::List(items) => items.iter().for_each(|&v| push_value(v, out)),
        Object::Tuple(items) => items.iter().for_each(|&v| push_value(v, out)),
        Object::Dict(dict) | Object::Set { items: dict, .. } => {
            dict.for_each_value(|v| push_value(v, out))
        }
        Object::Slice { start, stop, step } => [*start, *stop, *step]
            .iter()
            .for_each(|&v| push_value(v, out)),
        Object::Function(function) => function_children(function, out),
        Object::Cell(Some(v)) => push_value(*v, out),
        Object::BoundMethod { receiver, function } => {
            push_value(*receiver, out);
            push_value(*function, out);
        }
        // A native can hold state: the lazy built-ins (`enumerate`, `zip`, `map`,
        // `itertools.count`, ...) keep theirs in a list bound as the receiver.
        Object::Native(native) => native.receiver.into_iter().for_each(|v| push_value(v, out)),
        // Constants are permanent for compiled programs, but not for code made at run time.
        Object::Code(code) => code
            .constants
            .iter()
            .chain(code.names.iter().map(|name| &name.value))
            .chain([&code.docstring])
            .for_each(|&v| push_value(v, out)),
        Object::Module(module) => out.push(module.dict),
        Object::Exception(exception) => exception.for_each_value(|v| push_value(v, out)),
        Object::Iterator(state) => iterator_children(state, out),
        Object::DictView { dict, .. } => out.push(*dict),
        Object::Class(class) => {
            out.push(class.dict);
            class
                .bases
                .iter()
                .chain(&class.mro)
                .chain([&class.module])
                .for_each(|&v| push_value(v, out));
        }
        Object::Instance(instance) => {
            out.push(instance.class);
            out.push(instance.dict);
            out.extend(instance.base_value.and_then(|v| v.as_obj()));
        }
        Object::StaticMethod(v) | Object::ClassMethod(v) => push_value(*v, out),
        Object::Property { fget, fset } => {
            push_value(*fget, out);
            push_value(*fset, out);
        }
        Object::Super { class, instance } => {
            push_value(*class, out);
            push_value(*instance, out);
        }
        Object::GeneratorFrame(generator) => out.push(*generator),
        Object::Generator(generator) => {
            let mut values = generator.saved_stack.clone();
            values.push(generator.qualname);
            values.push(generator.return_value);
            values.extend(generator.code_object.map(Value::Obj));
            if let Some(frame) = &generator.frame {
                frame.roots(&mut values);
            }
            values.into_iter().for_each(|v| push_value(v, out));
        }
        _ => {}
    }
}

fn function_children(function: &Function, out: &mut Vec<ObjRef>) {
    push_value(function.name, out);
    push_value(function.qualname, out);
    push_value(function.doc, out);
    push_value(function.module, out);
    out.extend(function.defaults);
    out.extend(function.kwdefaults);
    out.extend(function.annotations);
    out.extend(function.closure);
    out.extend(function.dict);
    out.push(function.globals);
    out.push(function.code_object);
}

fn iterator_children(state: &IterState, out: &mut Vec<ObjRef>) {
    match state {
        IterState::Seq { seq, .. } => out.push(*seq),
        IterState::DictEntries { dict, .. } => out.push(*dict),
        IterState::Values { items, .. } => items.iter().for_each(|&v| push_value(v, out)),
        IterState::Indexing { object, .. } => push_value(*object, out),
        IterState::Callable { func, sentinel, .. } => {
            push_value(*func, out);
            push_value(*sentinel, out);
        }
        IterState::Range { .. } | IterState::Str { .. } | IterState::Exhausted { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_never_reused_though_slots_are() {
        let mut heap = Heap::new();
        let a = heap.alloc(Object::Cell(None));
        let first_id = heap.id(a);
        heap.collect(&[], 0);
        let b = heap.alloc(Object::Cell(None));
        assert_eq!(a, b);
        assert!(heap.id(b) > first_id);
    }

    /// Regression: a lazy iterator's state (enumerate, zip, map) lives in a list bound to
    /// a native function; it was freed by a collection mid-loop and its slot reused.
    #[test]
    fn state_held_by_a_native_survives_collection() {
        use crate::runtime::native::NativeFunction;
        let mut heap = Heap::new();
        let state = heap.alloc(Object::List(vec![Value::Int(7)]));
        let native = heap.alloc(Object::Native(NativeFunction {
            name: "enumerate",
            func: |_, _, _| Ok(Value::None),
            owner: None,
            module: None,
            receiver: Some(Value::Obj(state)),
        }));
        heap.collect(&[Value::Obj(native)], 0);
        assert!(matches!(heap.get(state), Object::List(items) if items == &[Value::Int(7)]));
    }

    #[test]
    fn reachable_objects_survive_collection() {
        let mut heap = Heap::new();
        let inner = heap.alloc(Object::Cell(Some(Value::Int(1))));
        let outer = heap.alloc(Object::List(vec![Value::Obj(inner)]));
        heap.alloc(Object::List(vec![]));
        heap.collect(&[Value::Obj(outer)], 0);
        assert_eq!(heap.live_objects(), 2);
    }
}
