//! Hostile programs through every subcommand of the binary: none may panic, die of a
//! signal (a stack overflow aborts), outlive its deadline or pass its memory cap.
//!
//! Each program in `tests/robustness/` opens with comments: a description, what
//! `python3` does with it, and `# run: EXPECTED`, where EXPECTED is the last line of
//! `cellscope run`'s stderr (exit code 1), `ok` (exit code 0, empty stderr), `hang`
//! (still running at the deadline, as CPython is) or `any` (only no crash). Programs
//! too large or too deep to keep as files are built in `tests/robustness/deep_programs.rs`
//! and run by `tests/robustness_stack.rs`.

#![cfg(not(target_arch = "wasm32"))]

#[path = "robustness/harness.rs"]
mod harness;

use harness::{check_program, Expected};
use std::path::Path;

fn check_file(name: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/robustness")
        .join(format!("{name}.py"));
    let source = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let expected = Expected::from_header(&String::from_utf8_lossy(&source));
    check_program(name, &source, &expected);
}

macro_rules! robustness_cases {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check_file(stringify!($name));
            }
        )*
    };
}

robustness_cases! {
    while_true,
    list_billion,
    str_ten_billion,
    pow_tower,
    pow_two_to_two_to_forty,
    deep_recursion,
    mutual_recursion,
    recursion_through_map,
    recursion_through_sorted_key,
    recursion_through_reduce,
    recursion_through_repr,
    nested_list_repr,
    nested_dict_repr,
    nested_list_equality,
    nested_list_ordering,
    self_referential_list,
    generator_chain,
    int_of_long_str,
    huge_int_literal,
    format_width_past_ssize,
    format_width_large,
    percent_repeat,
    print_huge,
    print_forever,
    nul_byte,
    bom_at_start,
    odd_unicode,
    class_deep_hierarchy,
    exception_cause_chain,
    dict_growth,
    set_growth,
    list_append_forever,
    str_of_huge_int,
    str_doubling,
    nested_tuple_hash,
    map_chain,
    format_huge_width,
    list_doubling,
    list_doubling_inplace,
}
