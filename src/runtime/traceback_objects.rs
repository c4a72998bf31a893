//! Traceback objects: `e.__traceback__` and `sys.exc_info()[2]`, with `tb_lineno`,
//! `tb_next` and `tb_frame` (whose `f_code`, `f_lineno` and `f_globals` describe the
//! frame the exception passed through, and `f_locals` while that frame still runs).
//!
//! An exception keeps its traceback as entries, innermost first, appended as it leaves
//! each frame. A traceback object names one entry by its index: the index of an entry
//! never changes while the exception travels further out, so a traceback object taken
//! in a handler keeps its `tb_next` chain, as CPython's linked objects do. As in the
//! printed traceback, the frames of library code are left out of the chain.

use super::exception::{Exception, TracebackEntry};
use super::heap::ObjRef;
use super::object::Object;
use super::value::Value;
use super::vm::Vm;

/// One entry of an exception's traceback: `position` indexes its entries, innermost 0.
#[derive(Clone, Copy, Debug)]
pub struct EntryRef {
    pub exception: ObjRef,
    pub position: u32,
}

impl Vm {
    /// `e.__traceback__`: the outermost entry of the program's own code, or None
    /// before the exception was raised; the same object until the exception moves on.
    pub(crate) fn exception_traceback(&mut self, exception: ObjRef) -> Value {
        let (count, cached) = match self.heap.get(exception) {
            Object::Exception(e) => (e.traceback.len(), e.traceback_object),
            _ => return Value::None,
        };
        let outermost = self.program_entry_below(exception, count);
        let cached_position = cached.and_then(|r| match self.heap.get(r) {
            Object::Traceback { entry, .. } => Some(entry.position),
            _ => None,
        });
        if let (Some(r), Some(position)) = (cached, cached_position) {
            if Some(position) == outermost {
                return Value::Obj(r);
            }
        }
        let traceback = self.traceback_object(exception, count);
        if let Some(Object::Exception(e)) = self.heap.get_mut(exception) {
            e.traceback_object = traceback.as_obj();
        }
        traceback
    }

    /// `e.__traceback__ = tb` and `e.with_traceback(tb)`: the exception takes the entries
    /// from `tb` inward (so that `tb` is its `__traceback__`), or none for None; raising
    /// it adds the frames it then leaves in front of them.
    pub(crate) fn set_exception_traceback(
        &mut self,
        exception: ObjRef,
        tb: Value,
    ) -> Result<(), Exception> {
        let taken = match tb.as_obj().map(|r| (r, self.heap.get(r))) {
            None if tb.is_none() => Some((Vec::new(), None)),
            Some((
                r,
                Object::Traceback {
                    entry,
                    frame: false,
                },
            )) => {
                let entries = match self.heap.get(entry.exception) {
                    Object::Exception(e) => e
                        .traceback
                        .iter()
                        .take(entry.position as usize + 1)
                        .cloned()
                        .collect(),
                    _ => Vec::new(),
                };
                Some((entries, Some(r)))
            }
            _ => None,
        };
        let Some((entries, object)) = taken else {
            return Err(self.type_error("__traceback__ must be a traceback or None"));
        };
        if let Some(Object::Exception(e)) = self.heap.get_mut(exception) {
            e.traceback = entries;
            e.traceback_object = object;
        }
        Ok(())
    }

    /// The index of the nearest entry of the program's own code below index `below`.
    fn program_entry_below(&self, exception: ObjRef, below: usize) -> Option<u32> {
        let Object::Exception(e) = self.heap.get(exception) else {
            return None;
        };
        let found = e.traceback[..below.min(e.traceback.len())]
            .iter()
            .rposition(|entry| !entry.code.flags.library);
        found.and_then(|position| u32::try_from(position).ok())
    }

    /// The traceback object of the nearest program entry below index `below`, or None.
    fn traceback_object(&mut self, exception: ObjRef, below: usize) -> Value {
        match self.program_entry_below(exception, below) {
            Some(position) => self.alloc(Object::Traceback {
                entry: EntryRef {
                    exception,
                    position,
                },
                frame: false,
            }),
            None => Value::None,
        }
    }

    fn traceback_entry(&self, entry: EntryRef) -> Option<TracebackEntry> {
        match self.heap.get(entry.exception) {
            Object::Exception(e) => e.traceback.get(entry.position as usize).cloned(),
            _ => None,
        }
    }

    /// The attributes of a traceback object, or (`frame`) of its `tb_frame`.
    pub(crate) fn traceback_attr(
        &mut self,
        entry: EntryRef,
        frame: bool,
        name: &str,
    ) -> Option<Value> {
        let recorded = self.traceback_entry(entry)?;
        let line = recorded.code.line_of(recorded.instruction as usize);
        match (frame, name) {
            (false, "tb_lineno") => Some(Value::Int(i64::from(line))),
            (true, "f_lineno") => Some(Value::Int(i64::from(self.frame_line(&recorded)))),
            (true, "f_locals") => {
                let running = self.running_frame(&recorded)?.clone();
                Some(self.frame_locals(&running))
            }
            (false, "tb_next") => {
                Some(self.traceback_object(entry.exception, entry.position as usize))
            }
            (false, "tb_frame") => Some(self.alloc(Object::Traceback { entry, frame: true })),
            (true, "f_code") => Some(self.alloc(Object::Code(recorded.code))),
            // The program's frames all run in the module's namespace.
            (true, "f_globals") => Some(Value::Obj(self.main_globals)),
            _ => None,
        }
    }

    /// The frame of a traceback entry, if it is still running.
    fn running_frame(&self, recorded: &TracebackEntry) -> Option<&super::vm::Frame> {
        self.frames
            .iter()
            .rfind(|running| running.serial == recorded.frame_serial)
    }

    /// `f_lineno`: a frame still running is at its current line; a finished one stays
    /// at the line the exception left it from.
    fn frame_line(&self, recorded: &TracebackEntry) -> u32 {
        match self.running_frame(recorded) {
            Some(running) => running.current_line(),
            None => recorded.code.line_of(recorded.instruction as usize),
        }
    }

    /// `<traceback object at 0x…>`, and a frame as CPython's `frame_repr` writes it.
    pub(crate) fn traceback_repr(&self, entry: EntryRef, frame: bool, address: u64) -> String {
        if !frame {
            return format!("<traceback object at {address:#x}>");
        }
        let (line, name) = self
            .traceback_entry(entry)
            .map_or((0, "".into()), |recorded| {
                (self.frame_line(&recorded), recorded.code.name.clone())
            });
        let filename = &self.filename;
        format!("<frame at {address:#x}, file '{filename}', line {line}, code {name}>")
    }
}

impl Vm {
    /// The entries from traceback object `tb` inward, outermost first, program code only;
    /// None when `tb` is no traceback object.
    pub(crate) fn traceback_chain(&self, tb: Value) -> Option<Vec<TracebackEntry>> {
        let Some(Object::Traceback {
            entry,
            frame: false,
        }) = tb.as_obj().map(|r| self.heap.get(r))
        else {
            return None;
        };
        let Object::Exception(e) = self.heap.get(entry.exception) else {
            return None;
        };
        let inner = e.traceback.iter().take(entry.position as usize + 1);
        let mut chain: Vec<TracebackEntry> = inner
            .filter(|recorded| !recorded.code.flags.library)
            .cloned()
            .collect();
        chain.reverse();
        Some(chain)
    }
}
