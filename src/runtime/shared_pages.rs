//! A vector stored in fixed-size pages that copies share until one of them writes.
//!
//! Cloning copies one pointer per group of pages; a write copies only the page it lands
//! in (and its group's list of pages), and only while another copy still holds them.
//! This is what lets a checkpoint of the heap cost little, and memory only for the pages
//! written since, as a forked process shares every page it has not written (rr's
//! checkpoints work so). The page table is itself shared in groups, as a CPU's page
//! tables are two levels deep: a copy of a heap of a million objects touches 500 group
//! counts, not 30,000 page counts each in its own cache line.

use std::rc::Rc;

/// Pages per group of the page table: a clone costs one pointer per group, and the
/// first write into a group after a clone copies its 64 pointers.
const PAGES_PER_GROUP: usize = 64;

type Page<T, const N: usize> = Rc<[T; N]>;

/// What a group's own copy of its page list holds: the pointers and the two counts of
/// its `Rc`.
const GROUP_BYTES: usize =
    PAGES_PER_GROUP * std::mem::size_of::<usize>() + 2 * std::mem::size_of::<usize>();

#[derive(Debug)]
pub struct SharedPages<T, const N: usize> {
    /// Every group full but the last.
    groups: Vec<Rc<Vec<Page<T, N>>>>,
    len: usize,
}

impl<T, const N: usize> Clone for SharedPages<T, N> {
    fn clone(&self) -> Self {
        SharedPages {
            groups: self.groups.clone(),
            len: self.len,
        }
    }
}

impl<T: Clone + Default, const N: usize> Default for SharedPages<T, N> {
    fn default() -> Self {
        SharedPages::new()
    }
}

impl<T: Clone + Default, const N: usize> SharedPages<T, N> {
    pub fn new() -> Self {
        SharedPages {
            groups: Vec::new(),
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    fn page_ref(&self, page: usize) -> Option<&Page<T, N>> {
        self.groups
            .get(page / PAGES_PER_GROUP)
            .and_then(|group| group.get(page % PAGES_PER_GROUP))
    }

    /// The page, for writing: its group's table and the page itself are copied first
    /// if another copy holds them.
    #[inline]
    fn page_mut(&mut self, page: usize) -> Option<&mut [T; N]> {
        let group = self.groups.get_mut(page / PAGES_PER_GROUP)?;
        let held = own_group(group)?.get_mut(page % PAGES_PER_GROUP)?;
        Some(Rc::make_mut(held))
    }

    #[inline]
    pub fn get(&self, index: usize) -> Option<&T> {
        if index >= self.len {
            return None;
        }
        self.page_ref(index / N).map(|page| &page[index % N])
    }

    /// The element at `index`, for writing: its page is copied first if shared.
    #[inline]
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index >= self.len {
            return None;
        }
        self.page_mut(index / N).map(|page| &mut page[index % N])
    }

    pub fn push(&mut self, value: T) {
        let offset = self.len % N;
        if offset == 0 {
            let page = Rc::new(std::array::from_fn(|_| T::default()));
            let pages = self.page_count();
            if pages.is_multiple_of(PAGES_PER_GROUP) {
                self.groups.push(Rc::new(Vec::with_capacity(PAGES_PER_GROUP)));
            }
            if let Some(pages) = self.groups.last_mut().and_then(own_group) {
                pages.push(page);
            }
        }
        let page = self.len / N;
        if let Some(slots) = self.page_mut(page) {
            slots[offset] = value;
        }
        self.len += 1;
    }

    /// Removes the last element; a page left empty is let go.
    pub fn pop(&mut self) -> Option<T> {
        let last = self.len.checked_sub(1)?;
        let value = self.get(last).cloned();
        self.len = last;
        if last % N == 0 {
            if let Some(pages) = self.groups.last_mut().and_then(own_group) {
                pages.pop();
            }
            if self.groups.last().is_some_and(|group| group.is_empty()) {
                self.groups.pop();
            }
        }
        value
    }

    /// Every element in order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.groups
            .iter()
            .flat_map(|group| group.iter())
            .flat_map(|page| page.iter())
            .take(self.len)
    }

    pub fn page_count(&self) -> usize {
        self.len.div_ceil(N)
    }

    /// The page holding elements `page * N ..`, read-only.
    pub fn page(&self, page: usize) -> Option<&[T; N]> {
        self.page_ref(page).map(|p| &**p)
    }

    /// Rewrites page `page` through `rewrite`, which gets each element's index and
    /// value. A shared page is rebuilt from `make`, element by element, instead of
    /// copied and then overwritten: the sweep uses this so that a freed object is never
    /// copied only to be dropped.
    pub fn rewrite_page(
        &mut self,
        page: usize,
        mut rewrite: impl FnMut(usize, &mut T),
        mut make: impl FnMut(usize, &T) -> T,
    ) {
        let Some(group) = self.groups.get_mut(page / PAGES_PER_GROUP) else {
            return;
        };
        let Some(held) = own_group(group).and_then(|pages| pages.get_mut(page % PAGES_PER_GROUP))
        else {
            return;
        };
        let first = page * N;
        match Rc::get_mut(held) {
            Some(unique) => unique
                .iter_mut()
                .enumerate()
                .for_each(|(offset, value)| rewrite(first + offset, value)),
            None => {
                let rebuilt: [T; N] =
                    std::array::from_fn(|offset| make(first + offset, &held[offset]));
                *held = Rc::new(rebuilt);
            }
        }
    }

    /// Bytes of the page table a clone copies: one pointer per group.
    pub fn table_bytes(&self) -> usize {
        self.groups.len() * std::mem::size_of::<Rc<Vec<Page<T, N>>>>()
    }

    /// Bytes of group tables this vector holds that `other` does not share: a group
    /// written after a clone is copied whole, its page pointers and its counts.
    pub fn group_bytes_not_shared_with(&self, other: &Self) -> usize {
        let shared = |index: usize, group: &Rc<Vec<Page<T, N>>>| {
            other.groups.get(index).is_some_and(|theirs| Rc::ptr_eq(group, theirs))
        };
        let unshared = (0..)
            .zip(&self.groups)
            .filter(|&(index, group)| !shared(index, group))
            .count();
        unshared * GROUP_BYTES
    }

    /// Whether page `page` is the very same memory in both vectors.
    pub fn shares_page(&self, other: &Self, page: usize) -> bool {
        let group = page / PAGES_PER_GROUP;
        if let (Some(a), Some(b)) = (self.groups.get(group), other.groups.get(group)) {
            if Rc::ptr_eq(a, b) && page < self.page_count() && page < other.page_count() {
                return true;
            }
        }
        match (self.page_ref(page), other.page_ref(page)) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// A group's list of pages, for writing: copied first when another copy holds it,
/// which happens once per group after a clone. The copy is kept out of line, so the
/// many places a write is inlined into stay small.
#[inline]
fn own_group<P: Clone>(group: &mut Rc<Vec<P>>) -> Option<&mut Vec<P>> {
    if Rc::get_mut(group).is_none() {
        copy_group(group);
    }
    Rc::get_mut(group)
}

#[cold]
#[inline(never)]
fn copy_group<P: Clone>(group: &mut Rc<Vec<P>>) {
    *group = Rc::new(group.as_ref().clone());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clone_keeps_its_values_when_the_original_is_written() {
        let mut original: SharedPages<u32, 4> = SharedPages::new();
        (0..10).for_each(|n| original.push(n));
        let checkpoint = original.clone();
        if let Some(value) = original.get_mut(5) {
            *value = 50;
        }
        original.push(10);
        assert_eq!(checkpoint.get(5), Some(&5));
        assert_eq!(original.get(5), Some(&50));
        assert_eq!(checkpoint.len(), 10);
        assert_eq!(original.iter().count(), 11);
    }

    #[test]
    fn a_write_copies_only_its_own_page() {
        let mut original: SharedPages<u32, 4> = SharedPages::new();
        (0..12).for_each(|n| original.push(n));
        let checkpoint = original.clone();
        if let Some(value) = original.get_mut(1) {
            *value = 7;
        }
        assert!(!original.shares_page(&checkpoint, 0));
        assert!(original.shares_page(&checkpoint, 1));
        assert!(original.shares_page(&checkpoint, 2));
    }

    #[test]
    fn a_shared_page_is_rebuilt_not_copied_and_rewritten() {
        let mut original: SharedPages<u32, 4> = SharedPages::new();
        (0..4).for_each(|n| original.push(n));
        let checkpoint = original.clone();
        let mut rebuilt = 0;
        original.rewrite_page(
            0,
            |_, v| *v = 0,
            |i, &v| {
                rebuilt += 1;
                if i % 2 == 0 {
                    0
                } else {
                    v
                }
            },
        );
        assert_eq!(rebuilt, 4);
        assert_eq!(original.iter().copied().collect::<Vec<_>>(), [0, 1, 0, 3]);
        assert_eq!(checkpoint.iter().copied().collect::<Vec<_>>(), [0, 1, 2, 3]);
    }

    #[test]
    fn a_clone_shares_groups_of_pages_until_one_page_in_the_group_is_written() {
        let mut original: SharedPages<u32, 2> = SharedPages::new();
        (0..(2 * PAGES_PER_GROUP * 3) as u32).for_each(|n| original.push(n));
        let checkpoint = original.clone();
        assert!((0..3 * PAGES_PER_GROUP).all(|page| original.shares_page(&checkpoint, page)));
        if let Some(value) = original.get_mut(2 * PAGES_PER_GROUP + 1) {
            *value = 0;
        }
        assert!(original.shares_page(&checkpoint, 0));
        assert!(Rc::ptr_eq(&original.groups[0], &checkpoint.groups[0]));
        assert!(!Rc::ptr_eq(&original.groups[1], &checkpoint.groups[1]));
        assert!(Rc::ptr_eq(&original.groups[2], &checkpoint.groups[2]));
        assert!(!original.shares_page(&checkpoint, PAGES_PER_GROUP));
        assert!(original.shares_page(&checkpoint, PAGES_PER_GROUP + 1));
        assert_eq!(checkpoint.get(2 * PAGES_PER_GROUP + 1), Some(&(2 * PAGES_PER_GROUP as u32 + 1)));
        assert_eq!(original.get(2 * PAGES_PER_GROUP + 1), Some(&0));
        // Popping back across a group boundary and pushing again keeps both intact.
        let full = original.len();
        (0..2 * PAGES_PER_GROUP + 3).for_each(|_| {
            original.pop();
        });
        (0..3).for_each(|n| original.push(1000 + n));
        assert_eq!(original.len(), full - 2 * PAGES_PER_GROUP);
        assert_eq!(original.iter().last(), Some(&1002));
        assert_eq!(checkpoint.len(), full);
        assert_eq!(checkpoint.iter().copied().last(), Some(full as u32 - 1));
    }

    #[test]
    fn reads_past_the_end_find_nothing() {
        let mut pages: SharedPages<u32, 4> = SharedPages::new();
        assert_eq!(pages.get(0), None);
        pages.push(9);
        assert_eq!(pages.get(3), None);
        assert!(pages.get_mut(3).is_none());
    }

    #[test]
    fn popping_works_as_a_stack_and_spares_the_copies() {
        let mut stack: SharedPages<u32, 4> = SharedPages::new();
        (0..6).for_each(|n| stack.push(n));
        let checkpoint = stack.clone();
        assert_eq!(stack.pop(), Some(5));
        assert_eq!(stack.pop(), Some(4));
        assert_eq!(stack.page_count(), 1);
        stack.push(40);
        assert_eq!(stack.iter().copied().collect::<Vec<_>>(), [0, 1, 2, 3, 40]);
        assert_eq!(
            checkpoint.iter().copied().collect::<Vec<_>>(),
            [0, 1, 2, 3, 4, 5]
        );
        assert_eq!(stack.pop(), Some(40));
        (0..4).for_each(|_| {
            stack.pop();
        });
        assert_eq!(stack.pop(), None);
        assert!(stack.is_empty());
    }
}
