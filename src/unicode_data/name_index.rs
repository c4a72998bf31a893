//! Finding a character name among the recorded ones: an open-addressing hash table of
//! their indices, built once when the table is read. (A sorted index would do as well,
//! but the sort would cost the WebAssembly module more code than this whole file.)

/// Slots hold an index into the names, or `EMPTY`.
#[derive(Debug)]
pub struct NameIndex {
    slots: Box<[u32]>,
}

const EMPTY: u32 = u32::MAX;

/// FNV-1a: quick, and spreads the recorded names evenly enough.
fn hash(name: &str) -> usize {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in name.bytes() {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    hash as usize
}

impl NameIndex {
    /// The index of `count` names, `name_of(i)` being the i-th; at most half the slots
    /// are used, so a search ends after a few probes.
    pub fn build<'n>(count: u32, name_of: impl Fn(u32) -> &'n str) -> NameIndex {
        let size = (count as usize * 2).next_power_of_two().max(1);
        let mut slots = vec![EMPTY; size].into_boxed_slice();
        let mask = size - 1;
        for index in 0..count {
            let mut at = hash(name_of(index)) & mask;
            while slots[at] != EMPTY {
                at = (at + 1) & mask;
            }
            slots[at] = index;
        }
        NameIndex { slots }
    }

    /// The index of the name equal to `name`, if one is.
    pub fn find<'n>(&self, name: &str, name_of: impl Fn(u32) -> &'n str) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut at = hash(name) & mask;
        loop {
            let index = *self.slots.get(at)?;
            if index == EMPTY {
                return None;
            }
            if name_of(index) == name {
                return Some(index);
            }
            at = (at + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::NameIndex;

    #[test]
    fn finds_every_name_it_holds_and_no_other() {
        let names: Vec<String> = (0..1000).map(|i| format!("NAME {i}")).collect();
        let name_of = |i: u32| names[i as usize].as_str();
        let index = NameIndex::build(names.len() as u32, name_of);
        for (i, name) in names.iter().enumerate() {
            assert_eq!(index.find(name, name_of), Some(i as u32));
        }
        assert_eq!(index.find("NAME 1000", name_of), None);
        assert_eq!(NameIndex::build(0, name_of).find("NAME 1", name_of), None);
    }
}
