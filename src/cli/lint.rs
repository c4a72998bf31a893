//! `cellscope lint`.

pub fn main(_args: &[String]) -> u8 {
    eprintln!("cellscope lint: not built yet");
    2
}
