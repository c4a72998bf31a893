//! `cellscope scopes`.

pub fn main(_args: &[String]) -> u8 {
    eprintln!("cellscope scopes: not built yet");
    2
}
