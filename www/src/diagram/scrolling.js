// The current frame stays in view: in a deep stack the diagram's own scroll area (never the
// page) scrolls to the frame that is running, or to the one that raised on a post-mortem.
// Side by side, the frame is scrolled up from below just far enough, and the cells move down
// beside it (arrows.js); when the columns stack (a phone) the cells come right after the
// frames, so the frame is scrolled to the top of the area and its cells show under it.

const margin = 12;

/** Scrolls `canvas` just enough that its current (or raising) frame is visible, from the
 * `layout` the arrows were just routed in (measure.js), so that it forces no layout. */
export function keepInView(canvas, layout) {
  const frame = canvas.querySelector(".frame-raised") ?? canvas.querySelector(".frame-current");
  const box = frame && layout.boxes.get(frame.dataset.id);
  if (!box) return;
  const { scrollTop, height } = layout.view;
  const visibleTop = scrollTop;
  const visibleBottom = scrollTop + height;
  if (box.top < visibleTop + margin) canvas.scrollTop = scrollTop - (visibleTop + margin - box.top);
  else if (box.bottom > visibleBottom - margin) {
    const toTop = box.top - (visibleTop + margin);
    const down = layout.stacked ? toTop : Math.min(box.bottom - (visibleBottom - margin), toTop);
    canvas.scrollTop = scrollTop + down;
  }
}
