// The left column: one box per frame, the global frame first and the current frame last.
// A cell or free variable is drawn as a dot whose arrow ends at its cell box. After an
// uncaught exception the frames are the traceback's, and the one that raised is marked.
import { element } from "./dom.js";
import { renderBinding } from "./values.js";
import { frameLabel } from "./labels.js";

/** The data-id of a frame box; frame ids live apart from heap ids. */
export function frameKey(frame) {
  return `f${frame.id}`;
}

function frameClasses(frame, raisedHere) {
  const classes = ["box", "frame"];
  if (frame.is_current) classes.push("frame-current");
  if (raisedHere) classes.push("frame-raised");
  // The current frame is the one executing, so it is never drawn as inactive; a frame of
  // the traceback is shown as it was when the exception passed through it.
  const live = frame.is_current || !frame.state || frame.state === "running" || frame.state === "raised";
  if (!live) classes.push("frame-inactive");
  return classes.join(" ");
}

function frameHeader(frame, exception) {
  const details = [`line ${frame.line}`];
  // A generator's frame is the same one whether it runs or waits in its generator object.
  if (frame.generator !== undefined) details.push(frame.state === "running" ? "generator, running" : `generator, ${frame.state}`);
  else if (frame.state && frame.state !== "running" && frame.state !== "raised") details.push(frame.state);
  return element("div", { className: "box-header" }, [
    element("span", { className: "box-title", text: frameLabel(frame) }),
    element("span", { className: "box-detail", text: details.join(" · ") }),
    exception ? element("span", { className: "raised-tag", text: `raised ${exception.type}` }) : null,
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

/** Whether `frame` is where the post-mortem step's exception was raised. */
export function raisedIn(frame, snapshot) {
  if (!snapshot.post_mortem || !snapshot.exception) return false;
  const at = snapshot.exception.frame;
  return at === undefined || at === null ? Boolean(frame.is_current) : at === frame.id;
}

/** Draws one frame box; `snapshot` says whether it is the post-mortem's raising frame. */
export function renderFrame(frame, snapshot = {}) {
  const key = frameKey(frame);
  const raisedHere = raisedIn(frame, snapshot);
  const label = frameLabel(frame);
  return element(
    "section",
    {
      className: frameClasses(frame, raisedHere),
      data: { kind: "frame", id: key },
      attrs: { "aria-label": raisedHere ? `${label}, where ${snapshot.exception.type} was raised` : label },
    },
    [frameHeader(frame, raisedHere ? snapshot.exception : null), element("div", { className: "box-body" }, frameRows(frame))],
  );
}
