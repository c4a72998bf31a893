//! MemoryError for containers and strs that would outgrow the limits in
//! [`crate::runtime::budget`], raised before the allocation is attempted, and for a heap
//! that outgrows its byte budget, checked by bytes allocated rather than by time.

use super::Vm;
use crate::runtime::budget::{MAX_CONTAINER_ITEMS, MAX_STR_BYTES};
use crate::runtime::exception::Exception;
use crate::runtime::types::TypeId;

/// Once the heap may be past its budget, it is measured (a walk over every slot) at
/// most once per this share of the budget allocated or grown: a heap that stays just
/// under its budget is not walked at every allocation, and one that crosses it
/// overshoots by little.
const CHECKS_PER_BUDGET: usize = 32;

/// The smallest growth between two measurements, so small budgets are not measured at
/// every allocation.
const MIN_BYTES_BETWEEN_CHECKS: usize = 256 << 10;

impl Vm {
    /// Refuses a list, tuple, dict or set about to hold `items` items.
    pub fn check_container_items(&mut self, items: usize) -> Result<(), Exception> {
        if items > MAX_CONTAINER_ITEMS {
            return Err(self.error(TypeId::MemoryError, ""));
        }
        Ok(())
    }

    /// Refuses a str about to hold `bytes` bytes.
    pub fn check_str_bytes(&mut self, bytes: usize) -> Result<(), Exception> {
        if bytes > MAX_STR_BYTES {
            return Err(self.error(TypeId::MemoryError, ""));
        }
        Ok(())
    }

    /// Refuses to grow a container of `items` items by `added` more, by the item limit
    /// and by the heap's byte budget (`item_bytes` each).
    pub fn grow_container(
        &mut self,
        items: usize,
        added: usize,
        item_bytes: usize,
    ) -> Result<(), Exception> {
        self.check_container_items(items.saturating_add(added))?;
        self.charge_heap_growth(added.saturating_mul(item_bytes))
    }

    /// Counts a container's growth in place (`append`, a new set member or dict key)
    /// and raises MemoryError once the heap is past its byte budget. Never collects:
    /// the caller may hold values the collector cannot see.
    pub fn charge_heap_growth(&mut self, bytes: usize) -> Result<(), Exception> {
        self.heap.note_growth(bytes);
        if !self.heap_may_exceed_budget() {
            return Ok(());
        }
        if self.heap.measure_bytes() > self.budgets.max_heap_bytes {
            return Err(self.error(TypeId::MemoryError, ""));
        }
        Ok(())
    }

    /// At an instruction boundary: when enough was allocated since the last measure
    /// and the heap is past its budget, collect garbage (in a nested run, what it made) and
    /// raise MemoryError if the live objects alone are past it, as CPython does when
    /// an allocation fails.
    pub(crate) fn check_heap_at_boundary(&mut self) -> Result<(), Exception> {
        if !self.heap_may_exceed_budget() {
            return Ok(());
        }
        if self.heap.measure_bytes() <= self.budgets.max_heap_bytes {
            return Ok(());
        }
        self.collect_garbage()?;
        if self.heap.measure_bytes() <= self.budgets.max_heap_bytes {
            return Ok(());
        }
        Err(self.error(TypeId::MemoryError, ""))
    }

    /// Whether enough was allocated since the last measure, and the upper bound on
    /// the heap is past its budget, for a walk over the heap to be worth its cost.
    fn heap_may_exceed_budget(&self) -> bool {
        self.heap.bytes_since_check() >= self.bytes_between_checks()
            && self.heap.may_exceed(self.budgets.max_heap_bytes)
    }

    fn bytes_between_checks(&self) -> usize {
        (self.budgets.max_heap_bytes / CHECKS_PER_BUDGET).max(MIN_BYTES_BETWEEN_CHECKS)
    }
}
