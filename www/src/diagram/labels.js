// The names the diagram gives functions, frames and cells. The engine decides every label
// (a call number, `multiplier #2` for one of several functions made by one `def`); this file
// only picks the engine's label and falls back to the plain name in snapshots that have none.

/** How every text names function object `fn`. */
export function functionLabel(fn, id) {
  if (!fn) return id === undefined ? "function" : `function ${id}`;
  return fn.label ?? fn.name ?? "function";
}

/** How every text names a frame: "Global frame", "inc call 2". */
export function frameLabel(frame) {
  if (frame.label) return frame.label;
  if (frame.function === "<module>") return "Global frame";
  return `${frame.function}()`;
}

/** The frame that made a cell, as its title names it: "counter call 1", "the module". */
export function ownerLabel(owner = {}) {
  if (owner.label) return owner.label === "Global frame" ? "the module" : owner.label;
  return owner.function === "<module>" ? "the module" : `${owner.function ?? "?"}()`;
}

/** "inc", "inc and dec", "inc, dec and reset". */
export function joinNames(names) {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The labels of the functions holding cell `cell`. */
export function holderLabels(cell, heap) {
  return (cell.held_by ?? []).map((holder) => functionLabel(heap[holder], holder));
}
