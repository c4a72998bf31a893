//! The Mersenne Twister (MT19937) exactly as CPython's `_random` module runs it, with
//! the derived draws `random.py` builds on it, so a seeded program draws CPython's
//! numbers.

use num_bigint::{BigInt, Sign};
use num_traits::Zero;

const WORDS: usize = 624;
const SHIFT: usize = 397;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MersenneTwister {
    pub state: Vec<u32>,
    pub index: usize,
}

impl MersenneTwister {
    /// `init_by_array(key)`, which `random.seed(n)` calls with n's 32-bit words.
    pub fn from_key(key: &[u32]) -> MersenneTwister {
        let mut state = vec![0u32; WORDS];
        state[0] = 19650218;
        for i in 1..WORDS {
            let previous = state[i - 1];
            state[i] = 1812433253u32
                .wrapping_mul(previous ^ (previous >> 30))
                .wrapping_add(i as u32);
        }
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..WORDS.max(key.len()) {
            let previous = state[i - 1];
            let mixed = (state[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1664525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            state[i] = mixed;
            i += 1;
            j += 1;
            if i >= WORDS {
                state[0] = state[WORDS - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..WORDS - 1 {
            let previous = state[i - 1];
            state[i] = (state[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= WORDS {
                state[0] = state[WORDS - 1];
                i = 1;
            }
        }
        state[0] = 0x8000_0000;
        MersenneTwister {
            state,
            index: WORDS,
        }
    }

    /// `random.seed(n)` for an int: the words of `abs(n)`, least significant first.
    pub fn from_int(seed: &BigInt) -> MersenneTwister {
        let mut key = seed.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        Self::from_key(&key)
    }

    fn regenerate(&mut self) {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        for k in 0..WORDS {
            let y = (self.state[k] & UPPER) | (self.state[(k + 1) % WORDS] & LOWER);
            let magnitude = if y & 1 == 1 { 0x9908_b0df } else { 0 };
            self.state[k] = self.state[(k + SHIFT) % WORDS] ^ (y >> 1) ^ magnitude;
        }
        self.index = 0;
    }

    /// `genrand_uint32`: the next tempered 32-bit output.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= WORDS {
            self.regenerate();
        }
        let mut y = self.state.get(self.index).copied().unwrap_or(0);
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)`: 32-bit words, least significant first, the last one shifted.
    pub fn getrandbits(&mut self, bits: u64) -> BigInt {
        if bits <= 32 {
            return BigInt::from(self.next_u32() >> (32 - bits));
        }
        let mut words = Vec::new();
        let mut remaining = bits;
        while remaining > 0 {
            let word = self.next_u32();
            words.push(if remaining < 32 {
                word >> (32 - remaining)
            } else {
                word
            });
            remaining = remaining.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &words)
    }

    /// `_randbelow(n)` for n > 0: draw `n.bit_length()` bits until below n.
    pub fn below(&mut self, n: &BigInt) -> BigInt {
        if n.is_zero() {
            return BigInt::zero();
        }
        let bits = n.bits();
        loop {
            let candidate = self.getrandbits(bits);
            if &candidate < n {
                return candidate;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_draws_match_cpython() {
        let mut generator = MersenneTwister::from_int(&BigInt::from(42));
        assert_eq!(generator.random(), 0.6394267984578837);
        assert_eq!(generator.random(), 0.025010755222666936);
        let mut generator = MersenneTwister::from_int(&BigInt::from(1));
        let rolls: Vec<BigInt> = (0..5)
            .map(|_| generator.below(&BigInt::from(6)) + 1)
            .collect();
        assert_eq!(rolls, [2, 5, 1, 3, 1].map(BigInt::from));
    }
}
