//! The compiler and virtual machine.
//!
//! [`compiler`] turns the AST and its symbol table into [`code::CodeObject`]s: fast
//! locals, cell and free variables resolved at compile time, a source position per
//! instruction. The [`vm::Vm`] runs them on an explicit frame stack (Python calls never
//! recurse on the Rust stack), over a [`heap::Heap`] of objects with stable ids and a
//! mark-sweep collector.
//!
//! - Whole runs: [`run_source`] (what `cellscope run` prints and exits with).
//! - Stepping: [`load_program`] gives a `Vm` ready at the first instruction;
//!   [`vm::Vm::next_event`] advances to the next `sys.settrace`-style event. `Vm` is
//!   `Clone` and holds no shared mutable state, so a clone is a checkpoint.
//! - Introspection: `vm.frames` (code, locals, `cells`, `binding_order`), `vm.heap`
//!   (objects by slot; `heap.id()` is the stable id), `vm.stdout`.
//! - Budgets: [`budget::Budgets`] on `vm.budgets`; reaching one ends the run with a
//!   [`exception::BudgetExceeded`] message, never a panic.
//! - The outside world (clock, random seed, `input()`) enters only through
//!   [`recorded_input::RecordedInput`], so replays are deterministic.

pub mod async_generator_methods;
pub mod big_range;
pub mod budget;
pub mod builtins;
pub mod class_builtins;
pub mod classes;
pub mod code;
pub mod compiler;
pub mod constructors;
pub mod descriptors;
pub mod dict;
pub mod dir_listing;
pub mod dir_tables;
pub mod dynamic_code;
pub mod exception;
pub mod generator_methods;
pub mod hashing;
pub mod heap;
pub mod host_clock;
pub mod library;
pub mod metaclass;
pub mod module_loader;
pub mod module_syntax_cache;
pub mod native;
pub mod object;
pub mod ops;
pub mod output_order;
pub mod paged_vec;
pub mod program;
pub mod recorded_input;
pub mod repr;
pub mod set_order;
pub mod shared_pages;
pub mod slot_layout;
pub mod slot_members;
pub mod str_text;
pub mod suggestions;
pub mod syntax_error_object;
pub mod sys_module;
pub mod trace;
pub mod traceback;
pub mod traceback_objects;
pub mod type_union;
pub mod types;
pub mod value;
pub mod vm;

pub use program::{load_program, run_source, run_source_with_stdin, RunOutput};
pub use recorded_input::StdinSource;
