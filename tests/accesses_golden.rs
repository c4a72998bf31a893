//! Golden lists of the name accesses each step performs (`Snapshot::accesses`): one
//! program per way a name resolves (fast locals, cells, free variables, globals,
//! builtins, class bodies, comprehensions, `global`/`nonlocal` writes, `del`). Object
//! ids are renumbered in order of first appearance, so that how many objects the
//! interpreter allocates before the program starts does not touch the lists.

use cellscope::session::accesses::access_text;
use cellscope::session::{Session, SessionOptions};

/// `step N EVENT line L: ACCESS` for every access of every step.
fn accesses_dump(source: &str) -> String {
    let mut session = Session::new(source, SessionOptions::default()).expect("compiles");
    while !session.run(1_000) {}
    let mut out = String::new();
    for step in 0..session.step_count() {
        let snapshot = session.snapshot(step).expect("a recorded step");
        for access in &snapshot.accesses {
            out.push_str(&format!(
                "step {step} {} line {}: {}\n",
                snapshot.event,
                snapshot.line,
                access_text(access)
            ));
        }
    }
    renumber_ids(&out)
}

/// Rewrites every `#id` to `#1`, `#2`, … in order of first appearance.
fn renumber_ids(text: &str) -> String {
    let mut ranks: Vec<String> = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('#') {
        out.push_str(&rest[..=at]);
        let after = &rest[at + 1..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let id = &after[..digits];
        let rank = match ranks.iter().position(|seen| seen == id) {
            Some(rank) => rank,
            None => {
                ranks.push(id.to_string());
                ranks.len() - 1
            }
        };
        out.push_str(&(rank + 1).to_string());
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

fn assert_accesses(source: &str, expected: &str) {
    let actual = accesses_dump(source);
    assert_eq!(actual, expected, "accesses of:\n{source}\nwere:\n{actual}");
}

/// Parameters are written by the call; `b` is a fast local; `len` comes from the builtins.
#[test]
fn a_function_reads_and_writes_its_fast_locals_and_a_builtin() {
    let source = r#"def f(a):
    b = a + 1
    return len([b])
x = f(1)
"#;
    assert_accesses(
        source,
        r#"step 1 line line 4: write f: global in frame 0 = #1
step 2 call line 1: read f: global in frame 0 = #1
step 2 call line 1: write a: local in frame 1 = 1
step 4 line line 3: read a: local in frame 1 = 1
step 4 line line 3: write b: local in frame 1 = 2
step 5 return line 3: read len: builtin in frame 1 = #2
step 5 return line 3: read b: local in frame 1 = 2
step 6 end line 4: write x: global in frame 0 = 1
"#,
    );
}

/// `count` is a cell of `counter`; `inc` reaches the same cell through its `__closure__`.
#[test]
fn a_closure_reads_and_writes_its_cell_through_nonlocal() {
    let source = r#"def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
tick = counter()
tick()
"#;
    assert_accesses(
        source,
        r#"step 1 line line 8: write counter: global in frame 0 = #1
step 2 call line 1: read counter: global in frame 0 = #1
step 4 line line 3: write count: own cell #2 in frame 1 = 0
step 5 line line 7: write inc: local in frame 1 = #3
step 6 return line 7: read inc: local in frame 1 = #3
step 7 line line 9: write tick: global in frame 0 = #3
step 8 call line 3: read tick: global in frame 0 = #3
step 10 line line 6: read count: closure cell #2 of #3 in frame 2 = 0
step 10 line line 6: write count: closure cell #2 of #3 in frame 2 = 1
step 11 return line 6: read count: closure cell #2 of #3 in frame 2 = 1
"#,
    );
}

/// `global total` makes the function's write a write of the global frame's variable.
#[test]
fn a_global_statement_writes_the_module_variable_and_del_unbinds_it() {
    let source = r#"total = 0
def add(n):
    global total
    total += n
add(5)
del total
"#;
    assert_accesses(
        source,
        r#"step 1 line line 2: write total: global in frame 0 = 0
step 2 line line 5: write add: global in frame 0 = #1
step 3 call line 2: read add: global in frame 0 = #1
step 3 call line 2: write n: local in frame 1 = 5
step 5 return line 4: read total: global in frame 1 = 0
step 5 return line 4: read n: local in frame 1 = 5
step 5 return line 4: write total: global in frame 1 = 5
step 7 end line 6: delete total: global in frame 0
"#,
    );
}

/// A class body's names live in its namespace; `y` in `K` is read from outer's cell (LOAD_CLASSDEREF); `self.v` is an attribute write.
#[test]
fn a_class_body_binds_in_its_namespace_and_reads_an_enclosing_cell() {
    let source = r#"k = 3
class C:
    a = k
    b = a + 1
    def m(self):
        self.v = C.a
C().m()
def outer():
    y = 1
    class K:
        z = y
    return K
outer()
"#;
    assert_accesses(
        source,
        r#"step 1 line line 2: write k: global in frame 0 = 3
step 5 line line 4: read k: global in frame 1 = 3
step 5 line line 4: write a: class namespace in frame 1 = 3
step 6 line line 5: read a: class namespace in frame 1 = 3
step 6 line line 5: write b: class namespace in frame 1 = 4
step 7 return line 5: write m: class namespace in frame 1 = #1
step 8 line line 7: write C: global in frame 0 = #2
step 9 call line 5: read C: global in frame 0 = #2
step 9 call line 5: read m: attribute of #2 in frame 0 = #1
step 9 call line 5: write self: local in frame 2 = #3
step 11 return line 6: read C: global in frame 2 = #2
step 11 return line 6: read a: attribute of #2 in frame 2 = 3
step 11 return line 6: read self: local in frame 2 = #3
step 11 return line 6: write v: attribute of #3 in frame 2 = 3
step 13 line line 13: write outer: global in frame 0 = #4
step 14 call line 8: read outer: global in frame 0 = #4
step 16 line line 10: write y: own cell #5 in frame 3 = 1
step 20 return line 11: read y: closure cell #5 of #6 in frame 4 = 1
step 20 return line 11: write z: class namespace in frame 4 = 1
step 21 line line 12: write K: local in frame 3 = #7
step 22 return line 12: read K: local in frame 3 = #7
"#,
    );
}

/// The loop variable is local to the comprehension's frame; `n` is read as a global; the hidden `.0` is left out.
#[test]
fn a_comprehension_binds_its_variable_in_its_own_frame() {
    let source = r#"n = 2
ys = [x * n for x in range(2)]
"#;
    assert_accesses(
        source,
        r#"step 1 line line 2: write n: global in frame 0 = 2
step 2 call line 2: read range: builtin in frame 0 = #1
step 4 line line 2: write x: local in frame 1 = 0
step 4 line line 2: read x: local in frame 1 = 0
step 4 line line 2: read n: global in frame 1 = 2
step 5 line line 2: write x: local in frame 1 = 1
step 5 line line 2: read x: local in frame 1 = 1
step 5 line line 2: read n: global in frame 1 = 2
step 7 end line 2: write ys: global in frame 0 = #2
"#,
    );
}

/// `del t` unbinds; `except ... as e` binds `e`, then CPython sets it to None and deletes it.
#[test]
fn del_and_except_as_unbind_locals() {
    let source = r#"def g():
    t = 1
    del t
    try:
        raise ValueError
    except ValueError as e:
        pass
g()
"#;
    assert_accesses(
        source,
        r#"step 1 line line 8: write g: global in frame 0 = #1
step 2 call line 1: read g: global in frame 0 = #1
step 4 line line 3: write t: local in frame 1 = 1
step 5 line line 4: delete t: local in frame 1
step 7 exception line 5: read ValueError: builtin in frame 1 = #2
step 9 line line 7: read ValueError: builtin in frame 1 = #2
step 9 line line 7: write e: local in frame 1 = #3
step 10 return line 7: write e: local in frame 1 = None
step 10 return line 7: delete e: local in frame 1
"#,
    );
}

/// The page dims everything off the path only at a step whose lookups went through a
/// cell; a step that only touched plain locals or globals marks its path and dims nothing.
#[test]
fn only_a_path_through_a_cell_dims_the_rest() {
    let source = "x = 1\ndef f():\n    n = x\n    return lambda: n\ng = f()\nprint(g())\n";
    let mut session = Session::new(source, SessionOptions::default()).expect("compiles");
    while !session.run(1_000) {}
    let steps: Vec<_> = (0..session.step_count())
        .map(|step| session.snapshot(step).expect("a recorded step"))
        .collect();
    let through_cell = steps
        .iter()
        .find(|s| !s.emphasis.cells.is_empty())
        .expect("the lambda reads its cell");
    assert!(through_cell.emphasis.dims_rest);
    let plain = steps
        .iter()
        .find(|s| s.emphasis.cells.is_empty() && !s.emphasis.variables.is_empty())
        .expect("x = 1 writes a plain global");
    assert!(!plain.emphasis.dims_rest);
}

/// An attribute read names the namespace that answered it, as `object.__getattribute__`
/// searches: the instance's `__dict__`, else the first class on the MRO defining the
/// name. A method call's LOAD_METHOD reads the function from its class. Names a
/// built-in type answers (`list.append`), a property getter, and `__getattr__` are left out.
#[test]
fn attribute_reads_name_the_instance_or_the_class_that_holds_the_name() {
    let source = r#"class Base:
    unit = "cm"
    def size(self):
        return self.n
class Box(Base):
    @property
    def double(self):
        return 2
    def __getattr__(self, name):
        return 0
b = Box()
b.n = 4
s = b.size()
u = b.unit
c = Box.unit
d = b.double
m = b.missing
b.items = []
b.items.append(s)
"#;
    assert_accesses(
        source,
        r#"step 4 line line 3: write unit: class namespace in frame 1 = 'cm'
step 5 return line 3: write size: class namespace in frame 1 = #1
step 6 line line 5: write Base: global in frame 0 = #2
step 7 call line 5: read Base: global in frame 0 = #2
step 10 line line 7: read property: builtin in frame 2 = #3
step 13 line line 9: write double: class namespace in frame 2 = #4
step 14 return line 9: write __getattr__: class namespace in frame 2 = #5
step 15 line line 11: write Box: global in frame 0 = #6
step 16 line line 12: read Box: global in frame 0 = #6
step 16 line line 12: write b: global in frame 0 = #7
step 17 line line 13: read b: global in frame 0 = #7
step 17 line line 13: write n: attribute of #7 in frame 0 = 4
step 18 call line 3: read b: global in frame 0 = #7
step 18 call line 3: read size: attribute of #2 in frame 0 = #1
step 18 call line 3: write self: local in frame 3 = #7
step 20 return line 4: read self: local in frame 3 = #7
step 20 return line 4: read n: attribute of #7 in frame 3 = 4
step 21 line line 14: write s: global in frame 0 = 4
step 22 line line 15: read b: global in frame 0 = #7
step 22 line line 15: read unit: attribute of #2 in frame 0 = 'cm'
step 22 line line 15: write u: global in frame 0 = 'cm'
step 23 line line 16: read Box: global in frame 0 = #6
step 23 line line 16: read unit: attribute of #2 in frame 0 = 'cm'
step 23 line line 16: write c: global in frame 0 = 'cm'
step 24 call line 6: read b: global in frame 0 = #7
step 27 line line 17: write d: global in frame 0 = 2
step 28 call line 9: read b: global in frame 0 = #7
step 31 line line 18: write m: global in frame 0 = 0
step 32 line line 19: read b: global in frame 0 = #7
step 32 line line 19: write items: attribute of #7 in frame 0 = #8
step 33 end line 19: read b: global in frame 0 = #7
step 33 end line 19: read items: attribute of #7 in frame 0 = #8
step 33 end line 19: read s: global in frame 0 = 4
"#,
    );
}

/// The attribute row a step read or wrote is named in the emphasis, on the box that
/// holds it: the instance's own row, or the class's for a name the instance inherits.
#[test]
fn the_emphasis_names_the_attribute_row_that_answered() {
    let source = "class P:\n    kind = 'point'\np = P()\np.x = 1\ny = p.x\nk = p.kind\n";
    let mut session = Session::new(source, SessionOptions::default()).expect("compiles");
    while !session.run(1_000) {}
    let rows: Vec<(String, u64)> = (0..session.step_count())
        .map(|step| session.snapshot(step).expect("a recorded step"))
        .flat_map(|s| s.emphasis.attributes.clone())
        .map(|row| (row.name, row.object))
        .collect();
    let names: Vec<&str> = rows.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["x", "x", "kind"], "rows: {rows:?}");
    assert_eq!(
        rows[0].1, rows[1].1,
        "the write and the read of p.x are the same row"
    );
    assert_ne!(
        rows[1].1, rows[2].1,
        "kind is the class's row, not the instance's"
    );
}

/// A `__slots__` member on the class reads the instance's own slot, which the diagram
/// draws as the instance's attribute: the read names the instance, as the write does.
#[test]
fn a_slot_read_names_the_instance() {
    let source = "class P:\n    __slots__ = ('x',)\np = P()\np.x = 1\ny = p.x\n";
    let dump = accesses_dump(source);
    let attribute_lines: Vec<&str> = dump
        .lines()
        .filter(|l| l.contains(" x: attribute"))
        .collect();
    assert_eq!(attribute_lines.len(), 2, "{dump}");
    let owner = |line: &str| {
        line.split(" of ")
            .nth(1)
            .map(|rest| rest.split(' ').next().unwrap_or("").to_string())
    };
    assert_eq!(
        owner(attribute_lines[0]),
        owner(attribute_lines[1]),
        "{dump}"
    );
}
