//! The `_hashlib` module: the digest of a bytes object by each algorithm `hashlib` (a
//! module written in Python) names. The hash objects themselves, with `update`, `copy`
//! and `hexdigest`, are written in Python over these functions.

use super::args::NativeResult;
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::KwArgs;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

pub fn init_hashlib_digests(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    vm.add_module_function(dict, "_hashlib", "md5", md5_digest);
    vm.add_module_function(dict, "_hashlib", "sha1", sha1_digest);
    vm.add_module_function(dict, "_hashlib", "sha256", sha256_digest);
    vm.add_module_function(dict, "_hashlib", "sha512", sha512_digest);
    Ok(())
}

fn digest_with(vm: &mut Vm, args: &[Value], digest: fn(&[u8]) -> Vec<u8>) -> NativeResult {
    let data = match args.first().and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)) {
        Some(Object::Bytes(bytes)) => bytes.clone(),
        _ => return Err(vm.type_error("a bytes-like object is required")),
    };
    Ok(vm.alloc(Object::Bytes(digest(&data).into())))
}

fn md5_digest(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    digest_with(vm, args, super::digests::md5)
}

fn sha1_digest(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    digest_with(vm, args, super::digests::sha1)
}

fn sha256_digest(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    digest_with(vm, args, super::digests::sha256)
}

fn sha512_digest(vm: &mut Vm, args: &[Value], _: &KwArgs) -> NativeResult {
    digest_with(vm, args, super::sha512::sha512)
}
