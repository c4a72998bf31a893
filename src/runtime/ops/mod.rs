//! The operations the bytecode performs on values: arithmetic, comparison,
//! containers, subscripts, iteration and attributes.

mod arith;
mod attributes;
mod binary;
mod bytes;
mod bytes_percent;
mod class_attributes;
mod compare;
mod complex;
mod dunders;
mod format;
mod function_attributes;
mod generator_attributes;
mod getattribute;
mod index_protocol;
mod iterate;
mod mapping;
pub mod numbers;
mod percent_format;
mod slices;
mod subscript;
mod unary;

pub use arith::float_divmod;
pub use compare::compare_numbers;
pub use complex::Complex;
pub use slices::SliceBounds;
