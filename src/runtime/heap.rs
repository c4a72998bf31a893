//! The heap: an arena of objects with stable ids, and a mark-sweep collector.
//!
//! A reference is a slot index; the slot also stores the object's *id*, drawn from a
//! counter that never goes back, so `id()` and the snapshot's ids stay stable while the
//! object lives and are never reused in a run even though freed slots are.
//!
//! Slots, the free list and the id index live in [`SharedPages`], so a clone of the heap
//! (a checkpoint) costs a pointer per page, and writes after it copy only the pages they
//! touch: the history's cost follows what the program writes, not how much it holds.

#[cfg(test)]
use super::object::ListItems;
use super::object::{AsyncGenAction, Function, IterState, Object};
use super::shared_pages::SharedPages;
use super::str_text::CountedBuffers;
use super::value::Value;

/// A reference to a heap slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(pub u32);

#[derive(Clone, Debug)]
struct Slot {
    id: u64,
    object: Object,
}

impl Default for Slot {
    fn default() -> Self {
        Slot {
            id: 0,
            object: Object::Free,
        }
    }
}

/// Slots per page: small enough that a write after a checkpoint copies little, large
/// enough that the page table of a big heap stays short.
const SLOTS_PER_PAGE: usize = 32;
/// Entries per page of the free list and of the id index (4 bytes each).
const INDEX_PER_PAGE: usize = 1024;

#[derive(Clone, Debug, Default)]
pub struct Heap {
    slots: SharedPages<Slot, SLOTS_PER_PAGE>,
    /// Freed slots, reused last-freed first.
    free: SharedPages<u32, INDEX_PER_PAGE>,
    /// The slot each id was allocated in, indexed by id: ids are never reused, so an
    /// entry is written once, and a lookup by id is one read and a check that the slot
    /// still holds that id.
    slot_of_id: SharedPages<u32, INDEX_PER_PAGE>,
    next_id: u64,
    live: usize,
    allocated_since_collect: usize,
    /// Bytes of str and container contents allocated since the last collection: a
    /// loop building long strs allocates few objects but much memory.
    bytes_since_collect: usize,
    /// Bytes allocated or grown since the heap was last measured by
    /// [`Heap::measure_bytes`], so that the check runs by bytes, not by time.
    bytes_since_check: usize,
    /// What the last [`Heap::measure_bytes`] found. With `bytes_since_check` it bounds
    /// the heap from above, as long as every growth is counted by `alloc` or
    /// `note_growth` (frees and shrinking only lower the heap), so the walk over every
    /// slot is needed only once that bound passes the budget.
    measured_bytes: usize,
    /// Collect at every chance after an allocation (tests): a value the collector
    /// cannot see is freed at once instead of after megabytes of allocation.
    pub stress_collection: bool,
    /// Set in an interpreter that runs code the program did not (a `__repr__` run to
    /// draw a value): its concatenations copy instead of appending to buffers it
    /// shares with the program's run (see `StrText::concat`).
    pub shared_strs_frozen: bool,
}

/// Collect after this many bytes of contents, whatever the object count.
const BYTES_BETWEEN_COLLECTIONS: usize = 16 << 20;

/// CPython prints addresses like `0x7f3a5c0b1e40`; ours derive from the id so that
/// `id(x)` and the address in `repr(x)` agree, as they do in CPython.
const ADDRESS_BASE: u64 = 0x7f00_0000_0000;

impl Heap {
    pub fn new() -> Self {
        let mut slot_of_id = SharedPages::new();
        // Ids start at 1: entry 0 stands for no object.
        slot_of_id.push(u32::MAX);
        Heap {
            next_id: 1,
            slot_of_id,
            ..Heap::default()
        }
    }

    pub fn alloc(&mut self, object: Object) -> ObjRef {
        let contents = contents_bytes(&object);
        self.alloc_sized(object, contents)
    }

    /// `alloc` for an object whose contents are `contents` bytes not counted before:
    /// a str that shares the buffer it grew in takes only what it appended.
    pub fn alloc_sized(&mut self, object: Object, contents: usize) -> ObjRef {
        let id = self.next_id;
        self.next_id += 1;
        self.live += 1;
        self.allocated_since_collect += 1;
        self.bytes_since_collect += contents;
        self.note_growth(64 + contents);
        let index = self.place(Slot { id, object });
        self.slot_of_id.push(index);
        ObjRef(index)
    }

    /// Puts `slot` in a freed slot if there is one, else in a new one.
    fn place(&mut self, slot: Slot) -> u32 {
        if let Some(index) = self.free.pop() {
            if let Some(free) = self.slots.get_mut(index as usize) {
                *free = slot;
                return index;
            }
        }
        self.slots.push(slot);
        self.slots.len() as u32 - 1
    }

    #[inline]
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
        let index = *self.slot_of_id.get(usize::try_from(id).ok()?)?;
        let slot = self.slots.get(index as usize)?;
        let alive = slot.id == id && !matches!(slot.object, Object::Free);
        alive.then_some(ObjRef(index))
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
        let mut buffers = CountedBuffers::default();
        let mut slot_bytes = |object: &Object| match object {
            Object::Str(s) => s.heap_bytes(&mut buffers, self.next_id),
            other => contents_bytes(other),
        };
        self.slots
            .iter()
            .map(|slot| 64 + slot_bytes(&slot.object))
            .sum()
    }

    /// Counts `bytes` a container grew by in place (an append, a new set member),
    /// which `alloc` never sees. Growth in place makes no garbage, so it brings the
    /// next collection no closer: a dict growing to millions of keys is not marked
    /// again and again.
    pub fn note_growth(&mut self, bytes: usize) {
        self.bytes_since_check = self.bytes_since_check.saturating_add(bytes);
    }

    /// Walks every slot for [`Heap::estimated_bytes`] and starts counting growth
    /// afresh from what it found.
    pub fn measure_bytes(&mut self) -> usize {
        let bytes = self.estimated_bytes();
        self.measured_bytes = bytes;
        self.bytes_since_check = 0;
        bytes
    }

    /// Bytes allocated or grown since the last [`Heap::measure_bytes`].
    pub fn bytes_since_check(&self) -> usize {
        self.bytes_since_check
    }

    /// Whether the heap may hold more than `budget` bytes: the last measure plus every
    /// byte allocated or grown since, an upper bound that costs nothing to read. A
    /// program making temporaries pushes it up until a measure brings it back down,
    /// so a measure comes once per budget's worth of allocation, not once per share
    /// of it, and a replay from a checkpoint almost never has to walk the heap.
    pub fn may_exceed(&self, budget: usize) -> bool {
        self.measured_bytes.saturating_add(self.bytes_since_check) > budget
    }

    /// Collection pays off once allocation since the last one outgrows the live set.
    pub fn should_collect(&self) -> bool {
        (self.stress_collection && self.allocated_since_collect > 0)
            || (self.allocated_since_collect > 50_000 && self.allocated_since_collect > self.live)
            || self.bytes_since_collect > BYTES_BETWEEN_COLLECTIONS
    }

    /// The id the next object will get: every live object made before now has a
    /// smaller one.
    pub fn next_id(&self) -> u64 {
        self.next_id
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
        self.sweep(&marked);
        self.allocated_since_collect = 0;
        self.bytes_since_collect = 0;
    }

    /// Every live object whose id is below `id`, with its id.
    pub fn live_ids_below(&self, id: u64) -> impl Iterator<Item = (ObjRef, u64)> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter(move |(_, slot)| slot.id < id && !matches!(slot.object, Object::Free))
            .map(|(index, slot)| (ObjRef(index as u32), slot.id))
    }

    /// Frees every object not `marked`. Pages with nothing to free are not touched, so
    /// a checkpoint still shares them.
    fn sweep(&mut self, marked: &[bool]) {
        let dies = |index: usize, slot: &Slot| {
            !marked.get(index).copied().unwrap_or(true) && !matches!(slot.object, Object::Free)
        };
        let mut freed = Vec::new();
        for page in 0..self.slots.page_count() {
            let first = page * SLOTS_PER_PAGE;
            freed.clear();
            if let Some(slots) = self.slots.page(page) {
                freed.extend(
                    (first..)
                        .zip(slots.iter())
                        .filter(|&(i, s)| dies(i, s))
                        .map(|(i, _)| i),
                );
            }
            if freed.is_empty() {
                continue;
            }
            self.slots.rewrite_page(
                page,
                |index, slot| {
                    if dies(index, slot) {
                        slot.object = Object::Free;
                    }
                },
                // The same result as the rewrite: whether a page was shared must never
                // show in the heap, or a replay would differ from the recording.
                |index, slot| match dies(index, slot) {
                    true => Slot {
                        id: slot.id,
                        object: Object::Free,
                    },
                    false => slot.clone(),
                },
            );
            self.live -= freed.len();
            freed.iter().for_each(|&index| self.free.push(index as u32));
        }
    }

    /// Bytes this heap holds that `other` does not share: every page of slots, of the
    /// free list and of the id index that is not the same memory in both, and every
    /// group of their page tables.
    pub fn bytes_not_shared_with(&self, other: &Heap) -> usize {
        let slot_page = SLOTS_PER_PAGE * std::mem::size_of::<Slot>();
        let mut bytes = 0;
        for page in 0..self.slots.page_count() {
            if let (false, Some(slots)) = (
                self.slots.shares_page(&other.slots, page),
                self.slots.page(page),
            ) {
                bytes += slot_page;
                let first = page * SLOTS_PER_PAGE;
                bytes += (first..)
                    .zip(slots.iter())
                    .map(|(index, slot)| contents_not_shared(slot, other.slots.get(index)))
                    .sum::<usize>();
            }
        }
        let index_pages = [
            (&self.free, &other.free),
            (&self.slot_of_id, &other.slot_of_id),
        ]
        .iter()
        .map(|(mine, theirs)| {
            (0..mine.page_count())
                .filter(|&page| !mine.shares_page(theirs, page))
                .count()
        })
        .sum::<usize>();
        let groups = self.slots.group_bytes_not_shared_with(&other.slots)
            + self.free.group_bytes_not_shared_with(&other.free)
            + self
                .slot_of_id
                .group_bytes_not_shared_with(&other.slot_of_id);
        bytes + index_pages * INDEX_PER_PAGE * 4 + groups
    }

    /// Bytes of the page tables a clone of this heap holds of its own: a pointer per
    /// group of pages (the groups themselves are shared until written).
    pub fn page_table_bytes(&self) -> usize {
        self.slots.table_bytes() + self.free.table_bytes() + self.slot_of_id.table_bytes()
    }
}

/// What an object holds beyond its slot, in bytes: an estimate (a value is 16 bytes, a
/// dict or set entry 48).
fn contents_bytes(object: &Object) -> usize {
    match object {
        Object::List(items) => items.len() * 16,
        Object::Tuple(items) => items.len() * 16,
        Object::Dict(d) | Object::Set { items: d, .. } => d.len() * 48,
        Object::Str(s) => s.byte_len(),
        Object::BigInt(n) => (n.bits() / 8) as usize,
        _ => 0,
    }
}

/// What `mine` holds beyond its slot that `theirs`, the same slot in another copy of the
/// heap, does not share: a long list or a big dict shares the pages it has not written.
fn contents_not_shared(mine: &Slot, theirs: Option<&Slot>) -> usize {
    let Some(theirs) = theirs.filter(|theirs| theirs.id == mine.id) else {
        return contents_bytes(&mine.object);
    };
    match (&mine.object, &theirs.object) {
        (Object::List(a), Object::List(b)) => a.bytes_not_shared_with(b),
        (Object::Dict(a), Object::Dict(b)) => a.bytes_not_shared_with(b),
        (Object::Set { items: a, .. }, Object::Set { items: b, .. }) => a.bytes_not_shared_with(b),
        _ => contents_bytes(&mine.object),
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
        Object::List(items) => items.for_each(|&v| push_value(v, out)),
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
                .chain([&class.module, &class.layout.solid_base])
                .for_each(|&v| push_value(v, out));
        }
        Object::Instance(instance) => {
            out.push(instance.class);
            out.push(instance.dict);
            out.extend(instance.base_value.and_then(|v| v.as_obj()));
            out.extend(instance.slots.iter().flatten().filter_map(|v| v.as_obj()));
        }
        Object::StaticMethod(v) | Object::ClassMethod(v) => push_value(*v, out),
        Object::Member(member) => out.push(member.owner),
        Object::Property { fget, fset } => {
            push_value(*fget, out);
            push_value(*fset, out);
        }
        Object::Super { class, instance } => {
            push_value(*class, out);
            push_value(*instance, out);
        }
        Object::GeneratorFrame(generator) => out.push(*generator),
        Object::AsyncGenStep(step) => {
            out.push(step.generator);
            match step.action {
                AsyncGenAction::Send(value) => push_value(value, out),
                AsyncGenAction::Throw(exception) => out.push(exception),
                AsyncGenAction::Close => {}
            }
            push_value(step.result, out);
        }
        Object::Traceback { entry, .. } => out.push(entry.exception),
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
        IterState::Range { .. }
        | IterState::BigRange(_)
        | IterState::Str { .. }
        | IterState::Exhausted { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bound_on_the_heap_grows_with_allocation_until_a_measure() {
        let mut heap = Heap::new();
        let measured = heap.measure_bytes();
        assert!(!heap.may_exceed(measured));
        heap.alloc(Object::Cell(None));
        assert!(
            heap.may_exceed(measured),
            "an allocation since the measure counts"
        );
        heap.collect(&[], 0);
        assert!(heap.may_exceed(measured), "a free does not lower the bound");
        assert_eq!(heap.measure_bytes(), heap.estimated_bytes());
        assert_eq!(heap.bytes_since_check(), 0);
        assert!(!heap.may_exceed(heap.estimated_bytes()));
    }

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
        let state = heap.alloc(Object::List(vec![Value::Int(7)].into()));
        let native = heap.alloc(Object::Native(NativeFunction {
            name: "enumerate",
            func: |_, _, _| Ok(Value::None),
            owner: None,
            module: None,
            receiver: Some(Value::Obj(state)),
        }));
        heap.collect(&[Value::Obj(native)], 0);
        assert!(
            matches!(heap.get(state), Object::List(items) if items.to_vec() == [Value::Int(7)])
        );
    }

    #[test]
    fn objects_are_found_by_id_until_freed() {
        let mut heap = Heap::new();
        let kept = heap.alloc(Object::Cell(None));
        let dropped = heap.alloc(Object::Cell(None));
        let dropped_id = heap.id(dropped);
        heap.collect(&[Value::Obj(kept)], 0);
        let reused = heap.alloc(Object::Cell(None));
        assert_eq!(heap.find_by_id(heap.id(kept)), Some(kept));
        assert_eq!(heap.find_by_id(heap.id(reused)), Some(reused));
        assert_eq!(
            heap.find_by_id(dropped_id),
            None,
            "its slot holds another id now"
        );
        assert_eq!(heap.find_by_id(0), None);
        assert_eq!(heap.find_by_id(u64::MAX), None);
    }

    /// A copy taken before a collection (a checkpoint) keeps what the collection frees,
    /// and the collected heap is the same whether or not a copy shared its pages.
    #[test]
    fn a_collection_leaves_a_copy_intact_and_ends_the_same_without_one() {
        let fill = |heap: &mut Heap| -> Vec<ObjRef> {
            (0..100)
                .map(|n| heap.alloc(Object::List(vec![Value::Int(n)].into())))
                .collect()
        };
        let mut shared = Heap::new();
        let objects = fill(&mut shared);
        let copy = shared.clone();
        let mut alone = Heap::new();
        fill(&mut alone);
        let roots: Vec<Value> = objects.iter().step_by(3).map(|&r| Value::Obj(r)).collect();
        shared.collect(&roots, 0);
        alone.collect(&roots, 0);
        assert_eq!(copy.live_objects(), 100);
        assert!(
            matches!(copy.get(objects[1]), Object::List(items) if items.to_vec() == [Value::Int(1)])
        );
        assert!(matches!(shared.get(objects[1]), Object::Free));
        let describe = |heap: &Heap| -> Vec<(u64, String)> {
            (0..heap.slot_count())
                .map(|i| (heap.id(ObjRef(i)), format!("{:?}", heap.get(ObjRef(i)))))
                .collect()
        };
        assert_eq!(describe(&shared), describe(&alone));
        let (a, b) = (
            shared.alloc(Object::Cell(None)),
            alone.alloc(Object::Cell(None)),
        );
        assert_eq!(a, b, "the free lists agree too");
        assert!(copy.bytes_not_shared_with(&shared) > 0);
        assert_eq!(copy.clone().bytes_not_shared_with(&copy), 0);
    }

    #[test]
    fn reachable_objects_survive_collection() {
        let mut heap = Heap::new();
        let inner = heap.alloc(Object::Cell(Some(Value::Int(1))));
        let outer = heap.alloc(Object::List(vec![Value::Obj(inner)].into()));
        heap.alloc(Object::List(ListItems::new()));
        heap.collect(&[Value::Obj(outer)], 0);
        assert_eq!(heap.live_objects(), 2);
    }
}
