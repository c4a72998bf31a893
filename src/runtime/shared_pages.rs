//! A vector stored in fixed-size pages that copies share until one of them writes.
//!
//! Cloning copies one pointer per page; a write copies only the page it lands in, and
//! only while another copy still holds that page. This is what lets a checkpoint of the
//! heap cost a pointer per page, and memory only for the pages written since, as a
//! forked process shares every page it has not written (rr's checkpoints work so).

use std::rc::Rc;

#[derive(Debug)]
pub struct SharedPages<T, const N: usize> {
    pages: Vec<Rc<[T; N]>>,
    len: usize,
}

impl<T, const N: usize> Clone for SharedPages<T, N> {
    fn clone(&self) -> Self {
        SharedPages {
            pages: self.pages.clone(),
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
            pages: Vec::new(),
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
    pub fn get(&self, index: usize) -> Option<&T> {
        if index >= self.len {
            return None;
        }
        self.pages.get(index / N).map(|page| &page[index % N])
    }

    /// The element at `index`, for writing: its page is copied first if shared.
    #[inline]
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index >= self.len {
            return None;
        }
        let page = self.pages.get_mut(index / N)?;
        Some(&mut Rc::make_mut(page)[index % N])
    }

    pub fn push(&mut self, value: T) {
        let offset = self.len % N;
        if offset == 0 {
            self.pages
                .push(Rc::new(std::array::from_fn(|_| T::default())));
        }
        if let Some(page) = self.pages.last_mut() {
            Rc::make_mut(page)[offset] = value;
        }
        self.len += 1;
    }

    /// Removes the last element; a page left empty is let go.
    pub fn pop(&mut self) -> Option<T> {
        let last = self.len.checked_sub(1)?;
        let value = self.get(last).cloned();
        self.len = last;
        if last % N == 0 {
            self.pages.pop();
        }
        value
    }

    /// Every element in order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.pages
            .iter()
            .flat_map(|page| page.iter())
            .take(self.len)
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The page holding elements `page * N ..`, read-only.
    pub fn page(&self, page: usize) -> Option<&[T; N]> {
        self.pages.get(page).map(|p| &**p)
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
        let Some(held) = self.pages.get_mut(page) else {
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

    /// Whether page `page` is the very same memory in both vectors.
    pub fn shares_page(&self, other: &Self, page: usize) -> bool {
        match (self.pages.get(page), other.pages.get(page)) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
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
