// The scope table of one function: every name it mentions, where the name lives (local,
// cell, free, global or builtin) and why, as the engine's scope analysis says. A cell or
// free name whose cell exists at this step is a button that highlights that cell. At a step
// the engine names the table's frame or function by the diagram's label and says which cell
// each cell or free name holds then.
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

/** The reason, and at a step the cell the name holds, named as the diagram names it. */
function reasonCell(row) {
  const holds = row.holds ? element("div", { className: "scope-holds", data: { kind: "scope-holds" }, text: `Now: ${row.holds}` }) : null;
  return element("td", { className: "scope-reason" }, [row.reason, holds]);
}

function tableRow(row, cells, highlighted, onPick) {
  return element("tr", { data: { kind: "scope-row", name: row.name, scope: row.scope } }, [
    nameCell(row, cells.get(row.name), highlighted, onPick),
    element("td", {}, [element("span", { className: `badge badge-${row.scope}`, text: row.scope })]),
    reasonCell(row),
  ]);
}

/** "inc #1 (counter.<locals>.inc)" at a step, the qualname alone before. */
function tableTitle(table) {
  if (!table.label || table.label === table.scope) return table.scope;
  return `${table.label} (${table.scope})`;
}

/** Draws `table` ({scope, rows}) into `container`; `cells` maps a name to its cell id at
 * this step, `highlighted` is the highlighted cell id, `onPick(cellId)` highlights one. */
export function renderScopeTable(container, title, table, { cells, highlighted, onPick }) {
  title.textContent = table ? `Scope table: ${tableTitle(table)}` : "Scope table";
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
