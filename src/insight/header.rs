//! What a function's header and body look like to a fix: its defaults, where a new
//! parameter goes, and where a new first statement goes.

use super::events::{ParamDefault, ParamInsert};
use crate::syntax::ast::{Arguments, Constant, Expr, ExprKind, Span, Stmt, StmtKind};

/// Each parameter that has a default, paired as CPython pairs them: `defaults` belong
/// to the last positional parameters, `kw_defaults` to the keyword-only ones.
pub fn param_defaults(args: &Arguments) -> Vec<ParamDefault> {
    let positional: Vec<_> = args.posonlyargs.iter().chain(&args.args).collect();
    let first_with_default = positional.len().saturating_sub(args.defaults.len());
    let positional_pairs = positional
        .into_iter()
        .skip(first_with_default)
        .zip(args.defaults.iter());
    let keyword_pairs = args
        .kwonlyargs
        .iter()
        .zip(&args.kw_defaults)
        .filter_map(|(arg, default)| default.as_ref().map(|default| (arg, default)));
    positional_pairs
        .chain(keyword_pairs)
        .map(|(arg, default)| ParamDefault {
            param: arg.arg.name.clone(),
            default: default.span,
            mutable_kind: mutable_kind(default),
        })
        .collect()
}

/// The kind of mutable object a default expression builds afresh: a display, a
/// comprehension, or a call of the type (`list()`, `collections.defaultdict(int)`).
fn mutable_kind(default: &Expr) -> Option<&'static str> {
    match &default.kind {
        ExprKind::List { .. } | ExprKind::ListComp { .. } => Some("list"),
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => Some("dict"),
        ExprKind::Set(_) | ExprKind::SetComp { .. } => Some("set"),
        ExprKind::Call { func, .. } => {
            let name = match &func.kind {
                ExprKind::Name { id, .. } => id.as_str(),
                ExprKind::Attribute { attr, .. } => attr.name.as_str(),
                _ => "",
            };
            match name {
                "list" => Some("list"),
                "dict" | "defaultdict" | "OrderedDict" | "Counter" => Some("dict"),
                "set" => Some("set"),
                "deque" => Some("deque"),
                "bytearray" => Some("bytearray"),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The first statement of a body that is not its docstring.
pub fn body_start(body: &[Stmt]) -> Option<Span> {
    let is_docstring = |stmt: &Stmt| {
        matches!(
            &stmt.kind,
            StmtKind::Expr(Expr {
                kind: ExprKind::Constant(Constant::Str(_)),
                ..
            })
        )
    };
    let skip = usize::from(body.first().is_some_and(is_docstring));
    body.get(skip).map(|stmt| stmt.span)
}

/// Where a new parameter with a default can go in a `def`: after every existing
/// parameter, unless there is a `**kwargs`, which must stay last.
pub fn def_param_insert(args: &Arguments, name: Span, source: &str) -> Option<ParamInsert> {
    if args.kwarg.is_some() {
        return None;
    }
    if let Some(end) = last_parameter_end(args) {
        return Some(ParamInsert {
            offset: end,
            after_others: true,
        });
    }
    let after_name = source.get(name.end as usize..)?;
    let paren = after_name.find('(')?;
    let offset = name.end + u32::try_from(paren).ok()? + 1;
    Some(ParamInsert {
        offset,
        after_others: false,
    })
}

/// Where a new parameter goes in a `lambda`: after the others, or right after the
/// keyword (`lambda: i` becomes `lambda i=i: i`).
pub fn lambda_param_insert(args: &Arguments, lambda: Span) -> Option<ParamInsert> {
    if args.kwarg.is_some() {
        return None;
    }
    match last_parameter_end(args) {
        Some(end) => Some(ParamInsert {
            offset: end,
            after_others: true,
        }),
        None => Some(ParamInsert {
            offset: lambda.start + "lambda".len() as u32,
            after_others: false,
        }),
    }
}

fn last_parameter_end(args: &Arguments) -> Option<u32> {
    let params = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .map(|arg| arg.span.end);
    let defaults = args
        .defaults
        .iter()
        .chain(args.kw_defaults.iter().flatten())
        .map(|default| default.span.end);
    params.chain(defaults).max()
}
