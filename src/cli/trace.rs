//! `cellscope trace`.

pub fn main(_args: &[String]) -> u8 {
    eprintln!("cellscope trace: not built yet");
    2
}
