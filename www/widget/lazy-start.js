// Widgets start their program only when they come near the viewport: a long docs page with
// many widgets records only the ones its reader reaches. One observer serves every widget.
const starters = new WeakMap();
let observer = null;

function sharedObserver() {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const start = starters.get(entry.target);
        stopWatching(entry.target);
        start?.();
      }
    },
    // Start a little before the widget scrolls in, so its first step is drawn on arrival.
    { rootMargin: "200px 0px" },
  );
  return observer;
}

/** Calls `start` once, the first time `element` is near the viewport. */
export function startWhenVisible(element, start) {
  starters.set(element, start);
  sharedObserver().observe(element);
}

/** Forgets `element`; its `start` will not be called. */
export function stopWatching(element) {
  starters.delete(element);
  observer?.unobserve(element);
}
