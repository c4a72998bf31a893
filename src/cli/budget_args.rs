//! The budget options that `run` and `trace` share, taken out of the arguments before
//! the file name is looked for: `--max-steps N` and `--max-heap-bytes N`.

/// Budgets given on the command line; `None` keeps the subcommand's default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BudgetArgs {
    pub max_steps: Option<u64>,
    pub max_heap_bytes: Option<usize>,
}

/// Splits `args` into the budget options and everything else, in order.
pub fn take_budget_args(args: &[String]) -> Result<(BudgetArgs, Vec<String>), String> {
    let mut budgets = BudgetArgs::default();
    let mut rest = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--max-steps" => budgets.max_steps = Some(positive_after(arg, args.next())?),
            "--max-heap-bytes" => {
                let bytes = positive_after(arg, args.next())?;
                budgets.max_heap_bytes = Some(usize::try_from(bytes).unwrap_or(usize::MAX));
            }
            _ => rest.push(arg.clone()),
        }
    }
    Ok((budgets, rest))
}

/// The number after `flag`: a budget of zero would stop a run before it starts.
fn positive_after(flag: &str, value: Option<&String>) -> Result<u64, String> {
    value
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{flag} needs a positive number"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|a| a.to_string()).collect()
    }

    #[test]
    fn budget_options_leave_the_file_and_other_flags() {
        let args = strings(&[
            "--max-steps",
            "50",
            "prog.py",
            "--json",
            "--max-heap-bytes",
            "4096",
        ]);
        let (budgets, rest) = take_budget_args(&args).unwrap();
        assert_eq!(budgets.max_steps, Some(50));
        assert_eq!(budgets.max_heap_bytes, Some(4096));
        assert_eq!(rest, strings(&["prog.py", "--json"]));
    }

    #[test]
    fn a_budget_needs_a_positive_number() {
        for args in [
            &["--max-steps"][..],
            &["--max-steps", "0"],
            &["--max-heap-bytes", "x"],
        ] {
            assert!(take_budget_args(&strings(args)).is_err(), "{args:?}");
        }
    }
}
