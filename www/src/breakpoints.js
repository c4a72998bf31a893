// Breakpoints: a gutter left of the line numbers. A click or F9 toggles the breakpoint on a
// line; the playground reads them as line numbers for the engine's continueTo.
import { EditorView, gutter, GutterMarker } from "@codemirror/view";
import { RangeSet, StateEffect, StateField } from "@codemirror/state";

const toggleBreakpoint = StateEffect.define({
  map: (value, mapping) => ({ position: mapping.mapPos(value.position), on: value.on }),
});

class BreakpointDot extends GutterMarker {
  constructor(label) {
    super();
    this.label = label;
  }

  toDOM() {
    const dot = document.createElement("span");
    dot.textContent = "●";
    if (this.label) dot.setAttribute("aria-label", this.label);
    return dot;
  }
}

const breakpointMarker = new BreakpointDot("breakpoint");
/** Sizes the gutter; it is never shown, so it names nothing. */
const gutterSpacer = new BreakpointDot("");

const breakpointField = StateField.define({
  create: () => RangeSet.empty,
  update(breakpoints, transaction) {
    let next = breakpoints.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(toggleBreakpoint)) continue;
      const { position, on } = effect.value;
      next = on
        ? next.update({ add: [breakpointMarker.range(position)] })
        : next.update({ filter: (from) => from !== position });
    }
    return next;
  },
});

function hasBreakpoint(state, position) {
  let found = false;
  state.field(breakpointField).between(position, position, () => {
    found = true;
  });
  return found;
}

/** Toggles the breakpoint on the line that starts at `position`. */
export function toggleBreakpointAt(view, position) {
  view.dispatch({ effects: toggleBreakpoint.of({ position, on: !hasBreakpoint(view.state, position) }) });
}

/** Toggles the breakpoint on the cursor's line; bound to F9. */
export function toggleBreakpointAtCursor(view) {
  toggleBreakpointAt(view, view.state.doc.lineAt(view.state.selection.main.head).from);
  return true;
}

/** The 1-based line numbers that carry a breakpoint. */
export function breakpointLines(state) {
  const lines = [];
  state.field(breakpointField).between(0, state.doc.length, (from) => {
    lines.push(state.doc.lineAt(from).number);
  });
  return lines;
}

/** Whether an editor update added or removed a breakpoint. */
export function breakpointsChanged(update) {
  return update.startState.field(breakpointField) !== update.state.field(breakpointField);
}

/** Puts breakpoints on the given line numbers (from a share link). */
export function setBreakpointLines(view, lines) {
  const effects = lines
    .filter((line) => Number.isInteger(line) && line >= 1 && line <= view.state.doc.lines)
    .map((line) => toggleBreakpoint.of({ position: view.state.doc.line(line).from, on: true }));
  if (effects.length) view.dispatch({ effects });
}

export const breakpointGutter = [
  breakpointField,
  gutter({
    class: "cm-breakpoint-gutter",
    markers: (view) => view.state.field(breakpointField),
    initialSpacer: () => gutterSpacer,
    domEventHandlers: {
      mousedown(view, line) {
        toggleBreakpointAt(view, line.from);
        return true;
      },
    },
  }),
  EditorView.theme({
    ".cm-breakpoint-gutter .cm-gutterElement": { color: "var(--error)", padding: "0 2px 0 5px", cursor: "pointer" },
  }),
];
