//! Expressions, in the order they are evaluated, each with the [`Sink`] its value
//! flows into: that is how a lambda is known to be returned, appended or called now.

use super::events::{Escape, EventKind, Sink, WriteKind};
use super::walk::Walker;
use crate::syntax::ast::{Expr, ExprContext, ExprKind, Keyword};

/// Methods that keep their argument: the function passed in outlives the call.
const STORING_METHODS: [&str; 6] = ["append", "appendleft", "insert", "add", "setdefault", "put"];

/// Methods that iterate over their argument now and keep every element, as
/// `list(…)` does.
const EXTENDING_METHODS: [&str; 3] = ["extend", "extendleft", "update"];

/// Methods that change a list, dict, set or deque in place.
const MUTATING_METHODS: [&str; 17] = [
    "append",
    "appendleft",
    "extend",
    "extendleft",
    "insert",
    "add",
    "update",
    "setdefault",
    "pop",
    "popitem",
    "popleft",
    "remove",
    "discard",
    "clear",
    "sort",
    "reverse",
    "difference_update",
];

/// Methods that keep a function to call it later.
const REGISTERING_METHODS: [&str; 10] = [
    "connect",
    "bind",
    "register",
    "subscribe",
    "add_done_callback",
    "add_listener",
    "call_later",
    "call_soon",
    "after",
    "on",
];

/// Keyword arguments that, by convention, hand over a function to be called later,
/// as in `Button(command=…)` or `Thread(target=…)`; so does any `on_…=` keyword.
const CALLBACK_KEYWORDS: [&str; 4] = ["command", "callback", "target", "handler"];

/// Builtins that consume an iterable at once and keep every element.
const COLLECTORS: [&str; 6] = ["list", "tuple", "set", "frozenset", "dict", "sorted"];

impl Walker<'_> {
    pub(super) fn expr(&mut self, expr: &Expr, sink: Sink) {
        match &expr.kind {
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            } => self.emit(id, expr.span, EventKind::Read(sink)),
            ExprKind::Name { .. } => self.target(expr, WriteKind::Assign),
            ExprKind::BoolOp { values, .. } => self.exprs(values, &sink),
            ExprKind::NamedExpr { target, value } => {
                let bound = match &target.kind {
                    ExprKind::Name { id, .. } => Sink::Bound(id.clone()),
                    _ => Sink::Used,
                };
                self.expr(value, bound);
                self.target(target, WriteKind::Walrus);
            }
            ExprKind::Lambda { args, body } => self.lambda(args, body, expr.span, sink),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test, Sink::Used);
                self.expr(body, sink.clone());
                self.expr(orelse, sink);
            }
            ExprKind::Dict { .. }
            | ExprKind::Set(_)
            | ExprKind::List { .. }
            | ExprKind::Tuple { .. } => self.display(expr, &contained(&sink)),
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(expr, sink),
            ExprKind::Yield(value) => {
                if let Some(value) = value {
                    self.expr(value, Sink::Escapes(Escape::Yielded));
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords),
            ExprKind::Starred { value, .. } => self.expr(value, sink),
            _ => self.operands(expr),
        }
    }

    /// The elements of a dict, set, list or tuple display go where the display goes.
    fn display(&mut self, display: &Expr, sink: &Sink) {
        match &display.kind {
            ExprKind::Dict { keys, values } => {
                for (key, value) in keys.iter().zip(values) {
                    if let Some(key) = key {
                        self.expr(key, sink.clone());
                    }
                    self.expr(value, sink.clone());
                }
            }
            ExprKind::Set(elts) | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.exprs(elts, sink)
            }
            _ => {}
        }
    }

    fn exprs(&mut self, exprs: &[Expr], sink: &Sink) {
        for expr in exprs {
            self.expr(expr, sink.clone());
        }
    }

    /// Expressions whose parts are only read: operators, comparisons, subscripts,
    /// attributes, f-strings.
    fn operands(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left, Sink::Used);
                self.expr(right, Sink::Used);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand, Sink::Used),
            ExprKind::YieldFrom(value) => self.expr(value, Sink::Used),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left, Sink::Used);
                self.exprs(comparators, &Sink::Used);
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value, Sink::Used);
                if let Some(spec) = format_spec {
                    self.expr(spec, Sink::Used);
                }
            }
            ExprKind::JoinedStr(parts) => self.exprs(parts, &Sink::Used),
            ExprKind::Attribute { value, .. } => self.expr(value, Sink::Used),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value, Sink::Used);
                self.expr(slice, Sink::Used);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part, Sink::Used);
                }
            }
            _ => {}
        }
    }

    /// The callee runs now; the arguments of `append`-like methods and the iterable of
    /// `list(…)`-like builtins are kept (not `sorted`'s `key=`); `obj.append(…)` changes `obj` in place.
    fn call(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) {
        let (argument_sink, keyword_sink) = match &func.kind {
            ExprKind::Attribute { attr, .. } if STORING_METHODS.contains(&attr.name.as_str()) => (
                Sink::Escapes(Escape::Appended),
                Sink::Escapes(Escape::Appended),
            ),
            ExprKind::Attribute { attr, .. } if EXTENDING_METHODS.contains(&attr.name.as_str()) => {
                (
                    Sink::Escapes(Escape::Collected),
                    Sink::Escapes(Escape::Stored),
                )
            }
            ExprKind::Name { id, .. } if COLLECTORS.contains(&id.as_str()) => {
                (Sink::Escapes(Escape::Collected), Sink::Used)
            }
            ExprKind::Attribute { attr, .. }
                if REGISTERING_METHODS.contains(&attr.name.as_str()) =>
            {
                (
                    Sink::Escapes(Escape::Registered),
                    Sink::Escapes(Escape::Registered),
                )
            }
            _ => (Sink::Used, Sink::Used),
        };
        self.expr(func, Sink::Called);
        if let ExprKind::Attribute { value, attr, .. } = &func.kind {
            if MUTATING_METHODS.contains(&attr.name.as_str()) {
                self.mutate_name(value, &attr.name);
            }
        }
        self.exprs(args, &argument_sink);
        for keyword in keywords {
            let sink = match &keyword.arg {
                Some(name) if is_callback_keyword(&name.name) => Sink::Escapes(Escape::Registered),
                _ => keyword_sink.clone(),
            };
            self.expr(&keyword.value, sink);
        }
    }
}

fn is_callback_keyword(name: &str) -> bool {
    CALLBACK_KEYWORDS.contains(&name) || name.starts_with("on_")
}

/// An element of a display goes where the display goes; calling a tuple is not
/// calling its elements.
fn contained(sink: &Sink) -> Sink {
    match sink {
        Sink::Called => Sink::Used,
        other => other.clone(),
    }
}
