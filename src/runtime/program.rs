//! Running a whole program: source text in, stdout, stderr and exit code out, as
//! `python3 FILE` would produce them.

use super::compiler::compile_module;
use super::exception::Exception;
use super::recorded_input::StdinSource;
use super::types::TypeId;
use super::value::Value;
use super::vm::{Frame, LoopExit, Vm};
use crate::syntax::parse;

/// What a finished run produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunOutput {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
}

/// Parses, analyses, compiles and runs `source`. Syntax and scope errors, uncaught
/// exceptions and budget stops all come back as stderr text with exit code 1.
/// `input()` sees end of input.
pub fn run_source(source: &str, filename: &str) -> RunOutput {
    run_source_with_stdin(source, filename, StdinSource::Closed)
}

/// `run_source`, with `input()` reading from `stdin`.
pub fn run_source_with_stdin(source: &str, filename: &str, stdin: StdinSource) -> RunOutput {
    let mut vm = match load_program(source, filename) {
        Ok(vm) => vm,
        Err(stderr) => {
            return RunOutput {
                stdout: String::new(),
                stderr,
                exit_code: 1,
            }
        }
    };
    vm.input.stdin = stdin;
    let outcome = vm.run_loop(1, false);
    let (stderr, exit_code) = vm.describe_outcome(outcome);
    RunOutput {
        stdout: std::mem::take(&mut vm.stdout),
        stderr,
        exit_code,
    }
}

/// An interpreter with `source` compiled and its module frame ready to run.
pub fn load_program(source: &str, filename: &str) -> Result<Vm, String> {
    let module = parse(source).map_err(|e| e.render(source, filename))?;
    let table = crate::scope::analyze(&module).map_err(|e| e.render(source, filename))?;
    let mut vm = Vm::new(source, filename);
    let compiled = compile_module(&module, &table, source, filename, &mut vm.heap)
        .map_err(|e| e.render(source, filename))?;
    let code = compiled.code;
    vm.compile_warnings = compiled.warnings;
    vm.permanent_slots = vm.heap.slot_count();
    vm.fill_module_globals();
    let globals = vm.main_globals;
    let frame = Frame::new(code, globals, None, 0);
    vm.frames.push(frame);
    Ok(vm)
}

/// CPython ends a program that a KeyboardInterrupt escaped by killing itself with
/// SIGINT; where it cannot, it exits with 128 + SIGINT, which is also the status a
/// shell reports for the signal.
pub const KEYBOARD_INTERRUPT_STATUS: i32 = 130;

impl Vm {
    /// Whether the run ended with an uncaught KeyboardInterrupt: CPython then exits by
    /// SIGINT, so a shell or a parent process sees the interrupt. CPython checks the
    /// exact type (`PyErr_Occurred() == PyExc_KeyboardInterrupt`), so a subclass ends
    /// the program with status 1 like any other exception.
    pub fn ended_by_keyboard_interrupt(&self) -> bool {
        self.uncaught.is_some_and(|exception| {
            self.class_of(Value::Obj(exception)) == self.type_value(TypeId::KeyboardInterrupt)
        })
    }

    /// The names `python3 FILE` puts in `__main__` before the program runs, in
    /// CPython's order.
    fn fill_module_globals(&mut self) {
        let globals = self.main_globals;
        let builtins_dict = self.builtins;
        let builtins = self.alloc(super::object::Object::Module(super::object::Module {
            name: "builtins".into(),
            dict: builtins_dict,
        }));
        if let Some(module) = builtins.as_obj() {
            self.modules.push(("builtins".into(), module));
        }
        let file = self.new_str_rc(self.filename.clone());
        let annotations = self.new_dict();
        let entries = [
            ("__doc__", Value::None),
            ("__package__", Value::None),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
            ("__annotations__", annotations),
            ("__builtins__", builtins),
            ("__file__", file),
            ("__cached__", Value::None),
        ];
        for (name, value) in entries {
            self.dict_set_str(globals, name, value);
        }
    }

    /// The stderr text and exit code for how a run ended.
    /// Includes the compile warnings and what the program wrote to stderr first.
    pub fn describe_outcome(&mut self, outcome: Result<LoopExit, Exception>) -> (String, i32) {
        let written =
            std::mem::take(&mut self.compile_warnings) + &std::mem::take(&mut self.stderr);
        let (ending, code) = self.describe_ending(outcome);
        (written + &ending, code)
    }

    fn describe_ending(&mut self, outcome: Result<LoopExit, Exception>) -> (String, i32) {
        match outcome {
            Ok(_) => (String::new(), 0),
            Err(Exception::Raised(exception))
                if self.heap.get(exception).type_id() == TypeId::SystemExit =>
            {
                self.system_exit_outcome(exception)
            }
            Err(Exception::Raised(exception)) => {
                self.uncaught = Some(exception);
                let status = if self.ended_by_keyboard_interrupt() {
                    KEYBOARD_INTERRUPT_STATUS
                } else {
                    1
                };
                (self.format_uncaught(exception), status)
            }
            Err(Exception::Budget(budget)) => (format!("cellscope: {}\n", budget.message()), 1),
        }
    }
}
