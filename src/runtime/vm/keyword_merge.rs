//! `f(**a, **b)`: merging keyword mappings into one call's keywords (CPython's
//! DICT_MERGE), where a name given twice is an error, unlike `{**a, **b}`.

use crate::runtime::exception::Exception;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Vm {
    pub(super) fn merge_keyword_mapping(
        &mut self,
        callable: Value,
        keywords: Value,
        mapping: Value,
    ) -> Result<(), Exception> {
        if self.type_of(mapping) != TypeId::Dict {
            let message = format!(
                "{} argument after ** must be a mapping, not {}",
                self.function_description(callable),
                self.class_name(mapping)
            );
            return Err(self.type_error(message));
        }
        for (key, value) in self.dict_pairs(mapping) {
            if self.dict_get(keywords, key)?.is_some() {
                let name = self.to_str(key)?;
                let message = format!(
                    "{} got multiple values for keyword argument '{name}'",
                    self.function_description(callable)
                );
                return Err(self.type_error(message));
            }
            self.dict_set(keywords, key, value)?;
        }
        Ok(())
    }

    /// `_PyObject_FunctionStr`: `module.qualname()`, without the module for builtins.
    fn function_description(&mut self, callable: Value) -> String {
        let text_attribute = |vm: &mut Vm, name: &str| {
            vm.get_attr(callable, name)
                .ok()
                .and_then(|value| vm.str_text(value))
                .map(|text| text.to_string())
        };
        let Some(qualname) = text_attribute(self, "__qualname__") else {
            return format!("{} object", self.class_name(callable));
        };
        match text_attribute(self, "__module__") {
            Some(module) if module != "builtins" => format!("{module}.{qualname}()"),
            _ => format!("{qualname}()"),
        }
    }
}
