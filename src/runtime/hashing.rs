//! Python's `hash()` for built-in values, and the key equality dicts and sets use.
//!
//! Numbers follow CPython's numeric hash (modulo the Mersenne prime 2**61 - 1) so that
//! `1`, `1.0` and `True` are the same key, as Python requires of equal numbers.

use super::heap::{Heap, ObjRef};
use super::object::Object;
use super::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

const MODULUS: u64 = (1 << 61) - 1;
const INFINITY_HASH: i64 = 314_159;

/// CPython's str hash with hash randomisation off (`PYTHONHASHSEED=0`, how the
/// reference outputs are recorded): SipHash-1-3 with a zero key over the string's
/// internal representation (1, 2 or 4 bytes a character). Matching it makes sets of
/// strs iterate in CPython's order.
pub fn hash_str(text: &str) -> u64 {
    if text.is_empty() {
        return 0;
    }
    let width = text.chars().map(|c| match c as u32 {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        _ => 4,
    });
    let width = width.max().unwrap_or(1);
    let hash = if width == 1 && text.is_ascii() {
        siphash13(text.as_bytes())
    } else {
        let mut bytes = Vec::with_capacity(text.len() * width);
        for c in text.chars() {
            bytes.extend_from_slice(&(c as u32).to_le_bytes()[..width]);
        }
        siphash13(&bytes)
    };
    if hash == u64::MAX {
        u64::MAX - 1
    } else {
        hash
    }
}

fn siphash_round(v: &mut [u64; 4]) {
    let half = |v: &mut [u64; 4], a: usize, b: usize, c: usize, d: usize, s: u32, t: u32| {
        v[a] = v[a].wrapping_add(v[b]);
        v[c] = v[c].wrapping_add(v[d]);
        v[b] = v[b].rotate_left(s) ^ v[a];
        v[d] = v[d].rotate_left(t) ^ v[c];
        v[a] = v[a].rotate_left(32);
    };
    half(v, 0, 1, 2, 3, 13, 16);
    half(v, 2, 1, 0, 3, 17, 21);
}

/// SipHash-1-3 with k0 = k1 = 0, as `Python/pyhash.c` computes it.
/// `hash(z)`: the real part's hash plus 1000003 times the imaginary part's, so a
/// complex with no imaginary part hashes as its real part (`complex_hash`).
pub fn complex_hash(real: f64, imag: f64) -> u64 {
    let combined =
        (hash_float(real) as u64).wrapping_add((hash_float(imag) as u64).wrapping_mul(1_000_003));
    if combined == u64::MAX {
        u64::MAX - 1
    } else {
        combined
    }
}

/// `hash(b)`: siphash13 of the bytes, as for an ASCII str of the same text.
pub fn bytes_hash(bytes: &[u8]) -> u64 {
    if bytes.is_empty() {
        return 0;
    }
    match siphash13(bytes) {
        u64::MAX => u64::MAX - 1,
        hash => hash,
    }
}

fn siphash13(bytes: &[u8]) -> u64 {
    let mut v = [
        0x736f_6d65_7073_6575u64,
        0x646f_7261_6e64_6f6d,
        0x6c79_6765_6e65_7261,
        0x7465_6462_7974_6573,
    ];
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let m = u64::from_le_bytes(word);
        v[3] ^= m;
        siphash_round(&mut v);
        v[0] ^= m;
    }
    let mut tail = [0u8; 8];
    let rest = chunks.remainder();
    tail[..rest.len()].copy_from_slice(rest);
    let b = ((bytes.len() as u64) << 56) | u64::from_le_bytes(tail);
    v[3] ^= b;
    siphash_round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    for _ in 0..3 {
        siphash_round(&mut v);
    }
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}

/// CPython's hash of an int: its value modulo 2**61 - 1, keeping the sign; -1 becomes -2.
pub fn hash_int(n: i64) -> i64 {
    let magnitude = (n.unsigned_abs() % MODULUS) as i64;
    let hash = if n < 0 { -magnitude } else { magnitude };
    if hash == -1 {
        -2
    } else {
        hash
    }
}

pub fn hash_bigint(n: &BigInt) -> i64 {
    let modulus = BigInt::from(MODULUS);
    let magnitude = (n.magnitude() % modulus.magnitude()).to_i64().unwrap_or(0);
    let hash = if n.sign() == Sign::Minus {
        -magnitude
    } else {
        magnitude
    };
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// CPython's `_Py_HashDouble`: integral floats hash like the equal int.
pub fn hash_float(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 {
            INFINITY_HASH
        } else {
            -INFINITY_HASH
        };
    }
    if x.is_nan() {
        return 0;
    }
    let (mut mantissa, mut exponent) = frexp(x.abs());
    let mut hash: u64 = 0;
    while mantissa != 0.0 {
        hash = ((hash << 28) & MODULUS) | hash >> (61 - 28);
        mantissa *= 268_435_456.0;
        exponent -= 28;
        let digit = mantissa as u64;
        mantissa -= digit as f64;
        hash += digit;
        if hash >= MODULUS {
            hash -= MODULUS;
        }
    }
    let exponent = exponent.rem_euclid(61) as u32;
    hash = ((hash << exponent) & MODULUS) | hash >> (61 - exponent);
    let signed = if x < 0.0 { -(hash as i64) } else { hash as i64 };
    if signed == -1 {
        -2
    } else {
        signed
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let raw_exponent = ((bits >> 52) & 0x7ff) as i32;
    if raw_exponent == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, raw_exponent - 1022)
}

/// CPython's `tuplehash` (xxHash's mixing over the items' hashes).
pub fn hash_tuple(hashes: &[u64]) -> u64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for &lane in hashes {
        acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(hashes.len() as u64 ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc
}

/// The hash of a hashable built-in value, or `None` when the type is unhashable.
/// `hash(None)`: CPython's is its address; any constant serves.
pub const NONE_HASH: u64 = 0x5f5f_4e6f_6e65;

pub fn hash_value(heap: &Heap, value: Value) -> Option<u64> {
    Some(match value {
        Value::None | Value::Null => NONE_HASH,
        Value::Bool(b) => u64::from(b),
        Value::Int(i) => hash_int(i) as u64,
        Value::Float(f) => hash_float(f) as u64,
        Value::Obj(r) => return hash_object(heap, r),
    })
}

fn hash_object(heap: &Heap, r: ObjRef) -> Option<u64> {
    match heap.get(r) {
        Object::Str(s) => Some(s.hash()),
        // CPython hashes bytes with the same function as the str of the same text.
        Object::Bytes(bytes) => Some(bytes_hash(bytes)),
        Object::Complex(c) => Some(complex_hash(c.real, c.imag)),
        Object::BigInt(n) => Some(hash_bigint(n) as u64),
        Object::Tuple(_) => hash_nested_tuples(heap, r),
        Object::Range(range) => Some(super::big_range::BigRange::from_small(range).hash()),
        Object::BigRange(range) => Some(range.hash()),
        Object::Set {
            frozen: true,
            items,
        } => {
            let mut hash: u64 = 0;
            for entry in items.iter() {
                hash ^= entry.hash.wrapping_mul(0x9e37_79b9_7f4a_7c15);
            }
            Some(hash)
        }
        Object::List(_) | Object::Dict(_) | Object::Set { .. } | Object::DictView { .. } => None,
        _ => Some(heap.id(r).wrapping_mul(0x9e37_79b9)),
    }
}

/// A tuple's hash, with tuples nested in it hashed on an explicit stack rather than
/// by recursion, so that a tuple nested 100,000 deep hashes as it does in CPython.
fn hash_nested_tuples(heap: &Heap, root: ObjRef) -> Option<u64> {
    // Each open tuple, with the hashes of the items read so far.
    let mut open: Vec<(ObjRef, Vec<u64>)> = vec![(root, Vec::new())];
    loop {
        let (tuple, done) = open.last().map(|(tuple, hashes)| (*tuple, hashes.len()))?;
        let Object::Tuple(items) = heap.get(tuple) else {
            return None;
        };
        let hash = match items.get(done) {
            Some(&Value::Obj(child)) if matches!(heap.get(child), Object::Tuple(_)) => {
                open.push((child, Vec::new()));
                continue;
            }
            Some(&item) => hash_value(heap, item)?,
            None => {
                let (_, hashes) = open.pop()?;
                let hash = hash_tuple(&hashes);
                if open.is_empty() {
                    return Some(hash);
                }
                hash
            }
        };
        if let Some((_, hashes)) = open.last_mut() {
            hashes.push(hash);
        }
    }
}

/// Equality of dict keys among built-in values: numbers by value across int, float
/// and bool; strs by text; tuples and frozensets element by element; others by identity.
pub fn keys_equal(heap: &Heap, a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => objects_equal(heap, x, y),
        (Value::Obj(x), other) | (other, Value::Obj(x)) => big_equals_number(heap, x, other),
        _ => numbers_equal(a, b),
    }
}

fn numbers_equal(a: Value, b: Value) -> bool {
    match (as_f64_exact(a), as_f64_exact(b)) {
        (Some(x), Some(y)) => match (a, b) {
            (Value::Float(_), _) | (_, Value::Float(_)) => x == y,
            _ => as_i64(a) == as_i64(b),
        },
        _ => false,
    }
}

fn as_i64(v: Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(i),
        Value::Bool(b) => Some(i64::from(b)),
        _ => None,
    }
}

fn as_f64_exact(v: Value) -> Option<f64> {
    match v {
        Value::Int(i) => Some(i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(b))),
        Value::Float(f) => Some(f),
        _ => None,
    }
}

fn big_equals_number(heap: &Heap, big: ObjRef, other: Value) -> bool {
    let Object::BigInt(n) = heap.get(big) else {
        return false;
    };
    match other {
        Value::Float(f) => n.to_f64() == Some(f) && f.fract() == 0.0,
        _ => false,
    }
}

fn objects_equal(heap: &Heap, x: ObjRef, y: ObjRef) -> bool {
    match (heap.get(x), heap.get(y)) {
        (Object::Str(a), Object::Str(b)) => a.text() == b.text(),
        (Object::Bytes(a), Object::Bytes(b)) => a == b,
        (Object::Complex(a), Object::Complex(b)) => a == b,
        (Object::BigInt(a), Object::BigInt(b)) => a == b,
        (
            a @ (Object::Range(_) | Object::BigRange(_)),
            b @ (Object::Range(_) | Object::BigRange(_)),
        ) => super::big_range::ranges_equal(a, b),
        (Object::Tuple(a), Object::Tuple(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b.iter())
                    .all(|(&p, &q)| keys_equal(heap, p, q))
        }
        (
            Object::Set {
                items: a,
                frozen: true,
            },
            Object::Set {
                items: b,
                frozen: true,
            },
        ) => {
            a.len() == b.len()
                && a.iter()
                    .all(|e| b.find(e.hash, |k| keys_equal(heap, k, e.key)).is_some())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_hashes_match_cpython_without_randomisation() {
        assert_eq!(hash_str("abc") as i64, -4594863902769663758);
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("hello world!") as i64, 839851713330019024);
        assert_eq!(hash_str("é") as i64, 6047309291227476195);
        assert_eq!(hash_str("€") as i64, -5529981157763016009);
        assert_eq!(hash_str("😀") as i64, -3536540696076613844);
    }

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(1 << 61), 1);
        assert_eq!(hash_float(1.0), 1);
        assert_eq!(hash_float(0.5), 1 << 60);
        assert_eq!(hash_float(-2.5), -1152921504606846978);
        assert_eq!(hash_float(1e100), 1822893315824342674);
    }

    #[test]
    fn one_and_true_and_one_point_zero_are_one_key() {
        let heap = Heap::new();
        assert!(keys_equal(&heap, Value::Int(1), Value::Bool(true)));
        assert!(keys_equal(&heap, Value::Int(1), Value::Float(1.0)));
        assert!(!keys_equal(&heap, Value::Int(1), Value::Float(1.5)));
    }
}
