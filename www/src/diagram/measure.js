// Reads the drawn diagram's geometry in one go, in the coordinates of the canvas's scrolled
// content (where the arrows' SVG sits): the three columns, the gutters between them, every
// box and every reference dot. Reading everything before writing anything keeps the browser
// from laying the page out again for each arrow.

const columnOrder = ["frames", "cells", "objects"];

function relative(rect, origin) {
  return { left: rect.left - origin.x, right: rect.right - origin.x, top: rect.top - origin.y, bottom: rect.bottom - origin.y };
}

function gutters(columns, rightPadding, stacked) {
  const [frames, cells, objects] = columns;
  if (stacked) {
    const right = Math.max(...columns.map((column) => column.right));
    return [{ x0: right, x1: right + rightPadding }];
  }
  return [
    { x0: frames.right, x1: cells.left },
    { x0: cells.right, x1: objects.left },
    { x0: objects.right, x1: objects.right + rightPadding },
  ];
}

function measureBoxes(canvas, origin) {
  const boxes = new Map();
  for (const box of canvas.querySelectorAll(".box[data-id]")) {
    const column = columnOrder.indexOf(box.closest(".column")?.dataset.column);
    boxes.set(box.dataset.id, { ...relative(box.getBoundingClientRect(), origin), column, node: box });
  }
  return boxes;
}

function measureDots(canvas, origin, boxes) {
  const arrows = [];
  const dangling = [];
  for (const dot of canvas.querySelectorAll(".pointer[data-ref]")) {
    const sourceId = dot.closest(".box[data-id]")?.dataset.id;
    if (!boxes.has(dot.dataset.ref) || !boxes.has(sourceId)) {
      dangling.push(dot);
      continue;
    }
    arrows.push({ node: dot, to: dot.dataset.ref, sourceId, dot: relative(dot.getBoundingClientRect(), origin) });
  }
  return { arrows, dangling };
}

/** The geometry routing.js works on. */
export function measureDiagram(canvas) {
  const canvasRect = canvas.getBoundingClientRect();
  const origin = { x: canvasRect.left + canvas.clientLeft - canvas.scrollLeft, y: canvasRect.top + canvas.clientTop - canvas.scrollTop };
  const columns = columnOrder.map((name) =>
    relative(canvas.querySelector(`.column[data-column=${name}]`).getBoundingClientRect(), origin),
  );
  const stacked = columns[1].top >= columns[0].bottom - 1;
  const rightPadding = parseFloat(getComputedStyle(canvas).paddingRight) || 0;
  const boxes = measureBoxes(canvas, origin);
  // The scrolled area as laid out now, read with the rest so nothing after it forces a layout.
  const view = { scrollTop: canvas.scrollTop, height: canvas.clientHeight, scrollWidth: canvas.scrollWidth, scrollHeight: canvas.scrollHeight };
  return {
    view,
    stacked,
    columns,
    gutters: gutters(columns, rightPadding, stacked),
    boxes,
    ...measureDots(canvas, origin, boxes),
  };
}
