// The call-stack panel: the snapshot's frames on the stack, the current one first, as buttons. Picking one
// shows its variables below the list; the page also scrolls the editor to its line.
import { element } from "../diagram/dom.js";

/** The frame's label from the snapshot ("Global frame", "square call 2"), as the diagram shows it. */
function frameTitle(frame) {
  return frame.label ?? (frame.function === "<module>" ? "Global frame" : `${frame.function}()`);
}

function countOf(object) {
  const length = object.length ?? (object.items ?? object.entries ?? []).length;
  return `${length} ${length === 1 ? "item" : "items"}`;
}

/** A value as a short text: a primitive's repr, or what a reference points to. */
export function describeValue(value, heap) {
  if (!value) return "(empty)";
  if (value.kind !== "ref") return String(value.repr ?? "");
  const object = heap?.[value.id];
  if (!object) return `object ${value.id}`;
  if (object.kind === "cell") return `cell holding ${describeValue(object.contents, heap)}`;
  if (object.kind === "function") return `function ${object.label ?? object.name}`;
  if (object.kind === "class") return `class ${object.name}`;
  if (object.kind === "instance") return `${object.class_name} object`;
  if (object.kind === "other") return object.repr ?? object.type;
  return `${object.kind} of ${countOf(object)}`;
}

function frameButton(frame, selectedId, onSelect) {
  const button = element(
    "button",
    {
      className: "button stack-frame",
      data: { kind: "stack-frame", id: `f${frame.id}`, line: frame.line },
      attrs: { type: "button", "aria-pressed": String(frame.id === selectedId) },
      text: `${frameTitle(frame)} · line ${frame.line}`,
    },
  );
  if (frame.is_current) button.setAttribute("aria-current", "step");
  button.addEventListener("click", () => onSelect(frame.id));
  return element("li", {}, [button]);
}

function variableRows(frame, heap) {
  const rows = [];
  for (const { name, value } of frame.locals ?? []) rows.push([name, describeValue(value, heap)]);
  for (const { name, cell, kind } of frame.cells ?? []) {
    rows.push([`${name} (${kind})`, describeValue({ kind: "ref", id: cell }, heap)]);
  }
  return rows.flatMap(([name, text]) => [element("dt", { text: name }), element("dd", { text })]);
}

/** Draws the stack of `snapshot` into `list`, and the variables of the frame `selectedId`
 * (a frame id) into `variables`. */
export function renderCallStack(list, variables, snapshot, selectedId, onSelect) {
  const frames = [...(snapshot.frames ?? [])].reverse();
  // A generator waiting in its object is drawn in the diagram but is not on the stack.
  const stack = frames.filter((frame) => frame.state !== "suspended" && frame.state !== "created");
  list.replaceChildren(...stack.map((frame) => frameButton(frame, selectedId, onSelect)));
  const frame = frames.find((candidate) => candidate.id === selectedId);
  if (!frame) return variables.replaceChildren();
  const rows = variableRows(frame, snapshot.heap);
  const heading = element("p", { className: "hint", text: `Variables of ${frameTitle(frame)}` });
  const body = rows.length ? element("dl", { className: "frame-variables-list" }, rows) : element("p", { className: "hint", text: "no variables yet" });
  variables.replaceChildren(heading, body);
}
