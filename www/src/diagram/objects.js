// The right column: functions, containers, classes, instances and anything else on the heap.
// A function shows one slot per free variable (its __closure__, in co_freevars order), and
// each slot's arrow ends at the cell it holds.
import { element } from "./dom.js";
import { renderBinding, renderValue } from "./values.js";
import { functionLabel } from "./labels.js";
import { omittedMarker, formatCount } from "./bounded.js";

/** A closure slot: a port on the box's edge, whose arrow runs to its cell. */
function renderSlot(functionId, name, cell) {
  return element("div", { className: "binding binding-slot", data: { kind: "slot", id: `${functionId}:${name}` } }, [
    renderValue({ kind: "ref", id: cell }, functionId, "closure"),
    element("span", { className: "binding-name", text: name }),
    element("span", { className: "slot-hint", text: "free variable" }),
  ]);
}

function header(tag, title, detail) {
  return element("div", { className: "box-header" }, [
    element("span", { className: "box-tag", text: tag }),
    element("span", { className: "box-title", text: title }),
    detail ? element("span", { className: "box-detail", text: detail }) : null,
  ]);
}

function renderFunction(id, fn) {
  const label = functionLabel(fn, id);
  const signature = `${label}(${(fn.params ?? []).join(", ")})`;
  const qualified = fn.qualname && fn.qualname !== fn.name ? fn.qualname : "";
  const rows = [];
  if ((fn.defaults ?? []).length) {
    rows.push(
      element("div", { className: "binding binding-defaults", data: { kind: "defaults", id: `${id}:defaults` } }, [
        element("span", { className: "binding-name", text: "defaults" }),
        element("span", { className: "binding-value" }, fn.defaults.map((value) => renderValue(value, id))),
      ]),
    );
  }
  for (const { name, cell } of fn.closure ?? []) rows.push(renderSlot(id, name, cell));
  return [header("function", signature, qualified), rows, `function ${label}`];
}

function countText(object, noun) {
  const count = object.length ?? (object.items ?? object.entries ?? []).length;
  return `${formatCount(count)} ${noun}${count === 1 ? "" : "s"}`;
}

function renderSequence(id, object, { expanded = [], expand } = {}) {
  const values = [...(object.items ?? []), ...expanded];
  const items = values.map((value, index) =>
    element("div", { className: "item" }, [
      object.kind === "set" ? null : element("span", { className: "item-index", text: String(index) }),
      element("span", { className: "item-value" }, [renderValue(value, id)]),
    ]),
  );
  const body = items.length ? items : [element("span", { className: "box-empty", text: "empty" })];
  const more = omittedMarker(object, values.length, expand && ((start, count) => expand(id, start, count)));
  const detail = countText(object, "item");
  return [header(object.kind, "", detail), [element("div", { className: `items items-${object.kind}` }, body), more], `${object.kind}, ${detail}`];
}

function renderDict(id, dict, { expanded = [], expand } = {}) {
  const entries = [...(dict.entries ?? []), ...expanded];
  const rows = entries.map(([key, value]) =>
    element("div", { className: "binding binding-entry" }, [
      element("span", { className: "binding-name" }, [renderValue(key, id)]),
      element("span", { className: "binding-value" }, [renderValue(value, id)]),
    ]),
  );
  const detail = countText(dict, "key");
  if (!rows.length) rows.push(element("div", { className: "box-empty", text: "empty" }));
  const more = omittedMarker(dict, entries.length, expand && ((start, count) => expand(id, start, count)));
  return [header("dict", "", detail), [element("div", { className: "entries" }, rows), more], `dict, ${detail}`];
}

/** A class's or instance's attributes; the engine sends at most fifty and counts the rest. */
function renderAttributes(id, object) {
  const rows = (object.attrs ?? []).map(({ name, value }) =>
    renderBinding({ name, value, kind: "attribute", id: `${id}:${name}`, from: id }),
  );
  if (!rows.length) rows.push(element("div", { className: "box-empty", text: "no attributes" }));
  if (object.omitted) rows.push(omittedMarker({ omitted: object.omitted }, rows.length, null, "more attributes"));
  return rows;
}

const generatorStates = {
  created: "not started: its frame waits at its first line",
  suspended: "paused at a yield: its frame waits here",
  running: "running: its frame is in the stack",
  finished: "finished: its frame is gone",
};

/** A generator names the one frame it runs, by that frame's label, and where it is. */
function renderGenerator(object) {
  const title = object.label ?? "";
  const rows = [
    element("div", { className: "other-repr", text: object.repr ?? "" }),
    element("div", { className: "box-detail generator-state", data: { kind: "generator-state" }, text: generatorStates[object.state] ?? object.state }),
  ];
  const spoken = `generator${title ? ` of ${title}` : ""}, ${generatorStates[object.state] ?? object.state}`;
  return [header("generator", title), rows, spoken];
}

function objectParts(id, object, options) {
  switch (object.kind) {
    case "function":
      return renderFunction(id, object);
    case "list":
    case "tuple":
    case "set":
      return renderSequence(id, object, options);
    case "dict":
      return renderDict(id, object, options);
    case "class":
      return [header("class", object.name), renderAttributes(id, object), `class ${object.name}`];
    case "instance": {
      const name = object.class_name ?? "object";
      return [header("instance", name), renderAttributes(id, object), `${name} instance`];
    }
    default: {
      if (object.type === "generator" && object.state) return renderGenerator(object);
      const type = object.type ?? object.kind;
      return [header(type, ""), [element("div", { className: "other-repr", text: object.repr ?? "" })], `${type} object`];
    }
  }
}

/** Draws one heap object that is not a cell; `options` ({ expanded, expand }) carry the
 * items fetched so far past the engine's cut and the way to ask for more. */
export function renderObject(id, object, options = {}) {
  const [head, rows, name] = objectParts(id, object, options);
  const kind = object.kind ?? "other";
  return element("section", { className: `box object object-${kind}`, data: { kind, id }, attrs: { "aria-label": name } }, [
    head,
    element("div", { className: "box-body" }, rows),
  ]);
}
