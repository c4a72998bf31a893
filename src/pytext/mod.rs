//! Python's text algorithms: reprs, number formatting, format specs and str methods.
//!
//! Pure functions with no interpreter types, each reproducing CPython 3.11 exactly; the
//! runtime turns their `Err(message)` answers into the exceptions CPython raises.

pub mod char_class;
mod float_digits;
mod float_repr;
mod float_round;
mod format_spec;
mod format_value;
mod int_text;
mod number_layout;
mod number_parse;
mod str_case;
mod str_pad;
mod str_predicates;
mod bytes_repr;
mod complex_format;
mod complex_parse;
mod complex_repr;
mod str_repr;
mod str_search;
mod str_split;
#[rustfmt::skip]
mod unicode_tables;

pub use complex_format::format_complex;
pub use float_digits::DecimalDigits;
pub use float_repr::{float_repr, format_double, FloatLayout, FloatStyle};
pub use float_round::{round_float, round_float_to_int};
pub use format_spec::{quoted_code, unknown_code, FormatSpec, FIELD_TOO_WIDE};
pub use format_value::{
    format_float, format_float_as, format_int, format_int_as, format_str, is_overflow_message,
};
pub use int_text::{int_to_decimal, int_to_radix};
pub use number_layout::{group_digits, lay_out_number, NumberParts};
pub use number_parse::{float_to_int, parse_float, parse_int, MAX_STR_DIGITS};
pub use str_case::{
    capitalize, casefold, is_lower_text, is_title_text, is_upper_text, lower, swapcase, title,
    upper,
};
pub use str_pad::{center, expandtabs, ljust, removeprefix, removesuffix, rjust, zfill};
pub use str_predicates::{
    is_alnum_text, is_alpha_text, is_ascii_text, is_decimal_text, is_digit_text,
    is_identifier_text, is_numeric_text, is_printable_text, is_space_text,
};
pub use bytes_repr::bytes_repr;
pub use complex_parse::parse_complex;
pub use complex_repr::complex_repr;
pub use str_repr::{ascii_repr, hex_escape, str_repr};
pub use str_search::{
    adjust_indices, count, ends_with, find, index, partition, replace, rfind, rindex, rpartition,
    starts_with,
};
pub use str_split::{lstrip, rsplit, rstrip, split, splitlines, strip};
