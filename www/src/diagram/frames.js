// The left column: one box per frame, the global frame first and the current frame last.
// A cell or free variable is drawn as a dot whose arrow ends at its cell box.
import { element } from "./dom.js";
import { renderBinding } from "./values.js";

/** The data-id of a frame box; frame ids live apart from heap ids. */
export function frameKey(frame) {
  return `f${frame.id}`;
}

function frameTitle(frame) {
  if (frame.function === "<module>") return "Global frame";
  return `${frame.function}()`;
}

function frameClasses(frame) {
  const classes = ["box", "frame"];
  if (frame.is_current) classes.push("frame-current");
  // The current frame is the one executing, so it is never drawn as inactive.
  if (!frame.is_current && frame.state && frame.state !== "running") classes.push("frame-inactive");
  return classes.join(" ");
}

function frameHeader(frame) {
  const details = [`line ${frame.line}`];
  if (frame.state && frame.state !== "running") details.push(frame.state);
  return element("div", { className: "box-header" }, [
    element("span", { className: "box-title", text: frameTitle(frame) }),
    element("span", { className: "box-detail", text: details.join(" · ") }),
  ]);
}

function frameRows(frame) {
  const key = frameKey(frame);
  const locals = (frame.locals ?? []).map(({ name, value }) =>
    renderBinding({ name, value, kind: "variable", id: `${key}:${name}`, from: `${key}:${name}` }),
  );
  const cells = (frame.cells ?? []).map(({ name, cell, kind }) =>
    renderBinding({
      name,
      value: { kind: "ref", id: cell },
      kind: "variable",
      id: `${key}:${name}`,
      from: `${key}:${name}`,
      role: "cell",
      badge: kind,
    }),
  );
  const rows = [...locals, ...cells];
  if (frame.return_value !== undefined) {
    rows.push(
      renderBinding({
        name: "return",
        value: frame.return_value,
        kind: "return",
        id: `${key}:return`,
        from: `${key}:return`,
      }),
    );
  }
  if (rows.length === 0) rows.push(element("div", { className: "box-empty", text: "no variables yet" }));
  return rows;
}

/** Draws one frame box. */
export function renderFrame(frame) {
  const key = frameKey(frame);
  return element(
    "section",
    { className: frameClasses(frame), data: { kind: "frame", id: key }, attrs: { "aria-label": frameTitle(frame) } },
    [frameHeader(frame), element("div", { className: "box-body" }, frameRows(frame))],
  );
}
