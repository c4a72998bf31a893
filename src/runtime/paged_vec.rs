//! The storage of a container that grows: a plain vector while it is small, shared
//! pages once it is not.
//!
//! A heap page copied after a checkpoint clones every object in it. A small list or
//! dict table costs little to clone; a big one would be copied whole at every checkpoint
//! it is written after, so past `N` elements the items move to [`SharedPages`], whose
//! clone copies one pointer per page and whose writes copy only the page they land in.
//! Which form holds the items never shows: every operation gives the same result on both.

use super::shared_pages::SharedPages;

#[derive(Clone, Debug)]
enum Store<T, const N: usize> {
    Inline(Vec<T>),
    /// Boxed, so that a small container (most of them) is no bigger than a `Vec`,
    /// and neither is the heap slot that holds it.
    Paged(Box<SharedPages<T, N>>),
}

#[derive(Clone, Debug)]
pub struct PagedVec<T, const N: usize>(Store<T, N>);

impl<T: Clone + Default, const N: usize> Default for PagedVec<T, N> {
    fn default() -> Self {
        PagedVec(Store::Inline(Vec::new()))
    }
}

impl<T: Clone + Default + PartialEq, const N: usize> PartialEq for PagedVec<T, N> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: Clone + Default, const N: usize> From<Vec<T>> for PagedVec<T, N> {
    fn from(items: Vec<T>) -> Self {
        PagedVec::from_vec(items)
    }
}

impl<T: Clone + Default, const N: usize> FromIterator<T> for PagedVec<T, N> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut collected = PagedVec::new();
        collected.extend(items);
        collected
    }
}

impl<T: Clone + Default, const N: usize> PagedVec<T, N> {
    pub fn new() -> Self {
        PagedVec::default()
    }

    pub fn from_vec(items: Vec<T>) -> Self {
        if items.len() <= N {
            return PagedVec(Store::Inline(items));
        }
        let mut pages = SharedPages::new();
        items.into_iter().for_each(|item| pages.push(item));
        PagedVec(Store::Paged(Box::new(pages)))
    }

    /// `count` copies of `value` (an empty hash index, for one).
    pub fn filled(value: T, count: usize) -> Self {
        PagedVec::from_vec(vec![value; count])
    }

    #[inline]
    pub fn len(&self) -> usize {
        match &self.0 {
            Store::Inline(items) => items.len(),
            Store::Paged(pages) => pages.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn get(&self, index: usize) -> Option<&T> {
        match &self.0 {
            Store::Inline(items) => items.get(index),
            Store::Paged(pages) => pages.get(index),
        }
    }

    /// The element at `index`, for writing: in the paged form its page is copied first
    /// if a checkpoint shares it.
    #[inline]
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        match &mut self.0 {
            Store::Inline(items) => items.get_mut(index),
            Store::Paged(pages) => pages.get_mut(index),
        }
    }

    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&T> {
        self.get(self.len().checked_sub(1)?)
    }

    pub fn push(&mut self, value: T) {
        match &mut self.0 {
            Store::Inline(items) if items.len() < N => items.push(value),
            Store::Inline(items) => {
                let mut pages = SharedPages::new();
                std::mem::take(items)
                    .into_iter()
                    .for_each(|item| pages.push(item));
                pages.push(value);
                self.0 = Store::Paged(Box::new(pages));
            }
            Store::Paged(pages) => pages.push(value),
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        match &mut self.0 {
            Store::Inline(items) => items.pop(),
            Store::Paged(pages) => pages.pop(),
        }
    }

    pub fn extend(&mut self, items: impl IntoIterator<Item = T>) {
        items.into_iter().for_each(|item| self.push(item));
    }

    /// Inserts `value` before `index` (at the end when `index` is past it), shifting
    /// the rest up one place in place: only the pages from `index` on are written.
    pub fn insert(&mut self, index: usize, value: T) {
        if let Store::Inline(items) = &mut self.0 {
            if items.len() < N {
                items.insert(index.min(items.len()), value);
                return;
            }
        }
        let index = index.min(self.len());
        self.push(T::default());
        for position in (index + 1..self.len()).rev() {
            self.copy_within(position - 1, position);
        }
        if let Some(slot) = self.get_mut(index) {
            *slot = value;
        }
    }

    /// Removes and returns the element at `index`, shifting the rest down one place.
    pub fn remove(&mut self, index: usize) -> Option<T> {
        if let Store::Inline(items) = &mut self.0 {
            return (index < items.len()).then(|| items.remove(index));
        }
        let removed = self.get(index)?.clone();
        for position in index..self.len() - 1 {
            self.copy_within(position + 1, position);
        }
        self.pop();
        Some(removed)
    }

    /// Writes the element at `from` over the one at `to`.
    fn copy_within(&mut self, from: usize, to: usize) {
        if let Some(value) = self.get(from).cloned() {
            if let Some(slot) = self.get_mut(to) {
                *slot = value;
            }
        }
    }

    pub fn truncate(&mut self, len: usize) {
        while self.len() > len {
            self.pop();
        }
    }

    pub fn clear(&mut self) {
        self.0 = Store::Inline(Vec::new());
    }

    /// Every element in order.
    pub fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        let (inline, paged) = match &self.0 {
            Store::Inline(items) => (Some(items.iter()), None),
            Store::Paged(pages) => (None, Some(pages.iter())),
        };
        inline.into_iter().flatten().chain(paged.into_iter().flatten())
    }

    /// Visits every element in order, a contiguous run at a time: the collector marks
    /// through this, where a chained iterator would cost a test per element.
    pub fn for_each(&self, mut visit: impl FnMut(&T)) {
        match &self.0 {
            Store::Inline(items) => items.iter().for_each(visit),
            Store::Paged(pages) => {
                let mut left = pages.len();
                for page in 0..pages.page_count() {
                    let Some(items) = pages.page(page) else {
                        return;
                    };
                    let run = left.min(N);
                    items.iter().take(run).for_each(&mut visit);
                    left -= run;
                }
            }
        }
    }

    pub fn to_vec(&self) -> Vec<T> {
        match &self.0 {
            Store::Inline(items) => items.clone(),
            Store::Paged(pages) => pages.iter().cloned().collect(),
        }
    }

    /// The elements at `start..end`, as far as there are any.
    pub fn range_to_vec(&self, start: usize, end: usize) -> Vec<T> {
        let end = end.min(self.len());
        let start = start.min(end);
        match &self.0 {
            Store::Inline(items) => items.get(start..end).unwrap_or_default().to_vec(),
            Store::Paged(pages) => (start..end).filter_map(|i| pages.get(i).cloned()).collect(),
        }
    }

    /// Runs `change` on the elements as a plain vector, for rearrangements that move
    /// every element anyway (reverse, a slice assignment, a filter).
    pub fn edit<R>(&mut self, change: impl FnOnce(&mut Vec<T>) -> R) -> R {
        let mut items = match &mut self.0 {
            Store::Inline(items) => std::mem::take(items),
            Store::Paged(pages) => pages.iter().cloned().collect(),
        };
        let result = change(&mut items);
        *self = PagedVec::from_vec(items);
        result
    }

    /// Bytes of elements this vector holds that `other` does not share with it: every
    /// element of the plain form, only the pages that differ of the paged one.
    pub fn bytes_not_shared_with(&self, other: &Self) -> usize {
        let size = std::mem::size_of::<T>();
        match (&self.0, &other.0) {
            (Store::Paged(mine), Store::Paged(theirs)) => {
                let unshared = (0..mine.page_count())
                    .filter(|&page| !mine.shares_page(theirs, page))
                    .count();
                unshared * N * size
                    + mine.table_bytes()
                    + mine.group_bytes_not_shared_with(theirs)
            }
            _ => self.len() * size,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the same operations on a `PagedVec` and a `Vec`, in both forms (pages of 4
    /// elements, so the paged form is reached at once), and checks they agree.
    #[test]
    fn every_operation_agrees_with_a_plain_vector() {
        let mut paged: PagedVec<u32, 4> = PagedVec::new();
        let mut plain: Vec<u32> = Vec::new();
        let mut state: u32 = 0x9e37_79b9;
        for step in 0..3000u32 {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let at = (state as usize / 7) % (plain.len() + 1);
            match state % 9 {
                0..=2 => {
                    paged.push(step);
                    plain.push(step);
                }
                3 => assert_eq!(paged.pop(), plain.pop()),
                4 => {
                    paged.insert(at, step);
                    plain.insert(at, step);
                }
                5 if at < plain.len() => assert_eq!(paged.remove(at), Some(plain.remove(at))),
                6 if at < plain.len() => {
                    *paged.get_mut(at).unwrap() = step;
                    plain[at] = step;
                }
                7 => {
                    paged.edit(|items| items.reverse());
                    plain.reverse();
                }
                _ => assert_eq!(paged.range_to_vec(at, at + 3), plain[at..(at + 3).min(plain.len())]),
            }
            assert_eq!(paged.len(), plain.len());
            assert_eq!(paged.last(), plain.last());
        }
        assert_eq!(paged.to_vec(), plain);
        assert_eq!(paged.iter().copied().collect::<Vec<_>>(), plain);
        let mut visited = Vec::new();
        paged.for_each(|&item| visited.push(item));
        assert_eq!(visited, plain);
        assert_eq!(paged.remove(plain.len()), None);
    }

    #[test]
    fn a_copy_shares_every_page_the_original_does_not_write() {
        let mut list: PagedVec<u64, 4> = (0..40).collect();
        let checkpoint = list.clone();
        // Ten pages in one group: a copy holds only the pointer to the group.
        let group_pointer = 8;
        assert_eq!(list.bytes_not_shared_with(&checkpoint), group_pointer);
        *list.get_mut(5).unwrap() = 50;
        list.push(40);
        // The written page and the new one, and the group's own copy of 64 page
        // pointers and its two counts.
        let page = 4 * 8;
        let group = 64 * 8 + 2 * 8;
        assert_eq!(list.bytes_not_shared_with(&checkpoint), 2 * page + group_pointer + group);
        assert_eq!(checkpoint.get(5), Some(&5));
        assert_eq!(checkpoint.len(), 40);
        assert_ne!(list, checkpoint);
        assert_eq!(checkpoint, (0..40).collect());
    }

    #[test]
    fn a_small_vector_stays_plain_and_a_cleared_one_starts_again() {
        let mut list: PagedVec<u8, 4> = vec![1, 2, 3, 4].into();
        assert!(matches!(list.0, Store::Inline(_)));
        list.insert(0, 0);
        assert!(matches!(list.0, Store::Paged(_)));
        assert_eq!(list.to_vec(), [0, 1, 2, 3, 4]);
        list.clear();
        assert!(list.is_empty());
        assert!(matches!(list.0, Store::Inline(_)));
        assert_eq!(PagedVec::<u8, 4>::filled(7, 9).to_vec(), [7; 9]);
    }
}
