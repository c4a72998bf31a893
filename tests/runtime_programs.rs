//! Behaviour of the compiler and VM on small programs: closures and cells, errors
//! and their messages, introspection, budgets, determinism and checkpoints.

use cellscope::runtime::budget::Budgets;
use cellscope::runtime::vm::Step;
use cellscope::runtime::{load_program, run_source};

fn stdout_of(source: &str) -> String {
    let output = run_source(source, "test.py");
    assert_eq!(output.stderr, "", "unexpected stderr for:\n{source}");
    output.stdout
}

fn last_stderr_line(source: &str) -> String {
    let output = run_source(source, "test.py");
    assert_eq!(output.exit_code, 1);
    output.stderr.lines().last().unwrap_or_default().to_string()
}

#[test]
fn nonlocal_counter_shares_one_cell_per_call() {
    let source = "def make():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\na = make()\nb = make()\nprint(a(), a(), b())\n";
    assert_eq!(stdout_of(source), "1 2 1\n");
}

#[test]
fn two_closures_see_the_same_cell() {
    let source = "def pair():\n    x = 1\n    def get():\n        return x\n    def set(v):\n        nonlocal x\n        x = v\n    return get, set\ng, s = pair()\ns(5)\nprint(g(), g.__closure__[0] is s.__closure__[0])\n";
    assert_eq!(stdout_of(source), "5 True\n");
}

#[test]
fn late_binding_and_its_default_argument_fix() {
    let source = "fs = [lambda: i for i in range(3)]\ngs = [lambda i=i: i for i in range(3)]\nprint([f() for f in fs], [g() for g in gs])\n";
    assert_eq!(stdout_of(source), "[2, 2, 2] [0, 1, 2]\n");
}

#[test]
fn defaults_are_evaluated_once() {
    let source = "def add(x, acc=[]):\n    acc += [x]\n    return acc\nadd(1)\nprint(add(2))\n";
    assert_eq!(stdout_of(source), "[1, 2]\n");
}

#[test]
fn unbound_local_and_free_variable_messages() {
    let local = "count = 0\ndef f():\n    count += 1\nf()\n";
    assert_eq!(
        last_stderr_line(local),
        "UnboundLocalError: cannot access local variable 'count' where it is not associated with a value"
    );
    let free =
        "def outer():\n    def inner():\n        return x\n    inner()\n    x = 1\nouter()\n";
    assert_eq!(
        last_stderr_line(free),
        "NameError: cannot access free variable 'x' where it is not associated with a value in enclosing scope"
    );
}

#[test]
fn cell_introspection_and_empty_cells() {
    let source = "def outer():\n    def inner():\n        return y\n    r = inner.__closure__[0]\n    print(repr(r).endswith(': empty>'), inner.__code__.co_freevars, outer.__code__.co_cellvars)\n    try:\n        r.cell_contents\n    except ValueError as e:\n        print(e)\n    y = 3\n    print(r.cell_contents)\nouter()\n";
    assert_eq!(stdout_of(source), "True ('y',) ('y',)\nCell is empty\n3\n");
}

#[test]
fn id_agrees_with_the_address_in_the_repr() {
    let plain =
        "def f():\n    pass\nprint(repr(f).split(' at ')[1][:-1] == '0x' + format(id(f), 'x'))\n";
    assert_eq!(stdout_of(plain), "True\n");
}

#[test]
fn argument_errors_name_the_function() {
    let source = "def f(a, b=1):\n    pass\nf(1, 2, 3)\n";
    assert_eq!(
        last_stderr_line(source),
        "TypeError: f() takes from 1 to 2 positional arguments but 3 were given"
    );
    assert_eq!(
        last_stderr_line("def g(x):\n    pass\ng()\n"),
        "TypeError: g() missing 1 required positional argument: 'x'"
    );
}

#[test]
fn tracebacks_show_carets_for_binary_operations() {
    let output = run_source("def f(a):\n    return a + 'x'\nprint(f(1))\n", "t.py");
    let expected = "Traceback (most recent call last):\n  File \"t.py\", line 3, in <module>\n    print(f(1))\n          ^^^^\n  File \"t.py\", line 2, in f\n    return a + 'x'\n           ~~^~~~~\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n";
    assert_eq!(output.stderr, expected);
}

#[test]
fn recursion_stops_at_a_thousand_frames() {
    let source = "n = 0\ndef r():\n    global n\n    n += 1\n    r()\ntry:\n    r()\nexcept RecursionError as e:\n    print(n, e)\n";
    assert_eq!(stdout_of(source), "999 maximum recursion depth exceeded\n");
}

#[test]
fn budgets_end_runs_cleanly() {
    let mut vm = load_program("while True:\n    pass\n", "loop.py").unwrap();
    vm.budgets = Budgets {
        max_steps: 10_000,
        ..Budgets::default()
    };
    let outcome = vm.run_loop(1, false);
    let (stderr, code) = vm.describe_outcome(outcome);
    assert_eq!(code, 1);
    assert!(stderr.contains("step budget"), "{stderr}");
    let huge = run_source("x = 10 ** 10 ** 10\n", "big.py");
    assert_eq!(huge.exit_code, 1);
    assert!(huge.stderr.contains("int size budget"), "{}", huge.stderr);
}

#[test]
fn garbage_is_collected_without_changing_ids() {
    let source = "keep = []\nfirst = id(keep)\nfor i in range(200000):\n    t = [i, i]\nprint(id(keep) == first, len(keep))\n";
    assert_eq!(stdout_of(source), "True 0\n");
}

#[test]
fn the_same_program_gives_the_same_output_and_ids() {
    let source = "def f():\n    x = 1\n    return lambda: x\nprint(f(), f().__closure__)\n";
    assert_eq!(run_source(source, "a.py"), run_source(source, "a.py"));
}

#[test]
fn a_cloned_interpreter_is_a_checkpoint() {
    let source = "total = 0\nfor i in range(5):\n    total += i\nprint(total)\n";
    let mut vm = load_program(source, "c.py").unwrap();
    for _ in 0..4 {
        vm.next_event();
    }
    let mut copy = vm.clone();
    let finish = |vm: &mut cellscope::runtime::vm::Vm| loop {
        if let Step::End(end) = vm.next_event() {
            return (vm.stdout.clone(), end.exit_code);
        }
    };
    assert_eq!(finish(&mut vm), finish(&mut copy));
}

#[test]
fn trace_events_follow_cpython_line_rules() {
    let source = "def f(n):\n    for i in range(n):\n        pass\n    return n\nf(2)\n";
    let mut vm = load_program(source, "e.py").unwrap();
    let mut events = Vec::new();
    while let Step::Event(event) = vm.next_event() {
        events.push(format!(
            "{} {} {}",
            event.kind.name(),
            event.line,
            event.function
        ));
    }
    let expected = [
        "line 1 <module>",
        "line 5 <module>",
        "call 1 f",
        "line 2 f",
        "line 3 f",
        "line 2 f",
        "line 3 f",
        "line 2 f",
        "line 4 f",
        "return 4 f",
    ];
    assert_eq!(events, expected);
}

#[test]
fn generators_are_lazy_and_resumable() {
    let source = "def gen():\n    print('start')\n    yield 1\n    yield 2\ng = gen()\nprint('made')\nfor v in g:\n    print(v)\n";
    assert_eq!(stdout_of(source), "made\nstart\n1\n2\n");
}

#[test]
fn classes_bind_methods_and_chain_super() {
    let source = "class A:\n    def hi(self):\n        return 'A'\nclass B(A):\n    def hi(self):\n        return 'B' + super().hi()\nprint(B().hi(), [c.__name__ for c in B.__mro__])\n";
    assert_eq!(stdout_of(source), "BA ['B', 'A', 'object']\n");
}

/// Reaching the end of every run, by stepping or straight through, without a panic
/// is the property: budgets stop runs with a message, never with a crash.
#[test]
fn every_corpus_program_stops_cleanly_under_tiny_budgets() {
    let directory = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let Ok(entries) = std::fs::read_dir(&directory) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        for steps in [50, 2_000] {
            let Ok(mut vm) = load_program(&source, "p.py") else {
                continue;
            };
            vm.budgets = Budgets {
                max_steps: steps,
                max_heap_objects: 5_000,
                max_output_bytes: 200,
                ..Budgets::default()
            };
            let end = loop {
                if let Step::End(end) = vm.next_event() {
                    break end;
                }
            };
            let budget_stop = end.stderr.contains("budget reached");
            assert!(
                budget_stop || !end.stderr.starts_with("cellscope:"),
                "{}",
                path.display()
            );
        }
    }
}

/// Regression: a garbage collection in the middle of a loop freed the state of
/// `enumerate`, `zip` and `map` (held by a native function), so the loop went on with
/// a reused slot: "'NoneType' object is not an iterator" or wrong values.
#[test]
fn lazy_iterators_keep_their_state_across_collections() {
    // Each iteration allocates 200 kB of str, so the loops collect garbage several times.
    let source = "total = 0\n\
        for i, t in enumerate(range(300)):\n    junk = 'x' * 200_000\n    total += i + t\n\
        for a, b in zip(range(300), range(300, 600)):\n    junk = 'y' * 200_000\n    total += a + b\n\
        for m in map(lambda v: v * 2, range(300)):\n    junk = 'z' * 200_000\n    total += m\n\
        print(total)\n";
    assert_eq!(stdout_of(source), "359100\n");
}
