//! What running one line did, as clauses of a sentence: names bound or rebound in the
//! frame that ran it, cells written (through `nonlocal` when the frame reaches the cell
//! through its closure), functions and classes defined, objects changed in place, and
//! what it printed. Each clause says the value the reader now sees: "count is now 1".

use super::words::{describe_value, join_names, printed_text};
use crate::session::snapshot::{Binding, FrameView, HeapObject, Snapshot, ValueView};

/// A sentence names this many effects and counts the rest.
const MAX_CLAUSES: usize = 3;

/// The effects of the line `frame` ran between `before` and `now`; `earlier` is the
/// same frame as `before` drew it, `earlier.line` the line that ran. Empty when the
/// line changed nothing visible.
pub fn line_effects(
    now: &Snapshot,
    before: &Snapshot,
    earlier: &FrameView,
    frame: &FrameView,
) -> Vec<String> {
    let mut effects = Effects {
        now,
        before,
        ran_line: earlier.line,
        newest_before: before.heap.keys().next_back().copied().unwrap_or(0),
        clauses: Vec::new(),
        described: Vec::new(),
    };
    effects.bindings(&earlier.locals, &frame.locals, "");
    effects.cells(frame);
    if let (Some(module), Some(old)) = (now.frames.first(), before.frames.first()) {
        if module.id != frame.id {
            effects.bindings(&old.locals, &module.locals, "the global ");
        }
    }
    effects.new_functions();
    effects.printed();
    shorten(effects.clauses)
}

struct Effects<'a> {
    now: &'a Snapshot,
    before: &'a Snapshot,
    ran_line: u32,
    /// Ids only grow, so an object this step made has an id above every id the step
    /// before drew (one that was merely out of reach then has a lower one, mostly).
    newest_before: u64,
    clauses: Vec<String>,
    /// Objects a clause already speaks of: an object two names share is said once.
    described: Vec<u64>,
}

impl Effects<'_> {
    /// "x is now 5", "defined function counter", "basket is now ['apple']" (changed in
    /// place), "self.x is now 1", "deleted x"; `prefix` names globals from a function.
    fn bindings(&mut self, old: &[Binding], new: &[Binding], prefix: &str) {
        for binding in new {
            let previous = old.iter().find(|b| b.name == binding.name);
            let rebound = previous.map_or(true, |b| b.value != binding.value);
            let clause = if rebound {
                self.mention(&binding.value);
                self.definition(binding).unwrap_or_else(|| {
                    self.is_now(&format!("{prefix}{}", binding.name), &binding.value)
                })
            } else if self.changed_in_place(&binding.value) {
                self.mention(&binding.value);
                let name = format!("{prefix}{}", binding.name);
                self.attributes_set(&name, &binding.value)
                    .unwrap_or_else(|| self.is_now(&name, &binding.value))
            } else {
                continue;
            };
            self.clauses.push(clause);
        }
        for gone in old.iter().filter(|b| !new.iter().any(|n| n.name == b.name)) {
            self.clauses.push(format!("deleted {prefix}{}", gone.name));
        }
    }

    /// "defined inc #1, whose closure holds the cell for count", "defined class Point":
    /// a `def` or `class` statement binds a new object under its own name, and a
    /// function's first line (its decorators' included) is at or above the line that ran.
    fn definition(&self, binding: &Binding) -> Option<String> {
        let ValueView::Ref { id } = binding.value else {
            return None;
        };
        if id <= self.newest_before {
            return None;
        }
        match self.now.heap.get(&id)? {
            HeapObject::Function(f) if f.name == binding.name && f.line <= self.ran_line => {
                Some(self.defined_function(id))
            }
            HeapObject::Class { name, .. } if *name == binding.name => {
                Some(format!("defined class {name}"))
            }
            _ => None,
        }
    }

    /// "defined function counter" or "defined inc #1, whose closure holds the cell for count".
    fn defined_function(&self, id: u64) -> String {
        let Some(HeapObject::Function(function)) = self.now.heap.get(&id) else {
            return String::new();
        };
        if function.closure.is_empty() {
            return format!("defined function {}", function.label);
        }
        let names: Vec<&str> = function
            .closure
            .iter()
            .map(|slot| slot.name.as_str())
            .collect();
        let noun = if names.len() == 1 {
            "the cell"
        } else {
            "the cells"
        };
        format!(
            "defined {}, whose closure holds {noun} for {}",
            function.label,
            join_names(&names)
        )
    }

    /// Whether the object `value` refers to was modified by this step (a list appended
    /// to, an attribute set) and no clause has spoken of it yet. A function's view
    /// changes only with the defaults it shows, which a clause of their own names.
    fn changed_in_place(&self, value: &ValueView) -> bool {
        let ValueView::Ref { id } = value else {
            return false;
        };
        self.now.changed.contains(id)
            && !self.described.contains(id)
            && !matches!(self.now.heap.get(id), Some(HeapObject::Function(_)))
    }

    fn mention(&mut self, value: &ValueView) {
        if let ValueView::Ref { id } = value {
            self.described.push(*id);
        }
    }

    fn is_now(&self, name: &str, value: &ValueView) -> String {
        format!("{name} is now {}", describe_value(value, &self.now.heap))
    }

    /// "self.x is now 1": the attributes of an instance this step set, through the name
    /// that holds it.
    fn attributes_set(&self, name: &str, value: &ValueView) -> Option<String> {
        let ValueView::Ref { id } = value else {
            return None;
        };
        let (HeapObject::Instance { attrs, .. }, Some(HeapObject::Instance { attrs: old, .. })) =
            (self.now.heap.get(id)?, self.before.heap.get(id))
        else {
            return None;
        };
        let set: Vec<String> = attrs
            .iter()
            .filter(|a| {
                old.iter()
                    .find(|o| o.name == a.name)
                    .map_or(true, |o| o.value != a.value)
            })
            .map(|a| self.is_now(&format!("{name}.{}", a.name), &a.value))
            .collect();
        (!set.is_empty()).then(|| set.join("; "))
    }

    /// Each cell whose contents this step rebound, anywhere; and each cell of the
    /// running frame whose object changed in place.
    fn cells(&mut self, frame: &FrameView) {
        for (id, object) in &self.now.heap {
            let (HeapObject::Cell(cell), Some(HeapObject::Cell(old))) =
                (object, self.before.heap.get(id))
            else {
                continue;
            };
            let slot = frame.cells.iter().find(|slot| slot.cell == *id);
            let rebound = cell.contents != old.contents;
            let mutated = slot.is_some()
                && cell
                    .contents
                    .as_ref()
                    .is_some_and(|v| self.changed_in_place(v));
            if !rebound && !mutated {
                continue;
            }
            let name = &cell.owner.name;
            let value = match &cell.contents {
                Some(value) => {
                    let said = match rebound {
                        true => None,
                        false => self.attributes_set(name, value),
                    };
                    self.mention(value);
                    said.unwrap_or_else(|| self.is_now(name, value))
                }
                None => format!("{name} was deleted"),
            };
            let place = match slot {
                _ if !rebound => String::new(),
                Some(slot) if slot.kind == "free" => {
                    format!(" in the cell from {} (through nonlocal)", cell.owner.label)
                }
                Some(_) => " in its cell".into(),
                None => format!(" in the cell from {}", cell.owner.label),
            };
            self.clauses.push(format!("{value}{place}"));
        }
    }

    /// Function objects made by the line that ran and that no clause named yet (a
    /// lambda appended to a list): "made <lambda> #1, whose closure holds the cell for i".
    fn new_functions(&mut self) {
        let made: Vec<u64> = self
            .now
            .heap
            .iter()
            .filter(|(id, object)| {
                matches!(object, HeapObject::Function(f) if f.line == self.ran_line)
                    && **id > self.newest_before
                    && !self.described.contains(id)
            })
            .map(|(&id, _)| id)
            .collect();
        for id in made {
            let clause = self.defined_function(id).replacen("defined", "made", 1);
            self.clauses.push(clause);
        }
    }

    /// "printed “3”", from the output this step added.
    fn printed(&mut self) {
        let Some(added) = self.now.stdout.strip_prefix(self.before.stdout.as_str()) else {
            return;
        };
        if !added.is_empty() {
            self.clauses
                .push(format!("printed “{}”", printed_text(added)));
        }
    }
}

/// The first [`MAX_CLAUSES`] clauses, and how many more there were.
fn shorten(mut clauses: Vec<String>) -> Vec<String> {
    if clauses.len() > MAX_CLAUSES {
        let more = clauses.len() - (MAX_CLAUSES - 1);
        clauses.truncate(MAX_CLAUSES - 1);
        clauses.push(format!("{more} more changes"));
    }
    clauses
}
