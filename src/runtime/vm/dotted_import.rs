//! `import a.b`: a dotted name imports its package first, and the submodule becomes
//! an attribute of the package, as Python's import system leaves it.

use super::Vm;
use crate::runtime::exception::Exception;
use crate::runtime::types::TypeId;
use crate::runtime::value::Value;

impl Vm {
    /// `import a.b`: the package first; a module it already binds as `b` (as `os`
    /// binds `os.path`) is the submodule, else `a.b` is imported and set on it.
    pub(super) fn import_dotted(&mut self, name: &str) -> Result<Value, Exception> {
        let Some((parent, child)) = name.rsplit_once('.') else {
            return self.import_module(name);
        };
        let package = self.import_dotted(parent)?;
        if let Ok(found) = self.get_attr(package, child) {
            if self.type_of(found) == TypeId::Module {
                return Ok(found);
            }
        }
        let module = self.import_module(name)?;
        self.set_attr(package, child, module)?;
        Ok(module)
    }
}
