//! Python's text algorithms: reprs, number formatting, format specs and str methods.
//!
//! Pure functions with no interpreter types, each reproducing CPython 3.11 exactly; the
//! runtime turns their `Err(message)` answers into the exceptions CPython raises.

pub mod char_class;
mod float_digits;
mod float_repr;
mod format_spec;
mod format_value;
mod number_layout;
mod str_repr;
#[rustfmt::skip]
mod unicode_tables;

pub use float_digits::DecimalDigits;
pub use float_repr::{float_repr, format_double, FloatLayout, FloatStyle};
pub use format_spec::{quoted_code, unknown_code, FormatSpec};
pub use format_value::{
    format_float, format_float_as, format_int, format_int_as, format_str, is_overflow_message,
};
pub use number_layout::{group_digits, lay_out_number, NumberParts};
pub use str_repr::{ascii_repr, hex_escape, str_repr};
