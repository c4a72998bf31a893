//! The str methods that take no arguments: case mappings and the `is…` predicates.

use super::args::{no_arguments, str_receiver, NativeResult};
use crate::pytext;
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

/// Defines `METH_NOARGS` str methods from text functions.
macro_rules! no_argument_methods {
    ($($function:ident: $method:literal => $answer:expr;)*) => {
        $(
            fn $function(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
                let (text, rest) = str_receiver(vm, args, $method)?;
                no_arguments(vm, concat!("str.", $method), rest, kwargs)?;
                let answer = $answer;
                Ok(answer(vm, &*text))
            }
        )*

        pub fn register(registry: &mut Registry) {
            $(registry.method(TypeId::Str, $method, $function);)*
        }
    };
}

fn text(transform: fn(&str) -> String) -> impl Fn(&mut Vm, &str) -> Value {
    move |vm, text| {
        let out = transform(text);
        vm.new_str(&out)
    }
}

fn test(predicate: fn(&str) -> bool) -> impl Fn(&mut Vm, &str) -> Value {
    move |_, text| Value::Bool(predicate(text))
}

no_argument_methods! {
    str_upper: "upper" => text(pytext::upper);
    str_lower: "lower" => text(pytext::lower);
    str_casefold: "casefold" => text(pytext::casefold);
    str_title: "title" => text(pytext::title);
    str_capitalize: "capitalize" => text(pytext::capitalize);
    str_swapcase: "swapcase" => text(pytext::swapcase);
    str_isupper: "isupper" => test(pytext::is_upper_text);
    str_islower: "islower" => test(pytext::is_lower_text);
    str_istitle: "istitle" => test(pytext::is_title_text);
    str_isalpha: "isalpha" => test(pytext::is_alpha_text);
    str_isalnum: "isalnum" => test(pytext::is_alnum_text);
    str_isdigit: "isdigit" => test(pytext::is_digit_text);
    str_isdecimal: "isdecimal" => test(pytext::is_decimal_text);
    str_isnumeric: "isnumeric" => test(pytext::is_numeric_text);
    str_isspace: "isspace" => test(pytext::is_space_text);
    str_isidentifier: "isidentifier" => test(pytext::is_identifier_text);
    str_isprintable: "isprintable" => test(pytext::is_printable_text);
    str_isascii: "isascii" => test(pytext::is_ascii_text);
}
