//! Random valid Python from a small grammar: assignments, closures with `nonlocal`,
//! bounded loops, calls, comprehensions and try/except. The program is read off a list
//! of choices, so a shorter list (what proptest shrinks towards) gives a simpler one.

/// Builds one program from `choices`; once they run out every choice is the first.
pub fn program_from(choices: &[u8]) -> String {
    let mut generator = Generator {
        choices,
        next: 0,
        out: String::new(),
        functions: 0,
    };
    let count = 1 + generator.pick(6);
    for _ in 0..count {
        generator.statement(0, 2);
    }
    generator.out
}

const NAMES: &[&str] = &["a", "b", "c", "x"];

struct Generator<'c> {
    choices: &'c [u8],
    next: usize,
    out: String,
    functions: usize,
}

impl Generator<'_> {
    fn pick(&mut self, options: usize) -> usize {
        let choice = self.choices.get(self.next).copied().unwrap_or(0) as usize;
        self.next += 1;
        choice % options.max(1)
    }

    fn name(&mut self) -> &'static str {
        NAMES[self.pick(NAMES.len())]
    }

    fn line(&mut self, indent: usize, text: &str) {
        self.out.push_str(&"    ".repeat(indent));
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn block(&mut self, indent: usize, depth: usize) {
        let count = 1 + self.pick(2);
        for _ in 0..count {
            self.statement(indent, depth);
        }
    }

    fn statement(&mut self, indent: usize, depth: usize) {
        let kinds = if depth == 0 { 3 } else { 13 };
        match self.pick(kinds) {
            0 => {
                let (name, value) = (self.name(), self.expr(2));
                self.line(indent, &format!("{name} = {value}"));
            }
            1 => {
                let (first, second) = (self.expr(2), self.expr(2));
                self.line(indent, &format!("print({first}, {second})"));
            }
            2 => {
                let (name, op, value) = (self.name(), self.aug_op(), self.expr(1));
                self.line(indent, &format!("{name} {op}= {value}"));
            }
            3 => self.if_statement(indent, depth),
            4 => self.for_statement(indent, depth),
            5 => self.closure(indent, depth),
            6 => self.try_statement(indent, depth),
            7 => self.comprehension(indent),
            8 => self.while_statement(indent, depth),
            9 => self.late_binding(indent),
            10 => self.class_with_closure(indent),
            11 => self.generator(indent),
            _ => {
                let value = self.expr(1);
                self.line(indent, &format!("raise ValueError({value})"));
            }
        }
    }

    fn aug_op(&mut self) -> &'static str {
        ["+", "-", "*", "//", "%"][self.pick(5)]
    }

    fn if_statement(&mut self, indent: usize, depth: usize) {
        let test = self.expr(2);
        self.line(indent, &format!("if {test}:"));
        self.block(indent + 1, depth - 1);
        if self.pick(2) == 1 {
            self.line(indent, "else:");
            self.block(indent + 1, depth - 1);
        }
    }

    fn for_statement(&mut self, indent: usize, depth: usize) {
        let (name, bound) = (self.name(), self.pick(4));
        self.line(indent, &format!("for {name} in range({bound}):"));
        self.block(indent + 1, depth - 1);
    }

    /// A bounded `while`. Its counter is named after the nesting depth, which falls
    /// with every nested loop, so an inner loop never resets an outer loop's counter
    /// (that made programs that loop forever, in CPython too).
    fn while_statement(&mut self, indent: usize, depth: usize) {
        let bound = self.pick(4);
        let counter = format!("n{depth}");
        self.line(indent, &format!("{counter} = 0"));
        self.line(indent, &format!("while {counter} < {bound}:"));
        self.line(indent + 1, &format!("{counter} += 1"));
        self.block(indent + 1, depth - 1);
    }

    /// A counter-like closure: a cell written through `nonlocal`, read by the caller.
    fn closure(&mut self, indent: usize, depth: usize) {
        self.functions += 1;
        let function = format!("make{}", self.functions);
        let (parameter, cell) = (self.name(), ["total", "count"][self.pick(2)]);
        let (start, step) = (self.expr(1), self.expr(1));
        self.line(indent, &format!("def {function}({parameter}):"));
        self.line(indent + 1, &format!("{cell} = {start}"));
        self.line(indent + 1, "def inner():");
        self.line(indent + 2, &format!("nonlocal {cell}"));
        self.line(indent + 2, &format!("{cell} = {cell} + {step}"));
        if depth > 1 && self.pick(2) == 1 {
            self.block(indent + 2, depth - 2);
        }
        self.line(indent + 2, &format!("return {cell}"));
        self.line(indent + 1, "return inner");
        let (holder, argument) = (self.name(), self.expr(1));
        self.line(indent, &format!("{holder} = {function}({argument})"));
        self.line(indent, &format!("print({holder}(), {holder}())"));
    }

    fn try_statement(&mut self, indent: usize, depth: usize) {
        self.line(indent, "try:");
        self.block(indent + 1, depth - 1);
        let handler = [
            "except ZeroDivisionError as e:",
            "except (TypeError, NameError) as e:",
            "except Exception as e:",
        ][self.pick(3)];
        self.line(indent, handler);
        self.line(indent + 1, "print(type(e).__name__, e)");
        if self.pick(2) == 1 {
            self.line(indent, "finally:");
            self.line(indent + 1, "print('finally')");
        }
    }

    fn comprehension(&mut self, indent: usize) {
        let (name, bound) = (self.name(), self.pick(5));
        let op = ["+", "*", "%", "-"][self.pick(4)];
        let value = format!("(i {op} {})", self.expr(0));
        let shape = [
            format!("[{value} for i in range({bound})]"),
            format!("{{i: {value} for i in range({bound}) if i % 2}}"),
            format!("sorted({{{value} for i in range({bound})}})"),
            format!("sum({value} for i in range({bound}))"),
            // Python code that native code calls back: its steps are drawn from pictures.
            format!("sorted(range({bound}), key=lambda i: {value})"),
            format!("list(map(lambda i: {value}, range({bound})))"),
        ][self.pick(6)]
        .clone();
        self.line(indent, &format!("{name} = {shape}"));
        self.line(indent, &format!("print({name})"));
    }

    /// A class whose method returns a closure over `self` and a parameter.
    fn class_with_closure(&mut self, indent: usize) {
        let (holder, start, step) = (self.name(), self.expr(1), self.expr(1));
        self.line(indent, "class Box:");
        self.line(indent + 1, "def __init__(self, v):");
        self.line(indent + 2, "self.v = v");
        self.line(indent + 1, "def adder(self, step):");
        self.line(indent + 2, "def add():");
        self.line(indent + 3, "self.v = self.v + step");
        self.line(indent + 3, "return self.v");
        self.line(indent + 2, "return add");
        self.line(indent + 1, "def __repr__(self):");
        self.line(indent + 2, "return f'Box({self.v!r})'");
        self.line(indent, &format!("{holder} = Box({start}).adder({step})"));
        self.line(
            indent,
            &format!("print({holder}(), {holder}.__closure__[0].cell_contents)"),
        );
    }

    /// A generator that closes over a local and is consumed by list() and next().
    fn generator(&mut self, indent: usize) {
        let (holder, bound, value) = (self.name(), self.pick(4), self.expr(1));
        self.line(indent, "def produce(limit):");
        self.line(indent + 1, &format!("base = {value}"));
        self.line(indent + 1, "for k in range(limit):");
        self.line(indent + 2, "yield base if k % 2 else k");
        self.line(indent, &format!("{holder} = produce({bound})"));
        self.line(
            indent,
            &format!("print(next({holder}, 'done'), list({holder}))"),
        );
    }

    /// Lambdas made in a loop share the loop variable's last value.
    fn late_binding(&mut self, indent: usize) {
        let bound = 1 + self.pick(3);
        self.line(indent, &format!("fs = [lambda: i for i in range({bound})]"));
        self.line(indent, "print([f() for f in fs])");
        self.line(
            indent,
            &format!("gs = [lambda i=i: i * 2 for i in range({bound})]"),
        );
        self.line(indent, "print([g() for g in gs])");
    }

    fn expr(&mut self, depth: usize) -> String {
        let kinds = if depth == 0 { 4 } else { 15 };
        match self.pick(kinds) {
            0 => format!("{}", self.pick(23) as i64 - 3),
            1 | 2 => self.name().to_string(),
            3 => ["'ab'", "''", "None", "True", "2.5", "[1, 2]", "(3,)"][self.pick(7)].to_string(),
            4 => {
                let op = ["+", "-", "*", "//", "%", "<", "==", "and", "or"][self.pick(9)];
                format!("({} {op} {})", self.expr(depth - 1), self.expr(depth - 1))
            }
            5 => format!("({} ** {})", self.expr(depth - 1), self.pick(4)),
            6 => format!("(not {})", self.expr(depth - 1)),
            7 => {
                let function = ["abs", "len", "str", "repr", "bool", "int", "sorted"][self.pick(7)];
                format!("{function}({})", self.expr(depth - 1))
            }
            8 => format!("max({}, {})", self.expr(depth - 1), self.expr(depth - 1)),
            9 => {
                let (body, test, orelse) = (
                    self.expr(depth - 1),
                    self.expr(depth - 1),
                    self.expr(depth - 1),
                );
                format!("({body} if {test} else {orelse})")
            }
            10 => format!(
                "[{}, {}][{}]",
                self.expr(depth - 1),
                self.expr(depth - 1),
                self.pick(3)
            ),
            // CPython 3.11 ends an f-string at its own quote even inside a field, so
            // the field holds no f-string and only single-quoted strings.
            11 => format!("f\"{{{}!r:>4}}\"", self.expr(0)),
            12 => {
                let method = [
                    "upper()",
                    "split()",
                    "strip('a')",
                    "count('a')",
                    "find('b')",
                ];
                format!("str({}).{}", self.expr(depth - 1), method[self.pick(5)])
            }
            13 => format!("{}[::-1]", ["'abc'", "[1, 2, 3]", "(4, 5)"][self.pick(3)]),
            _ => format!("round({} / 3, 2)", self.expr(depth - 1)),
        }
    }
}
