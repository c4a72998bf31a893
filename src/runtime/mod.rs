//! The compiler and virtual machine.
//!
//! [`compiler`] turns the AST and its symbol table into [`code::CodeObject`]s; the
//! [`vm::Vm`] runs them on an explicit frame stack, one traceable step at a time.

pub mod budget;
pub mod builtins;
pub mod class_builtins;
pub mod classes;
pub mod code;
pub mod compiler;
pub mod constructors;
pub mod dict;
pub mod exception;
pub mod generator_methods;
pub mod hashing;
pub mod heap;
pub mod library;
pub mod native;
pub mod object;
pub mod ops;
pub mod program;
pub mod recorded_input;
pub mod repr;
pub mod set_order;
pub mod suggestions;
pub mod sys_module;
pub mod trace;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;

pub use program::{load_program, run_source, run_source_with_stdin, RunOutput};
pub use recorded_input::StdinSource;
