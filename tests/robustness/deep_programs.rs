//! Programs too deep or too large to keep as files, built on demand, each with what
//! `python3` 3.11 does with it: its limits are 200 open brackets (tokenizer), 99
//! levels of indentation, about 3000 levels of nested expressions (the compiler's
//! recursion limit, three times `sys.getrecursionlimit()`), and 6000 parser frames.

/// A generated program and the last line `python3` and `cellscope run` print on
/// stderr, `None` when the program runs cleanly.
pub struct DeepProgram {
    pub name: &'static str,
    pub source: String,
    pub cpython: Option<&'static str>,
    pub cellscope: Option<&'static str>,
}

pub const COMPILER_RECURSION: &str =
    "RecursionError: maximum recursion depth exceeded during compilation";

/// A program Cellscope ends as CPython does.
fn program(name: &'static str, source: String, cpython: Option<&'static str>) -> DeepProgram {
    DeepProgram {
        name,
        source,
        cpython,
        cellscope: cpython,
    }
}

/// A program within CPython's limits but past Cellscope's, which are lower so that
/// every pass fits the WebAssembly module's 2 MiB stack: it gets CPython's
/// RecursionError.
fn past_our_limit(name: &'static str, source: String) -> DeepProgram {
    DeepProgram {
        name,
        source,
        cpython: None,
        cellscope: Some(COMPILER_RECURSION),
    }
}

/// A program CPython refuses with a MemoryError from its parser's own stack limit,
/// which Cellscope reaches first as a RecursionError.
fn parser_stack_limit(name: &'static str, source: String) -> DeepProgram {
    DeepProgram {
        name,
        source,
        cpython: Some("MemoryError"),
        cellscope: Some(COMPILER_RECURSION),
    }
}

fn nested(open: &str, inner: &str, close: &str, depth: usize) -> String {
    format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
}

fn joined(item: &str, separator: &str, count: usize) -> String {
    vec![item; count].join(separator)
}

/// `depth` blocks, each one level deeper than the last, around `body`.
fn indented_blocks(header: impl Fn(usize) -> String, depth: usize, body: &str) -> String {
    let mut source = String::new();
    for level in 0..depth {
        source.push_str(&format!("{}{}\n", " ".repeat(level), header(level)));
    }
    source + &" ".repeat(depth) + body + "\n"
}

/// Nesting at depths CPython still accepts, and large flat programs.
pub fn accepted_by_cpython() -> Vec<DeepProgram> {
    vec![
        program(
            "parens_200",
            format!("x = {}\nprint(x)\n", nested("(", "1", ")", 200)),
            None,
        ),
        program(
            "lists_200",
            format!("x = {}\nprint(len(x))\n", nested("[", "", "]", 200)),
            None,
        ),
        program(
            "dicts_199",
            format!("x = {}\nprint(len(x))\n", nested("{1: ", "2", "}", 199)),
            None,
        ),
        program(
            "calls_199",
            format!("x = {}\nprint(x)\n", nested("abs(", "-1", ")", 199)),
            None,
        ),
        program(
            "comprehensions_100",
            format!(
                "z = [1]\nx = {}\nprint(len(x))\n",
                nested("[", "y for y in z", "]", 100)
            ),
            None,
        ),
        program(
            "fstring_parens_150",
            format!("print(f\"{{{}}}\")\n", nested("(", "1", ")", 150)),
            None,
        ),
        program(
            "parens_200_around_powers_180",
            format!(
                "x = {}\nprint(x)\n",
                nested("(", &format!("{}1", "1 ** ".repeat(180)), ")", 200)
            ),
            None,
        ),
        program(
            "calls_199_around_negations_190",
            format!(
                "x = {}\nprint(x)\n",
                nested("abs(", &format!("{}1", "-".repeat(190)), ")", 199)
            ),
            None,
        ),
        program(
            "lists_200_around_lambdas_45",
            format!(
                "x = {}\nprint(len(x))\n",
                nested("[", &format!("{}1", "lambda: ".repeat(45)), "]", 200)
            ),
            None,
        ),
        past_our_limit(
            "unary_minus_2900",
            format!("x = {}1\nprint(x)\n", "-".repeat(2900)),
        ),
        past_our_limit(
            "not_2900",
            format!("x = {}1\nprint(x)\n", "not ".repeat(2900)),
        ),
        past_our_limit(
            "additions_2900",
            format!("x = {}\nprint(x)\n", joined("1", " + ", 2900)),
        ),
        past_our_limit(
            "conditionals_2900",
            format!("x = {}2\nprint(x)\n", "1 if 0 else ".repeat(2900)),
        ),
        past_our_limit(
            "lambdas_2900",
            format!("f = {}1\nprint(1)\n", "lambda: ".repeat(2900)),
        ),
        past_our_limit(
            "powers_2900",
            format!("x = {}1\nprint(x)\n", "1 ** ".repeat(2900)),
        ),
        past_our_limit(
            "attributes_2900",
            format!(
                "class A:\n    pass\na = A()\na.b = a\nx = a{}\nprint(x is a)\n",
                ".b".repeat(2900)
            ),
        ),
        past_our_limit("elifs_2900", elif_chain(2900)),
        program(
            "parens_70",
            format!("x = {}\nprint(x)\n", nested("(", "1", ")", 70)),
            None,
        ),
        program(
            "lists_70",
            format!("x = {}\nprint(len(x))\n", nested("[", "", "]", 70)),
            None,
        ),
        program(
            "dicts_70",
            format!("x = {}\nprint(len(x))\n", nested("{1: ", "2", "}", 70)),
            None,
        ),
        program(
            "calls_70",
            format!("x = {}\nprint(x)\n", nested("abs(", "-1", ")", 70)),
            None,
        ),
        program(
            "comprehensions_70",
            format!(
                "z = [1]\nx = {}\nprint(len(x))\n",
                nested("[", "y for y in z", "]", 70)
            ),
            None,
        ),
        program(
            "fstring_parens_70",
            format!("print(f\"{{{}}}\")\n", nested("(", "1", ")", 70)),
            None,
        ),
        program(
            "unary_minus_900",
            format!("x = {}1\nprint(x)\n", "-".repeat(900)),
            None,
        ),
        program(
            "not_900",
            format!("x = {}1\nprint(x)\n", "not ".repeat(900)),
            None,
        ),
        program(
            "additions_900",
            format!("x = {}\nprint(x)\n", joined("1", " + ", 900)),
            None,
        ),
        program(
            "conditionals_450",
            format!("x = {}2\nprint(x)\n", "1 if 0 else ".repeat(450)),
            None,
        ),
        program(
            "lambdas_called_240",
            format!(
                "f = {}1\nprint(f{})\n",
                "lambda: ".repeat(240),
                "()".repeat(240)
            ),
            None,
        ),
        program(
            "powers_900",
            format!("x = {}1\nprint(x)\n", "1 ** ".repeat(900)),
            None,
        ),
        program(
            "attributes_900",
            format!(
                "class A:\n    pass\na = A()\na.b = a\nx = a{}\nprint(x is a)\n",
                ".b".repeat(900)
            ),
            None,
        ),
        program("elifs_450", elif_chain(450), None),
        program(
            "defs_98",
            indented_blocks(|level| format!("def f{level}():"), 98, "return 1"),
            None,
        ),
        program(
            "classes_98",
            indented_blocks(|level| format!("class C{level}:"), 98, "x = 1"),
            None,
        ),
        program(
            "ifs_98",
            indented_blocks(|_| "if True:".to_string(), 98, "print(1)"),
            None,
        ),
        program(
            "comparisons_100000",
            format!("print({})\n", joined("1", " < ", 100_000)),
            None,
        ),
        program(
            "ands_100000",
            format!("print({})\n", joined("1", " and ", 100_000)),
            None,
        ),
        program(
            "string_pieces_100000",
            format!("print(len({}))\n", joined("'a'", " ", 100_000)),
            None,
        ),
        program(
            "list_items_100000",
            format!("print(len([{}]))\n", joined("1", ", ", 100_000)),
            None,
        ),
        program("lines_10000", ten_thousand_lines(), None),
        program(
            "long_line",
            format!("x = '{}'\nprint(len(x))\n", "a".repeat(1_000_000)),
            None,
        ),
    ]
}

/// Nesting past CPython's limits.
pub fn refused_by_cpython() -> Vec<DeepProgram> {
    vec![
        program(
            "parens_201",
            format!("x = {}\n", nested("(", "1", ")", 201)),
            Some("SyntaxError: too many nested parentheses"),
        ),
        program(
            "parens_100000",
            format!("x = {}\n", nested("(", "1", ")", 100_000)),
            Some("SyntaxError: too many nested parentheses"),
        ),
        program(
            "unary_minus_3000",
            format!("x = {}1\n", "-".repeat(3000)),
            Some(COMPILER_RECURSION),
        ),
        parser_stack_limit(
            "unary_minus_100000",
            format!("x = {}1\n", "-".repeat(100_000)),
        ),
        program(
            "additions_100000",
            format!("x = {}\n", joined("1", " + ", 100_000)),
            Some(COMPILER_RECURSION),
        ),
        program(
            "calls_100000",
            format!("x = f{}\n", "()".repeat(100_000)),
            Some(COMPILER_RECURSION),
        ),
        program(
            "subscripts_100000",
            format!("x = a{}\n", "[0]".repeat(100_000)),
            Some(COMPILER_RECURSION),
        ),
        parser_stack_limit(
            "lambdas_100000",
            format!("f = {}1\n", "lambda: ".repeat(100_000)),
        ),
        program(
            "elifs_100000",
            elif_chain(100_000),
            Some(COMPILER_RECURSION),
        ),
        program(
            "ifs_100",
            indented_blocks(|_| "if True:".to_string(), 100, "print(1)"),
            Some("IndentationError: too many levels of indentation"),
        ),
    ]
}

fn elif_chain(count: usize) -> String {
    let mut source = String::from("x = 5\nif x == 0:\n    pass\n");
    for i in 1..count {
        source.push_str(&format!("elif x == {i}:\n    pass\n"));
    }
    source
}

fn ten_thousand_lines() -> String {
    let mut source: String = (0..10_000).map(|i| format!("x{i} = {i}\n")).collect();
    source.push_str("print(x9999)\n");
    source
}
