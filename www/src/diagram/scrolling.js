// The current frame stays in view: in a deep stack the diagram's own scroll area (never the
// page) scrolls to the frame that is running, or to the one that raised on a post-mortem.
// Side by side, the frame is scrolled up from below just far enough, and the cells move down
// beside it (arrows.js); when the columns stack (a phone) the cells come right after the
// frames, so the frame is scrolled to the top of the area and its cells show under it.

const margin = 12;

function columnsStack(canvas) {
  const frames = canvas.querySelector(".column[data-column=frames]")?.getBoundingClientRect();
  const cells = canvas.querySelector(".column[data-column=cells]")?.getBoundingClientRect();
  return Boolean(frames && cells && cells.top >= frames.bottom - 1);
}

/** Scrolls `canvas` just enough that its current (or raising) frame is visible. */
export function keepInView(canvas) {
  const frame = canvas.querySelector(".frame-raised") ?? canvas.querySelector(".frame-current");
  if (!frame) return;
  const view = canvas.getBoundingClientRect();
  const box = frame.getBoundingClientRect();
  const visibleTop = view.top + canvas.clientTop;
  const visibleBottom = visibleTop + canvas.clientHeight;
  if (box.top < visibleTop + margin) canvas.scrollTop -= visibleTop + margin - box.top;
  else if (box.bottom > visibleBottom - margin) {
    const toTop = box.top - (visibleTop + margin);
    const down = columnsStack(canvas) ? toTop : Math.min(box.bottom - (visibleBottom - margin), toTop);
    canvas.scrollTop += down;
  }
}
