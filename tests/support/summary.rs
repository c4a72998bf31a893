//! Running a check over every program in parallel, and summarizing the verdicts against
//! an allowlist of known gaps: how many pass, and a short report for each failure.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;

use super::known_gaps::KnownGaps;

/// Failures beyond this many are listed by name only, so the summary stays readable.
const MAX_DETAILED_FAILURES: usize = 40;

pub enum Verdict {
    Passed,
    /// The lines that explain the failure: what differs, as short diffs.
    Failed(Vec<String>),
}

/// Runs `check` on every name on a few threads; the verdicts come back in the names' order.
pub fn check_all(names: &[String], check: impl Fn(&str) -> Verdict + Sync) -> Vec<Verdict> {
    let next = AtomicUsize::new(0);
    let verdicts: Mutex<Vec<Option<Verdict>>> = Mutex::new(names.iter().map(|_| None).collect());
    let workers = thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(8);
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = names.get(index) else { break };
                let verdict = check(name);
                if let Ok(mut slots) = verdicts.lock() {
                    slots[index] = Some(verdict);
                }
            });
        }
    });
    let slots = verdicts.into_inner().unwrap_or_default();
    slots
        .into_iter()
        .map(|slot| {
            slot.unwrap_or_else(|| Verdict::Failed(vec!["the worker running it panicked".into()]))
        })
        .collect()
}

#[derive(Default)]
pub struct Summary {
    passed: usize,
    /// Prefix (`closure`, `gen`, …) → (programs that pass, programs).
    by_prefix: BTreeMap<String, (usize, usize)>,
    expected_failures: usize,
    failures: Vec<String>,
    unexpected_passes: Vec<String>,
    listed_but_missing: Vec<String>,
}

impl Summary {
    /// Sorts the verdicts into passes, failures, expected failures (programs in `gaps`) and
    /// unexpected passes. `only` is the CELLSCOPE_ONLY filter, so that gaps it excludes
    /// are not reported as missing.
    pub fn new(
        names: &[String],
        verdicts: Vec<Verdict>,
        gaps: &KnownGaps,
        only: Option<&str>,
    ) -> Self {
        let mut summary = Summary::default();
        for (name, verdict) in names.iter().zip(verdicts) {
            summary.add(name, verdict, gaps.contains_key(name));
        }
        summary.listed_but_missing = gaps
            .keys()
            .filter(|gap| only.map_or(true, |part| gap.contains(part)))
            .filter(|gap| !names.contains(gap))
            .cloned()
            .collect();
        summary
    }

    fn add(&mut self, name: &str, verdict: Verdict, known_gap: bool) {
        let prefix = name.split('_').next().unwrap_or(name).to_string();
        let tally = self.by_prefix.entry(prefix).or_default();
        tally.1 += 1;
        tally.0 += usize::from(matches!(verdict, Verdict::Passed));
        match (verdict, known_gap) {
            (Verdict::Passed, false) => self.passed += 1,
            (Verdict::Passed, true) => self.unexpected_passes.push(name.to_string()),
            (Verdict::Failed(_), true) => self.expected_failures += 1,
            (Verdict::Failed(report), false) => {
                let mut text = format!("--- {name}.py\n");
                for line in report {
                    text.push_str(&format!("  {line}\n"));
                }
                self.failures.push(text);
            }
        }
    }

    /// True when nothing fails unexpectedly, no known gap passes and every gap exists.
    pub fn is_clean(&self) -> bool {
        self.failures.is_empty()
            && self.unexpected_passes.is_empty()
            && self.listed_but_missing.is_empty()
    }

    /// The readable report: counts, failures with their diffs, gaps to remove, counts again.
    pub fn report(&self, gaps_file: &str) -> String {
        let total = self
            .by_prefix
            .values()
            .map(|(_, total)| total)
            .sum::<usize>();
        let counts = format!(
            "{} of {total} programs pass; {} fail; {} fail as listed in {gaps_file}; {} listed in {gaps_file} pass\n",
            self.passed,
            self.failures.len(),
            self.expected_failures,
            self.unexpected_passes.len(),
        );
        let mut text = counts.clone();
        for failure in self.failures.iter().take(MAX_DETAILED_FAILURES) {
            text.push_str(failure);
        }
        text.push_str(&self.undetailed_failures());
        for name in &self.unexpected_passes {
            text.push_str(&format!(
                "+++ {name}.py passes now: remove it from {gaps_file}\n"
            ));
        }
        for name in &self.listed_but_missing {
            text.push_str(&format!(
                "??? {gaps_file} lists {name}, which is not a program\n"
            ));
        }
        text.push('\n');
        text.push_str(&self.tallies_by_prefix());
        text.push_str(&counts);
        text
    }

    fn undetailed_failures(&self) -> String {
        let names: Vec<&str> = self
            .failures
            .iter()
            .skip(MAX_DETAILED_FAILURES)
            .filter_map(|failure| failure.lines().next())
            .map(|header| header.trim_start_matches("--- "))
            .collect();
        if names.is_empty() {
            return String::new();
        }
        format!(
            "--- {} more failing (run with CELLSCOPE_ONLY=name for details): {}\n",
            names.len(),
            names.join(" ")
        )
    }

    /// One line such as `passing by prefix: class 3/40, closure 70/90, …`.
    fn tallies_by_prefix(&self) -> String {
        let tallies: Vec<String> = self
            .by_prefix
            .iter()
            .map(|(prefix, (passed, total))| format!("{prefix} {passed}/{total}"))
            .collect();
        format!("passing by prefix: {}\n", tallies.join(", "))
    }
}
