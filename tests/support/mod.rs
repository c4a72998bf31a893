//! Shared helpers for the tests that compare Cellscope with recorded CPython behaviour:
//! finding the programs, masking what legitimately differs, and showing differences.

pub mod diff;
pub mod events;
pub mod known_gaps;
pub mod mask;
pub mod program;
pub mod summary;
