//! The text of a str, and how `s += t` grows it without copying what came before.
//!
//! CPython appends to a str in place when nothing else refers to it (its reference count
//! is 1), which makes `s += t` in a loop linear. A traced heap keeps no reference counts,
//! so here a long str made by concatenation views a prefix of a buffer it shares with
//! the strs it grew from. A byte of a buffer is written once and never changes, so every
//! view stays the immutable str it was made as:
//!
//! - the view that ends where its buffer ends appends in place;
//! - a view whose buffer already goes on with exactly the appended text shares it;
//! - any other view is copied into a buffer of its own.
//!
//! The second rule is what a replay meets: it repeats the run's concatenations over
//! buffers the run has written further since, and shares wherever the run appended,
//! so a replay's heap is laid out, and weighed, as the run's was.

use std::cell::{OnceCell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

/// Concatenations shorter than this are copied: a buffer (and its spare room) pays off
/// only for strs that keep growing.
const SHARE_FROM_BYTES: usize = 256;

#[derive(Clone, Debug)]
pub struct StrText {
    /// The whole text as one allocation: given for a str made whole, copied out of the
    /// buffer the first time a view is read.
    flat: OnceCell<Rc<str>>,
    buffer: Option<Rc<RefCell<Buffer>>>,
    byte_len: usize,
}

#[derive(Debug)]
struct Buffer {
    text: String,
    /// Each time the buffer made room, the id of the str that needed it and the
    /// capacity after: what the buffer held as of any id, for [`StrText::heap_bytes`].
    reservations: Vec<(u64, usize)>,
}

impl Buffer {
    fn new(text: String, made_by: u64) -> Buffer {
        let reservations = vec![(made_by, text.capacity())];
        Buffer { text, reservations }
    }

    /// Appends `tail`, doubling the room when it runs out.
    fn append(&mut self, tail: &str, made_by: u64) {
        let needed = self.text.len() + tail.len();
        if needed > self.text.capacity() {
            self.text.reserve_exact(2 * needed - self.text.len());
            self.reservations.push((made_by, self.text.capacity()));
        }
        self.text.push_str(tail);
    }

    /// The room the str `made_by` added to the buffer when it made room, if it did.
    fn room_made_by(&self, made_by: u64) -> usize {
        let at = self.reservations.partition_point(|&(id, _)| id < made_by);
        match (self.reservations.get(at), at.checked_sub(1)) {
            (Some(&(id, capacity)), Some(before)) if id == made_by => {
                let earlier = self.reservations.get(before).map_or(0, |&(_, c)| c);
                capacity.saturating_sub(earlier)
            }
            _ => 0,
        }
    }

    /// The capacity the buffer had once every str with an id below `next_id` was made.
    fn capacity_before(&self, next_id: u64) -> usize {
        let made = self.reservations.partition_point(|&(id, _)| id < next_id);
        made.checked_sub(1)
            .and_then(|last| self.reservations.get(last))
            .map_or(0, |&(_, capacity)| capacity)
    }
}

/// The buffers [`StrText::heap_bytes`] has counted in one walk over the heap.
#[derive(Default)]
pub struct CountedBuffers(HashSet<usize>);

impl StrText {
    pub fn whole(text: Rc<str>) -> StrText {
        let byte_len = text.len();
        StrText {
            flat: OnceCell::from(text),
            buffer: None,
            byte_len,
        }
    }

    pub fn byte_len(&self) -> usize {
        self.byte_len
    }

    pub fn as_rc(&self) -> &Rc<str> {
        self.flat.get_or_init(|| self.copy_out_of_buffer())
    }

    fn copy_out_of_buffer(&self) -> Rc<str> {
        // The buffer is only borrowed mutably inside `concat`, which reads no view.
        let buffer = self.buffer.as_ref().map(|buffer| buffer.borrow());
        let text = buffer.as_ref().and_then(|b| b.text.get(..self.byte_len));
        Rc::from(text.unwrap_or_default())
    }

    /// The text of `self + tail`, for the str `made_by` will be the id of. Without
    /// `may_append` a buffer is shared only where it already goes on with `tail`: an
    /// interpreter that runs code the program did not (a `__repr__` run to draw a
    /// value) must not write what the program's own run will meet.
    ///
    /// Also returns the bytes the new str takes that no str had before: when it shares
    /// a buffer, the room it made there (the reservation log says so to a replay as
    /// well), else its whole buffer; the heap counts them towards its next measure.
    pub fn concat(&self, tail: &str, made_by: u64, may_append: bool) -> (StrText, usize) {
        let byte_len = self.byte_len + tail.len();
        let shared = |buffer: &&Rc<RefCell<Buffer>>| {
            shares(buffer, self.byte_len, tail, made_by, may_append)
        };
        if let Some(buffer) = self.buffer.as_ref().filter(shared) {
            let room = buffer.borrow().room_made_by(made_by);
            let text = StrText {
                flat: OnceCell::new(),
                buffer: Some(buffer.clone()),
                byte_len,
            };
            return (text, tail.len().max(room));
        }
        let whole = byte_len < SHARE_FROM_BYTES;
        let mut text = String::with_capacity(if whole { byte_len } else { 2 * byte_len });
        text.push_str(self.as_rc());
        text.push_str(tail);
        if whole {
            return (StrText::whole(text.into()), byte_len);
        }
        let room = text.capacity();
        let text = StrText {
            flat: OnceCell::new(),
            buffer: Some(Rc::new(RefCell::new(Buffer::new(text, made_by)))),
            byte_len,
        };
        (text, byte_len + room)
    }

    /// What this str adds to the heap's size: its text, which a read copies out once,
    /// and its buffer's room the first time a walk meets that buffer. The room is taken
    /// as of `next_id`, so a replay that shares a buffer the run has grown further since
    /// weighs it as the run did at the same point.
    pub fn heap_bytes(&self, counted: &mut CountedBuffers, next_id: u64) -> usize {
        let room = match &self.buffer {
            Some(buffer) if counted.0.insert(Rc::as_ptr(buffer) as usize) => {
                buffer.borrow().capacity_before(next_id)
            }
            _ => 0,
        };
        self.byte_len + room
    }
}

/// Whether the view of `buffer` ending at `end` can share the buffer for `+ tail`:
/// the buffer goes on with `tail`, or with a start of it and then ends, in which case
/// the rest is appended.
fn shares(
    buffer: &RefCell<Buffer>,
    end: usize,
    tail: &str,
    made_by: u64,
    may_append: bool,
) -> bool {
    let Ok(mut buffer) = buffer.try_borrow_mut() else {
        return false;
    };
    let Some(after) = buffer.text.as_bytes().get(end..) else {
        return false;
    };
    let overlap = after.len().min(tail.len());
    if after.get(..overlap) != tail.as_bytes().get(..overlap) {
        return false;
    }
    match tail.get(overlap..) {
        Some(rest) if !rest.is_empty() && may_append => buffer.append(rest, made_by),
        Some(rest) if !rest.is_empty() => return false,
        Some(_) => {}
        None => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long(text: &str) -> StrText {
        StrText::whole(text.repeat(300).into())
    }

    fn same_buffer(a: &StrText, b: &StrText) -> bool {
        match (&a.buffer, &b.buffer) {
            (Some(x), Some(y)) => Rc::ptr_eq(x, y),
            _ => false,
        }
    }

    #[test]
    fn appends_in_a_loop_share_one_buffer_that_doubles() {
        let (mut s, _) = long("a").concat("b", 1, true);
        let first = s.clone();
        let mut counted = 0;
        for id in 2..10_000 {
            let (next, new_bytes) = s.concat("cd", id, true);
            assert!(new_bytes >= 2);
            counted += new_bytes;
            s = next;
        }
        assert!(same_buffer(&first, &s));
        let capacity = s.buffer.as_ref().map_or(0, |b| b.borrow().text.capacity());
        assert!(
            counted >= capacity - 602,
            "{counted} counted for a capacity of {capacity}"
        );
        let reservations = s.buffer.as_ref().map(|b| b.borrow().reservations.len());
        assert!(reservations < Some(10), "{reservations:?} reservations");
        assert_eq!(s.as_rc().len(), 301 + 2 * 9_998);
        assert_eq!(&first.as_rc()[..], format!("{}b", "a".repeat(300)));
    }

    #[test]
    fn a_view_that_is_not_the_end_copies_unless_the_buffer_goes_on_with_the_tail() {
        let (s, _) = long("a").concat("b", 1, true);
        let (t, _) = s.concat("xy", 2, true);
        let (again, new_bytes) = s.concat("x", 3, true);
        assert!(same_buffer(&s, &again) && new_bytes == 1);
        let (other, new_bytes) = s.concat("z", 4, true);
        assert!(!same_buffer(&s, &other) && new_bytes == 302 + 604);
        assert!(t.as_rc().ends_with("bxy") && other.as_rc().ends_with("bz"));
        assert!(again.as_rc().ends_with("bx"));
    }

    #[test]
    fn a_frozen_interpreter_never_writes_a_shared_buffer() {
        let (s, _) = long("a").concat("b", 1, true);
        let (copied, _) = s.concat("q", 2, false);
        assert!(!same_buffer(&s, &copied));
        let (appended, _) = s.concat("q", 3, true);
        assert!(same_buffer(&s, &appended));
    }

    #[test]
    fn a_buffer_is_weighed_once_by_its_room_as_of_the_ids_made_so_far() {
        let (s, _) = long("a").concat("b", 1, true);
        let (t, _) = s.concat(&"c".repeat(2_000), 5, true);
        let mut counted = CountedBuffers::default();
        let before_t = s.heap_bytes(&mut counted, 2);
        assert_eq!(before_t, 301 + 602);
        let mut counted = CountedBuffers::default();
        let both = s.heap_bytes(&mut counted, 6) + t.heap_bytes(&mut counted, 6);
        assert_eq!(both, 301 + 2_301 + 2 * 2_301);
    }
}
