// The lookups of the step on the diagram: the rows, closure slots, cells, attributes and objects the
// engine lists in `snapshot.emphasis` (frame slot → closure slot → cell → value) and the
// arrows between them are drawn strong, and, when the engine says so (`dims_rest`: the path
// went through a cell), everything else is dimmed until the next step. The engine decides
// what a lookup went through; this only finds those boxes.

const EMPHASISED = "lookup-path";

function selector(kind, id) {
  return `[data-kind="${kind}"][data-id="${CSS.escape(String(id))}"]`;
}

/** The data-ids the emphasis names, by the kind of element that carries each. */
function emphasisedIds(emphasis) {
  const rows = (emphasis.variables ?? []).map(({ frame, name }) => ["variable", `f${frame}:${name}`]);
  const frames = (emphasis.variables ?? []).map(({ frame }) => ["frame", `f${frame}`]);
  const slots = (emphasis.slots ?? []).map(({ function: fn, name }) => ["slot", `${fn}:${name}`]);
  const functions = (emphasis.slots ?? []).map(({ function: fn }) => [null, fn]);
  const cells = (emphasis.cells ?? []).map((cell) => ["cell", cell]);
  const attributes = (emphasis.attributes ?? []).map(({ object, name }) => ["attribute", `${object}:${name}`]);
  const objects = (emphasis.objects ?? []).map((id) => [null, id]);
  return [...rows, ...frames, ...slots, ...functions, ...cells, ...attributes, ...objects];
}

/** Marks the step's lookup paths in `canvas` (its boxes and the arrows in `svg`). */
export function emphasiseLookups(canvas, svg, emphasis) {
  for (const node of canvas.querySelectorAll(`.${EMPHASISED}`)) node.classList.remove(EMPHASISED);
  const marks = emphasis ? emphasisedIds(emphasis) : [];
  canvas.classList.toggle("lookup-dimmed", marks.length > 0 && Boolean(emphasis.dims_rest));
  const ids = new Set();
  for (const [kind, id] of marks) {
    ids.add(String(id));
    const found = kind ? canvas.querySelectorAll(selector(kind, id)) : canvas.querySelectorAll(`.box[data-id="${CSS.escape(String(id))}"]`);
    for (const node of found) node.classList.add(EMPHASISED);
  }
  for (const arrow of svg.querySelectorAll("[data-from][data-to]")) {
    if (ids.has(arrow.dataset.from) && ids.has(arrow.dataset.to)) arrow.classList.add(EMPHASISED);
  }
}

/** What "when was this set?" asks about for a clicked element of the diagram: a frame's
 * variable (its cell, for a cell or free variable), a cell box, or an attribute row. */
export function writeTargetAt(node, snapshot) {
  const row = node?.closest?.('[data-kind="variable"], [data-kind="cell"], [data-kind="attribute"]');
  if (!row) return null;
  const id = row.dataset.id ?? "";
  if (row.dataset.kind === "cell") {
    const label = snapshot.heap?.[id]?.owner?.name ?? "this cell";
    return { cell: Number(id), label, key: selector("cell", id) };
  }
  const split = id.lastIndexOf(":");
  const [owner, name] = [id.slice(0, split), id.slice(split + 1)];
  const key = selector(row.dataset.kind, id);
  if (row.dataset.kind === "attribute") return { object: Number(owner), name, label: name, key };
  const frameId = Number(owner.replace(/^f/, ""));
  const frame = (snapshot.frames ?? []).find((f) => f.id === frameId);
  const cell = frame?.cells?.find((c) => c.name === name)?.cell;
  return cell === undefined ? { frame: frameId, name, label: name, key } : { cell, label: name, key };
}
