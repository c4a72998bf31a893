// The widget's shadow tree: the program listing with the current line marked, the step
// controls, the narration (an aria-live region), messages, the program's output, and the
// scope diagram drawn by the playground's renderer.
import { element } from "../src/diagram/dom.js";

function listingLine(text, number, breakpoints) {
  const classes = ["code-line"];
  if (breakpoints.has(number)) classes.push("code-breakpoint");
  return element("span", { className: classes.join(" "), data: { line: number } }, [
    element("span", { className: "code-number", text: String(number), attrs: { "aria-hidden": "true" } }),
    element("span", { className: "code-text", text: text === "" ? " " : text }),
  ]);
}

/** Draws `source` as numbered lines; breakpoint lines carry a marker. */
export function renderListing(listing, source, breakpoints) {
  const lines = source.replace(/\n$/, "").split("\n");
  listing.replaceChildren(...lines.map((text, index) => listingLine(text, index + 1, breakpoints)));
}

/** Marks the line about to run and the line that just ran, as the snapshot says; none
 * while code that exec or eval runs (`file`), whose lines are not the listing's. */
export function markLines(listing, snapshot) {
  const [current, previous] = snapshot.file ? [null, null] : [snapshot.line, snapshot.prev_line];
  for (const line of listing.querySelectorAll("[data-line]")) {
    const number = Number(line.dataset.line);
    line.classList.toggle("line-current", number === current);
    line.classList.toggle("line-previous", number === previous && number !== current);
    if (number === current) line.setAttribute("aria-current", "step");
    else line.removeAttribute("aria-current");
  }
}

/** Builds the empty parts of one widget inside its shadow root. */
export function buildView(shadowRoot) {
  const parts = {
    listing: element("pre", { className: "listing", data: { part: "listing" }, attrs: { "aria-label": "Program" } }),
    controls: element("div", { className: "controls", data: { part: "controls" } }),
    narration: element("p", { className: "narration", data: { part: "narration" }, attrs: { "aria-live": "polite" } }),
    message: element("div", { className: "message message-error", data: { part: "message" }, attrs: { role: "alert" } }),
    output: element("pre", { className: "output", data: { part: "output" }, attrs: { "aria-label": "Program output" } }),
    diagram: element("div", { className: "diagram-root", data: { part: "diagram" }, attrs: { "aria-label": "Scope diagram" } }),
  };
  const frame = element("div", { className: "widget", attrs: { role: "group", "aria-label": "Cellscope: step through this program" } }, [
    parts.listing,
    parts.controls,
    parts.narration,
    parts.message,
    parts.output,
    parts.diagram,
  ]);
  shadowRoot.replaceChildren(frame);
  return { frame, ...parts };
}
