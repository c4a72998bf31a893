//! `bytes.decode`, `bytes.hex` and `str.encode`, for UTF-8 (and ASCII) text.

use super::args::{bind, receiver, str_receiver, NativeResult};
use crate::runtime::native::{KwArgs, Registry};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn register(registry: &mut Registry) {
    registry.method(TypeId::Bytes, "decode", bytes_decode);
    registry.method(TypeId::Bytes, "hex", bytes_hex);
    registry.method(TypeId::Str, "encode", str_encode);
}

/// The codec an `encoding` argument names, or LookupError.
fn codec(
    vm: &mut Vm,
    encoding: Option<Value>,
) -> Result<&'static str, crate::runtime::exception::Exception> {
    let Some(encoding) = encoding else {
        return Ok("utf-8");
    };
    let name = vm.to_str(encoding)?.to_ascii_lowercase().replace('_', "-");
    match name.as_str() {
        "utf-8" | "utf8" => Ok("utf-8"),
        "ascii" | "us-ascii" => Ok("ascii"),
        _ => Err(vm.error(TypeId::LookupError, format!("unknown encoding: {name}"))),
    }
}

/// `b.decode(encoding='utf-8', errors='strict')`.
fn bytes_decode(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Bytes, "decode")?;
    let bound = bind(vm, "decode", rest, kwargs, &["encoding", "errors"], 0)?;
    let codec = codec(vm, bound.first().copied().flatten())?;
    let bytes = match this.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Bytes(bytes)) => bytes.clone(),
        _ => return Ok(Value::None),
    };
    let invalid = |position: usize, span: usize, reason: &str| {
        let what = match span {
            0 | 1 => {
                let byte = bytes.get(position).copied().unwrap_or(0);
                format!("byte {byte:#04x} in position {position}")
            }
            _ => format!("bytes in position {position}-{}", position + span - 1),
        };
        format!("'{codec}' codec can't decode {what}: {reason}")
    };
    if codec == "ascii" {
        if let Some(position) = bytes.iter().position(|byte| !byte.is_ascii()) {
            let message = invalid(position, 1, "ordinal not in range(128)");
            return Err(vm.error(TypeId::UnicodeDecodeError, message));
        }
    }
    match std::str::from_utf8(&bytes) {
        Ok(text) => Ok(vm.new_str(text)),
        Err(error) => {
            let position = error.valid_up_to();
            let (span, reason) = match (error.error_len(), bytes.get(position)) {
                (None, _) => (bytes.len() - position, "unexpected end of data"),
                (Some(span), Some(0xc2..=0xf4)) => (span, "invalid continuation byte"),
                (Some(span), _) => (span, "invalid start byte"),
            };
            let message = invalid(position, span, reason);
            Err(vm.error(TypeId::UnicodeDecodeError, message))
        }
    }
}

/// `b.hex()`: two lower-case hex digits a byte.
fn bytes_hex(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (this, rest) = receiver(vm, args, TypeId::Bytes, "hex")?;
    super::args::no_arguments(vm, "bytes.hex", rest, kwargs)?;
    let text: String = match this.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::Bytes(bytes)) => bytes.iter().map(|byte| format!("{byte:02x}")).collect(),
        _ => String::new(),
    };
    Ok(vm.new_str(&text))
}

/// `s.encode(encoding='utf-8', errors='strict')`.
fn str_encode(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (text, rest) = str_receiver(vm, args, "encode")?;
    let bound = bind(vm, "encode", rest, kwargs, &["encoding", "errors"], 0)?;
    let codec = codec(vm, bound.first().copied().flatten())?;
    if codec == "ascii" {
        if let Some((position, ch)) = text.chars().enumerate().find(|(_, ch)| !ch.is_ascii()) {
            let message = format!(
                "'ascii' codec can't encode character '{}' in position {position}: ordinal not in range(128)",
                crate::pytext::hex_escape(ch)
            );
            return Err(vm.error(TypeId::UnicodeEncodeError, message));
        }
    }
    Ok(vm.alloc(Object::Bytes(text.as_bytes().into())))
}
