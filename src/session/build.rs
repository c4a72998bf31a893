//! Building the snapshot of one step: replay from the nearest checkpoint to the step
//! before and to the step itself, draw both, and compare them for `changed` and the
//! narration. Replays work on clones, so the recording is never disturbed.

use super::accesses::AccessView;
use super::frames_view::{frame_views, paused_generator_frame, CurrentPosition};
use super::heap_view::HeapWalk;
use super::history::{StepKind, StepRecord};
use super::narration::narrate;
use super::returned::returned_frames;
use super::snapshot::{ByteSpan, RaisedView, Snapshot};
use super::snapshot::{FrameView, HeapObject};
use super::stepper::Stepper;
use super::Session;
use crate::runtime::object::Object;
use crate::runtime::value::Value;
use crate::runtime::vm::Vm;

impl Session {
    /// The snapshot of `step`, or `None` past the last recorded step.
    pub fn snapshot(&self, step: usize) -> Option<Snapshot> {
        let record = *self.history.get(step)?;
        let last = self.last_drawn.borrow().as_ref().map(|(drawn, _)| *drawn);
        self.pictures.reach_back(last == Some(step + 1));
        let mut drawn_before = self
            .last_drawn
            .take()
            .filter(|(drawn, _)| Some(*drawn) == step.checked_sub(1))
            .map(|(_, drawn)| drawn);
        if let Some((before, now)) = self.drawn_from_pictures(step, record, &mut drawn_before) {
            return Some(self.finished(step, now, Some(before)));
        }
        let (before, now, state) = match (step.checked_sub(1), drawn_before) {
            // Stepping forwards, the step before was just drawn: only this one is left,
            // replayed on from the state it was drawn from.
            (Some(_), Some(before)) => {
                let (state, reported, accesses) = self.state_after_next(step)?;
                let mut now = self.draw_state(step, record, &state);
                now.accesses = accesses;
                (Some(before), now, (state, reported))
            }
            // Stepping backwards, this step was drawn as the `before` of the one after
            // it: only the step before it is left to draw.
            (Some(previous), None) => {
                let (mut state, reported) = self.state_after(previous)?;
                let before = self.draw(previous, &state);
                let (reported, accesses) = self.advance_collecting(&mut state, reported, step);
                let drawn_now = self.drawn_as_previous(step);
                let mut now = drawn_now.unwrap_or_else(|| self.draw_state(step, record, &state));
                now.accesses = accesses;
                (Some(before), now, (state, reported))
            }
            (None, _) => {
                let state = self.state_after(step)?;
                (None, self.draw_state(step, record, &state.0), state)
            }
        };
        self.last_state.replace(Some((step, state.0, state.1)));
        Some(self.finished(step, now, before))
    }

    /// `step` as it was drawn for the `before` of the step after it, if that was the
    /// last snapshot drawn.
    pub(super) fn drawn_as_previous(&self, step: usize) -> Option<Snapshot> {
        let (drawn, snapshot) = self.drawn_previous.take()?;
        (drawn == step).then_some(snapshot)
    }

    /// `now` finished against `before`, both kept for drawing the steps next to it.
    fn finished(&self, step: usize, now: Snapshot, before: Option<Snapshot>) -> Snapshot {
        self.last_drawn.replace(Some((step, now.clone())));
        let finished = self.finish_snapshot(now, before.as_ref());
        if let (Some(previous), Some(before)) = (step.checked_sub(1), before) {
            self.drawn_previous.replace(Some((previous, before)));
        }
        finished
    }

    /// The state after `step`, from the one kept for `step - 1` when there is one (a
    /// replay of one step instead of one from the checkpoint).
    fn state_after_next(&self, step: usize) -> Option<(Stepper, usize, Vec<AccessView>)> {
        let (mut state, reported) = match self.last_state.take() {
            Some((drawn, mut state, reported))
                if drawn + 1 == step && (reported <= step || self.pictures.get(step).is_some()) =>
            {
                self.feed_input(&mut state);
                (state, reported)
            }
            _ => self.state_after(step.checked_sub(1)?)?,
        };
        let (reported, accesses) = self.advance_collecting(&mut state, reported, step);
        Some((state, reported, accesses))
    }

    /// Replays `state` from the step before `step` to `step`, as [`Self::advance_past`]
    /// does, with the name accesses of what it ran. The `end` step's are those of the
    /// instructions after the last event, when the program ran to its end.
    pub(super) fn advance_collecting(
        &self,
        state: &mut Stepper,
        reported: usize,
        step: usize,
    ) -> (usize, Vec<AccessView>) {
        state.accesses = Some(Box::default());
        let is_end = matches!(self.history.get(step), Some(r) if r.kind == StepKind::End);
        let mut ran_on = false;
        if is_end && !state.is_finished() {
            ran_on = state.advance(&mut Vec::new()) > 0;
            state.vm.stdout.clear();
        }
        // The end step's replay swaps in the final state, which has no log.
        let early = if is_end { state.accesses.take() } else { None };
        let reported = self.advance_past(state, reported, step);
        let accesses = match early.or_else(|| state.accesses.take()) {
            Some(log) if !ran_on => log.accesses,
            _ => Vec::new(),
        };
        (reported, accesses)
    }

    /// A snapshot without `changed` or narration, for comparing with the next one.
    fn draw(&self, step: usize, state: &Stepper) -> Snapshot {
        let record = self.history.get(step).copied().unwrap_or(StepRecord {
            kind: StepKind::Line,
            in_callback: false,
            line: 0,
            depth: 1,
            function: 0,
            frame: 0,
            stdout_end: 0,
            stderr_end: 0,
        });
        self.draw_state(step, record, state)
    }

    fn finish_snapshot(&self, mut now: Snapshot, before: Option<&Snapshot>) -> Snapshot {
        if let Some(before) = before {
            now.changed = now
                .heap
                .iter()
                .filter(|(id, object)| before.heap.get(id) != Some(object))
                .map(|(&id, _)| id)
                .collect();
            if !now.post_mortem {
                now.returned_frames = returned_frames(before, &now);
            }
        }
        now.emphasis = super::emphasis::emphasis_of(&now);
        let quotable = editor_lines_only(&now, before);
        let statement_at = |line| match &quotable {
            Some(lines) if !lines.contains(&line) => "",
            _ => self.statement_text(line),
        };
        now.narration = narrate(&now, before, &statement_at, &self.cell_reasons);
        if let Some(lookup) = self.lookup_sentence(&now) {
            now.narration = format!("{} {lookup}", now.narration);
        }
        now
    }

    /// The interpreter as it stood when `step` was reported, and how many events it
    /// had reported by then.
    pub(super) fn state_after(&self, step: usize) -> Option<(Stepper, usize)> {
        if self.history.get(step)?.kind == StepKind::End {
            return Some((self.final_state.clone()?, step));
        }
        // A callback's step has no state right after it: its picture is taken on the
        // way, from a state before the instruction that called back.
        let from = if self.in_callback(step) { step } else { step + 1 };
        let (reported, mut state) = self.replay_start(from)?;
        let reported = self.advance_past(&mut state, reported, step);
        Some((state, reported))
    }

    /// Replays `state`, which has reported `reported` events, until event `step` is
    /// out; returns how many it has reported then.
    fn advance_past(&self, state: &mut Stepper, mut reported: usize, step: usize) -> usize {
        if matches!(self.history.get(step), Some(record) if record.kind == StepKind::End) {
            if let Some(last) = &self.final_state {
                *state = last.clone();
            }
            return step;
        }
        let pictured = self.pictures_wanted(step);
        let mut pictures = Vec::new();
        let mut events = Vec::new();
        let mut last_kept = state.vm.steps;
        while reported <= step {
            events.clear();
            state.want_pictures(reported, &pictured);
            let added = state.advance(&mut events);
            state.vm.stdout.clear();
            if added == 0 {
                break;
            }
            reported += added;
            // A copy kept for later replays carries no pictures.
            pictures.append(&mut state.pictures);
            self.keep_recent(state, reported, step, &mut last_kept);
        }
        state.want_pictures(reported, &[]);
        self.pictures.keep(pictures);
        reported
    }

    pub(super) fn draw_state(&self, step: usize, record: StepRecord, state: &Stepper) -> Snapshot {
        if record.kind == StepKind::End {
            if let Some(view) = self.post_mortem(step) {
                return view;
            }
        }
        // A step a callback reported is drawn from the picture kept at its event.
        let picture = self.pictures.get(step);
        let state = picture.as_ref().map_or(state, |picture| &picture.state);
        let vm = &state.vm;
        let mut walk = HeapWalk::new(vm, &self.cell_owners, self.statements.definition_sites());
        let return_value = if record.kind == StepKind::Return {
            state.returning_value()
        } else {
            None
        };
        let position = CurrentPosition {
            line: record.line,
            return_value,
            depth: record.depth as usize,
            frame_id: u64::from(record.frame),
            function: self.history.function_name(&record),
            module_line: self.module_line(step, state),
            file: self.history.function_file(&record),
        };
        let (mut frames, omitted_frames) = frame_views(state, &position, &mut walk);
        // A generator that has just yielded is drawn once, as the event's own frame.
        let mut paused = paused_generator_frames(vm, &mut walk);
        paused.retain(|generator| frames.iter().all(|frame| frame.id != generator.id));
        let live: Vec<u64> = frames.iter().chain(&paused).map(|frame| frame.id).collect();
        frames.splice(1..1, paused);
        let mut heap = walk.finish(&live);
        for frame in &mut frames {
            frame.function_id = frame.function_id.filter(|id| heap.contains_key(id));
            mark_running_generator(frame, &mut heap);
        }
        Snapshot {
            step,
            event: record.kind.name(),
            line: record.line,
            prev_line: self.history.prev_line(step),
            span: match self.history.function_file(&record) {
                Some(_) => ByteSpan { start: 0, end: 0 },
                None => self.statement_span(record.line),
            },
            file: self.history.function_file(&record).map(str::to_string),
            frames,
            heap,
            stdout: self.history.stdout_at(step).to_string(),
            stderr: self.history.stderr_at(step).to_string(),
            narration: String::new(),
            changed: Vec::new(),
            accesses: Vec::new(),
            emphasis: Default::default(),
            exception: self.exception_view(record, state),
            stopped: if record.kind == StepKind::End {
                self.stopped.clone()
            } else {
                None
            },
            post_mortem: false,
            returned_frames: None,
            omitted_frames,
        }
    }

    /// The exception of an `exception` step (the one being handled, or the one that
    /// ended the program), and the uncaught one on the `end` step.
    fn exception_view(&self, record: StepRecord, state: &Stepper) -> Option<RaisedView> {
        match record.kind {
            StepKind::End => self.uncaught.as_ref().map(|e| RaisedView {
                type_name: e.type_name.clone(),
                message: e.message.clone(),
                line: e.line,
                frame: None,
                raised_in: None,
            }),
            StepKind::Exception => {
                let exception = state
                    .raising()
                    .or(state.vm.handling)
                    .or(state.vm.uncaught)?;
                let mut scratch = state.vm.clone();
                scratch.heap.shared_strs_frozen = true;
                let type_name = scratch.heap.get(exception).type_id().name().to_string();
                let message = scratch.to_str(Value::Obj(exception)).unwrap_or_default();
                Some(RaisedView {
                    type_name,
                    message,
                    line: record.line,
                    frame: Some(u64::from(record.frame)),
                    raised_in: raiser_qualname(&state.vm, exception),
                })
            }
            _ => None,
        }
    }

    /// The line the module frame last reported, for when its frame is already gone.
    fn module_line(&self, step: usize, state: &Stepper) -> u32 {
        if let Some(module) = state.vm.frames.first() {
            return module.current_line();
        }
        let reported = self
            .history
            .records
            .get(..=step)
            .unwrap_or(&self.history.records);
        reported
            .iter()
            .rev()
            .find(|r| r.depth == 1)
            .map_or(0, |r| r.line)
    }

    /// Bytes of the statement on line `line`; for a line no statement starts on (a
    /// decorator, a continuation), the line without its indentation and line break.
    fn statement_span(&self, line: u32) -> ByteSpan {
        if let Some(span) = self.statements.get(line) {
            return span;
        }
        let mut start = 0;
        for (index, text) in self.source.split_inclusive('\n').enumerate() {
            if index + 1 == line as usize {
                let indent = text.len() - text.trim_start().len();
                let end = start + text.trim_end().len();
                return ByteSpan {
                    start: (start + indent.min(text.trim_end().len())) as u32,
                    end: end as u32,
                };
            }
            start += text.len();
        }
        ByteSpan {
            start: start as u32,
            end: start as u32,
        }
    }

    /// The statement's first line, for narration.
    fn statement_text(&self, line: u32) -> &str {
        let span = self.statement_span(line);
        let text = self
            .source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("");
        text.split('\n').next().unwrap_or("")
    }
}

/// The lines narration may quote from the editor's program: any, unless a step is in
/// code from `<string>`, whose lines are not the editor's; then only the lines of the
/// editor's steps and frames that are no line of the others.
fn editor_lines_only(now: &Snapshot, before: Option<&Snapshot>) -> Option<Vec<u32>> {
    let steps = || std::iter::once(now).chain(before);
    if steps().all(|s| s.file.is_none()) {
        return None;
    }
    let lines = |editor: bool| -> Vec<u32> {
        let step_lines = steps()
            .filter(|s| s.file.is_none() == editor)
            .map(|s| s.line);
        let frames = steps().flat_map(|s| &s.frames);
        let frame_lines = frames
            .filter(|f| f.file.is_none() == editor)
            .map(|f| f.line);
        step_lines.chain(frame_lines).collect()
    };
    let elsewhere = lines(false);
    let in_editor = lines(true)
        .into_iter()
        .filter(|line| !elsewhere.contains(line));
    Some(in_editor.collect())
}

/// A generator reports its `yield` while it still runs (CPython's tracer sees
/// `gi_running` true), though the interpreter has already put its frame back in the
/// object: the object says running, as its frame does.
fn mark_running_generator(
    frame: &FrameView,
    heap: &mut std::collections::BTreeMap<u64, HeapObject>,
) {
    let generator = frame.generator.and_then(|id| heap.get_mut(&id));
    if let (Some(HeapObject::Generator(view)), "running") = (generator, frame.state) {
        view.state = "running";
    }
}

/// The qualname of the code the traceback of `exception` starts in.
pub(super) fn raiser_qualname(vm: &Vm, exception: crate::runtime::heap::ObjRef) -> Option<String> {
    match vm.heap.get(exception) {
        Object::Exception(raised) => Some(raised.traceback.first()?.code.qualname.to_string()),
        _ => None,
    }
}

/// The frames of generators the walk met that are not running, drawn after the global
/// frame; drawing them can reach further generators. A generator a `for` loop is
/// iterating sits only on the value stack, so those are looked for there too.
fn paused_generator_frames(vm: &Vm, walk: &mut HeapWalk) -> Vec<FrameView> {
    for value in &vm.stack {
        if let Value::Obj(r) = *value {
            if matches!(vm.heap.get(r), Object::Generator(_)) {
                walk.reference(r);
            }
        }
    }
    let mut frames = Vec::new();
    loop {
        walk.drain();
        let found = walk.take_generators();
        if found.is_empty() {
            return frames;
        }
        frames.extend(
            found
                .into_iter()
                .filter_map(|generator| paused_generator_frame(vm, generator, walk)),
        );
    }
}
