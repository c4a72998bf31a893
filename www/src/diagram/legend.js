// The diagram's key: what each kind of arrow and mark means.
import { element } from "./dom.js";

const entries = [
  ["legend-cell", "variable → its cell"],
  ["legend-closure", "closure slot → cell"],
  ["legend-ref", "reference → object"],
  ["legend-changed", "changed in this step"],
  ["legend-lookup", "read or written in this step"],
];

/** Draws the legend row shown above the diagram. */
export function renderLegend() {
  return element(
    "div",
    { className: "legend", attrs: { role: "note", "aria-label": "Legend" } },
    entries.map(([className, text]) =>
      element("span", { className: "legend-entry" }, [
        element("span", { className: `legend-swatch ${className}`, attrs: { "aria-hidden": "true" } }),
        element("span", { text }),
      ]),
    ),
  );
}
