//! Importing: a module is looked for among those already imported, then among the
//! native modules of the registry, then among the modules written in Python whose
//! source the interpreter was given, and otherwise `ModuleNotFoundError` is raised,
//! as CPython's import system does once every finder has declined.
//!
//! Modules written in Python live in `src/runtime/library/python/`. The native
//! binary carries them (`include_str!`); the WebAssembly module does not, so that
//! what the page first downloads does not grow: the page asks [`python_imports`]
//! which modules a program names, fetches their files, and hands them to the
//! session, which installs them with [`ModuleSources::insert`].
//!
//! Their code is compiled as library code (`CodeFlags::library`): its frames report
//! no trace events and are left out of snapshots and tracebacks.

use super::compiler::compile_module_as;
use super::dict::Dict;
use super::exception::Exception;
use super::module_syntax_cache::{self, Analysis};
use super::object::{Module, Object};
use super::types::TypeId;
use super::value::Value;
use super::vm::{Frame, Vm};
use crate::syntax::ast::{Stmt, StmtKind};
use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Python source text of importable modules, by module name. Cloning shares the
/// entries, so every checkpoint of a run sees the same ones.
#[derive(Clone, Debug, Default)]
pub struct ModuleSources {
    sources: BTreeMap<Rc<str>, Rc<ModuleSource>>,
}

/// One module's text, and its syntax tree and scopes once the module was first imported:
/// a replay from a checkpoint taken before the import runs it again, and even looking
/// the tree up in the process's cache (which compares the text) would make every step
/// back cost more than it needs.
#[derive(Debug)]
struct ModuleSource {
    text: ModuleText,
    analysed: OnceCell<Analysis>,
}

#[derive(Debug)]
enum ModuleText {
    Bundled(&'static str),
    Given(Rc<str>),
}

impl ModuleSource {
    fn text(&self) -> &str {
        match &self.text {
            ModuleText::Bundled(text) => text,
            ModuleText::Given(text) => text,
        }
    }

    /// The tree and scopes of module `name`, shared with the other Sessions of the
    /// process that imported the same text.
    fn analysed(&self, name: &str) -> Analysis {
        let analyse = || module_syntax_cache::analysed(name, self.text());
        self.analysed.get_or_init(analyse).clone()
    }
}

/// The modules written in Python that the native binary carries.
#[cfg(not(target_arch = "wasm32"))]
const BUNDLED: &[(&str, &str)] = &[
    ("__future__", include_str!("library/python/__future__.py")),
    ("abc", include_str!("library/python/abc.py")),
    ("asyncio", include_str!("library/python/asyncio.py")),
    (
        "_asyncio_events",
        include_str!("library/python/_asyncio_events.py"),
    ),
    (
        "_asyncio_futures",
        include_str!("library/python/_asyncio_futures.py"),
    ),
    (
        "_asyncio_tasks",
        include_str!("library/python/_asyncio_tasks.py"),
    ),
    ("bisect", include_str!("library/python/bisect.py")),
    ("collections", include_str!("library/python/collections.py")),
    (
        "collections.abc",
        include_str!("library/python/collections.abc.py"),
    ),
    (
        "_collections_abc_basics",
        include_str!("library/python/_collections_abc_basics.py"),
    ),
    (
        "_collections_abc_mappings",
        include_str!("library/python/_collections_abc_mappings.py"),
    ),
    (
        "_collections_abc_sequences",
        include_str!("library/python/_collections_abc_sequences.py"),
    ),
    (
        "_collections_abc_sets",
        include_str!("library/python/_collections_abc_sets.py"),
    ),
    (
        "_collections_deque",
        include_str!("library/python/_collections_deque.py"),
    ),
    (
        "_collections_ordereddict",
        include_str!("library/python/_collections_ordereddict.py"),
    ),
    ("contextlib", include_str!("library/python/contextlib.py")),
    ("copy", include_str!("library/python/copy.py")),
    ("datetime", include_str!("library/python/datetime.py")),
    (
        "_datetime_calendar",
        include_str!("library/python/_datetime_calendar.py"),
    ),
    (
        "_datetime_date",
        include_str!("library/python/_datetime_date.py"),
    ),
    (
        "_datetime_datetime",
        include_str!("library/python/_datetime_datetime.py"),
    ),
    (
        "_datetime_iso",
        include_str!("library/python/_datetime_iso.py"),
    ),
    (
        "_datetime_local",
        include_str!("library/python/_datetime_local.py"),
    ),
    (
        "_datetime_strftime",
        include_str!("library/python/_datetime_strftime.py"),
    ),
    (
        "_datetime_strptime",
        include_str!("library/python/_datetime_strptime.py"),
    ),
    (
        "_datetime_strptime_fields",
        include_str!("library/python/_datetime_strptime_fields.py"),
    ),
    (
        "_datetime_time",
        include_str!("library/python/_datetime_time.py"),
    ),
    (
        "_datetime_timedelta",
        include_str!("library/python/_datetime_timedelta.py"),
    ),
    (
        "_datetime_timetuple",
        include_str!("library/python/_datetime_timetuple.py"),
    ),
    (
        "_datetime_timezone",
        include_str!("library/python/_datetime_timezone.py"),
    ),
    ("dataclasses", include_str!("library/python/dataclasses.py")),
    ("enum", include_str!("library/python/enum.py")),
    ("hashlib", include_str!("library/python/hashlib.py")),
    ("heapq", include_str!("library/python/heapq.py")),
    ("io", include_str!("library/python/io.py")),
    ("json", include_str!("library/python/json.py")),
    ("logging", include_str!("library/python/logging.py")),
    ("os", include_str!("library/python/os.py")),
    ("posixpath", include_str!("library/python/posixpath.py")),
    ("re", include_str!("library/python/re.py")),
    ("_re_matcher", include_str!("library/python/_re_matcher.py")),
    ("_re_parser", include_str!("library/python/_re_parser.py")),
    ("statistics", include_str!("library/python/statistics.py")),
    ("string", include_str!("library/python/string.py")),
    ("textwrap", include_str!("library/python/textwrap.py")),
    (
        "_typing_checks",
        include_str!("library/python/_typing_checks.py"),
    ),
    ("traceback", include_str!("library/python/traceback.py")),
];

/// The WebAssembly module carries none: the page fetches those a program imports.
#[cfg(target_arch = "wasm32")]
const BUNDLED: &[(&str, &str)] = &[];

impl ModuleSources {
    /// The modules built into this binary.
    pub fn bundled() -> ModuleSources {
        let mut sources = ModuleSources::default();
        for &(name, text) in BUNDLED {
            sources.add(name, ModuleText::Bundled(text));
        }
        sources
    }

    /// Adds (or replaces) the source of module `name`.
    pub fn insert(&mut self, name: &str, text: &str) {
        self.add(name, ModuleText::Given(text.into()));
    }

    fn add(&mut self, name: &str, text: ModuleText) {
        let source = ModuleSource {
            text,
            analysed: OnceCell::new(),
        };
        self.sources.insert(name.into(), Rc::new(source));
    }

    fn get(&self, name: &str) -> Option<Rc<ModuleSource>> {
        self.sources.get(name).cloned()
    }

    pub fn contains(&self, name: &str) -> bool {
        self.sources.contains_key(name)
    }
}

/// The modules `source` imports (every `import` and `from … import` anywhere in it,
/// absolute ones only, each dotted name with its parents) that are neither native
/// nor among `known`, in the order first named. A source that does not parse names
/// none: compiling it will report the error.
pub fn python_imports(source: &str, known: &ModuleSources) -> Vec<String> {
    let Ok(module) = crate::syntax::parse(source) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    collect_imports(&module.body, &mut names);
    let native = native_module_names();
    let mut wanted: Vec<String> = Vec::new();
    for name in names {
        let parents = name.match_indices('.').map(|(at, _)| &name[..at]);
        for candidate in parents.chain([name.as_str()]) {
            let needed = NATIVE_NEEDS.iter().filter(|(n, _)| *n == candidate);
            for module in [candidate]
                .into_iter()
                .chain(needed.map(|&(_, module)| module))
            {
                let listed = wanted.iter().any(|w| w == module);
                if !listed && !native.contains(&module) && !known.contains(module) {
                    wanted.push(module.to_string());
                }
            }
        }
    }
    wanted
}

/// Modules written in Python that a native module imports when a program uses it:
/// `isinstance(x, typing.Iterable)` asks `_typing_checks`.
const NATIVE_NEEDS: &[(&str, &str)] = &[("typing", "_typing_checks")];

fn native_module_names() -> Vec<&'static str> {
    let mut registry = super::native::Registry::default();
    super::sys_module::register(&mut registry);
    super::library::register(&mut registry);
    registry.modules.iter().map(|(name, _)| *name).collect()
}

/// Module names of the import statements in `body`, nested blocks included.
fn collect_imports(body: &[Stmt], out: &mut Vec<String>) {
    for stmt in body {
        match &stmt.kind {
            StmtKind::Import(aliases) => out.extend(aliases.iter().map(|a| a.name.name.clone())),
            StmtKind::ImportFrom {
                module: Some(module),
                level: 0,
                ..
            } => out.push(module.name.clone()),
            kind => kind
                .nested_blocks()
                .into_iter()
                .for_each(|block| collect_imports(block, out)),
        }
    }
}

/// A module's repr. CPython names the file a module written in Python came from, which
/// here is no file of the learner's: every module reads as built in.
pub fn module_repr(name: &str) -> String {
    format!("<module '{name}' (built-in)>")
}

impl Vm {
    /// `import name`: the module already imported, else a native one built now, else
    /// one written in Python run now, else `ModuleNotFoundError`.
    pub(crate) fn import_module(&mut self, name: &str) -> Result<Value, Exception> {
        if let Some((_, module)) = self.modules.iter().find(|(n, _)| &**n == name) {
            return Ok(Value::Obj(*module));
        }
        if let Some(&(_, init)) = self.module_inits.iter().find(|(n, _)| *n == name) {
            let (module, dict) = self.new_module(name);
            self.native_depth += 1;
            let result = init(self, dict);
            self.native_depth -= 1;
            result?;
            return Ok(module);
        }
        match self.module_sources.get(name) {
            Some(source) => self.run_python_module(name, &source),
            None => Err(self.module_not_found(name)),
        }
    }

    /// A module object with an empty namespace but for `__name__`, entered in the
    /// imported modules before its code runs, as `sys.modules` is.
    fn new_module(&mut self, name: &str) -> (Value, super::heap::ObjRef) {
        let dict = self.heap.alloc(Object::Dict(Dict::new()));
        let module_name = self.new_str(name);
        self.dict_set_str(dict, "__name__", module_name);
        let module = self.heap.alloc(Object::Module(Module {
            name: name.into(),
            dict,
        }));
        self.modules.push((name.into(), module));
        (Value::Obj(module), dict)
    }

    /// Compiles the module's source as library code and runs its body to the end in
    /// the module's own namespace. A module whose body raises is taken out of the
    /// imported modules again (CPython removes it from `sys.modules`).
    fn run_python_module(&mut self, name: &str, source: &ModuleSource) -> Result<Value, Exception> {
        let filename = format!("{name}.py");
        let text = source.text();
        let compiled = source.analysed(name).and_then(|analysed| {
            let (module, table) = (&analysed.module, &analysed.table);
            compile_module_as(module, table, text, &filename, &mut self.heap, true)
        });
        let code = match compiled {
            Ok(compiled) => compiled.code,
            Err(error) => {
                let message = error.render(text, &filename);
                let message = format!("cannot compile module '{name}':\n{message}");
                return Err(self.error(TypeId::ImportError, message));
            }
        };
        let (module, dict) = self.new_module(name);
        self.dict_set_str(dict, "__doc__", code.docstring);
        // The code object's constants are not permanent (it was compiled at run time):
        // holding the code object keeps them alive while the body runs.
        let code_object = self.alloc(Object::Code(code.clone()));
        self.native_roots.push(code_object);
        let stack_base = self.stack.len() as u32;
        self.frames.push(Frame::new(code, dict, None, stack_base));
        let outcome = self.run_nested(self.frames.len());
        self.native_roots.pop();
        if let Err(error) = outcome {
            self.modules.retain(|(n, _)| &**n != name);
            return Err(error);
        }
        Ok(module)
    }

    /// CPython's `ModuleNotFoundError: No module named 'x'`, with its `name`.
    fn module_not_found(&mut self, name: &str) -> Exception {
        let error = self.error(
            TypeId::ModuleNotFoundError,
            format!("No module named '{name}'"),
        );
        if let Exception::Raised(r) = &error {
            let module_name = self.new_str(name);
            if let Some(Object::Exception(e)) = self.heap.get_mut(*r) {
                e.name = Some(module_name);
            }
        }
        error
    }

    /// `from module import *`: the names in the module's `__all__`, or else every name
    /// not starting with an underscore, bound where the statement runs.
    pub(crate) fn import_star(&mut self, module: Value) -> Result<(), Exception> {
        let Some(Object::Module(m)) = module.as_obj().map(|r| self.heap.get(r)) else {
            return Err(self.type_error("import * expects a module"));
        };
        let (module_name, dict) = (m.name.clone(), m.dict);
        let names = match self.dict_get_str(
            dict,
            "__all__",
            crate::runtime::hashing::hash_str("__all__"),
        ) {
            Some(all) => self.exported_names(all, &module_name)?,
            None => self.public_names(dict),
        };
        let Some(frame) = self.frames.last() else {
            return Ok(());
        };
        let target = frame.namespace.unwrap_or(frame.globals);
        for name in names {
            let value = self.get_attr(module, &name)?;
            self.dict_set_str_rc(Value::Obj(target), name, value)?;
        }
        Ok(())
    }

    /// The strs of `__all__`; CPython refuses any other item.
    fn exported_names(&mut self, all: Value, module_name: &str) -> Result<Vec<Rc<str>>, Exception> {
        let items = self.collect_iterable(all)?;
        let mut names = Vec::with_capacity(items.len());
        for item in items {
            match self.str_text(item) {
                Some(name) => names.push(name),
                None => {
                    let type_name = self.type_name(item);
                    return Err(self.type_error(format!(
                        "Item in {module_name}.__all__ must be str, not {type_name}"
                    )));
                }
            }
        }
        Ok(names)
    }

    fn public_names(&self, dict: super::heap::ObjRef) -> Vec<Rc<str>> {
        let Object::Dict(table) = self.heap.get(dict) else {
            return Vec::new();
        };
        table
            .iter()
            .filter_map(|entry| self.str_text(entry.key))
            .filter(|name| !name.starts_with('_'))
            .collect()
    }

    /// `from module import name`.
    pub(crate) fn import_from(&mut self, module: Value, name: &str) -> Result<Value, Exception> {
        match self.get_attr(module, name) {
            Ok(value) => Ok(value),
            Err(_) => {
                let module_name = match module.as_obj().map(|r| self.heap.get(r)) {
                    Some(Object::Module(m)) => m.name.to_string(),
                    _ => String::new(),
                };
                Err(self.error(
                    TypeId::ImportError,
                    format!("cannot import name '{name}' from '{module_name}' (unknown location)"),
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_imports_lists_non_native_modules_once_with_their_parents() {
        let source = "import math, heapq\nfrom os.path import join\ndef f():\n    import json as j\n    from . import x\n";
        let names = python_imports(source, &ModuleSources::default());
        assert_eq!(names, ["heapq", "os", "os.path", "json"]);
    }

    #[test]
    fn python_imports_look_into_every_nested_body_in_order() {
        let source = "try:\n    import json\nexcept ImportError:\n    import re\nelse:\n    import copy\nfinally:\n    import string\nclass C:\n    import heapq\nmatch 1:\n    case 1:\n        import bisect\n";
        let names = python_imports(source, &ModuleSources::default());
        assert_eq!(names, ["json", "re", "copy", "string", "heapq", "bisect"]);
    }

    #[test]
    fn python_imports_name_what_a_native_module_imports_later() {
        let names = python_imports("from typing import Iterable", &ModuleSources::default());
        assert_eq!(names, ["_typing_checks"]);
    }

    #[test]
    fn python_imports_skips_modules_already_given() {
        let mut known = ModuleSources::default();
        known.insert("heapq", "");
        assert_eq!(python_imports("import heapq, re", &known), ["re"]);
    }

    #[test]
    fn each_bundled_module_names_only_modules_that_are_bundled_or_native() {
        // What the page does: ask again of each fetched module until nothing is new.
        let bundled = ModuleSources::bundled();
        let mut wanted = python_imports(
            "import re, copy, hashlib, statistics, datetime",
            &ModuleSources::default(),
        );
        let mut seen = Vec::new();
        while let Some(name) = wanted.pop() {
            let source = bundled
                .get(&name)
                .unwrap_or_else(|| panic!("{name} is not bundled"));
            seen.push(name);
            for next in python_imports(source.text(), &ModuleSources::default()) {
                if !seen.contains(&next) && !wanted.contains(&next) {
                    wanted.push(next);
                }
            }
        }
        seen.sort();
        let datetime_parts = [
            "_datetime_calendar",
            "_datetime_date",
            "_datetime_datetime",
            "_datetime_iso",
            "_datetime_local",
            "_datetime_strftime",
            "_datetime_strptime",
            "_datetime_strptime_fields",
            "_datetime_time",
            "_datetime_timedelta",
            "_datetime_timetuple",
            "_datetime_timezone",
        ];
        let mut expected = vec!["_re_matcher", "_re_parser", "copy", "hashlib", "re"];
        expected.extend(datetime_parts);
        expected.extend(["datetime", "statistics"]);
        expected.sort();
        assert_eq!(seen, expected);
    }

    #[test]
    fn library_frames_are_in_no_step_and_no_snapshot() {
        // nlargest runs in heapq's code and calls the program's key function back.
        let source = "import heapq\nbig = heapq.nlargest(1, [3, 1], key=lambda x: -x)\n";
        let options = crate::session::SessionOptions::default();
        let mut session = crate::session::Session::new(source, options).expect("compiles");
        session.run(10_000);
        let mut functions = Vec::new();
        for step in 0..session.step_count() {
            let snapshot = session.snapshot(step).expect("recorded");
            functions.extend(snapshot.frames.iter().map(|frame| frame.function.clone()));
        }
        functions.dedup();
        assert!(
            functions.iter().all(|f| f == "<module>" || f == "<lambda>"),
            "{functions:?}"
        );
        assert!(functions.iter().any(|f| f == "<lambda>"));
    }

    #[test]
    fn classes_of_library_modules_and_their_instances_are_drawn_by_their_reprs() {
        let source = "from datetime import date\nd = date(2024, 1, 5)\nx = 1\n";
        let options = crate::session::SessionOptions::default();
        let mut session = crate::session::Session::new(source, options).expect("compiles");
        session.run(100_000);
        let snapshot = session
            .snapshot(session.step_count() - 2)
            .expect("recorded");
        let reprs: Vec<String> = snapshot
            .heap
            .values()
            .map(|object| match object {
                crate::session::snapshot::HeapObject::Other { type_name, repr } => {
                    format!("{type_name} {repr}")
                }
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(
            reprs,
            [
                "type <class 'datetime.date'>",
                "date datetime.date(2024, 1, 5)"
            ]
        );
    }

    #[test]
    fn python_imports_of_a_source_that_does_not_parse_is_empty() {
        assert!(python_imports("import (", &ModuleSources::default()).is_empty());
    }
}
