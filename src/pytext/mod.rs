//! Python's text algorithms: reprs, number formatting, format specs and str methods.
//!
//! Pure functions with no interpreter types, each reproducing CPython 3.11 exactly; the
//! runtime turns their `Err(message)` answers into the exceptions CPython raises.

pub mod char_class;
mod float_digits;
mod float_repr;
mod str_repr;
#[rustfmt::skip]
mod unicode_tables;

pub use float_digits::DecimalDigits;
pub use float_repr::{float_repr, format_double, FloatLayout, FloatStyle};
pub use str_repr::{ascii_repr, hex_escape, str_repr};
