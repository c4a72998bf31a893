//! The names the diagram and every text give function objects and frames, so that
//! namesakes can be told apart: `multiplier #2` is the second function object made
//! under the name `multiplier`, `inc call 2` the second call of one function object.
//!
//! A `def` or `lambda` can make only one function object in a run when it sits at
//! module level or in a class body at module level, outside any loop: such a function
//! keeps its plain name. Anything nested in a function (qualname `f.<locals>.g`), in a
//! comprehension (`<listcomp>.<lambda>`) or in a loop may make many, and is numbered.

use crate::runtime::code::CodeObject;
use crate::runtime::vm::CallOrigin;
use crate::syntax::ast::{Module, Stmt, StmtKind};
use crate::syntax::LineIndex;

/// The line ranges of the loops a module's top-level code runs (in the module body and
/// in class bodies at module level, not inside functions).
#[derive(Clone, Debug, Default)]
pub struct DefinitionSites {
    loops: Vec<(u32, u32)>,
}

impl DefinitionSites {
    pub fn of_module(module: &Module, lines: &LineIndex) -> DefinitionSites {
        let mut sites = DefinitionSites::default();
        sites.add_block(&module.body, lines, false);
        sites
    }

    fn add_block(&mut self, block: &[Stmt], lines: &LineIndex, in_loop: bool) {
        for stmt in block {
            let is_loop = matches!(stmt.kind, StmtKind::For { .. } | StmtKind::While { .. });
            if is_loop && !in_loop {
                let first = lines.line_of(stmt.span.start as usize);
                let last = lines.line_of((stmt.span.end as usize).saturating_sub(1));
                self.loops.push((first, last));
            }
            for nested in top_level_blocks(&stmt.kind) {
                self.add_block(nested, lines, in_loop || is_loop);
            }
        }
    }

    /// Whether the definition of `qualname` on `line` can make more than one object.
    pub fn is_repeatable(&self, qualname: &str, line: u32) -> bool {
        let enclosing = qualname.rsplit_once('.').map_or("", |(outer, _)| outer);
        enclosing.contains('<')
            || self
                .loops
                .iter()
                .any(|&(first, last)| (first..=last).contains(&line))
    }

    /// The label of the `definition`-th function object made from `code`.
    pub fn label_of(&self, code: &CodeObject, definition: u32) -> String {
        self.function_label(&code.name, &code.qualname, code.firstlineno, definition)
    }

    /// The label of the frame of the call that made a cell: `counter call 1`.
    pub fn call_label(&self, origin: &CallOrigin) -> String {
        let function = self.label_of(&origin.code, origin.definition);
        frame_label(Some(&function), origin.call)
    }

    /// `name`, or `name #k` for the `k`-th object of a repeatable definition.
    pub fn function_label(&self, name: &str, qualname: &str, line: u32, k: u32) -> String {
        if self.is_repeatable(qualname, line) {
            format!("{name} #{k}")
        } else {
            name.to_string()
        }
    }
}

/// "Global frame" for the module, "inc #2 call 1" for a call.
pub fn frame_label(function_label: Option<&str>, call: u32) -> String {
    match function_label {
        Some(label) => format!("{label} call {call}"),
        None => "Global frame".into(),
    }
}

/// The bodies whose code runs as part of the module's own code: everything but
/// function bodies (a class body runs once, when its `class` statement does).
fn top_level_blocks(kind: &StmtKind) -> Vec<&[Stmt]> {
    match kind {
        StmtKind::FunctionDef(_) => Vec::new(),
        _ => kind.nested_blocks(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sites(source: &str) -> DefinitionSites {
        let module = crate::syntax::parse(source).expect("parses");
        DefinitionSites::of_module(&module, &LineIndex::new(source))
    }

    #[test]
    fn a_module_level_def_keeps_its_name() {
        let sites = sites("def f():\n    pass\nclass C:\n    def m(self):\n        pass\n");
        assert_eq!(sites.function_label("f", "f", 1, 1), "f");
        assert_eq!(sites.function_label("m", "C.m", 4, 1), "m");
    }

    #[test]
    fn a_nested_def_is_numbered() {
        let sites = sites("def outer():\n    def inner():\n        pass\n");
        assert_eq!(
            sites.function_label("inner", "outer.<locals>.inner", 2, 3),
            "inner #3"
        );
        assert_eq!(
            sites.function_label("<lambda>", "<listcomp>.<lambda>", 5, 2),
            "<lambda> #2"
        );
    }

    #[test]
    fn a_def_in_a_module_level_loop_is_numbered() {
        let source = "for i in range(3):\n    def f():\n        pass\n    g = lambda: i\nh = 1\n";
        let sites = sites(source);
        assert_eq!(sites.function_label("f", "f", 2, 2), "f #2");
        assert_eq!(
            sites.function_label("<lambda>", "<lambda>", 4, 1),
            "<lambda> #1"
        );
        assert!(!sites.is_repeatable("h", 5));
    }

    #[test]
    fn frames_are_named_by_their_call() {
        assert_eq!(frame_label(None, 0), "Global frame");
        assert_eq!(frame_label(Some("handler #2"), 1), "handler #2 call 1");
    }
}
