//! `cellscope parse`.

pub fn main(_args: &[String]) -> u8 {
    eprintln!("cellscope parse: not built yet");
    2
}
