//! Compiling the source `compile()`, `exec()` and `eval()` are given at run time: the
//! same parser, scope analysis and compiler as a program's, in one of `compile()`'s
//! three modes.

use super::{CodeObject, Compiler, Heap, Instr, SyntaxError};
use crate::syntax::ast::{Module, Stmt, StmtKind};
use crate::syntax::token::TokenKind;
use crate::syntax::Span;
use std::rc::Rc;

/// `compile()`'s `mode`: a module (`exec`), one expression whose value the code
/// returns (`eval`), or one interactive statement (`single`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    Exec,
    Eval,
    Single,
}

impl CompileMode {
    pub fn from_name(name: &str) -> Option<CompileMode> {
        match name {
            "exec" => Some(CompileMode::Exec),
            "eval" => Some(CompileMode::Eval),
            "single" => Some(CompileMode::Single),
            _ => None,
        }
    }
}

/// Parses, analyses and compiles `source` as `compile(source, filename, mode)` does.
/// Module-level names go through the frame's locals mapping, so the code can run with
/// separate globals and locals. `library` marks code that the interpreter's own
/// library compiles, which stays out of the learner's view as the library does.
pub fn compile_dynamic(
    source: &str,
    filename: &str,
    mode: CompileMode,
    heap: &mut Heap,
    library: bool,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let module = crate::syntax::parse(source)?;
    match mode {
        CompileMode::Eval => check_single_expression(&module, source)?,
        CompileMode::Single => check_single_statement(&module, source)?,
        CompileMode::Exec => {}
    }
    let table = crate::scope::analyze(&module)?;
    let mut compiler =
        Compiler::for_module(heap, &table, source, filename, library, true, &module.body)?;
    compiler.interactive = mode == CompileMode::Single;
    match (mode, module.body.as_slice()) {
        (CompileMode::Eval, [stmt]) => {
            if let StmtKind::Expr(value) = &stmt.kind {
                let saved = compiler.enter(stmt.span);
                compiler.compile_expr(value)?;
                compiler.emit(Instr::ReturnValue);
                compiler.leave(saved);
            }
        }
        // An interactive statement is never a docstring: `'text'` prints its repr.
        (CompileMode::Single, body) => {
            compiler.compile_body(body)?;
            compiler.emit_implicit_return();
        }
        _ => {
            compiler.compile_module_body(&module.body)?;
            compiler.emit_implicit_return();
        }
    }
    let mut code = compiler.unit.finish();
    code.flags.returns_expression = mode == CompileMode::Eval;
    Ok(Rc::new(code))
}

/// `eval` takes one expression: CPython's parser stops at the first token that cannot
/// continue it (`=` of an assignment, `;`, the keyword of a statement, the next line)
/// and reports "invalid syntax" there.
fn check_single_expression(module: &Module, source: &str) -> Result<(), SyntaxError> {
    let expression_end = match module.body.as_slice() {
        [] => return Err(invalid_syntax_at(source, 0)),
        [Stmt {
            kind: StmtKind::Expr(_),
            ..
        }] => return Ok(()),
        [first, ..] => match &first.kind {
            StmtKind::Expr(value) => value.span.end,
            StmtKind::Assign { targets, .. } => {
                targets.first().map_or(first.span.start, |t| t.span.end)
            }
            StmtKind::AugAssign { target, .. } | StmtKind::AnnAssign { target, .. } => {
                target.span.end
            }
            _ => first.span.start,
        },
    };
    Err(invalid_syntax_at(source, expression_end))
}

/// "invalid syntax" on the first token starting at or after byte `offset`, skipping
/// line breaks and indentation as the parser does.
fn invalid_syntax_at(source: &str, offset: u32) -> SyntaxError {
    let tokens = crate::syntax::tokenize(source).unwrap_or_default();
    let is_layout = |kind| {
        matches!(
            kind,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
        )
    };
    let span = tokens
        .iter()
        .find(|token| token.span.start >= offset && !is_layout(token.kind))
        .map_or(Span::new(offset as usize, offset as usize), |token| {
            token.span
        });
    SyntaxError::syntax("invalid syntax", span)
}

/// `single` compiles one statement: a compound one with its body, or simple ones on
/// one line (`x = 1; y = 2`). CPython points at the line break before the next line's.
fn check_single_statement(module: &Module, source: &str) -> Result<(), SyntaxError> {
    let first_end = module
        .body
        .first()
        .map_or(0, |first| first.span.end as usize);
    let next_line = module.body.iter().skip(1).find_map(|stmt| {
        let between = source.get(first_end..stmt.span.start as usize)?;
        between.find('\n').map(|at| first_end + at)
    });
    match next_line {
        Some(line_break) => {
            let message = "multiple statements found while compiling a single statement";
            Err(SyntaxError::syntax(
                message,
                Span::new(line_break, line_break),
            ))
        }
        None => Ok(()),
    }
}
