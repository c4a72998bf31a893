//! The compiler and virtual machine.
