//! Cellscope: a stepping Python interpreter that shows the cells each closure holds.
//!
//! The passes, in the order a program meets them: [`syntax`] reads the source into an
//! AST, [`scope`] decides what every name is (local, cell, free, global or builtin),
//! and [`runtime`] compiles and runs it one traceable step at a time.

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod insight;
pub mod pytext;
pub mod runtime;
pub mod scope;
pub mod session;
pub mod syntax;
pub mod unicode_data;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
