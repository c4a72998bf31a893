//! `cellscope run`.

pub fn main(_args: &[String]) -> u8 {
    eprintln!("cellscope run: not built yet");
    2
}
