//! Binding call arguments to parameters, with CPython 3.11's error messages.

use super::Vm;
use crate::runtime::exception::Exception;
use crate::runtime::native::KwArgs;
use crate::runtime::object::{Function, Object};
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    /// Fills `locals` from positional and keyword arguments, defaults, `*args` and
    /// `**kwargs`; errors name the function by its `__qualname__`.
    pub(super) fn bind_arguments(
        &mut self,
        f: &Function,
        locals: &mut [Option<Value>],
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> Result<(), Exception> {
        let code = f.code.clone();
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let given = args.len();
        let mut args = args.into_iter();
        for (slot, value) in locals.iter_mut().zip(args.by_ref().take(argcount)) {
            *slot = Some(value);
        }
        let extra: Vec<Value> = args.collect();
        let mut next_slot = argcount + kwonly;
        if code.flags.varargs {
            let tuple = self.new_tuple(extra);
            set_slot(locals, next_slot, tuple);
            next_slot += 1;
        } else if !extra.is_empty() {
            let kwonly_given = kwargs
                .0
                .iter()
                .filter(|(k, _)| {
                    code.varnames
                        .get(argcount..argcount + kwonly)
                        .is_some_and(|names| names.iter().any(|n| n == k))
                })
                .count();
            return Err(self.too_many_positional(f, given, kwonly_given));
        }
        let kwargs_dict = if code.flags.varkeywords {
            Some(self.new_dict())
        } else {
            None
        };
        if let Some(dict) = kwargs_dict {
            set_slot(locals, next_slot, dict);
        }
        self.bind_keywords(f, locals, kwargs, kwargs_dict)?;
        self.apply_defaults(f, locals)?;
        Ok(())
    }

    fn bind_keywords(
        &mut self,
        f: &Function,
        locals: &mut [Option<Value>],
        kwargs: KwArgs,
        kwargs_dict: Option<Value>,
    ) -> Result<(), Exception> {
        let code = f.code.clone();
        let posonly = code.posonlyargcount as usize;
        let named = (code.argcount + code.kwonlyargcount) as usize;
        let mut posonly_as_keyword = Vec::new();
        for (name, value) in kwargs.0 {
            let slot = code.varnames.iter().take(named).position(|n| **n == *name);
            match slot {
                Some(slot) if slot >= posonly => {
                    if locals.get(slot).is_some_and(Option::is_some) {
                        let qualname = self.qualname_of(f);
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{name}'"
                        )));
                    }
                    set_slot(locals, slot, value);
                }
                _ => match kwargs_dict {
                    Some(dict) => {
                        let key = self.new_str_rc(name.clone());
                        self.dict_set(dict, key, value)?;
                    }
                    None if slot.is_some() => posonly_as_keyword.push(name),
                    None => {
                        let qualname = self.qualname_of(f);
                        return Err(self.type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                },
            }
        }
        if !posonly_as_keyword.is_empty() {
            let qualname = self.qualname_of(f);
            let names: Vec<String> = posonly_as_keyword
                .iter()
                .map(|n| format!("'{n}'"))
                .collect();
            return Err(self.type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: {}",
                names.join(", ")
            )));
        }
        Ok(())
    }

    /// Positional defaults fill the last parameters; keyword-only defaults come from
    /// `__kwdefaults__`. What is still unbound is reported missing.
    fn apply_defaults(
        &mut self,
        f: &Function,
        locals: &mut [Option<Value>],
    ) -> Result<(), Exception> {
        let code = f.code.clone();
        let argcount = code.argcount as usize;
        let defaults = f
            .defaults
            .map(|d| self.sequence_items(Value::Obj(d)))
            .unwrap_or_default();
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for slot in 0..argcount {
            if locals.get(slot).is_some_and(Option::is_some) {
                continue;
            }
            match slot
                .checked_sub(first_default)
                .and_then(|i| defaults.get(i))
            {
                Some(&default) => set_slot(locals, slot, default),
                None => missing.push(
                    code.varnames
                        .get(slot)
                        .cloned()
                        .unwrap_or_else(|| "".into()),
                ),
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(f, &missing, "positional"));
        }
        for slot in argcount..argcount + code.kwonlyargcount as usize {
            if locals.get(slot).is_some_and(Option::is_some) {
                continue;
            }
            let name = code
                .varnames
                .get(slot)
                .cloned()
                .unwrap_or_else(|| "".into());
            let default = f.kwdefaults.and_then(|d| {
                self.dict_get_str(d, &name, crate::runtime::hashing::hash_str(&name))
            });
            match default {
                Some(value) => set_slot(locals, slot, value),
                None => missing.push(name),
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(f, &missing, "keyword-only"));
        }
        Ok(())
    }

    fn qualname_of(&self, f: &Function) -> String {
        self.str_text(f.qualname)
            .map_or_else(|| f.code.qualname.to_string(), |s| s.to_string())
    }

    fn missing_arguments(&mut self, f: &Function, missing: &[Rc<str>], kind: &str) -> Exception {
        let qualname = self.qualname_of(f);
        let quoted: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
        let names = match quoted.as_slice() {
            [one] => one.clone(),
            [first, second] => format!("{first} and {second}"),
            [init @ .., last] => format!("{}, and {last}", init.join(", ")),
            [] => String::new(),
        };
        let plural = if missing.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "{qualname}() missing {} required {kind} argument{plural}: {names}",
            missing.len()
        ))
    }

    fn too_many_positional(
        &mut self,
        f: &Function,
        given: usize,
        kwonly_given: usize,
    ) -> Exception {
        let qualname = self.qualname_of(f);
        let argcount = f.code.argcount as usize;
        let defaults = match f.defaults.map(|d| self.heap.get(d)) {
            Some(Object::Tuple(items)) => items.len(),
            _ => 0,
        };
        let (signature, plural) = if defaults > 0 {
            (
                format!("from {} to {argcount}", argcount - defaults.min(argcount)),
                true,
            )
        } else {
            (argcount.to_string(), argcount != 1)
        };
        let kwonly_text = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {kwonly_given} keyword-only argument{})",
                if given != 1 { "s" } else { "" },
                if kwonly_given != 1 { "s" } else { "" }
            )
        } else {
            String::new()
        };
        let verb = if given == 1 && kwonly_given == 0 {
            "was"
        } else {
            "were"
        };
        let s = if plural { "s" } else { "" };
        self.type_error(format!("{qualname}() takes {signature} positional argument{s} but {given}{kwonly_text} {verb} given"))
    }
}

fn set_slot(locals: &mut [Option<Value>], slot: usize, value: Value) {
    if let Some(place) = locals.get_mut(slot) {
        *place = Some(value);
    }
}
