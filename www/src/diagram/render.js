// render(root, snapshot): draws one snapshot as a scope diagram inside `root`. Every query is
// scoped to `root`, so several diagrams can share a page. Boxes are kept per id and reused
// while their content is unchanged, and each column is ordered by id: ids are never reused
// within a run, so an object keeps its place from step to step.
import { element, svgElement } from "./dom.js";
import { renderFrame, frameKey } from "./frames.js";
import { renderCell } from "./cells.js";
import { renderObject } from "./objects.js";
import { drawArrows } from "./arrows.js";
import { renderLegend } from "./legend.js";
import { annotate } from "./annotations.js";

const diagrams = new WeakMap();
let diagramCount = 0;

function buildSkeleton(root) {
  diagramCount += 1;
  const column = (name, title) =>
    element("div", { className: `column column-${name}`, data: { column: name } }, [
      element("h3", { className: "column-title", text: title }),
      element("div", { className: "column-body" }),
    ]);
  const columns = { frames: column("frames", "Frames"), cells: column("cells", "Cells"), objects: column("objects", "Objects") };
  const svg = svgElement("svg", { class: "arrows", "aria-hidden": "true" });
  const canvas = element("div", { className: "diagram-canvas" }, [svg, columns.frames, columns.cells, columns.objects]);
  root.replaceChildren(element("div", { className: "diagram" }, [renderLegend(), canvas]));
  const key = `diagram${diagramCount}`;
  // Boxes move when the canvas changes size (a resize, a wrapped label), and arrows follow.
  new ResizeObserver(() => drawArrows(canvas, svg, key)).observe(canvas);
  return { key, canvas, svg, columns, cache: new Map(), marked: [] };
}

function diagramFor(root) {
  let diagram = diagrams.get(root);
  if (!diagram || !root.contains(diagram.canvas)) {
    diagram = buildSkeleton(root);
    diagrams.set(root, diagram);
  }
  return diagram;
}

/** Returns the cached box for `key` when its content is unchanged, else a fresh one. */
function reuseOrBuild(diagram, seen, key, content, build) {
  const fingerprint = JSON.stringify(content);
  const cached = diagram.cache.get(key);
  seen.set(key, cached && cached.fingerprint === fingerprint ? cached : { fingerprint, node: build() });
  return seen.get(key).node;
}

function sortedHeapIds(heap) {
  return Object.keys(heap).sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
}

/** Puts `nodes` in the column in order, moving, inserting and removing only the boxes that
 * differ, so that one changed object does not make the browser lay out every other one. */
function fillColumn(column, nodes, emptyText) {
  const body = column.querySelector(".column-body");
  const wanted = nodes.length ? nodes : [element("p", { className: "column-empty", text: emptyText })];
  let cursor = body.firstChild;
  for (const node of wanted) {
    if (node === cursor) cursor = cursor.nextSibling;
    else body.insertBefore(node, cursor);
  }
  while (cursor) {
    const next = cursor.nextSibling;
    cursor.remove();
    cursor = next;
  }
}

function drawBoxes(diagram, snapshot) {
  const seen = new Map();
  const heap = snapshot.heap ?? {};
  const frames = (snapshot.frames ?? []).map((frame) =>
    reuseOrBuild(diagram, seen, frameKey(frame), frame, () => renderFrame(frame)),
  );
  const cells = [];
  const objects = [];
  for (const id of sortedHeapIds(heap)) {
    const object = heap[id];
    if (object.kind === "cell") {
      const holders = (object.held_by ?? []).map((holder) => heap[holder]?.name);
      cells.push(reuseOrBuild(diagram, seen, id, [object, holders], () => renderCell(id, object, heap)));
    } else {
      objects.push(reuseOrBuild(diagram, seen, id, object, () => renderObject(id, object)));
    }
  }
  diagram.cache = seen;
  fillColumn(diagram.columns.frames, frames, "No frames");
  fillColumn(diagram.columns.cells, cells, "No cells yet");
  fillColumn(diagram.columns.objects, objects, "No objects yet");
}

/** Marks what changed in this step. One forced reflow between removing and adding the
 * class restarts the mark's animation, even on a box reused from the previous step. */
function markChanged(diagram, snapshot) {
  for (const node of diagram.marked) node.classList.remove("changed");
  diagram.marked = (snapshot.changed ?? [])
    .map((id) => diagram.canvas.querySelector(`.box[data-id="${CSS.escape(String(id))}"]`))
    .filter(Boolean);
  if (diagram.marked.length) void diagram.canvas.offsetWidth;
  for (const node of diagram.marked) node.classList.add("changed");
}

/** Draws `snapshot` into `root`, with the page's `annotations` (see annotations.js). */
export function render(root, snapshot, annotations) {
  const diagram = diagramFor(root);
  drawBoxes(diagram, snapshot);
  markChanged(diagram, snapshot);
  annotate(diagram.canvas, annotations);
  drawArrows(diagram.canvas, diagram.svg, diagram.key);
  root.dataset.step = String(snapshot.step ?? "");
}
