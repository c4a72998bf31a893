//! The second pass, CPython's `analyze_block`: decides for every symbol whether it is
//! local, cell, free or global, from what each scope binds and what encloses it.

use super::flags::SymbolFlags;
use super::node::Node;
use super::table::{ScopeKind, SymbolScope};
use crate::syntax::SyntaxError;
use std::collections::HashSet;

type Names = HashSet<String>;

/// Resolves every scope under `module`.
pub(super) fn resolve(module: &mut Node) -> Result<(), SyntaxError> {
    analyze_block(module, None, &mut Names::new(), &mut Names::new())
}

/// `bound` holds the names bound in enclosing functions (`None` at module level),
/// `global` the names declared global further out; `free` collects the names this
/// block and its children need from outside.
fn analyze_block(
    node: &mut Node,
    mut bound: Option<Names>,
    free: &mut Names,
    global: &mut Names,
) -> Result<(), SyntaxError> {
    let is_class = node.scope.kind == ScopeKind::Class;
    let function_like = node.scope.kind.is_function_like();
    // A class body is not an enclosing scope for its methods: what it binds is not
    // visible to them, so their view is fixed before the class's own names count.
    let class_view = is_class.then(|| (bound.clone().unwrap_or_default(), global.clone()));
    let (scopes, local) = analyze_names(node, bound.as_mut(), free, global)?;
    let (child_bound, child_global) = match class_view {
        Some((mut class_bound, class_global)) => {
            class_bound.insert("__class__".to_string());
            (class_bound, class_global)
        }
        None => {
            let mut visible = if function_like { local } else { Names::new() };
            visible.extend(bound.iter().flatten().cloned());
            (visible, global.clone())
        }
    };
    let mut child_free = analyze_children(node, &child_bound, &child_global)?;
    for (symbol, scope) in node.scope.symbols.iter_mut().zip(scopes) {
        symbol.scope = scope;
    }
    if function_like {
        make_cells(node, &mut child_free);
    } else if is_class {
        node.scope.needs_class_cell = child_free.remove("__class__");
    }
    record_free_from_children(node, bound.as_ref(), &child_free, is_class);
    free.extend(child_free);
    Ok(())
}

/// Analyzes each symbol in order; returns their scopes and the names bound here.
fn analyze_names(
    node: &Node,
    mut bound: Option<&mut Names>,
    free: &mut Names,
    global: &mut Names,
) -> Result<(Vec<SymbolScope>, Names), SyntaxError> {
    let mut local = Names::new();
    let mut scopes = Vec::with_capacity(node.scope.symbols.len());
    for symbol in &node.scope.symbols {
        let names = BlockNames {
            bound: bound.as_deref_mut(),
            local: &mut local,
            free: &mut *free,
            global: &mut *global,
        };
        scopes.push(analyze_name(node, &symbol.name, symbol.flags, names)?);
    }
    Ok((scopes, local))
}

/// Each child sees its own copy of what is visible from here; the union of what the
/// children need from outside comes back.
fn analyze_children(node: &mut Node, bound: &Names, global: &Names) -> Result<Names, SyntaxError> {
    let mut child_free = Names::new();
    for child in &mut node.children {
        let mut free_in_child = Names::new();
        analyze_block(
            child,
            Some(bound.clone()),
            &mut free_in_child,
            &mut global.clone(),
        )?;
        child_free.extend(free_in_child);
    }
    Ok(child_free)
}

struct BlockNames<'a> {
    bound: Option<&'a mut Names>,
    local: &'a mut Names,
    free: &'a mut Names,
    global: &'a mut Names,
}

/// CPython's `analyze_name`, rule by rule in its order.
fn analyze_name(
    node: &Node,
    name: &str,
    flags: SymbolFlags,
    names: BlockNames,
) -> Result<SymbolScope, SyntaxError> {
    if flags.intersects(SymbolFlags::DECLARED_GLOBAL) {
        if flags.intersects(SymbolFlags::DECLARED_NONLOCAL) {
            let message = format!("name '{name}' is nonlocal and global");
            return Err(error_at_directive(node, name, message));
        }
        names.global.insert(name.to_string());
        if let Some(bound) = names.bound {
            bound.remove(name);
        }
        return Ok(SymbolScope::GlobalExplicit);
    }
    if flags.intersects(SymbolFlags::DECLARED_NONLOCAL) {
        return analyze_nonlocal(node, name, names);
    }
    if flags.intersects(SymbolFlags::BOUND) {
        names.local.insert(name.to_string());
        names.global.remove(name);
        return Ok(SymbolScope::Local);
    }
    // Bound in an enclosing function: free here, even if a global declaration further
    // out also mentions it.
    if names.bound.is_some_and(|bound| bound.contains(name)) {
        names.free.insert(name.to_string());
        return Ok(SymbolScope::Free);
    }
    Ok(SymbolScope::GlobalImplicit)
}

/// `nonlocal x` needs a binding of `x` in an enclosing function; module and class
/// bindings do not count.
fn analyze_nonlocal(
    node: &Node,
    name: &str,
    names: BlockNames,
) -> Result<SymbolScope, SyntaxError> {
    let Some(bound) = names.bound else {
        let message = "nonlocal declaration not allowed at module level".to_string();
        return Err(error_at_directive(node, name, message));
    };
    if !bound.contains(name) {
        let message = format!("no binding for nonlocal '{name}' found");
        return Err(error_at_directive(node, name, message));
    }
    names.free.insert(name.to_string());
    Ok(SymbolScope::Free)
}

/// Declaration errors point at the `global`/`nonlocal` statement that caused them.
fn error_at_directive(node: &Node, name: &str, message: String) -> SyntaxError {
    let span = node.directives.get(name).copied();
    let span = span
        .or_else(|| node.symbol(name).map(|symbol| symbol.first_span))
        .unwrap_or(node.scope.span);
    SyntaxError::syntax(message, span)
}

/// A local that an inner scope reads becomes a cell, and stops being free further out.
fn make_cells(node: &mut Node, child_free: &mut Names) {
    for symbol in &mut node.scope.symbols {
        if symbol.scope == SymbolScope::Local && child_free.remove(&symbol.name) {
            symbol.scope = SymbolScope::Cell;
        }
    }
}

/// CPython's `update_symbols`: a name free in a child passes through this scope as a
/// free variable, unless it is global here. A class that binds a name its methods use
/// freely marks it `free_class`: the class body needs the cell too (LOAD_CLASSDEREF).
fn record_free_from_children(
    node: &mut Node,
    bound: Option<&Names>,
    child_free: &Names,
    is_class: bool,
) {
    let mut passing: Vec<&String> = child_free.iter().collect();
    passing.sort();
    for name in passing {
        if let Some(symbol) = node
            .index
            .get(name.as_str())
            .and_then(|&i| node.scope.symbols.get_mut(i))
        {
            if is_class
                && symbol
                    .flags
                    .intersects(SymbolFlags::BOUND | SymbolFlags::DECLARED_GLOBAL)
            {
                symbol.flags.insert(SymbolFlags::FREE_CLASS);
            }
            continue;
        }
        if bound.is_some_and(|bound| bound.contains(name.as_str())) {
            node.add_pass_through(name);
        }
    }
}
