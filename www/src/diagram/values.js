// How one snapshot value is drawn: primitives inline as their Python repr, references as a
// dot that an arrow leaves from. A str the engine cut short says how much it left out.
import { element } from "./dom.js";
import { formatCount } from "./bounded.js";

const longReprLength = 48;

function renderPrimitive(value) {
  const repr = String(value.repr ?? "");
  const shown = repr.length > longReprLength ? `${repr.slice(0, longReprLength - 1)}…` : repr;
  const node = element("span", { className: `prim prim-${value.kind}`, text: shown, title: shown === repr ? undefined : repr });
  if (value.kind !== "str" || (shown === repr && !value.omitted)) return node;
  // The repr holds quotes and escapes, so what is left out is counted in characters of the
  // string itself: its true length less the characters the shown part stands for.
  const sentCharacters = value.length !== undefined && value.omitted !== undefined ? value.length - value.omitted : repr.length - 2;
  const shownCharacters = Math.max(0, Math.min(sentCharacters, shown.length - 2));
  const left = (value.length ?? sentCharacters) - shownCharacters;
  // A str the engine cut carries its id, from which strings.js fetches more of it.
  const data = value.id !== undefined && value.length !== undefined ? { str: value.id, strLength: value.length, strRepr: repr } : undefined;
  return element("span", { className: "prim-bounded", data }, [
    node,
    element("span", { className: "prim-cut", text: `… ${formatCount(left)} more characters`, attrs: { "data-kind": "omitted" } }),
  ]);
}

/** Draws a value; `from` and `role` name the arrow that leaves a reference's dot. */
export function renderValue(value, from, role = "ref") {
  if (!value) return element("span", { className: "prim prim-empty", text: "(empty)" });
  if (value.kind === "ref") {
    return element("span", {
      className: `pointer pointer-${role}`,
      data: { ref: value.id, from, role },
      text: "●",
      attrs: { "aria-hidden": "true" },
    });
  }
  return renderPrimitive(value);
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
