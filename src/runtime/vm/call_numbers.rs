//! Identities the scope diagram gives functions and calls, which Python itself does not
//! keep: the `k` of a function object among those made under its name (`multiplier
//! #2`; counted per name rather than per `def`, so two different `def inc` in two
//! factories never give two objects the same label), the `n` of a call among the calls of one function object
//! (`inc call 2`), and, for every cell a call creates, which call that was, so the cell
//! can still be named after its frame has returned.

use super::{Frame, Vm};
use crate::runtime::code::CodeObject;
use crate::runtime::object::Object;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The call that created a cell.
#[derive(Clone, Debug)]
pub struct CallOrigin {
    /// Heap id of the function object the call ran.
    pub function: u64,
    /// Its code, which names the definition site.
    pub code: Rc<CodeObject>,
    /// The function object's number among those made under its name.
    pub definition: u32,
    pub call: u32,
}

#[derive(Clone, Debug, Default)]
pub struct CallNumbers {
    /// Function objects made so far under each name.
    definitions: HashMap<Rc<str>, u32>,
    /// The origin of each cell variable's cell, by cell heap id. Heap ids are never
    /// reused and a replay creates the same cells again, so every copy of the
    /// interpreter (checkpoints, replays) shares one log instead of cloning it.
    cell_origins: Rc<RefCell<HashMap<u64, CallOrigin>>>,
}

impl CallNumbers {
    /// The number of the next function object named `name`.
    pub fn next_definition(&mut self, name: &Rc<str>) -> u32 {
        let count = self.definitions.entry(Rc::clone(name)).or_insert(0);
        *count += 1;
        *count
    }

    pub fn cell_origin(&self, cell: u64) -> Option<CallOrigin> {
        self.cell_origins.borrow().get(&cell).cloned()
    }

    /// A log of its own, for a throwaway copy of the interpreter whose cells must not
    /// be mistaken for the recording's.
    pub fn detach(&mut self) {
        self.cell_origins = Rc::default();
    }
}

impl Vm {
    /// Counts a call of the function `frame` runs and gives the frame its number;
    /// the cells already made for it remember that call.
    pub(super) fn number_call(&mut self, frame: &mut Frame) {
        let Some(function) = frame.function else {
            return;
        };
        let function_id = self.heap.id(function);
        let Some(Object::Function(f)) = self.heap.get_mut(function) else {
            return;
        };
        f.calls = f.calls.saturating_add(1);
        frame.call_number = f.calls;
        let origin = CallOrigin {
            function: function_id,
            code: Rc::clone(&f.code),
            definition: f.definition,
            call: f.calls,
        };
        let cellvars = frame.code.cellvars.len();
        let mut log = self.call_numbers.cell_origins.borrow_mut();
        for &cell in frame.cells.iter().take(cellvars) {
            log.insert(self.heap.id(cell), origin.clone());
        }
    }
}
