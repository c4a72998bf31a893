//! The order CPython iterates a set in, which follows its hash table rather than
//! insertion: `{3, 1}` prints as `{1, 3}`. We replay CPython's table (`setobject.c`:
//! linear probes, then perturbed jumps, and its growth rule) over the members' hashes
//! in insertion order, and read the slots in order.

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

/// Indexes into `hashes` (insertion order) in CPython's iteration order.
pub fn iteration_order(hashes: &[u64]) -> Vec<usize> {
    let mut table: Vec<Option<usize>> = vec![None; MIN_SIZE];
    let mut fill = 0;
    for (index, &hash) in hashes.iter().enumerate() {
        insert(&mut table, index, hash);
        fill += 1;
        let mask = table.len() - 1;
        if fill * 5 >= mask * 3 {
            let used = fill;
            let minimum = if used > 50_000 { used * 2 } else { used * 4 };
            let mut size = MIN_SIZE;
            while size <= minimum {
                size <<= 1;
            }
            let old: Vec<usize> = table.iter().flatten().copied().collect();
            table = vec![None; size];
            for member in old {
                if let Some(&h) = hashes.get(member) {
                    insert(&mut table, member, h);
                }
            }
        }
    }
    table.into_iter().flatten().collect()
}

fn insert(table: &mut [Option<usize>], index: usize, hash: u64) {
    let mask = table.len() - 1;
    let mut perturb = hash;
    let mut i = hash as usize & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for j in i..=i + probes {
            if let Some(slot) = table.get_mut(j) {
                if slot.is_none() {
                    *slot = Some(index);
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// A set's members in CPython's iteration order.
pub fn ordered_members(items: &super::dict::Dict) -> Vec<super::value::Value> {
    let entries: Vec<_> = items.iter().collect();
    let hashes: Vec<u64> = entries.iter().map(|e| e.hash).collect();
    iteration_order(&hashes)
        .into_iter()
        .filter_map(|i| entries.get(i).map(|e| e.key))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_come_out_by_hash_slot() {
        assert_eq!(iteration_order(&[3, 1]), vec![1, 0]);
        assert_eq!(iteration_order(&[10, 2, 9]), vec![2, 0, 1]);
    }
}
