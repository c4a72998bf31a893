// The scope table of one function: every name it mentions, where the name lives (local,
// cell, free, global or builtin) and why, as the engine's scope analysis says. A cell or
// free name whose cell exists at this step is a button that highlights that cell.
import { element } from "../diagram/dom.js";

function nameCell(row, cellId, highlighted, onPick) {
  if (cellId === undefined) return element("td", { text: row.name, className: "scope-name" });
  const button = element("button", {
    className: "button scope-name",
    data: { kind: "scope-name", cell: cellId },
    attrs: { type: "button", "aria-pressed": String(cellId === highlighted), "aria-label": `${row.name}: highlight its cell` },
    text: row.name,
  });
  button.addEventListener("click", () => onPick(cellId));
  return element("td", {}, [button]);
}

function tableRow(row, cells, highlighted, onPick) {
  return element("tr", { data: { kind: "scope-row", name: row.name, scope: row.scope } }, [
    nameCell(row, cells.get(row.name), highlighted, onPick),
    element("td", {}, [element("span", { className: `badge badge-${row.scope}`, text: row.scope })]),
    element("td", { className: "scope-reason", text: row.reason }),
  ]);
}

/** Draws `table` ({scope, rows}) into `container`; `cells` maps a name to its cell id at
 * this step, `highlighted` is the highlighted cell id, `onPick(cellId)` highlights one. */
export function renderScopeTable(container, title, table, { cells, highlighted, onPick }) {
  title.textContent = table ? `Scope table: ${table.scope}` : "Scope table";
  if (!table) {
    container.replaceChildren(element("p", { className: "hint", text: "Run the program, then pick a frame or a function." }));
    return;
  }
  const head = element("thead", {}, [
    element("tr", {}, ["Name", "Lives in", "Why"].map((text) => element("th", { text, attrs: { scope: "col" } }))),
  ]);
  const body = element("tbody", {}, table.rows.map((row) => tableRow(row, cells, highlighted, onPick)));
  container.replaceChildren(element("table", { className: "scope-table", data: { scope: table.scope } }, [head, body]));
}
