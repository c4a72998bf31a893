//! `cellscope check`.

pub fn main(_args: &[String]) -> u8 {
    eprintln!("cellscope check: not built yet");
    2
}
