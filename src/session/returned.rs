//! What a returned frame leaves behind. When a frame that made cells returns (or an
//! exception unwinds it), its plain locals die with it, but each of its cells lives on
//! while anything still holds it (a closure's `__closure__`, most often). The step
//! right after says which, so the picture never suggests the frame's other locals
//! survive.

use super::snapshot::{FrameView, OmittedFrames, ReturnedFrame, Snapshot};

/// The frames of `before` with cell variables that are gone in `now`.
pub fn returned_frames(before: &Snapshot, now: &Snapshot) -> Option<Vec<ReturnedFrame>> {
    let gone: Vec<ReturnedFrame> = before
        .frames
        .iter()
        .filter(|frame| frame.cells.iter().any(|slot| slot.kind == "cell"))
        .filter(|frame| !now.frames.iter().any(|f| f.id == frame.id))
        .filter(|frame| {
            !now.omitted_frames
                .is_some_and(|gap| left_out(frame.id, gap))
        })
        .map(|frame| what_lives_on(frame, now))
        .collect();
    (!gone.is_empty()).then_some(gone)
}

/// Whether a frame is among those a deep stack leaves out: call frames are numbered
/// in call order, so the ones in the gap lie between the frames on either side.
fn left_out(id: u64, gap: OmittedFrames) -> bool {
    gap.after < id && id < gap.before
}

fn what_lives_on(frame: &FrameView, now: &Snapshot) -> ReturnedFrame {
    let (kept, freed): (Vec<_>, Vec<_>) = frame
        .cells
        .iter()
        .filter(|slot| slot.kind == "cell")
        .partition(|slot| now.heap.contains_key(&slot.cell));
    ReturnedFrame {
        frame: frame.id,
        label: frame.label.clone(),
        function: frame.function.clone(),
        function_id: frame.function_id,
        cells_kept: kept.iter().map(|slot| slot.cell).collect(),
        cells_freed: freed.iter().map(|slot| slot.name.clone()).collect(),
        locals_dropped: frame
            .locals
            .iter()
            .filter(|binding| !binding.name.starts_with('.'))
            .map(|binding| binding.name.clone())
            .collect(),
    }
}
