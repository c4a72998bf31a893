//! The syntax trees and scopes of modules written in Python, shared by every Session of
//! the process (of the thread: the WebAssembly page has one), so that a second Session
//! (the playground's run after an edit, a new widget) does not parse `datetime`'s
//! thirteen files again.
//!
//! Only the analysis is shared, not the compiled code: compiling allocates the code's
//! constants (strs, tuples, nested code objects) in one Session's heap, and another
//! Session's heap knows nothing of them. A tree and its symbol table hold no heap
//! reference: they are a function of the source text alone, so an entry is used only
//! for the very text it was made from, and a module given anew with another text
//! replaces its entry (which bounds the cache by the number of module names).

use crate::scope::SymbolTable;
use crate::syntax::ast;
use crate::syntax::SyntaxError;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A module's syntax tree and the scopes of its names.
#[derive(Debug)]
pub(crate) struct Analysed {
    pub module: ast::Module,
    pub table: SymbolTable,
}

pub(crate) type Analysis = Result<Rc<Analysed>, SyntaxError>;

struct Entry {
    text: Rc<str>,
    analysis: Analysis,
}

thread_local! {
    static ANALYSED: RefCell<HashMap<Rc<str>, Entry>> = RefCell::new(HashMap::new());
}

/// The analysis of module `name` whose source is `text`: the one made before for this
/// very text, else a new one (parse, then scopes), kept for the Sessions to come.
pub(crate) fn analysed(name: &str, text: &str) -> Analysis {
    let known = ANALYSED.with(|cache| {
        let cache = cache.borrow();
        let entry = cache.get(name)?;
        (&*entry.text == text).then(|| entry.analysis.clone())
    });
    if let Some(analysis) = known {
        return analysis;
    }
    let analysis = analyse(text);
    let entry = Entry {
        text: text.into(),
        analysis: analysis.clone(),
    };
    ANALYSED.with(|cache| cache.borrow_mut().insert(name.into(), entry));
    analysis
}

fn analyse(text: &str) -> Analysis {
    let module = crate::syntax::parse(text)?;
    let table = crate::scope::analyze(&module)?;
    Ok(Rc::new(Analysed { module, table }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_text_is_analysed_once() {
        let first = analysed("cache_same", "x = 1\n").expect("parses");
        let second = analysed("cache_same", "x = 1\n").expect("parses");
        assert!(Rc::ptr_eq(&first, &second));
    }

    #[test]
    fn another_text_under_the_same_name_is_analysed_anew() {
        let first = analysed("cache_changed", "x = 1\n").expect("parses");
        let second = analysed("cache_changed", "x = 2\n").expect("parses");
        assert!(!Rc::ptr_eq(&first, &second));
        assert_eq!(second.module.body.len(), 1);
        let third = analysed("cache_changed", "x = 2\n").expect("parses");
        assert!(Rc::ptr_eq(&second, &third));
    }

    #[test]
    fn a_syntax_error_is_kept_for_its_text_only() {
        assert!(analysed("cache_error", "def (\n").is_err());
        assert!(analysed("cache_error", "def (\n").is_err());
        assert!(analysed("cache_error", "y = 3\n").is_ok());
    }
}
