//! Any UTF-8 program that parses must go through scope analysis and the compiler to
//! code objects or to a SyntaxError that renders.
#![no_main]

use cellscope::runtime::compiler::compile_module;
use cellscope::runtime::heap::Heap;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(module) = cellscope::syntax::parse(source) else {
        return;
    };
    let table = match cellscope::scope::analyze(&module) {
        Ok(table) => table,
        Err(error) => {
            let _ = error.render(source, "x.py");
            return;
        }
    };
    let mut heap = Heap::new();
    if let Err(error) = compile_module(&module, &table, source, "x.py", &mut heap) {
        let _ = error.render(source, "x.py");
    }
});
