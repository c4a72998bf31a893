//! The unary operators `-x`, `+x`, `~x` and `not x`.

use super::complex::Complex;
use super::numbers::Number;
use crate::runtime::exception::Exception;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::UnaryOperator;

impl Vm {
    pub fn unary_op(&mut self, op: UnaryOperator, operand: Value) -> Result<Value, Exception> {
        if op == UnaryOperator::Not {
            return Ok(Value::Bool(!self.is_true(operand)?));
        }
        if self.has_user_class(operand) {
            let method = match op {
                UnaryOperator::USub => "__neg__",
                UnaryOperator::UAdd => "__pos__",
                _ => "__invert__",
            };
            if let Some(result) = self.call_user_method(operand, method, Vec::new())? {
                return Ok(result);
            }
            let symbol = match op {
                UnaryOperator::USub => "-",
                UnaryOperator::UAdd => "+",
                _ => "~",
            };
            let name = self.class_name(operand);
            return Err(self.type_error(format!("bad operand type for unary {symbol}: '{name}'")));
        }
        if let Some(Object::Complex(c)) = operand.as_obj().map(|r| self.heap.get(r)) {
            let c = *c;
            match op {
                UnaryOperator::USub => {
                    return Ok(self.new_complex(Complex {
                        real: -c.real,
                        imag: -c.imag,
                    }))
                }
                UnaryOperator::UAdd => return Ok(self.new_complex(c)),
                _ => {}
            }
        }
        let result = match (op, self.number(operand)) {
            (UnaryOperator::USub, Some(Number::Int(i))) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => self.new_int_big(-num_bigint::BigInt::from(i))?,
            },
            (UnaryOperator::USub, Some(Number::Big(b))) => self.new_int_big(-(*b).clone())?,
            (UnaryOperator::USub, Some(Number::Float(f))) => Value::Float(-f),
            (UnaryOperator::UAdd, Some(Number::Float(f))) => Value::Float(f),
            (UnaryOperator::UAdd, Some(n)) => self.number_value(n)?,
            (UnaryOperator::Invert, Some(Number::Int(i))) => Value::Int(!i),
            (UnaryOperator::Invert, Some(Number::Big(b))) => self.new_int_big(!(*b).clone())?,
            _ => {
                let symbol = match op {
                    UnaryOperator::USub => "-",
                    UnaryOperator::UAdd => "+",
                    _ => "~",
                };
                return Err(self.type_error(format!(
                    "bad operand type for unary {symbol}: '{}'",
                    self.type_name(operand)
                )));
            }
        };
        Ok(result)
    }
}
