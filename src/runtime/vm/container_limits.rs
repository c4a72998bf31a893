//! MemoryError for containers and strs that would outgrow the limits in
//! [`crate::runtime::budget`], raised before the allocation is attempted.

use super::Vm;
use crate::runtime::budget::{MAX_CONTAINER_ITEMS, MAX_STR_BYTES};
use crate::runtime::exception::Exception;
use crate::runtime::types::TypeId;

impl Vm {
    /// Refuses a list, tuple, dict or set about to hold `items` items.
    pub fn check_container_items(&mut self, items: usize) -> Result<(), Exception> {
        if items > MAX_CONTAINER_ITEMS {
            return Err(self.error(TypeId::MemoryError, ""));
        }
        Ok(())
    }

    /// Refuses a str about to hold `bytes` bytes.
    pub fn check_str_bytes(&mut self, bytes: usize) -> Result<(), Exception> {
        if bytes > MAX_STR_BYTES {
            return Err(self.error(TypeId::MemoryError, ""));
        }
        Ok(())
    }
}
