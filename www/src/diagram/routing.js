// Orthogonal routes for the diagram's arrows, computed from measured boxes and never through
// one. The columns (frames, cells, objects) leave gutters between them; an arrow leaves its
// dot sideways, runs up or down in a track of one gutter, and enters its target at a port of
// its own. The one arrow that must cross a column (a frame's variable naming an object
// crosses the cells) does so straight along its own row, and the cells are placed to leave
// that row free (placement.js). When the columns stack (a phone), every arrow runs in the
// gutter right of the stack and enters its target's right edge.
import { assignPorts } from "./ports.js";
import { assignTracks } from "./tracks.js";

const entryGap = 1;
const cornerRadius = 5;

/** The gutter an arrow runs in and the sides it leaves and enters by. */
function plan(layout, source, target) {
  if (layout.stacked) return { gutter: 0, exitSide: "right", entrySide: "right" };
  if (target.column > source.column) return { gutter: target.column - 1, exitSide: "right", entrySide: "left" };
  if (target.column < source.column) return { gutter: target.column, exitSide: "left", entrySide: "right" };
  return { gutter: source.column, exitSide: "right", entrySide: "right" };
}

/** The columns an arrow crosses on its first leg (only ever the cells column). */
export function crossedColumns(layout, source, target) {
  if (layout.stacked) return [];
  const low = Math.min(source.column, target.column);
  const high = Math.max(source.column, target.column);
  const crossed = [];
  for (let column = low + 1; column < high; column += 1) crossed.push(column);
  return crossed;
}

function routeFor(layout, arrow) {
  const source = layout.boxes.get(arrow.sourceId);
  const target = layout.boxes.get(arrow.to);
  if (!source || !target) return null;
  const { gutter, exitSide, entrySide } = plan(layout, source, target);
  const startY = (arrow.dot.top + arrow.dot.bottom) / 2;
  const startX = (arrow.dot.left + arrow.dot.right) / 2;
  const endX = entrySide === "left" ? target.left - entryGap : target.right + entryGap;
  return { arrow, to: arrow.to, gutter, exitSide, entrySide, startX, startY, endX };
}

/** An orthogonal path through `points` with its corners rounded. */
export function roundedPath(points) {
  let d = `M${points[0].x},${points[0].y}`;
  for (let index = 1; index < points.length - 1; index += 1) {
    const [before, corner, after] = [points[index - 1], points[index], points[index + 1]];
    const radius = Math.min(cornerRadius, distance(before, corner) / 2, distance(corner, after) / 2);
    const into = toward(corner, before, radius);
    const out = toward(corner, after, radius);
    d += ` L${into.x},${into.y} Q${corner.x},${corner.y} ${out.x},${out.y}`;
  }
  const last = points[points.length - 1];
  return `${d} L${last.x},${last.y}`;
}

function distance(a, b) {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function toward(from, to, length) {
  const total = distance(from, to) || 1;
  return { x: from.x + ((to.x - from.x) * length) / total, y: from.y + ((to.y - from.y) * length) / total };
}

function pointsOf(route) {
  const { startX, startY, trackX, portY, endX } = route;
  if (Math.abs(startY - portY) < 0.5) return [{ x: startX, y: startY }, { x: endX, y: startY }];
  return [{ x: startX, y: startY }, { x: trackX, y: startY }, { x: trackX, y: portY }, { x: endX, y: portY }];
}

/**
 * Routes every arrow of `layout` ({ stacked, gutters: [{x0, x1}], boxes: Map id → {left,
 * right, top, bottom, column}, arrows: [{to, sourceId, dot}] }). Returns the routes with
 * their SVG path, the boxes that need more height for their ports, and the width each
 * gutter needs for its tracks.
 */
export function routeArrows(layout) {
  const routes = layout.arrows.map((arrow) => routeFor(layout, arrow)).filter(Boolean);
  const growth = assignPorts(routes, layout.boxes);
  const gutterNeeds = layout.gutters.map((gutter, index) =>
    assignTracks(routes.filter((route) => route.gutter === index), gutter),
  );
  for (const route of routes) route.d = roundedPath(pointsOf(route));
  return { routes, growth, gutterNeeds };
}
