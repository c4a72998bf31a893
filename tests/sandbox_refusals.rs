//! A program runs with no files, processes or network: what would reach them is refused
//! with a PermissionError that says the sandbox does not allow it (not a NameError or a
//! silent success), and the program can catch it as CPython code catches OSError.

use cellscope::runtime::run_source;

/// The first line the program prints for each refused call.
fn refusals(calls: &[&str]) -> Vec<String> {
    let mut source = String::from("import os\n");
    for call in calls {
        source.push_str(&format!(
            "try:\n    {call}\nexcept OSError as e:\n    print(type(e).__name__, e)\n"
        ));
    }
    let output = run_source(&source, "sandbox.py");
    assert_eq!(output.exit_code, 0, "{}", output.stderr);
    output.stdout.lines().map(str::to_string).collect()
}

#[test]
fn files_and_processes_are_refused_with_a_reason() {
    let printed = refusals(&[
        "open('notes.txt')",
        "open('out.csv', 'w').write('x')",
        "os.listdir('.')",
        "os.remove('x')",
        "os.system('ls')",
    ]);
    let files = "programs in this sandbox cannot touch files";
    assert_eq!(
        printed,
        [
            format!("PermissionError open() is not allowed here: {files}"),
            format!("PermissionError open() is not allowed here: {files}"),
            format!("PermissionError os.listdir() is not allowed here: {files}"),
            format!("PermissionError os.remove() is not allowed here: {files}"),
            "PermissionError os.system() is not allowed here: programs in this sandbox cannot start or inspect processes".to_string(),
        ]
    );
}

#[test]
fn an_uncaught_refusal_ends_the_program_with_its_traceback() {
    let output = run_source("with open('data.txt') as f:\n    print(f.read())\n", "t.py");
    assert_eq!(output.exit_code, 1);
    assert!(
        output.stderr.ends_with(
            "PermissionError: open() is not allowed here: programs in this sandbox cannot touch files\n"
        ),
        "{}",
        output.stderr
    );
}

#[test]
fn modules_that_reach_processes_or_the_network_do_not_exist() {
    for module in ["subprocess", "socket"] {
        let output = run_source(&format!("import {module}\n"), "t.py");
        assert!(
            output
                .stderr
                .ends_with(&format!("ModuleNotFoundError: No module named '{module}'\n")),
            "{}",
            output.stderr
        );
    }
}
