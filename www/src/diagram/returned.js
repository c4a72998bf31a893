// The step right after a frame that made cells returns: the frame is drawn as gone, a ghost
// row that says which of its cells live on and who holds them, and which of its plain
// locals died with it. It draws no arrows: only the cells outlive the frame, so nothing in
// the picture suggests that its other locals are still alive.
import { element } from "./dom.js";
import { holderLabels, joinNames, functionLabel } from "./labels.js";

function keptLine(cellId, heap) {
  const cell = heap[cellId];
  if (!cell) return null;
  const name = cell.owner?.name ?? "a cell";
  const holders = holderLabels(cell, heap);
  const heldBy = holders.length ? `, held by ${joinNames(holders)}` : "";
  return element("div", { className: "returned-line returned-kept", text: `${name} lives on in its cell${heldBy}` });
}

function goneLine(prefix, names) {
  if (!names?.length) return null;
  return element("div", { className: "returned-line returned-gone", text: `${prefix} ${names.join(", ")}` });
}

/** A title for the ghost: "counter call 1 returned". */
export function returnedTitle(returned, heap) {
  const label = returned.label ?? `${functionLabel(heap[returned.function], returned.function)}()`;
  return `${label} returned`;
}

/** Draws the ghost row of one returned frame. */
export function renderReturned(returned, heap) {
  const title = returnedTitle(returned, heap);
  const lines = [
    ...(returned.cells_kept ?? []).map((id) => keptLine(id, heap)),
    goneLine("cells freed:", returned.cells_freed),
    goneLine("its variables are gone:", returned.locals_dropped),
  ].filter(Boolean);
  const spoken = [title, ...lines.map((line) => line.textContent)].join(". ");
  return element(
    "section",
    { className: "box frame-returned", data: { kind: "returned-frame", id: `r${returned.frame}` }, attrs: { "aria-label": spoken } },
    [
      element("div", { className: "box-header" }, [
        element("span", { className: "box-tag", text: "gone" }),
        element("span", { className: "box-title", text: title }),
      ]),
      element("div", { className: "box-body" }, lines),
    ],
  );
}
