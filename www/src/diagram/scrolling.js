// The current frame stays in view: in a deep stack the diagram's own scroll area (never the
// page) scrolls to the frame that is running, or to the one that raised on a post-mortem.

const margin = 12;

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
    const down = Math.min(box.bottom - (visibleBottom - margin), box.top - (visibleTop + margin));
    canvas.scrollTop += down;
  }
}
