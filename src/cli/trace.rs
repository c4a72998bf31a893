//! `cellscope trace FILE [--json] [--step N] [--max-steps N] [--max-heap-bytes N]`: records the program and
//! prints every step's snapshot, as a text dump or one JSON object a line.
//!
//! In `--json` output each line's `stdout` holds only the text printed during that step,
//! so the output grows linearly with the number of steps; concatenate them to rebuild
//! the whole. The program's own output goes into the snapshots, never to the terminal.

use super::source::read_source;
use crate::session::text_dump::{dump_accesses, dump_snapshot};
use crate::session::{Session, SessionOptions};
use std::io::{IsTerminal, Read, Write};

const USAGE: &str =
    "usage: cellscope trace FILE [--json] [--step N] [--max-steps N] [--max-heap-bytes N] [--why NAME --step N]";

struct TraceArgs {
    file: String,
    json: bool,
    step: Option<usize>,
    max_steps: usize,
    max_heap_bytes: Option<usize>,
    /// `--why NAME`: the writes that set NAME, latest first, instead of the steps.
    why: Option<String>,
}

pub fn main(args: &[String]) -> u8 {
    let parsed = match parse_args(args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("cellscope trace: {message}");
            return 2;
        }
    };
    let source = match read_source(std::slice::from_ref(&parsed.file)) {
        Ok(source) => source,
        Err(code) => return code,
    };
    let stdin = if parsed.file == "-" {
        String::new()
    } else {
        piped_stdin()
    };
    let options = SessionOptions {
        max_steps: parsed.max_steps,
        max_heap_bytes: parsed
            .max_heap_bytes
            .unwrap_or(SessionOptions::default().max_heap_bytes),
        stdin: Some(stdin),
        filename: source.path.clone(),
        ..SessionOptions::default()
    };
    let mut session = match Session::new(&source.text, options) {
        Ok(session) => session,
        Err(error) => {
            eprint!("{}", error.render(&source.text, &source.path));
            return 1;
        }
    };
    while !session.run(100_000) {}
    match (&parsed.why, parsed.step) {
        (Some(name), Some(step)) => super::why::print_why(&session, name, step),
        _ => print_steps(&session, &parsed),
    }
}

/// What `input()` reads: standard input when it is piped in, else nothing (EOFError),
/// so a trace never waits on the terminal.
fn piped_stdin() -> String {
    let mut stdin = std::io::stdin();
    if stdin.is_terminal() {
        return String::new();
    }
    let mut text = String::new();
    let _ = stdin.read_to_string(&mut text);
    text
}

fn parse_args(args: &[String]) -> Result<TraceArgs, String> {
    let (budgets, args) = super::budget_args::take_budget_args(args)?;
    let mut parsed = TraceArgs {
        file: String::new(),
        json: false,
        step: None,
        max_steps: budgets
            .max_steps
            .map_or(1_000_000, |n| usize::try_from(n).unwrap_or(usize::MAX)),
        max_heap_bytes: budgets.max_heap_bytes,
        why: None,
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--json" => parsed.json = true,
            "--step" => parsed.step = Some(number_after("--step", rest.next())?),
            "--why" => parsed.why = Some(rest.next().ok_or("--why needs a name")?.clone()),
            file if parsed.file.is_empty() => parsed.file = file.to_string(),
            other => return Err(format!("unexpected argument '{other}'")),
        }
    }
    if parsed.file.is_empty() {
        return Err(USAGE.into());
    }
    if parsed.why.is_some() && parsed.step.is_none() {
        return Err("--why needs --step N: the step whose value to explain".into());
    }
    Ok(parsed)
}

fn number_after(flag: &str, value: Option<&String>) -> Result<usize, String> {
    value
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("{flag} needs a number"))
}

fn print_steps(session: &Session, args: &TraceArgs) -> u8 {
    let steps: Vec<usize> = match args.step {
        Some(step) if step < session.step_count() => vec![step],
        Some(step) => {
            eprintln!(
                "cellscope trace: step {step} is past the last step ({})",
                session.step_count().saturating_sub(1)
            );
            return 2;
        }
        None => (0..session.step_count()).collect(),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for step in steps {
        let Some(mut snapshot) = session.snapshot(step) else {
            continue;
        };
        let new_output = session.history().stdout_during(step).to_string();
        let text = if args.json {
            snapshot.stdout = new_output;
            serde_json::to_string(&snapshot)
                .map(|line| line + "\n")
                .unwrap_or_default()
        } else {
            dump_snapshot(&snapshot, &new_output) + &dump_accesses(&snapshot)
        };
        if out.write_all(text.as_bytes()).is_err() {
            return 1;
        }
    }
    if out.flush().is_err() {
        return 1;
    }
    0
}
