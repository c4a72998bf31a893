// What the page adds on top of a drawn snapshot: the engine's run-time findings as badges on
// the boxes they are about (a cell several closures share, a mutable default object and the
// function holding it, the frame whose exception is explained), a highlighted cell, and the
// frame picked in the call stack. Boxes are reused from step to step, so every mark of the
// previous drawing is removed first.
import { element, textWithCode } from "./dom.js";

const markClasses = ["has-finding", "cell-highlight", "frame-selected"];

function clearMarks(canvas) {
  for (const badge of canvas.querySelectorAll(".insight-badge")) badge.remove();
  for (const name of markClasses) {
    for (const node of canvas.querySelectorAll(`.${name}`)) node.classList.remove(name);
  }
}

function boxWithId(canvas, id) {
  return canvas.querySelector(`.box[data-id="${CSS.escape(String(id))}"]`);
}

/** A badge whose visible text is the finding's title; the whole explanation is its
 * accessible name and its tooltip. */
function badgeFor(diagnostic, target) {
  const description = `${diagnostic.title}. ${diagnostic.message}`;
  return element(
    "div",
    {
      className: `insight-badge insight-${diagnostic.severity}`,
      data: { kind: "diagnostic", code: diagnostic.code, target },
      attrs: { role: "note", "aria-label": description },
      title: `${description}\nFix: ${diagnostic.fix?.text ?? ""}`,
    },
    [
      element("span", { className: "insight-icon", text: "⚠", attrs: { "aria-hidden": "true" } }),
      element("span", {}, textWithCode(diagnostic.title)),
    ],
  );
}

function attachBadge(canvas, id, diagnostic) {
  const box = boxWithId(canvas, id);
  if (!box) return;
  box.classList.add("has-finding");
  box.querySelector(".box-header")?.after(badgeFor(diagnostic, id));
}

/** Frames and functions can be picked from the keyboard where the page lets the user pick. */
function makePickable(canvas) {
  for (const box of canvas.querySelectorAll(".box[data-kind=frame], .box[data-kind=function]")) box.tabIndex = 0;
}

/** The data-id of the box an engine anchor ({frame?, function?, cell?}) names. */
function anchoredBox(anchor) {
  if (!anchor) return null;
  if (anchor.frame !== undefined && anchor.frame !== null) return `f${anchor.frame}`;
  if (anchor.function !== undefined && anchor.function !== null) return anchor.function;
  if (anchor.cell !== undefined && anchor.cell !== null) return anchor.cell;
  return null;
}

/** Badges for one finding: on the box the engine anchors it to (the code it explains), and
 * on the heap object it is about (a shared cell, a default list), never on another frame. */
function attachFinding(canvas, { target, function: functionId, diagnostic, anchor }) {
  const anchored = anchoredBox(anchor);
  const onHeap = (id) => id !== null && id !== undefined && /^\d+$/.test(String(id));
  const boxes = anchored !== null && boxWithId(canvas, anchored) ? [anchored, onHeap(target) ? target : null] : [target, functionId];
  for (const id of new Set(boxes.filter((id) => id !== null && id !== undefined).map(String))) attachBadge(canvas, id, diagnostic);
}

/** Marks `canvas` with `annotations`: { findings, exception, exceptionAnchor, currentFrame,
 * highlightCell, selectedFrame, pickable }, all as the engine and the page's selection give
 * them. */
export function annotate(canvas, annotations = {}) {
  clearMarks(canvas);
  if (annotations.pickable) makePickable(canvas);
  for (const finding of annotations.findings ?? []) attachFinding(canvas, finding);
  if (annotations.exception) {
    const anchored = anchoredBox(annotations.exceptionAnchor);
    const box = anchored !== null && boxWithId(canvas, anchored) ? anchored : annotations.currentFrame;
    if (box) attachBadge(canvas, box, annotations.exception);
  }
  if (annotations.highlightCell !== undefined && annotations.highlightCell !== null) {
    boxWithId(canvas, annotations.highlightCell)?.classList.add("cell-highlight");
  }
  if (annotations.selectedFrame) boxWithId(canvas, annotations.selectedFrame)?.classList.add("frame-selected");
}
