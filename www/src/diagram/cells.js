// The middle column: Python's cell objects. A cell outlives the frame that created it for
// as long as a closure holds it, so once its owner has returned it is labelled with its
// origin ("count, from counter call 1").
import { element } from "./dom.js";
import { renderValue } from "./values.js";
import { holderLabels, ownerLabel, joinNames } from "./labels.js";

/** "count, in counter call 1" while the frame runs, "count, from …" once it has returned. */
export function originLabel(cell) {
  const owner = cell.owner ?? {};
  const name = owner.name ?? "?";
  return `${name}, ${cell.owner_returned ? "from" : "in"} ${ownerLabel(owner)}`;
}

function heldByLabel(cell, heap) {
  const names = holderLabels(cell, heap);
  return names.length ? `held by ${names.join(", ")}` : "held by no closure yet";
}

/** "cell count, from counter call 1, held by inc and dec": how assistive technology and
 * the list of arrows name the cell. */
function spokenName(cell, heap) {
  const holders = holderLabels(cell, heap);
  return `cell ${originLabel(cell)}${holders.length ? `, held by ${joinNames(holders)}` : ""}`;
}

/** Draws one cell box. */
export function renderCell(id, cell, heap) {
  const classes = ["box", "cell"];
  if (cell.owner_returned) classes.push("cell-orphan");
  return element(
    "section",
    { className: classes.join(" "), data: { kind: "cell", id }, attrs: { "aria-label": spokenName(cell, heap) } },
    [
      element("div", { className: "box-header" }, [
        element("span", { className: "box-tag", text: "cell" }),
        element("span", { className: "box-title", text: originLabel(cell) }),
      ]),
      element("div", { className: "cell-contents" }, [renderValue(cell.contents, id)]),
      element("div", { className: "box-detail", text: heldByLabel(cell, heap) }),
    ],
  );
}
