// The diagram's arrows as text, for screen readers: one list item per arrow, such as
// "tick, in Global frame → function inc" or "count, in inc → cell count, from counter
// call 1, held by inc and dec". The SVG itself is hidden from assistive technology.
import { element } from "./dom.js";

function sourceName(dot) {
  const item = dot.closest(".item");
  if (item) return `item ${item.querySelector(".item-index")?.textContent ?? ""}`.trim();
  if (dot.closest(".cell-contents")) return "its contents";
  const name = dot.closest(".binding")?.querySelector(".binding-name")?.textContent;
  return name || "a value";
}

function boxName(box) {
  return box?.getAttribute("aria-label") ?? box?.dataset.kind ?? "a box";
}

/** One sentence for the arrow of `route`. */
export function describeArrow(route, boxes) {
  const dot = route.arrow.node;
  const source = boxes.get(route.arrow.sourceId)?.node;
  const target = boxes.get(route.to)?.node;
  return `${sourceName(dot)}, in ${boxName(source)} → ${boxName(target)}`;
}

/** Replaces the text of `list` with one item per drawn arrow. */
export function writeArrowList(list, routes, boxes) {
  const items = routes.map((route) => element("li", { text: describeArrow(route, boxes) }));
  if (!items.length) items.push(element("li", { text: "No arrows in this step" }));
  list.replaceChildren(...items);
}
