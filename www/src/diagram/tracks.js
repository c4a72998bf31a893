// The vertical runs of arrows inside a gutter (the free space between two columns, or right
// of the last). Two arrows whose runs overlap get different tracks, so no two lines share a
// stretch of the gutter; runs that do not overlap may share one. An arrow heading for a box
// on the gutter's right takes a track from the right, one heading left a track from the
// left, which keeps each arrow's last leg short and away from the others.

const trackSpacing = 8;
const edgeMargin = 12;
const clearance = 8;

/** Greedy interval colouring, by start: returns a track index per run. */
function colour(runs) {
  const ends = [];
  const order = [...runs].sort((a, b) => a.low - b.low || a.high - b.high);
  for (const run of order) {
    let track = ends.findIndex((end) => end + clearance <= run.low);
    if (track < 0) {
      track = ends.length;
      ends.push(run.high);
    } else ends[track] = run.high;
    run.track = track;
  }
  return ends.length;
}

/** Sets `trackX` on every route in `routes`, which all run in `gutter` ({x0, x1}); returns
 * the width the gutter would need for its tracks at the normal spacing. */
export function assignTracks(routes, gutter) {
  const toRight = [];
  const toLeft = [];
  for (const route of routes) {
    const run = { route, low: Math.min(route.startY, route.portY), high: Math.max(route.startY, route.portY) };
    (route.entrySide === "left" ? toRight : toLeft).push(run);
  }
  const rightCount = colour(toRight);
  const leftCount = colour(toLeft);
  const tracks = Math.max(1, rightCount + leftCount);
  const neededWidth = 2 * edgeMargin + (tracks - 1) * trackSpacing;
  const width = gutter.x1 - gutter.x0;
  const spacing = tracks > 1 ? Math.min(trackSpacing, (width - 2 * edgeMargin) / (tracks - 1)) : 0;
  const margin = Math.min(edgeMargin, width / 2);
  for (const run of toRight) run.route.trackX = gutter.x1 - margin - run.track * spacing;
  for (const run of toLeft) run.route.trackX = gutter.x0 + margin + run.track * spacing;
  return neededWidth;
}
