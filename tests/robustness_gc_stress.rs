//! The whole differential corpus under the collector's stress mode: `cellscope run` with
//! `CELLSCOPE_GC_STRESS=1` collects garbage at every instruction boundary after an
//! allocation, so any object the collector fails to mark (a native's state, a value held
//! across a call) is freed and reused at once, and the program's output differs from
//! what CPython printed. Programs in `tests/programs/KNOWN_GAPS` are left out here: they
//! differ without stress already, and `differential.rs` keeps that list honest.

#![cfg(not(target_arch = "wasm32"))]

// Only part of the shared helpers is used here.
#[allow(dead_code)]
mod support;

use support::known_gaps::read_known_gaps;
use support::program::{program_names, programs_directory, recorded_outcome, run_program};
use support::summary::{check_all, Summary, Verdict};

#[test]
fn differential_corpus_passes_with_a_collection_at_every_allocation() {
    std::env::set_var("CELLSCOPE_GC_STRESS", "1");
    let binary = std::path::PathBuf::from(env!("CARGO_BIN_EXE_cellscope"));
    let directory = programs_directory();
    let gaps = read_known_gaps(&directory.join("KNOWN_GAPS")).unwrap_or_else(|p| panic!("{p}"));
    let names: Vec<String> = program_names(&directory, None)
        .unwrap_or_else(|p| panic!("{p}"))
        .into_iter()
        .filter(|name| !gaps.contains_key(name))
        .collect();
    assert!(names.len() > 100, "the corpus is missing: {} programs", names.len());
    let verdicts = check_all(&names, |name| {
        let outcome = recorded_outcome(&directory, name)
            .and_then(|expected| Ok((expected, run_program(&binary, &directory, name)?)));
        match outcome {
            Ok((expected, actual)) if expected == actual => Verdict::Passed,
            Ok((expected, actual)) => Verdict::Failed(vec![format!(
                "expected exit {:?}, got {:?}; stdout equal: {}; stderr equal: {}\n{}",
                expected.exit,
                actual.exit,
                expected.stdout == actual.stdout,
                expected.stderr == actual.stderr,
                actual.stderr.lines().last().unwrap_or("")
            )]),
            Err(problem) => Verdict::Failed(vec![problem]),
        }
    });
    let summary = Summary::new(&names, verdicts, &Default::default(), None);
    assert!(summary.is_clean(), "{}", summary.report("KNOWN_GAPS"));
}
