// The right column: functions, containers, classes, instances and anything else on the heap.
// A function shows one slot per free variable (its __closure__, in co_freevars order), and
// each slot's arrow ends at the cell it holds.
import { element } from "./dom.js";
import { renderBinding, renderValue } from "./values.js";

/** A closure slot: a port on the box's left edge, whose arrow runs left to its cell. */
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
  const signature = `${fn.name}(${(fn.params ?? []).join(", ")})`;
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
  for (const { name, cell } of fn.closure ?? []) {
    rows.push(renderSlot(id, name, cell));
  }
  return [header("function", signature, qualified), rows];
}

function renderSequence(id, object) {
  const items = (object.items ?? []).map((value, index) =>
    element("div", { className: "item" }, [
      object.kind === "set" ? null : element("span", { className: "item-index", text: String(index) }),
      element("span", { className: "item-value" }, [renderValue(value, id)]),
    ]),
  );
  const body = items.length ? items : [element("span", { className: "box-empty", text: "empty" })];
  return [header(object.kind, "", `${items.length} item${items.length === 1 ? "" : "s"}`), [
    element("div", { className: `items items-${object.kind}` }, body),
  ]];
}

function renderDict(id, dict) {
  const rows = (dict.entries ?? []).map(([key, value]) =>
    element("div", { className: "binding binding-entry" }, [
      element("span", { className: "binding-name" }, [renderValue(key, id)]),
      element("span", { className: "binding-value" }, [renderValue(value, id)]),
    ]),
  );
  const count = `${rows.length} key${rows.length === 1 ? "" : "s"}`;
  if (!rows.length) rows.push(element("div", { className: "box-empty", text: "empty" }));
  return [header("dict", "", count), rows];
}

function renderAttributes(id, attrs) {
  const rows = (attrs ?? []).map(({ name, value }) =>
    renderBinding({ name, value, kind: "attribute", id: `${id}:${name}`, from: id }),
  );
  if (!rows.length) rows.push(element("div", { className: "box-empty", text: "no attributes" }));
  return rows;
}

function objectParts(id, object) {
  switch (object.kind) {
    case "function":
      return renderFunction(id, object);
    case "list":
    case "tuple":
    case "set":
      return renderSequence(id, object);
    case "dict":
      return renderDict(id, object);
    case "class":
      return [header("class", object.name), renderAttributes(id, object.attrs)];
    case "instance":
      return [header("instance", `${object.class_name ?? "object"}`), renderAttributes(id, object.attrs)];
    default:
      return [header(object.type ?? object.kind, ""), [element("div", { className: "other-repr", text: object.repr ?? "" })]];
  }
}

/** Draws one heap object that is not a cell. */
export function renderObject(id, object) {
  const [head, rows] = objectParts(id, object);
  const kind = object.kind ?? "other";
  return element("section", { className: `box object object-${kind}`, data: { kind, id } }, [
    head,
    element("div", { className: "box-body" }, rows),
  ]);
}
