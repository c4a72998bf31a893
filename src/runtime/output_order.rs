//! The order in which a program wrote to stdout and stderr, so the command line can
//! replay both streams as a terminal (or CPython run unbuffered) shows them: a
//! `print(..., file=sys.stderr)` between two prints lands between their lines.
//!
//! The VM keeps each stream in its own string; this records only the points where
//! stderr was written after stdout had grown, which is one mark per switch.

/// Which stream a piece of output belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Switch points: at each mark, stdout had `.0` bytes when stderr, then `.1` bytes
/// long, was written again.
#[derive(Clone, Debug, Default)]
pub struct OutputOrder {
    marks: Vec<(usize, usize)>,
}

impl OutputOrder {
    /// Called before a write to stderr, with both streams' lengths at that moment.
    pub fn note_stderr_write(&mut self, stdout_len: usize, stderr_len: usize) {
        let last_stdout = self.marks.last().map_or(0, |mark| mark.0);
        if stdout_len > last_stdout {
            self.marks.push((stdout_len, stderr_len));
        }
    }

    /// Both streams cut into the pieces they were written in, in writing order.
    pub fn interleave<'a>(&self, stdout: &'a str, stderr: &'a str) -> Vec<(Stream, &'a str)> {
        let mut pieces = Vec::with_capacity(2 * self.marks.len() + 2);
        let (mut out_at, mut err_at) = (0, 0);
        for &(out_end, err_end) in &self.marks {
            // Clamped, so a stream cleared or cut after the marks were taken (the
            // output budget) still replays whole.
            let err_end = err_end.clamp(err_at, stderr.len());
            let out_end = out_end.clamp(out_at, stdout.len());
            pieces.push((Stream::Stderr, stderr.get(err_at..err_end).unwrap_or("")));
            pieces.push((Stream::Stdout, stdout.get(out_at..out_end).unwrap_or("")));
            (out_at, err_at) = (out_end, err_end);
        }
        pieces.push((Stream::Stderr, stderr.get(err_at..).unwrap_or("")));
        pieces.push((Stream::Stdout, stdout.get(out_at..).unwrap_or("")));
        pieces.retain(|(_, text)| !text.is_empty());
        pieces
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stderr_between_two_prints_lands_between_them() {
        let mut order = OutputOrder::default();
        // print('a'); print('e', file=sys.stderr); print('b'); print('f', file=sys.stderr)
        order.note_stderr_write(2, 0);
        order.note_stderr_write(4, 2);
        let pieces = order.interleave("a\nb\n", "e\nf\n");
        assert_eq!(
            pieces,
            vec![
                (Stream::Stdout, "a\n"),
                (Stream::Stderr, "e\n"),
                (Stream::Stdout, "b\n"),
                (Stream::Stderr, "f\n"),
            ]
        );
    }

    #[test]
    fn stderr_first_and_consecutive_writes_need_no_marks() {
        let mut order = OutputOrder::default();
        order.note_stderr_write(0, 0);
        order.note_stderr_write(0, 2);
        assert!(order.marks.is_empty());
        let pieces = order.interleave("a\n", "e\nf\n");
        assert_eq!(
            pieces,
            vec![(Stream::Stderr, "e\nf\n"), (Stream::Stdout, "a\n")]
        );
    }
}
