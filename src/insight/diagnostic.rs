//! A diagnostic: one closure pitfall found in a program, with the words that explain
//! it, where it is, and how to fix it. Serialisable for the page, renderable as one
//! lint line for the terminal.

use crate::syntax::{LineIndex, Span};
use serde::Serialize;

/// How sure the finding is: a warning is a bug in waiting, a hint is worth a look.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Warning,
    Hint,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Hint => "hint",
        }
    }
}

/// Which pitfall a diagnostic reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    LateBinding,
    MutableDefault,
    MissingNonlocal,
    MissingGlobal,
    /// A local read before any assignment ran, with no enclosing variable to point to.
    UnboundLocal,
    /// A closure read a free variable whose cell was still empty.
    UnboundFree,
    Shadowing,
    ReassignedAfterCapture,
    /// A method reads a class attribute by its bare name.
    ClassAttribute,
}

impl Code {
    /// The name printed in brackets at the end of a lint line.
    pub fn name(self) -> &'static str {
        match self {
            Code::LateBinding => "late_binding",
            Code::MutableDefault => "mutable_default",
            Code::MissingNonlocal => "missing_nonlocal",
            Code::MissingGlobal => "missing_global",
            Code::UnboundLocal => "unbound_local",
            Code::UnboundFree => "unbound_free",
            Code::Shadowing => "shadowing",
            Code::ReassignedAfterCapture => "reassigned_after_capture",
            Code::ClassAttribute => "class_attribute",
        }
    }
}

/// Replace the bytes of `span` with `replacement`; an empty span inserts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

/// How to fix the pitfall: always in words, and as edits where they can be computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub text: String,
    pub edits: Vec<Edit>,
}

/// Another place in the source that takes part in the pitfall.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Related {
    pub span: Span,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub title: String,
    pub message: String,
    pub fix: Fix,
    pub span: Span,
    /// 1-based line and character column of `span`'s start, for readers without the
    /// source at hand; 0 when the diagnostic has no place in the source.
    pub line: u32,
    pub column: u32,
    pub related: Vec<Related>,
    /// The variables the diagnostic is about, for the page to highlight their cells.
    pub names: Vec<String>,
}

impl Diagnostic {
    /// A diagnostic at `span`, with its line and column computed from `lines`.
    pub fn at(code: Code, severity: Severity, span: Span, lines: &LineIndex) -> Self {
        let start = lines.line_col(span.start as usize);
        Diagnostic {
            code,
            severity,
            title: String::new(),
            message: String::new(),
            fix: Fix {
                text: String::new(),
                edits: Vec::new(),
            },
            span,
            line: start.line,
            column: start.column,
            related: Vec::new(),
            names: Vec::new(),
        }
    }

    /// A diagnostic known only by its line, as a run-time finding is; `span` is
    /// empty unless the caller knows it.
    pub fn at_line(code: Code, severity: Severity, span: Span, line: u32) -> Self {
        Diagnostic {
            line,
            column: 0,
            ..Diagnostic::at(code, severity, span, &LineIndex::new(""))
        }
    }

    pub fn titled(mut self, title: String, message: String) -> Self {
        self.title = title;
        self.message = message;
        self
    }

    pub fn with_fix(mut self, text: String, edits: Vec<Edit>) -> Self {
        self.fix = Fix { text, edits };
        self
    }

    pub fn about(mut self, name: &str) -> Self {
        self.names.push(name.to_string());
        self
    }

    pub fn with_related(mut self, span: Span, label: String) -> Self {
        self.related.push(Related { span, label });
        self
    }

    /// The lint line, `file:line:col: warning: message [code]`, then the fix indented
    /// on the next line.
    pub fn render(&self, path: &str) -> String {
        format!(
            "{path}:{}:{}: {}: {} [{}]\n    fix: {}\n",
            self.line,
            self.column,
            self.severity.label(),
            self.message,
            self.code.name(),
            self.fix.text
        )
    }
}
