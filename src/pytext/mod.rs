//! Python's text algorithms: reprs, number formatting, format specs and str methods.
//!
//! Pure functions with no interpreter types, each reproducing CPython 3.11 exactly; the
//! runtime turns their `Err(message)` answers into the exceptions CPython raises.

mod float_digits;
mod float_repr;

pub use float_digits::DecimalDigits;
pub use float_repr::{float_repr, format_double, FloatLayout, FloatStyle};
