// Lays out and draws the diagram's arrows. Each pass measures the boxes, moves cells off the
// rows that arrows cross, routes every arrow (routing.js) and, when a box is too short for
// its ports or a gutter too narrow for its tracks, resizes it and measures again. The first
// resizing sets the sizes this layout needs; the passes after it only grow them, so a few
// passes always settle; a step whose needs are the step before's changes no style at all.
import { svgElement } from "./dom.js";
import { measureDiagram } from "./measure.js";
import { routeArrows, crossedColumns } from "./routing.js";
import { bandsFor, placeCells } from "./placement.js";

const maxPasses = 4;
const gutterVariables = ["--gutter-0", "--gutter-1", "--gutter-2"];

function arrowMarker(role, rootKey) {
  const marker = svgElement("marker", {
    id: `${rootKey}-arrowhead-${role}`,
    viewBox: "0 0 10 10",
    refX: 9,
    refY: 5,
    markerWidth: 4.5,
    markerHeight: 4.5,
    orient: "auto-start-reverse",
  });
  marker.append(svgElement("path", { d: "M0,0 L10,5 L0,10 z", class: `arrowhead arrowhead-${role}` }));
  return marker;
}

function arrowDefinitions(svg, rootKey) {
  const defs = svgElement("defs");
  for (const role of ["cell", "closure", "ref"]) defs.append(arrowMarker(role, rootKey));
  svg.append(defs);
}

// Past the first screenful, the cells move down beside the current frame.
const followMargin = 24;

/** In a stack taller than the diagram's scroll area, the top the cells start at, so that
 * they are in view together with the current frame when it is scrolled into view
 * (scrolling.js keeps its bottom at the bottom of the area); `-Infinity` otherwise. */
function followingTop(canvas, layout) {
  const current = canvas.querySelector(".frame-raised") ?? canvas.querySelector(".frame-current");
  const box = current && layout.boxes.get(current.dataset.id);
  if (layout.stacked || !box) return -Infinity;
  const windowTop = box.bottom + followMargin - canvas.clientHeight;
  const columnTop = layout.columns[1].top;
  return windowTop > columnTop ? Math.max(windowTop + followMargin, columnTop) : -Infinity;
}

/** Moves the cells below the rows that arrows cross; returns whether anything moved. */
function placeCellsColumn(canvas, layout) {
  const cells = [...layout.boxes.values()].filter((box) => box.column === 1).sort((a, b) => a.top - b.top);
  const crossingRows = layout.stacked
    ? []
    : layout.arrows
        .filter((arrow) => crossedColumns(layout, layout.boxes.get(arrow.sourceId), layout.boxes.get(arrow.to)).includes(1))
        .map((arrow) => (arrow.dot.top + arrow.dot.bottom) / 2);
  const body = canvas.querySelector(".column[data-column=cells] .column-body");
  const gap = parseFloat(getComputedStyle(body).rowGap) || 0;
  const measured = cells.map((box) => ({ id: box.node.dataset.id, node: box.node, top: box.top, height: box.bottom - box.top, margin: parseFloat(box.node.style.marginTop) || 0 }));
  const top = followingTop(canvas, layout);
  const margins = placeCells(measured, bandsFor(crossingRows), gap, top);
  let moved = false;
  for (const cell of measured) {
    const margin = margins.get(cell.id) ?? 0;
    if (Math.abs(margin - cell.margin) < 0.5) continue;
    cell.node.style.marginTop = margin ? `${margin}px` : "";
    moved = true;
  }
  return moved;
}

/** Sets `node`'s style `property` to `value`; returns whether it changed. Writing only what
 * differs keeps a step that needs the sizes of the step before from restyling anything. */
function setStyle(node, property, value) {
  if (node.style.getPropertyValue(property) === value) return false;
  if (value) node.style.setProperty(property, value);
  else node.style.removeProperty(property);
  return true;
}

/** Gives boxes the height their ports need and gutters the width their tracks need (the
 * stylesheet keeps each at least its normal size). The first sizing of a layout sets them
 * exactly, so what an earlier step asked for is forgotten; later passes only grow them, so
 * the passes settle. Returns whether anything changed. */
function sizeForRoutes(canvas, layout, { growth, gutterNeeds }, exact) {
  let changed = false;
  for (const [id, box] of layout.boxes) {
    const needed = Math.ceil(growth.get(id) ?? 0);
    const current = parseFloat(box.node.style.minHeight) || 0;
    if (!exact && needed <= current) continue;
    changed = setStyle(box.node, "min-height", needed ? `${needed}px` : "") || changed;
  }
  gutterNeeds.forEach((need, index) => {
    const variable = layout.stacked ? gutterVariables[2] : gutterVariables[index];
    const current = parseFloat(canvas.style.getPropertyValue(variable)) || 0;
    if (!exact && Math.ceil(need) <= current) return;
    changed = setStyle(canvas, variable, `${Math.ceil(need)}px`) || changed;
  });
  return changed;
}

function pathFor(route, rootKey) {
  const role = route.arrow.node.dataset.role || "ref";
  return svgElement("path", {
    d: route.d,
    class: `arrow arrow-${role}`,
    "marker-end": `url(#${rootKey}-arrowhead-${role})`,
    "data-kind": "arrow",
    "data-role": role,
    "data-from": route.arrow.node.dataset.from,
    "data-to": route.to,
  });
}

/** Lays out and redraws every arrow of the diagram whose scrolling area is `canvas`;
 * returns the routes drawn and the layout they were routed in (its boxes, its view). */
export function drawArrows(canvas, svg, rootKey) {
  // The arrows' own size must not keep the scroll area as large as a taller step made it.
  svg.setAttribute("width", "0");
  svg.setAttribute("height", "0");
  let layout = measureDiagram(canvas);
  let routed = null;
  let sized = false;
  for (let pass = 0; pass < maxPasses; pass += 1) {
    if (placeCellsColumn(canvas, layout)) {
      layout = measureDiagram(canvas);
      continue;
    }
    routed = routeArrows(layout);
    if (pass === maxPasses - 1) break;
    const changed = sizeForRoutes(canvas, layout, routed, !sized);
    sized = true;
    if (!changed) break;
    layout = measureDiagram(canvas);
    routed = null;
  }
  routed ??= routeArrows(layout);
  for (const dot of layout.dangling) dot.classList.add("pointer-dangling");
  svg.replaceChildren();
  arrowDefinitions(svg, rootKey);
  svg.setAttribute("width", String(layout.view.scrollWidth));
  svg.setAttribute("height", String(layout.view.scrollHeight));
  svg.append(...routed.routes.map((route) => pathFor(route, rootKey)));
  return { routes: routed.routes, layout };
}
