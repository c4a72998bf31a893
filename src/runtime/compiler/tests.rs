//! The compiler's output for small programs: names resolved to the right kind of
//! slot, nested code objects with CPython's variable tables, and source positions.

use super::compile_module;
use crate::runtime::code::{CodeObject, Instr};
use crate::runtime::heap::Heap;
use crate::runtime::object::Object;
use std::rc::Rc;

fn compile(source: &str) -> (Rc<CodeObject>, Heap) {
    let module = crate::syntax::parse(source).expect("parses");
    let table = crate::scope::analyze(&module).expect("resolves");
    let mut heap = Heap::new();
    let compiled = compile_module(&module, &table, source, "t.py", &mut heap).expect("compiles");
    (compiled.code, heap)
}

/// The code objects among `code`'s constants.
fn nested(code: &CodeObject, heap: &Heap) -> Vec<Rc<CodeObject>> {
    code.constants
        .iter()
        .filter_map(|c| c.as_obj())
        .filter_map(|r| match heap.get(r) {
            Object::Code(code) => Some(code.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn closures_use_cells_and_parameters_move_into_theirs() {
    let (module, heap) = compile(
        "def outer(x):\n    y = 1\n    def inner():\n        return x + y\n    return inner\n",
    );
    let outer = nested(&module, &heap).remove(0);
    assert_eq!(&*outer.cellvars, &["x".into(), "y".into()] as &[Rc<str>]);
    assert_eq!(outer.cell_parameters, vec![(0, 0)]);
    assert!(outer.instructions.contains(&Instr::StoreDeref(1)));
    let inner = nested(&outer, &heap).remove(0);
    assert_eq!(&*inner.freevars, &["x".into(), "y".into()] as &[Rc<str>]);
    assert!(inner.instructions.contains(&Instr::LoadDeref(0)));
    assert_eq!(inner.qualname.as_ref(), "outer.<locals>.inner");
}

#[test]
fn locals_are_fast_and_module_names_are_global() {
    let (module, heap) = compile("z = 3\ndef f(a):\n    b = a\n    return z\n");
    assert!(module
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::StoreGlobal(_))));
    let f = nested(&module, &heap).remove(0);
    assert!(f.instructions.contains(&Instr::LoadFast(0)));
    assert!(f.instructions.contains(&Instr::StoreFast(1)));
    assert!(f
        .instructions
        .iter()
        .any(|i| matches!(i, Instr::LoadGlobal(_))));
}

#[test]
fn binary_operations_record_their_operand_boundaries() {
    let source = "x = aa + bb\n";
    let (module, _) = compile(source);
    let index = module
        .instructions
        .iter()
        .position(|i| matches!(i, Instr::BinaryOp(_)))
        .expect("a binary op");
    let position = module.positions[index];
    assert_eq!((position.start, position.end), (4, 11));
    assert_eq!((position.left_end, position.right_start), (6, 9));
    assert_eq!(position.line, 1);
}

#[test]
fn comprehensions_get_a_function_with_the_iterator_as_argument() {
    let (module, heap) = compile("squares = [n * n for n in range(3)]\n");
    let comprehension = nested(&module, &heap).remove(0);
    assert_eq!(comprehension.name.as_ref(), "<listcomp>");
    assert_eq!(
        comprehension.varnames.first().map(|v| v.as_ref()),
        Some(".0")
    );
    assert!(module.instructions.contains(&Instr::Call(1)));
}
