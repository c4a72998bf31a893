//! `import` and `from ... import` names.

use super::super::ast::{Alias, Identifier, StmtKind};
use super::terminals::{kw, name, op};
use super::{fail, PResult, Tokens};

/// dotted_name: dotted_name '.' NAME | NAME
pub fn dotted_name(input: Tokens<'_>) -> PResult<'_, Identifier> {
    let (mut rest, first) = name(input)?;
    let mut dotted = first.name;
    while rest.is_operator(".") {
        let (next, part) = name(rest.advance(1))?;
        dotted.push('.');
        dotted.push_str(&part.name);
        rest = next;
    }
    Ok((rest, Identifier { name: dotted, span: input.span_to(rest) }))
}

/// ['as' NAME]
pub fn as_name(input: Tokens<'_>) -> PResult<'_, Option<Identifier>> {
    if !input.is_keyword("as") {
        return Ok((input, None));
    }
    let (rest, alias) = name(input.advance(1))?;
    Ok((rest, Some(alias)))
}

/// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets |
///              'from' ('.' | '...')+ 'import' import_from_targets
pub fn import_from(input: Tokens<'_>) -> PResult<'_, StmtKind> {
    let mut rest = input.advance(1);
    let mut level = 0;
    while rest.is_operator(".") || rest.is_operator("...") {
        level += if rest.is_operator(".") { 1 } else { 3 };
        rest = rest.advance(1);
    }
    let (rest, module) = if level > 0 && rest.is_keyword("import") {
        (rest, None)
    } else {
        let (rest, module) = dotted_name(rest)?;
        (rest, Some(module))
    };
    let (rest, _) = kw("import")(rest)?;
    let (rest, names) = import_from_targets(rest)?;
    Ok((rest, StmtKind::ImportFrom { module, names, level }))
}

/// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
fn import_from_targets(input: Tokens<'_>) -> PResult<'_, Vec<Alias>> {
    if input.is_operator("*") {
        let star = Identifier { name: "*".to_string(), span: input.span() };
        return Ok((
            input.advance(1),
            vec![Alias { name: star, asname: None, span: input.span() }],
        ));
    }
    let parenthesised = input.is_operator("(");
    let mut rest = if parenthesised { input.advance(1) } else { input };
    let mut names = Vec::new();
    loop {
        let (next, alias) = import_from_as_name(rest)?;
        names.push(alias);
        rest = next;
        if !rest.is_operator(",") {
            break;
        }
        rest = rest.advance(1);
        if parenthesised && rest.is_operator(")") {
            break;
        }
        if !parenthesised && !matches!(rest.kind(), super::super::token::TokenKind::Name) {
            return fail(
                rest,
                "trailing comma not allowed without surrounding parentheses",
                rest.span(),
            );
        }
    }
    if parenthesised {
        let (after, _) = op(")")(rest)?;
        rest = after;
    }
    Ok((rest, names))
}

/// import_from_as_name: NAME ['as' NAME]
fn import_from_as_name(input: Tokens<'_>) -> PResult<'_, Alias> {
    let (rest, imported) = name(input)?;
    let (rest, asname) = as_name(rest)?;
    Ok((rest, Alias { name: imported, asname, span: input.span_to(rest) }))
}
