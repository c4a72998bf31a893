// Values the engine cut short. Rust sends at most about fifty items of a container and two
// hundred characters of a string, with `length` (the true size) and `omitted` (how many it
// left out); the diagram says how much is missing and, where the page can ask the engine
// for more, offers a button that fetches the next items. A box scrolls inside itself, so the
// page never grows with a value's size.
import { element } from "./dom.js";

const pageSize = 50;
const numberFormat = new Intl.NumberFormat("en-US");

/** "999,950". */
export function formatCount(count) {
  return numberFormat.format(count);
}

/** How many items of `object` are still left out once `shown` of them are drawn. */
export function stillOmitted(object, shown) {
  if (object.length === undefined) return object.omitted ?? 0;
  return Math.max(0, object.length - shown);
}

/**
 * The marker after a cut container: "… 999,950 more", with a button when `expand` is given.
 * `expand(start, count)` asks the engine for items from `start` on.
 */
export function omittedMarker(object, shown, expand, unit = "more") {
  const left = stillOmitted(object, shown);
  if (!left) return null;
  const button = expand
    ? element("button", {
        className: "button expand-toggle",
        text: `Show ${formatCount(Math.min(pageSize, left))} more`,
        attrs: { type: "button", "aria-label": `Show ${Math.min(pageSize, left)} more of ${formatCount(left)} left out` },
      })
    : null;
  button?.addEventListener("click", () => {
    button.disabled = true;
    expand(shown, Math.min(pageSize, left));
  });
  return element("div", { className: "omitted", data: { kind: "omitted" } }, [
    element("span", { text: `… ${formatCount(left)} ${unit}` }),
    button,
  ]);
}
