// render(root, snapshot): draws one snapshot as a scope diagram inside `root`. Every query is
// scoped to `root`, so several diagrams can share a page. Boxes are kept per id and reused
// while their content is unchanged, and each column is ordered by id: ids are never reused
// within a run, so an object keeps its place from step to step.
import { element, svgElement } from "./dom.js";
import { renderFrame, frameKey, raisedIn } from "./frames.js";
import { renderCell } from "./cells.js";
import { renderObject } from "./objects.js";
import { drawArrows } from "./arrows.js";
import { renderLegend } from "./legend.js";
import { annotate } from "./annotations.js";
import { foldFrames, renderFold, renderRefold, renderGap } from "./folding.js";
import { renderReturned } from "./returned.js";
import { writeArrowList } from "./describe.js";
import { holderLabels } from "./labels.js";
import { renderPostMortem } from "./post-mortem.js";
import { keepInView } from "./scrolling.js";
import { emphasiseLookups } from "./emphasis.js";
import { offerStringExpansion } from "./strings.js";

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
  const banner = element("div", { className: "post-mortem", attrs: { role: "status" } });
  const arrowList = element("ul", { className: "visually-hidden", data: { part: "arrow-list" }, attrs: { "aria-label": "Arrows in the diagram" } });
  root.replaceChildren(element("div", { className: "diagram" }, [renderLegend(), banner, canvas, arrowList]));
  const key = `diagram${diagramCount}`;
  const diagram = { key, canvas, svg, banner, arrowList, columns, cache: new Map(), marked: [], unfolded: new Set(), expansions: new Map(), strings: new Map(), shown: null };
  // Boxes move when the canvas changes size (a resize, a wrapped label), and arrows follow.
  new ResizeObserver(() => layOut(diagram)).observe(canvas);
  return diagram;
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

function toggleFold(diagram, key) {
  if (diagram.unfolded.has(key)) diagram.unfolded.delete(key);
  else diagram.unfolded.add(key);
  redraw(diagram);
}

/** The drawn frames, folded on each side of the frames the engine left out of a very deep
 * stack (`omitted_frames`), with a row standing for those in between. */
function foldAroundGap(snapshot, unfolded) {
  const frames = snapshot.frames ?? [];
  const gap = snapshot.omitted_frames;
  const split = gap ? frames.findIndex((frame) => frame.id === gap.after) + 1 : 0;
  if (!gap || split === 0) return foldFrames(frames, unfolded);
  return [...foldFrames(frames.slice(0, split), unfolded), { gap }, ...foldFrames(frames.slice(split), unfolded)];
}

function frameNodes(diagram, seen, snapshot) {
  const heap = snapshot.heap ?? {};
  const toggle = (key) => toggleFold(diagram, key);
  const nodes = foldAroundGap(snapshot, diagram.unfolded).map(({ frame, fold, refold, gap }) => {
    if (gap) return reuseOrBuild(diagram, seen, "frames-not-sent", gap, () => renderGap(gap));
    if (fold) return reuseOrBuild(diagram, seen, fold.key, fold.frames, () => renderFold(fold, toggle));
    if (refold) return reuseOrBuild(diagram, seen, `${refold.key}-open`, refold, () => renderRefold(refold, toggle));
    const raised = raisedIn(frame, snapshot) ? snapshot.exception : null;
    return reuseOrBuild(diagram, seen, frameKey(frame), [frame, raised], () => renderFrame(frame, snapshot));
  });
  for (const returned of snapshot.returned_frames ?? []) {
    const holders = (returned.cells_kept ?? []).map((id) => holderLabels(heap[id] ?? {}, heap));
    nodes.push(reuseOrBuild(diagram, seen, `r${returned.frame}`, [returned, holders], () => renderReturned(returned, heap)));
  }
  return nodes;
}

function redraw(diagram) {
  if (diagram.shown) render(diagram.root, diagram.shown.snapshot, diagram.shown.annotations);
}

/** Asks the page's engine for more items of a cut container, keeps them for as long as the
 * container is unchanged, and redraws. */
function expander(diagram, annotations, heap) {
  if (!annotations?.expand) return null;
  return (id, start, count) =>
    annotations.expand(id, start, count).then(
      (result) => {
        const entry = diagram.expansions.get(id) ?? { fingerprint: JSON.stringify(heap[id]), items: [], heap: {} };
        entry.items.push(...(result.items ?? result.entries ?? []));
        Object.assign(entry.heap, result.heap ?? {});
        diagram.expansions.set(id, entry);
        redraw(diagram);
      },
      () => redraw(diagram),
    );
}

/** The snapshot's heap with the objects that fetched items reach; expansions of objects
 * that changed since are dropped. */
function heapWithExpansions(diagram, snapshotHeap) {
  const heap = { ...snapshotHeap };
  for (const [id, entry] of diagram.expansions) {
    if (JSON.stringify(snapshotHeap[id]) !== entry.fingerprint) diagram.expansions.delete(id);
    else for (const [key, object] of Object.entries(entry.heap)) heap[key] ??= object;
  }
  return heap;
}

function drawBoxes(diagram, snapshot, annotations) {
  const seen = new Map();
  const heap = heapWithExpansions(diagram, snapshot.heap ?? {});
  const expand = expander(diagram, annotations, snapshot.heap ?? {});
  const frames = frameNodes(diagram, seen, snapshot);
  const cells = [];
  const objects = [];
  for (const id of sortedHeapIds(heap)) {
    const object = heap[id];
    if (object.kind === "cell") {
      cells.push(reuseOrBuild(diagram, seen, id, [object, holderLabels(object, heap)], () => renderCell(id, object, heap)));
    } else {
      const expanded = diagram.expansions.get(id)?.items;
      const content = [object, expanded?.length ?? 0, Boolean(expand)];
      objects.push(reuseOrBuild(diagram, seen, id, content, () => renderObject(id, object, { expanded, expand })));
    }
  }
  diagram.cache = seen;
  fillColumn(diagram.columns.frames, frames, "No frames");
  fillColumn(diagram.columns.cells, cells, "No cells yet");
  fillColumn(diagram.columns.objects, objects, "No objects yet");
}

/** Marks what changed in this step. A box still marked from the step before switches the
 * name of its animation (style.css), which restarts the flash with no forced layout. */
function markChanged(diagram, snapshot) {
  const marked = (snapshot.changed ?? [])
    .map((id) => diagram.canvas.querySelector(`.box[data-id="${CSS.escape(String(id))}"]`))
    .filter(Boolean);
  const still = new Set(marked);
  for (const node of diagram.marked) if (!still.has(node)) node.classList.remove("changed", "changed-again");
  for (const node of marked) {
    if (node.classList.contains("changed")) node.classList.toggle("changed-again");
    else node.classList.add("changed");
  }
  diagram.marked = marked;
}

/** Routes and draws the arrows; returns the layout they were routed in. */
function layOut(diagram) {
  const { routes, layout } = drawArrows(diagram.canvas, diagram.svg, diagram.key);
  writeArrowList(diagram.arrowList, routes, layout.boxes);
  emphasiseLookups(diagram.canvas, diagram.svg, diagram.shown?.snapshot?.emphasis);
  return layout;
}

/** Draws `snapshot` into `root`, with the page's `annotations` (see annotations.js). */
export function render(root, snapshot, annotations) {
  const diagram = diagramFor(root);
  const stepChanged = diagram.shown?.snapshot !== snapshot;
  diagram.root = root;
  diagram.shown = { snapshot, annotations };
  drawBoxes(diagram, snapshot, annotations);
  markChanged(diagram, snapshot);
  annotate(diagram.canvas, annotations);
  offerStringExpansion(diagram.canvas, diagram.strings, annotations?.expand, () => redraw(diagram));
  renderPostMortem(diagram.banner, snapshot);
  const layout = layOut(diagram);
  if (stepChanged) keepInView(diagram.canvas, layout);
  root.dataset.step = String(snapshot.step ?? "");
}
