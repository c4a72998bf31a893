// Deep recursion folds: a long run of frames of one function (factorial calling itself
// thirty times), or of a few functions taking turns (a memoized recursion), shows its first
// frames and its last two, and one row in between for the rest, which a button unfolds. The current frame ends the innermost run, so it always
// stays drawn. The folded frames' references are merged per variable and target, each with
// the number of frames it stands for ("26 frames reach cache").
import { element } from "./dom.js";
import { renderValue } from "./values.js";
import { frameLabel } from "./labels.js";

const shortestFoldedRun = 6;
const keptAtStart = 1;
const keptAtEnd = 2;

function sameFunction(a, b) {
  if (a.function_id !== undefined && b.function_id !== undefined) return a.function_id === b.function_id;
  return a.qualname === b.qualname && a.function === b.function;
}

const longestPeriod = 3;

/** The longest run from `start` in which each frame runs the same function as the one
 * `period` frames before it (factorial → factorial, or lookup → factorial → lookup as a
 * memoized recursion alternates); returns { period, end }. */
function repeatingRun(frames, start) {
  let best = { period: 1, end: start + 1 };
  for (let period = 1; period <= longestPeriod && start + period < frames.length; period += 1) {
    let end = start + period;
    while (end < frames.length && sameFunction(frames[end], frames[end - period])) end += 1;
    if (end - start >= 3 * period && end > best.end) best = { period, end };
  }
  return best;
}

/** Splits `frames` into drawn frames, folds and the rows that fold an unfolded run again:
 * [{frame}], [{fold: {key, frames}}] or [{refold: {key, count}}]. */
export function foldFrames(frames, unfolded) {
  const items = [];
  let start = 0;
  while (start < frames.length) {
    const { period, end } = repeatingRun(frames, start);
    const key = `fold-f${frames[start].id}`;
    const foldable = end - start >= shortestFoldedRun && frames[start].function !== "<module>";
    if (!foldable) {
      items.push({ frame: frames[start] });
      start += 1;
      continue;
    }
    if (unfolded.has(key)) {
      // An unfolded run is drawn whole, after a row that folds it again.
      items.push({ refold: { key, count: end - start } });
      for (const frame of frames.slice(start, end)) items.push({ frame });
      start = end;
      continue;
    }
    const kept = Math.max(keptAtStart, period);
    for (const frame of frames.slice(start, start + kept)) items.push({ frame });
    items.push({ fold: { key, frames: frames.slice(start + kept, end - keptAtEnd) } });
    for (const frame of frames.slice(end - keptAtEnd, end)) items.push({ frame });
    start = end;
  }
  return items;
}

/** The folded frames' references, one per variable name and target, with their count. */
function mergedReferences(frames) {
  const merged = new Map();
  for (const frame of frames) {
    const bindings = [
      ...(frame.locals ?? []).filter(({ value }) => value?.kind === "ref").map(({ name, value }) => ({ name, id: value.id, role: "ref" })),
      ...(frame.cells ?? []).map(({ name, cell }) => ({ name, id: cell, role: "cell" })),
    ];
    for (const { name, id, role } of bindings) {
      const key = `${name}→${id}`;
      if (!merged.has(key)) merged.set(key, { name, id, role, count: 0 });
      merged.get(key).count += 1;
    }
  }
  return [...merged.values()];
}

function foldRow(key, { name, id, role, count }) {
  const text = `${count} frame${count === 1 ? "" : "s"} reach ${name}`;
  return element("div", { className: "binding binding-folded", data: { kind: "folded-variable", id: `${key}:${name}:${id}` } }, [
    element("span", { className: "binding-name", text: name }),
    element("span", { className: "fold-count", text: `${count} frame${count === 1 ? "" : "s"}`, title: text }),
    element("span", { className: "binding-value" }, [renderValue({ kind: "ref", id }, `${key}:${name}`, role)]),
  ]);
}

/** Draws the row standing for folded frames; `onUnfold` is called with its key. */
export function renderFold({ key, frames }, onUnfold) {
  const first = frameLabel(frames[0]);
  const last = frameLabel(frames[frames.length - 1]);
  const button = element("button", {
    className: "button fold-toggle",
    text: `Show all ${frames.length}`,
    attrs: { type: "button", "aria-expanded": "false", "aria-label": `Show the ${frames.length} folded frames` },
  });
  button.addEventListener("click", () => onUnfold(key));
  const rows = mergedReferences(frames).map((reference) => foldRow(key, reference));
  return element(
    "section",
    { className: "box frame frame-fold", data: { kind: "frame-fold", id: key }, attrs: { "aria-label": `${frames.length} frames folded, ${first} to ${last}` } },
    [
      element("div", { className: "box-header" }, [
        element("span", { className: "box-title", text: `⋮ ${frames.length} more frames` }),
        element("span", { className: "box-detail", text: `${first} … ${last}` }),
        button,
      ]),
      rows.length ? element("div", { className: "box-body" }, rows) : null,
    ],
  );
}

/** Draws the row above an unfolded run; `onFold` is called with its key. */
export function renderRefold({ key, count }, onFold) {
  const button = element("button", {
    className: "button fold-toggle",
    text: "Fold",
    attrs: { type: "button", "aria-expanded": "true", "aria-label": `Fold the ${count} frames of this recursion` },
  });
  button.addEventListener("click", () => onFold(key));
  return element(
    "section",
    { className: "box frame-fold frame-refold", data: { kind: "frame-fold", id: `${key}-open` }, attrs: { "aria-label": `${count} frames of one recursion, unfolded` } },
    [element("div", { className: "box-header" }, [element("span", { className: "box-detail", text: `${count} frames of one recursion` }), button])],
  );
}

/** Draws the row standing for the frames a very deep stack left out of the snapshot. */
export function renderGap({ count }) {
  const text = `⋮ ${count.toLocaleString("en-US")} frame${count === 1 ? "" : "s"} between, not drawn`;
  return element(
    "section",
    { className: "box frame-fold frame-gap", data: { kind: "frames-omitted", id: "frames-not-sent" }, attrs: { "aria-label": `${count} frames between these are not drawn` } },
    [element("div", { className: "box-header" }, [element("span", { className: "box-title", text })])],
  );
}
