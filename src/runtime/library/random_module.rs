//! The `random` module: `seed`, `random`, `randint`, `randrange`, `choice`, `shuffle`,
//! `uniform` and `sample`, drawing CPython's numbers after a seed.
//!
//! The generator's state is a list on the heap that every function of the module holds
//! as its bound receiver, so a checkpoint of the heap is a checkpoint of the generator.
//! Without a seed the generator starts from a recorded input, so replays agree.

use super::args::{bind, index_arg, int_of, one_argument, NativeResult};
use super::mersenne::MersenneTwister;
use super::sha512::sha512;
use crate::runtime::exception::Exception;
use crate::runtime::heap::ObjRef;
use crate::runtime::native::{KwArgs, NativeFn, NativeFunction};
use crate::runtime::object::Object;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn init_random(vm: &mut Vm, dict: ObjRef) -> Result<(), Exception> {
    let seed = BigInt::from(vm.input.random().to_bits());
    let state = vm.new_list(Vec::new());
    store(vm, state, &MersenneTwister::from_int(&seed));
    let functions: [(&'static str, NativeFn); 8] = [
        ("seed", random_seed),
        ("random", random_random),
        ("randint", random_randint),
        ("randrange", random_randrange),
        ("choice", random_choice),
        ("shuffle", random_shuffle),
        ("uniform", random_uniform),
        ("sample", random_sample),
    ];
    for (name, func) in functions {
        let native = NativeFunction {
            name,
            func,
            owner: None,
            module: Some("random"),
            receiver: Some(state),
        };
        let value = vm.alloc(Object::Native(native));
        vm.dict_set_str(dict, name, value);
    }
    Ok(())
}

fn store(vm: &mut Vm, state: Value, generator: &MersenneTwister) {
    let mut words: Vec<Value> = generator
        .state
        .iter()
        .map(|&word| Value::Int(i64::from(word)))
        .collect();
    words.push(Value::Int(generator.index as i64));
    if let Some(Object::List(items)) = state.as_obj().and_then(|r| vm.heap.get_mut(r)) {
        *items = words.into();
    }
}

fn load(vm: &Vm, state: Value) -> MersenneTwister {
    let words: Vec<u32> = match state.as_obj().map(|r| vm.heap.get(r)) {
        Some(Object::List(items)) => items
            .iter()
            .filter_map(|&word| vm.small_int(word))
            .map(|word| word as u32)
            .collect(),
        _ => Vec::new(),
    };
    match words.split_last() {
        Some((&index, state)) if state.len() == 624 => MersenneTwister {
            state: state.to_vec(),
            index: index as usize,
        },
        _ => MersenneTwister::from_int(&BigInt::zero()),
    }
}

/// Runs `draw` on the generator in `state` and saves its new state.
fn with_generator<T>(vm: &mut Vm, state: Value, draw: impl FnOnce(&mut MersenneTwister) -> T) -> T {
    let mut generator = load(vm, state);
    let result = draw(&mut generator);
    store(vm, state, &generator);
    result
}

/// The generator's state (the bound receiver) and the call's own arguments.
fn split_state(args: &[Value]) -> (Value, &[Value]) {
    args.split_first()
        .map_or((Value::None, args), |(&state, rest)| (state, rest))
}

/// `seed(a=None)`: ints by their magnitude, strs through SHA-512 (version 2).
fn random_seed(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (state, rest) = split_state(args);
    let bound = bind(vm, "seed", rest, kwargs, &["a", "version"], 0)?;
    let seed = match bound.first().copied().flatten().unwrap_or(Value::None) {
        Value::None => BigInt::from(vm.input.random().to_bits()),
        Value::Float(x) => BigInt::from(crate::runtime::hashing::hash_float(x)),
        value => match (int_of(vm, value), vm.str_text(value)) {
            (Some(n), _) => n,
            (None, Some(text)) => {
                let mut bytes = text.as_bytes().to_vec();
                bytes.extend(sha512(text.as_bytes()));
                BigInt::from_bytes_be(Sign::Plus, &bytes)
            }
            (None, None) => {
                let message = "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.";
                return Err(vm.type_error(message));
            }
        },
    };
    store(vm, state, &MersenneTwister::from_int(&seed));
    Ok(Value::None)
}

fn random_random(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (state, rest) = split_state(args);
    let value = with_generator(vm, state, MersenneTwister::random);
    super::args::no_arguments(vm, "Random.random", rest, kwargs)?;
    Ok(Value::Float(value))
}

/// An integer argument of `randrange`: ints, or floats that are whole.
fn range_arg(vm: &mut Vm, value: Value, position: usize) -> Result<BigInt, Exception> {
    if let Some(n) = int_of(vm, value) {
        return Ok(n);
    }
    match value {
        Value::Float(x) if x.fract() == 0.0 && x.is_finite() => {
            Ok(crate::pytext::float_to_int(x).unwrap_or_default())
        }
        Value::Float(_) => {
            Err(vm.value_error(format!("non-integer arg {position} for randrange()")))
        }
        _ => index_arg(vm, value).map(BigInt::from),
    }
}

/// `randrange(start, stop=None, step=1)`, as random.py computes it.
fn randrange(
    vm: &mut Vm,
    state: Value,
    start: BigInt,
    stop: Option<BigInt>,
    step: BigInt,
) -> NativeResult {
    let draw = |vm: &mut Vm, n: &BigInt| with_generator(vm, state, |generator| generator.below(n));
    let Some(stop) = stop else {
        if start.is_positive() {
            let value = draw(vm, &start);
            return vm.new_int_big(value);
        }
        return Err(vm.value_error("empty range for randrange()"));
    };
    let width = &stop - &start;
    if step == BigInt::from(1) {
        if width.is_positive() {
            let offset = draw(vm, &width);
            return vm.new_int_big(start + offset);
        }
        return Err(vm.value_error(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    if step.is_zero() {
        return Err(vm.value_error("zero step for randrange()"));
    }
    let one = BigInt::from(1);
    let numerator: BigInt = if step.is_positive() {
        &width + &step - &one
    } else {
        &width + &step + &one
    };
    let count = numerator.div_floor(&step);
    if !count.is_positive() {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let offset = draw(vm, &count);
    vm.new_int_big(start + step * offset)
}

fn random_randrange(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (state, rest) = split_state(args);
    let bound = bind(vm, "randrange", rest, kwargs, &["start", "stop", "step"], 1)?;
    let start = range_arg(
        vm,
        bound.first().copied().flatten().unwrap_or(Value::None),
        1,
    )?;
    let stop = match bound
        .get(1)
        .copied()
        .flatten()
        .filter(|stop| !stop.is_none())
    {
        Some(stop) => Some(range_arg(vm, stop, 2)?),
        None => None,
    };
    let step = match bound.get(2).copied().flatten() {
        Some(step) => range_arg(vm, step, 3)?,
        None => BigInt::from(1),
    };
    randrange(vm, state, start, stop, step)
}

fn random_randint(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (state, rest) = split_state(args);
    let [low, high] = rest[..] else {
        let message = match rest.len() {
            0 => {
                "Random.randint() missing 2 required positional arguments: 'a' and 'b'".to_string()
            }
            1 => "Random.randint() missing 1 required positional argument: 'b'".to_string(),
            given => format!(
                "Random.randint() takes 3 positional arguments but {} were given",
                given + 1
            ),
        };
        return Err(vm.type_error(message));
    };
    super::args::reject_keywords(vm, "Random.randint", kwargs)?;
    let low = range_arg(vm, low, 1)?;
    let high = range_arg(vm, high, 2)? + 1;
    randrange(vm, state, low, Some(high), BigInt::from(1))
}

/// `len()` of the sequences `choice` and `shuffle` accept.
fn length_of(vm: &mut Vm, sequence: Value) -> Result<usize, Exception> {
    let length = sequence.as_obj().and_then(|r| match vm.heap.get(r) {
        Object::Str(text) => Some(text.text().chars().count()),
        Object::List(items) => Some(items.len()),
        Object::Tuple(items) => Some(items.len()),
        Object::Range(range) => Some(range.len() as usize),
        _ => None,
    });
    match length {
        Some(length) => Ok(length),
        None => {
            let message = format!("object of type '{}' has no len()", vm.class_name(sequence));
            Err(vm.type_error(message))
        }
    }
}

fn random_choice(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (state, rest) = split_state(args);
    let sequence = one_argument(vm, "Random.choice", rest, kwargs)?;
    let length = length_of(vm, sequence)?;
    if length == 0 {
        return Err(vm.error(TypeId::IndexError, "Cannot choose from an empty sequence"));
    }
    let index = with_generator(vm, state, |generator| {
        generator.below(&BigInt::from(length))
    });
    let index = vm.new_int_big(index)?;
    vm.get_item(sequence, index)
}

/// `shuffle(x)`: Fisher-Yates from the end, as random.py does it.
fn random_shuffle(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (state, rest) = split_state(args);
    let list = one_argument(vm, "Random.shuffle", rest, kwargs)?;
    let length = length_of(vm, list)?;
    let mut swaps = Vec::new();
    with_generator(vm, state, |generator| {
        for i in (1..length).rev() {
            let j = generator
                .below(&BigInt::from(i + 1))
                .to_usize()
                .unwrap_or(0);
            swaps.push((i, j));
        }
    });
    for (i, j) in swaps {
        let (first, second) = (Value::Int(i as i64), Value::Int(j as i64));
        let (a, b) = (vm.get_item(list, first)?, vm.get_item(list, second)?);
        vm.set_item(list, first, b)?;
        vm.set_item(list, second, a)?;
    }
    Ok(Value::None)
}

fn random_uniform(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (state, rest) = split_state(args);
    super::args::reject_keywords(vm, "Random.uniform", kwargs)?;
    let [low, high] = rest[..] else {
        return Err(vm.type_error("Random.uniform() missing 1 required positional argument: 'b'"));
    };
    let (low, high) = (
        super::args::real_arg(vm, low)?,
        super::args::real_arg(vm, high)?,
    );
    let fraction = with_generator(vm, state, MersenneTwister::random);
    Ok(Value::Float(low + (high - low) * fraction))
}

/// `sample(population, k)`: random.py's pool method for small populations and its
/// set method for large ones, so the same draws pick the same items.
fn random_sample(vm: &mut Vm, args: &[Value], kwargs: &KwArgs) -> NativeResult {
    let (state, rest) = split_state(args);
    let bound = bind(vm, "sample", rest, kwargs, &["population", "k"], 2)?;
    let population =
        vm.collect_iterable(bound.first().copied().flatten().unwrap_or(Value::None))?;
    let k = index_arg(vm, bound.get(1).copied().flatten().unwrap_or(Value::None))?;
    let n = population.len();
    if k < 0 || k as usize > n {
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    let k = k as usize;
    let mut set_size = 21;
    if k > 5 {
        set_size += 4usize.pow(((k * 3) as f64).log(4.0).ceil() as u32);
    }
    let picked = with_generator(vm, state, |generator| {
        let mut picked = Vec::with_capacity(k);
        if n <= set_size {
            let mut pool = population.clone();
            for i in 0..k {
                let j = generator
                    .below(&BigInt::from(n - i))
                    .to_usize()
                    .unwrap_or(0);
                picked.extend(pool.get(j).copied());
                if let Some(&last) = pool.get(n - i - 1) {
                    pool[j.min(n - 1)] = last;
                }
            }
        } else {
            let mut selected = std::collections::HashSet::new();
            for _ in 0..k {
                let mut j = generator.below(&BigInt::from(n)).to_usize().unwrap_or(0);
                while selected.contains(&j) {
                    j = generator.below(&BigInt::from(n)).to_usize().unwrap_or(0);
                }
                selected.insert(j);
                picked.extend(population.get(j).copied());
            }
        }
        picked
    });
    Ok(vm.new_list(picked))
}
