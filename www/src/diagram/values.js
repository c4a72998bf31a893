// How one snapshot value is drawn: primitives inline as their Python repr, references as a
// dot that an arrow leaves from.
import { element } from "./dom.js";

const longReprLength = 48;

/** Draws a value; `from` and `role` name the arrow that leaves a reference's dot. */
export function renderValue(value, from, role = "ref") {
  if (!value) return element("span", { className: "prim prim-empty", text: "(empty)" });
  if (value.kind === "ref") {
    return element("span", {
      className: `pointer pointer-${role}`,
      data: { ref: value.id, from, role },
      text: "●",
      attrs: { "aria-label": `reference to object ${value.id}` },
    });
  }
  const repr = String(value.repr ?? "");
  const shown = repr.length > longReprLength ? `${repr.slice(0, longReprLength - 1)}…` : repr;
  return element("span", {
    className: `prim prim-${value.kind}`,
    text: shown,
    title: shown === repr ? undefined : repr,
  });
}

/** A `name → value` row, the building block of frames, instances and closure slots. */
export function renderBinding({ name, value, kind, id, from, role, badge }) {
  const nameNode = element("span", { className: "binding-name", text: name });
  const badgeNode = badge ? element("span", { className: `badge badge-${badge}`, text: badge }) : null;
  return element("div", { className: `binding binding-${kind}`, data: { kind, id } }, [
    nameNode,
    badgeNode,
    element("span", { className: "binding-value" }, [renderValue(value, from, role)]),
  ]);
}
