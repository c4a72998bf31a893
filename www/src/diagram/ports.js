// Where arrows end. Every arrow into a box gets its own point on the edge it enters, spread
// down that edge in the order of the arrows' sources, so a reader can count the arrowheads:
// three closures sharing a cell show three heads, not one. A box too short for its ports
// asks to be drawn taller.

const firstPort = 14;
const bottomMargin = 8;
const widestSpacing = 14;
const narrowestSpacing = 8;

/** The y of each of `count` ports on an edge running from `top` to `bottom`, and the
 * least height that gives them the narrowest spacing. */
export function portPositions(top, bottom, count) {
  const room = bottom - bottomMargin - (top + firstPort);
  if (count <= 1) return { ys: [top + Math.min(firstPort, Math.max(4, (bottom - top) / 2))], neededHeight: 0 };
  const spacing = Math.min(widestSpacing, room / (count - 1));
  const used = Math.max(spacing, narrowestSpacing);
  // The least height giving the narrowest spacing, whatever the box's height now: a box asks
  // for it every time, so the size stays put from step to step (the stylesheet's natural
  // height wins when it is taller).
  const neededHeight = firstPort + bottomMargin + narrowestSpacing * (count - 1) + 1;
  return { ys: Array.from({ length: count }, (_, index) => top + firstPort + index * used), neededHeight };
}

/** Gives every routed arrow its `portY`; returns the least height of each box with more
 * than one port (id → minimum height). Arrows are grouped by target box and side, ordered by where they start. */
export function assignPorts(routes, boxes) {
  const groups = new Map();
  for (const route of routes) {
    const key = `${route.to}|${route.entrySide}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(route);
  }
  const growth = new Map();
  for (const group of groups.values()) {
    group.sort((a, b) => a.startY - b.startY || a.startX - b.startX);
    const target = boxes.get(group[0].to);
    const { ys, neededHeight } = portPositions(target.top, target.bottom, group.length);
    group.forEach((route, index) => { route.portY = ys[index]; });
    if (neededHeight) growth.set(group[0].to, Math.max(growth.get(group[0].to) ?? 0, neededHeight));
  }
  return growth;
}
