//! Which way every name of a step went: the reads, writes and deletes its instructions
//! performed, each with how Python resolved it (a fast local, a cell of the frame, a
//! free variable through `__closure__`, a class namespace, the globals, the builtins).
//!
//! Collected only while a step is replayed for its snapshot: the recording runs with
//! no log at all, so it stays as fast and as small as it is. The compiler already
//! decided the path of each name (LOAD_FAST, LOAD_DEREF, LOAD_GLOBAL, LOAD_NAME), so
//! the log reads it off the instruction and the frame, before and after it runs.

use super::bounds::{short_repr, str_view_repr, MAX_STR_CHARS};
use super::snapshot::ValueView;
use crate::pytext::float_repr;
use crate::runtime::code::{CodeObject, Instr};
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::{Frame, Vm};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AccessAction {
    Read,
    Write,
    Delete,
}

/// Where a name was found, as CPython's symtable and bytecode decide it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Resolution {
    /// A fast local slot of the frame (LOAD_FAST).
    Local,
    /// One of the frame's own `co_cellvars` cells.
    Cell,
    /// A `co_freevars` cell, reached through the function's `__closure__`.
    Free,
    /// A class body's namespace (LOAD_NAME, or LOAD_CLASSDEREF finding it there).
    Class,
    Global,
    Builtin,
    /// An attribute of an object: written (STORE_ATTR, DELETE_ATTR), or read
    /// (LOAD_ATTR, LOAD_METHOD) from the instance's `__dict__` or a class's namespace.
    Attribute,
}

/// One name read, written or deleted by a step.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AccessView {
    pub action: AccessAction,
    pub name: String,
    /// The frame whose instruction did it.
    pub frame: u64,
    pub via: Resolution,
    /// The cell read or written, for `cell` and `free`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<u64>,
    /// For `free`: the function object whose `__closure__` holds the cell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function: Option<u64>,
    /// For `attribute`: the object whose attribute it is; for a read, the object whose
    /// namespace held it (the instance, or the class on its MRO that defines it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<u64>,
    /// For `class`: the namespace bound into, which `type.__new__` copies into the
    /// class's `__dict__`: it lets "when was this set?" on a class's attribute find
    /// the class body's write.
    #[serde(skip)]
    pub namespace: Option<u64>,
    /// The value read or written; none for a delete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<ValueView>,
}

/// The accesses of the instructions replayed while it is attached to a stepper.
#[derive(Clone, Debug, Default)]
pub struct AccessLog {
    pub accesses: Vec<AccessView>,
}

/// What is known of an access before its instruction runs; a read's value is on the
/// stack only after it.
pub struct PendingAccess {
    view: AccessView,
    depth: usize,
    /// Where a read's value is on the stack after the instruction (1 is the top).
    read_slot: usize,
}

impl AccessLog {
    /// Notes the access `instr` is about to make in the current frame (frame id
    /// `frame`); library code's own names are not the program's and are left out.
    pub fn before(vm: &Vm, frame: u64, instr: Instr) -> Option<PendingAccess> {
        let current = vm.frames.last().filter(|f| !f.code.flags.library)?;
        let (action, name, via, cell) = resolve(vm, current, instr)?;
        if name.starts_with('.') || is_class_prologue(current, &name, via) {
            // `.0`, a comprehension's hidden iterator argument, is no name of the program.
            return None;
        }
        let stored = match action {
            AccessAction::Write => Some(stack_value(
                vm,
                1 + usize::from(via == Resolution::Attribute),
            )?),
            _ => None,
        };
        let object = match (via, action) {
            (Resolution::Attribute, AccessAction::Read) => Some(attribute_read_owner(vm, &name)?),
            (Resolution::Attribute, _) => attribute_owner(vm),
            _ => None,
        };
        let view = AccessView {
            action,
            name,
            frame,
            via,
            cell: cell.map(|c| vm.heap.id(c)),
            function: (via == Resolution::Free)
                .then(|| current.function.map(|f| vm.heap.id(f)))
                .flatten(),
            object,
            namespace: (via == Resolution::Class)
                .then(|| own_namespace(vm, current).map(|ns| vm.heap.id(ns)))
                .flatten(),
            value: stored.map(|value| value_view(vm, value)),
        };
        Some(PendingAccess {
            view,
            depth: vm.frames.len(),
            // LOAD_METHOD pushes the callable under the receiver (or a null).
            read_slot: 1 + usize::from(matches!(instr, Instr::LoadMethod(_))),
        })
    }

    /// Keeps the access once its instruction has run without raising; a read takes
    /// the value it pushed. An attribute write that ran a setter in Python is the
    /// setter's business, not a plain write; so is a read that ran a property getter.
    pub fn after(&mut self, vm: &Vm, pending: PendingAccess, succeeded: bool) {
        let mut view = pending.view;
        if !succeeded || vm.frames.len() != pending.depth {
            return;
        }
        if view.action == AccessAction::Read {
            view.value = stack_value(vm, pending.read_slot).map(|value| value_view(vm, value));
        }
        self.accesses.push(view);
    }

    /// A call binds its parameters before the frame's first line: one write each,
    /// into the slot or (for a parameter a closure captures) the cell.
    pub fn bind_parameters(&mut self, vm: &Vm, frame_id: u64, frame: &Frame) {
        if frame.code.flags.library {
            return;
        }
        let code = &frame.code;
        for (slot, name) in code
            .varnames
            .iter()
            .take(code.total_parameters())
            .enumerate()
        {
            if name.starts_with('.') {
                continue;
            }
            let cell_index = code.cellvars.iter().position(|c| c == name);
            let cell = cell_index.and_then(|i| frame.cells.get(i).copied());
            let value = match cell.map(|c| vm.heap.get(c)) {
                Some(Object::Cell(contents)) => *contents,
                _ => frame.locals.get(slot).copied().flatten(),
            };
            self.accesses.push(AccessView {
                action: AccessAction::Write,
                name: name.to_string(),
                frame: frame_id,
                via: if cell.is_some() {
                    Resolution::Cell
                } else {
                    Resolution::Local
                },
                cell: cell.map(|c| vm.heap.id(c)),
                function: None,
                object: None,
                namespace: None,
                value: value.map(|v| value_view(vm, v)),
            });
        }
    }
}

type Resolved = (
    AccessAction,
    String,
    Resolution,
    Option<crate::runtime::heap::ObjRef>,
);

/// The action, name, path and cell of a name instruction; `None` for any other.
fn resolve(vm: &Vm, frame: &Frame, instr: Instr) -> Option<Resolved> {
    use AccessAction::Read;
    let code = &frame.code;
    let (action, index, family) = classify(instr)?;
    let index = index as usize;
    match family {
        Family::Fast => Some((
            action,
            code.varnames.get(index)?.to_string(),
            Resolution::Local,
            None,
        )),
        Family::Deref => deref(vm, frame, action, index),
        Family::Attribute => Some((
            action,
            code.names.get(index)?.text.to_string(),
            Resolution::Attribute,
            None,
        )),
        Family::Global | Family::Name => {
            let name = code.names.get(index)?;
            let via = match (family, action) {
                // Module code binds its names with STORE_NAME too: into the globals.
                (Family::Name, _) if own_namespace(vm, frame).is_some() && action != Read => {
                    Resolution::Class
                }
                (Family::Name, _) if in_namespace(vm, frame, name) => Resolution::Class,
                (_, Read) if vm.dict_get_name(frame.globals, name).is_none() => Resolution::Builtin,
                _ => Resolution::Global,
            };
            Some((action, name.text.to_string(), via, None))
        }
    }
}

/// The action, operand and family of a name instruction.
fn classify(instr: Instr) -> Option<(AccessAction, u32, Family)> {
    use AccessAction::{Delete, Read, Write};
    Some(match instr {
        Instr::LoadFast(i) => (Read, i, Family::Fast),
        Instr::StoreFast(i) => (Write, i, Family::Fast),
        Instr::DeleteFast(i) => (Delete, i, Family::Fast),
        Instr::LoadDeref(i) => (Read, i, Family::Deref),
        Instr::StoreDeref(i) => (Write, i, Family::Deref),
        Instr::DeleteDeref(i) => (Delete, i, Family::Deref),
        Instr::LoadGlobal(i) => (Read, i, Family::Global),
        Instr::StoreGlobal(i) => (Write, i, Family::Global),
        Instr::DeleteGlobal(i) => (Delete, i, Family::Global),
        Instr::LoadName(i) => (Read, i, Family::Name),
        Instr::StoreName(i) => (Write, i, Family::Name),
        Instr::DeleteName(i) => (Delete, i, Family::Name),
        Instr::LoadAttr(i) | Instr::LoadMethod(i) => (Read, i, Family::Attribute),
        Instr::StoreAttr(i) => (Write, i, Family::Attribute),
        Instr::DeleteAttr(i) => (Delete, i, Family::Attribute),
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Fast,
    Deref,
    Global,
    Name,
    Attribute,
}

/// LOAD_DEREF and friends: indexes run over `co_cellvars`, then `co_freevars`. In a
/// class body a free variable is first looked up in the namespace (LOAD_CLASSDEREF).
fn deref(vm: &Vm, frame: &Frame, action: AccessAction, index: usize) -> Option<Resolved> {
    let code: &CodeObject = &frame.code;
    let cellvars = code.cellvars.len();
    let (name, via) = match code.cellvars.get(index) {
        Some(name) => (name.clone(), Resolution::Cell),
        None => (
            code.freevars.get(index - cellvars)?.clone(),
            Resolution::Free,
        ),
    };
    let shadowed = action == AccessAction::Read
        && via == Resolution::Free
        && own_namespace(vm, frame).is_some_and(|namespace| {
            let hash = crate::runtime::hashing::hash_str(&name);
            vm.dict_get_str(namespace, &name, hash).is_some()
        });
    if shadowed {
        return Some((action, name.to_string(), Resolution::Class, None));
    }
    let cell = frame.cells.get(index).copied();
    Some((action, name.to_string(), via, cell))
}

fn in_namespace(vm: &Vm, frame: &Frame, name: &crate::runtime::code::Name) -> bool {
    own_namespace(vm, frame).is_some_and(|namespace| vm.dict_get_name(namespace, name).is_some())
}

/// The namespace a frame's names live in apart from the globals: a class body's, or
/// the locals mapping of code that exec runs; code that exec runs in the program's
/// globals binds globals.
pub fn own_namespace(vm: &Vm, frame: &Frame) -> Option<crate::runtime::heap::ObjRef> {
    frame
        .namespace
        .filter(|&namespace| namespace != vm.main_globals)
}

/// A class body starts with `__module__ = __name__` and `__qualname__ = '…'`, which
/// CPython compiles in and no program wrote: left out, as the snapshot hides them.
fn is_class_prologue(frame: &Frame, name: &str, via: Resolution) -> bool {
    frame.namespace.is_some()
        && !frame.code.flags.module
        && match via {
            Resolution::Global => name == "__name__",
            Resolution::Class => name == "__module__" || name == "__qualname__",
            _ => false,
        }
}

/// The n-th value from the top of the stack (1 is the top).
fn stack_value(vm: &Vm, n: usize) -> Option<Value> {
    vm.stack
        .len()
        .checked_sub(n)
        .and_then(|i| vm.stack.get(i))
        .copied()
}

/// STORE_ATTR and DELETE_ATTR find their object on top of the stack.
fn attribute_owner(vm: &Vm) -> Option<u64> {
    match stack_value(vm, 1)? {
        Value::Obj(r) => Some(vm.heap.id(r)),
        _ => None,
    }
}

/// Whose namespace an attribute read about to run finds `name` in, as Python's
/// `object.__getattribute__` searches: a data descriptor on the class first (a
/// property, whose getter is code of its own and not a namespace read: left out; a
/// `__slots__` member, which reads the instance's slot: the instance), then
/// the instance's own `__dict__`, then the first class of the MRO that defines it
/// (`type.__getattribute__` for a class: its MRO). Only namespaces the diagram draws
/// count; a name a built-in type or a module answers (`list.append`), or one that
/// `__getattr__` supplies, is left out.
fn attribute_read_owner(vm: &Vm, name: &str) -> Option<u64> {
    let Value::Obj(target) = stack_value(vm, 1)? else {
        return None;
    };
    let hash = crate::runtime::hashing::hash_str(name);
    let (own_dict, class) = match vm.heap.get(target) {
        Object::Instance(instance) => (Some(instance.dict), instance.class),
        Object::Class(_) => (None, target),
        _ => return None,
    };
    let in_class = class_defining(vm, class, name, hash);
    if let Some((_, value)) = in_class {
        match value.as_obj().map(|r| vm.heap.get(r)) {
            Some(Object::Property { .. }) => return None,
            // A `__slots__` member reads the instance's own slot, which the diagram draws
            // as the instance's attribute.
            Some(Object::Member(_)) if own_dict.is_some() => return Some(vm.heap.id(target)),
            _ => {}
        }
    }
    if own_dict.is_some_and(|dict| vm.dict_get_str(dict, name, hash).is_some()) {
        return Some(vm.heap.id(target));
    }
    in_class.map(|(holder, _)| vm.heap.id(holder))
}

/// The first class on `class`'s MRO whose namespace binds `name`, with the value; none
/// when a built-in base earlier on the MRO answers first (`class C(list, Mixin)`).
fn class_defining(
    vm: &Vm,
    class: crate::runtime::heap::ObjRef,
    name: &str,
    hash: u64,
) -> Option<(crate::runtime::heap::ObjRef, Value)> {
    for holder in vm
        .mro_of(Value::Obj(class))
        .into_iter()
        .filter_map(|c| c.as_obj())
    {
        match vm.heap.get(holder) {
            Object::Class(c) => {
                if let Some(value) = vm.dict_get_str(c.dict, name, hash) {
                    return Some((holder, value));
                }
            }
            Object::Type(ty) if vm.find_method(*ty, name).is_some() => return None,
            _ => {}
        }
    }
    None
}

/// A value as snapshots show it, taken when it is read or written: the object a
/// reference names may be gone by the end of the step, its id is not.
pub fn value_view(vm: &Vm, value: Value) -> ValueView {
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
        Value::Obj(r) => match vm.heap.get(r) {
            Object::Str(s) => {
                let (repr, length) = str_view_repr(&s.text(), MAX_STR_CHARS);
                ValueView::Str {
                    repr,
                    length,
                    omitted: length.map(|length| length.saturating_sub(MAX_STR_CHARS)),
                    id: length.map(|_| vm.heap.id(r)),
                }
            }
            Object::BigInt(big) => ValueView::Int {
                repr: short_repr(big.to_string(), MAX_STR_CHARS),
            },
            _ => ValueView::Ref { id: vm.heap.id(r) },
        },
    }
}

/// One access as the text dump shows it: `read i: free cell #351 of #355 = 2`,
/// `write self.x: attribute of #400 = 1`, `delete e: local`.
pub fn access_text(access: &AccessView) -> String {
    let action = match access.action {
        AccessAction::Read => "read",
        AccessAction::Write => "write",
        AccessAction::Delete => "delete",
    };
    let mut path = match access.via {
        Resolution::Local => "local".to_string(),
        Resolution::Cell => "own".to_string(),
        Resolution::Free => "closure".to_string(),
        Resolution::Class => "class namespace".to_string(),
        Resolution::Global => "global".to_string(),
        Resolution::Builtin => "builtin".to_string(),
        Resolution::Attribute => "attribute".to_string(),
    };
    if let Some(cell) = access.cell {
        path.push_str(&format!(" cell #{cell}"));
    }
    if let Some(owner) = access.function.or(access.object) {
        path.push_str(&format!(" of #{owner}"));
    }
    let value = access.value.as_ref().map_or(String::new(), |v| {
        format!(" = {}", super::text_dump::value_text(v))
    });
    format!(
        "{action} {}: {path} in frame {}{value}",
        access.name, access.frame
    )
}
