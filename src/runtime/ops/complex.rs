//! Complex numbers: arithmetic with CPython's algorithms (`_Py_c_quot`'s scaled
//! division, `_Py_c_pow` in polar form, repeated squaring for small integer powers),
//! mixed with ints and floats, equality and the errors CPython raises.

use crate::runtime::exception::Exception;
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use crate::syntax::ast::Operator;
use num_traits::ToPrimitive;

/// A complex value's two parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub real: f64,
    pub imag: f64,
}

impl Complex {
    fn add(self, other: Complex) -> Complex {
        Complex {
            real: self.real + other.real,
            imag: self.imag + other.imag,
        }
    }

    fn sub(self, other: Complex) -> Complex {
        Complex {
            real: self.real - other.real,
            imag: self.imag - other.imag,
        }
    }

    fn mul(self, other: Complex) -> Complex {
        Complex {
            real: self.real * other.real - self.imag * other.imag,
            imag: self.real * other.imag + self.imag * other.real,
        }
    }

    /// `_Py_c_quot`: Smith's division, scaled by the larger part of the divisor;
    /// `None` for division by zero.
    fn div(self, other: Complex) -> Option<Complex> {
        let (abs_real, abs_imag) = (other.real.abs(), other.imag.abs());
        if abs_real >= abs_imag {
            if abs_real == 0.0 {
                return None;
            }
            let ratio = other.imag / other.real;
            let denominator = other.real + other.imag * ratio;
            Some(Complex {
                real: (self.real + self.imag * ratio) / denominator,
                imag: (self.imag - self.real * ratio) / denominator,
            })
        } else if abs_imag >= abs_real {
            let ratio = other.real / other.imag;
            let denominator = other.real * ratio + other.imag;
            Some(Complex {
                real: (self.real * ratio + self.imag) / denominator,
                imag: (self.imag * ratio - self.real) / denominator,
            })
        } else {
            Some(Complex {
                real: f64::NAN,
                imag: f64::NAN,
            })
        }
    }

    /// `_Py_c_pow`; `None` for zero to a negative or complex power.
    fn pow(self, exponent: Complex) -> Option<Complex> {
        if exponent.real == 0.0 && exponent.imag == 0.0 {
            return Some(Complex {
                real: 1.0,
                imag: 0.0,
            });
        }
        if self.real == 0.0 && self.imag == 0.0 {
            if exponent.imag != 0.0 || exponent.real < 0.0 {
                return None;
            }
            return Some(Complex {
                real: 0.0,
                imag: 0.0,
            });
        }
        let magnitude = self.real.hypot(self.imag);
        let mut length = magnitude.powf(exponent.real);
        let angle = self.imag.atan2(self.real);
        let mut phase = angle * exponent.real;
        if exponent.imag != 0.0 {
            length /= (angle * exponent.imag).exp();
            phase += exponent.imag * magnitude.ln();
        }
        Some(Complex {
            real: length * phase.cos(),
            imag: length * phase.sin(),
        })
    }

    /// `c_powi`: small integer powers by repeated squaring, as CPython does for
    /// exponents up to 100 in size.
    fn pow_int(self, n: i64) -> Option<Complex> {
        let one = Complex {
            real: 1.0,
            imag: 0.0,
        };
        let mut result = one;
        let mut square = self;
        let mut remaining = n.unsigned_abs();
        while remaining > 0 {
            if remaining & 1 == 1 {
                result = result.mul(square);
            }
            square = square.mul(square);
            remaining >>= 1;
        }
        if n < 0 {
            one.div(result)
        } else {
            Some(result)
        }
    }
}

impl Vm {
    pub fn new_complex(&mut self, value: Complex) -> Value {
        self.alloc(Object::Complex(value))
    }

    /// The value as a complex number: a complex, or an int, bool or float.
    pub fn complex_parts(&self, value: Value) -> Option<Complex> {
        let real = match value {
            Value::Int(i) => i as f64,
            Value::Bool(b) => f64::from(u8::from(b)),
            Value::Float(f) => f,
            Value::Obj(r) => match self.heap.get(r) {
                Object::Complex(c) => return Some(*c),
                Object::BigInt(b) => b.to_f64().unwrap_or(f64::INFINITY),
                _ => return None,
            },
            _ => return None,
        };
        Some(Complex { real, imag: 0.0 })
    }

    fn is_complex(&self, value: Value) -> bool {
        self.type_of(value) == TypeId::Complex
    }

    /// `a op b` when one side is complex and the other a number; `None` otherwise.
    pub(crate) fn complex_op(
        &mut self,
        op: Operator,
        a: Value,
        b: Value,
    ) -> Result<Option<Value>, Exception> {
        if !self.is_complex(a) && !self.is_complex(b) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.complex_parts(a), self.complex_parts(b)) else {
            return Ok(None);
        };
        let result = match op {
            Operator::Add => x.add(y),
            Operator::Sub => x.sub(y),
            Operator::Mult => x.mul(y),
            Operator::Div => match x.div(y) {
                Some(quotient) => quotient,
                None => {
                    return Err(self.error(TypeId::ZeroDivisionError, "complex division by zero"))
                }
            },
            Operator::Pow => self.complex_pow(x, y, b)?,
            _ => return Ok(None),
        };
        Ok(Some(self.new_complex(result)))
    }

    /// `x ** y` as complex numbers: CPython's `complex_pow`.
    pub(crate) fn complex_pow(
        &mut self,
        x: Complex,
        y: Complex,
        exponent: Value,
    ) -> Result<Complex, Exception> {
        let small_int = match exponent {
            Value::Int(n) if n.abs() <= 100 => Some(n),
            _ if y.imag == 0.0 && y.real == y.real.trunc() && y.real.abs() <= 100.0 => {
                Some(y.real as i64)
            }
            _ => None,
        };
        let result = match small_int {
            Some(n) => x.pow_int(n),
            None => x.pow(y),
        };
        let Some(result) = result else {
            let message = "0.0 to a negative or complex power";
            return Err(self.error(TypeId::ZeroDivisionError, message));
        };
        if !(result.real.is_finite() && result.imag.is_finite())
            && x.real.is_finite()
            && x.imag.is_finite()
        {
            return Err(self.error(TypeId::OverflowError, "complex exponentiation"));
        }
        Ok(result)
    }

    /// `a == b` when either side is complex: part by part, numbers as complex.
    pub(crate) fn complex_equal(&self, a: Value, b: Value) -> Option<bool> {
        if !self.is_complex(a) && !self.is_complex(b) {
            return None;
        }
        match (self.complex_parts(a), self.complex_parts(b)) {
            (Some(x), Some(y)) => Some(x == y),
            _ => Some(false),
        }
    }
}
