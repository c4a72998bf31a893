//! Limits that end a run cleanly instead of letting a program hang or exhaust memory.

/// Every limit a run is held to. The defaults suit a browser tab.
#[derive(Clone, Debug)]
pub struct Budgets {
    /// Bytecode instructions executed.
    pub max_steps: u64,
    /// Live heap objects.
    pub max_heap_objects: usize,
    /// An estimate of the bytes the heap holds, containers' contents included.
    pub max_heap_bytes: usize,
    pub max_output_bytes: usize,
    /// Python frames on the stack; CPython's default recursion limit.
    pub max_recursion_depth: usize,
    /// Bits of the largest int a computation may produce.
    pub max_int_bits: u64,
    /// Trace events waiting to be recorded. A native call (`list(g())`, `sum` over a
    /// generator) runs Python to completion inside one instruction, queuing an event per
    /// step; a recorder sets this to the steps it still has room for, so an endless
    /// generator stops there instead of filling memory.
    pub max_queued_events: usize,
}

impl Default for Budgets {
    fn default() -> Self {
        Budgets {
            max_steps: 2_000_000_000,
            max_heap_objects: 4_000_000,
            max_heap_bytes: 512 << 20,
            max_output_bytes: 64 << 20,
            max_recursion_depth: 1000,
            max_int_bits: 1 << 20,
            max_queued_events: 1_000_000,
        }
    }
}

/// Containers past this many items raise MemoryError instead of growing: CPython raises
/// it when an allocation fails, and here the limit comes first, well inside the memory a
/// browser tab has, so the process never dies of a failed allocation.
pub const MAX_CONTAINER_ITEMS: usize = 10_000_000;

/// Strs past this many bytes raise MemoryError instead of growing, for the same reason.
pub const MAX_STR_BYTES: usize = 50_000_000;

/// What the heap's byte estimate counts for one value in a list or tuple.
pub const VALUE_BYTES: usize = 16;

/// What it counts for one dict or set entry.
pub const ENTRY_BYTES: usize = 48;
