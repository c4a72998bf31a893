// SVG arrows from every reference dot to the box it points at. Arrows are drawn after the
// boxes are laid out, from their measured positions inside the diagram's own scroll area.
import { svgElement } from "./dom.js";

const entryOffset = 14;
const bulge = 36;

function boxOf(rect, origin) {
  return {
    left: rect.left - origin.x,
    right: rect.right - origin.x,
    top: rect.top - origin.y,
    bottom: rect.bottom - origin.y,
  };
}

/** A cubic curve from a dot to the side of its target box that faces it. `sourceBox` is the
 * box holding the dot: an arrow to a box in the same column first leaves it sideways, since
 * arrows run beneath the boxes. */
function arrowPath(source, target, sourceBox) {
  const startY = (source.top + source.bottom) / 2;
  const endY = Math.min(target.top + entryOffset, target.bottom - 4);
  if (target.left >= sourceBox.right - 1) {
    const startX = source.right;
    const endX = target.left - 2;
    const pull = Math.max(24, (endX - startX) / 2);
    return `M${startX},${startY} C${startX + pull},${startY} ${endX - pull},${endY} ${endX},${endY}`;
  }
  if (target.right <= sourceBox.left + 1) {
    const startX = source.left;
    const endX = target.right + 2;
    const pull = Math.max(24, (startX - endX) / 2);
    return `M${startX},${startY} C${startX - pull},${startY} ${endX + pull},${endY} ${endX},${endY}`;
  }
  const startX = Math.max(source.right, sourceBox.right);
  const endX = target.right + 2;
  const outer = Math.max(startX, endX) + bulge;
  return `M${source.right},${startY} H${startX} C${outer},${startY} ${outer},${endY} ${endX},${endY}`;
}

function arrowMarker(role, rootKey) {
  const marker = svgElement("marker", {
    id: `${rootKey}-arrowhead-${role}`,
    viewBox: "0 0 10 10",
    refX: 9,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
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

/** Measures every dot and its target first, then writes: interleaving the two would make
 * the browser lay the page out again for every arrow. */
function measureArrows(canvas) {
  const canvasRect = canvas.getBoundingClientRect();
  const origin = { x: canvasRect.left - canvas.scrollLeft, y: canvasRect.top - canvas.scrollTop };
  const boxes = new Map();
  for (const box of canvas.querySelectorAll(".box[data-id]")) boxes.set(box.dataset.id, box);
  const targetRects = new Map();
  const arrows = [];
  const dangling = [];
  for (const dot of canvas.querySelectorAll(".pointer[data-ref]")) {
    const target = boxes.get(dot.dataset.ref);
    if (!target) {
      dangling.push(dot);
      continue;
    }
    if (!targetRects.has(target)) targetRects.set(target, boxOf(target.getBoundingClientRect(), origin));
    const holder = dot.closest(".box") ?? dot;
    arrows.push({
      dot,
      source: boxOf(dot.getBoundingClientRect(), origin),
      sourceBox: boxOf(holder.getBoundingClientRect(), origin),
      target: targetRects.get(target),
    });
  }
  return { arrows, dangling, width: canvas.scrollWidth, height: canvas.scrollHeight };
}

/** Redraws every arrow of the diagram whose scrolling area is `canvas`. */
export function drawArrows(canvas, svg, rootKey) {
  const { arrows, dangling, width, height } = measureArrows(canvas);
  const paths = arrows.map(({ dot, source, sourceBox, target }) => {
    const role = dot.dataset.role || "ref";
    return svgElement("path", {
      d: arrowPath(source, target, sourceBox),
      class: `arrow arrow-${role}`,
      "marker-end": `url(#${rootKey}-arrowhead-${role})`,
      "data-kind": "arrow",
      "data-role": role,
      "data-from": dot.dataset.from,
      "data-to": dot.dataset.ref,
    });
  });
  for (const dot of dangling) dot.classList.add("pointer-dangling");
  svg.replaceChildren();
  arrowDefinitions(svg, rootKey);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.append(...paths);
}
