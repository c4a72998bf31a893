// Where the cells sit in their column. An arrow from a frame's variable to an object crosses
// the cells column straight along the variable's row, so each such row is a band no cell may
// cover; a cell that would cover one moves down below it. Cells keep their order (by id, so
// they keep their place from step to step), and a column with no crossing keeps its flow.

const bandHalfHeight = 7;

/** The vertical bands `ys` reserve, merged where they overlap, sorted. */
export function bandsFor(ys) {
  const bands = [];
  for (const y of [...ys].sort((a, b) => a - b)) {
    const last = bands[bands.length - 1];
    if (last && y - bandHalfHeight <= last.high) last.high = Math.max(last.high, y + bandHalfHeight);
    else bands.push({ low: y - bandHalfHeight, high: y + bandHalfHeight });
  }
  return bands;
}

/** The lowest top at or below `top` where a box of `height` covers no band. */
function freeTop(top, height, bands) {
  let placed = top;
  for (const band of bands) {
    if (band.high <= placed) continue;
    if (band.low >= placed + height) break;
    placed = band.high;
  }
  return placed;
}

/**
 * `cells` are the column's boxes in order, each {id, top, height, margin} as measured with
 * their current extra margin; `gap` is the column's gap; no cell starts above `floor`. Returns id → the extra top margin
 * each needs so that no cell covers a band.
 */
export function placeCells(cells, bands, gap, floor = -Infinity) {
  const margins = new Map();
  let cursor = null;
  for (const cell of cells) {
    const natural = cursor === null ? cell.top - cell.margin : cursor;
    const margin = Math.ceil(freeTop(Math.max(natural, floor), cell.height, bands) - natural);
    margins.set(cell.id, margin);
    cursor = natural + margin + cell.height + gap;
  }
  return margins;
}
