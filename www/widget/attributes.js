// Reads a widget's attributes into plain values, with the documented defaults. Anything
// unreadable falls back to the default rather than failing: a typo in a docs page should
// still leave a working widget.

const controlModes = new Set(["full", "minimal", "none"]);

/** `step`: the step shown first, counted from 0 like the snapshot's `step`. */
export function initialStep(element) {
  const value = Number.parseInt(element.getAttribute("step") ?? "", 10);
  return Number.isFinite(value) && value >= 0 ? value : 0;
}

/** `controls`: full (default), minimal or none. */
export function controlMode(element) {
  const value = (element.getAttribute("controls") ?? "").trim().toLowerCase();
  return controlModes.has(value) ? value : "full";
}

/** `breakpoints="4,7"`: the lines Continue stops at. */
export function breakpointLines(element) {
  const lines = (element.getAttribute("breakpoints") ?? "")
    .split(/[\s,]+/)
    .map((part) => Number.parseInt(part, 10))
    .filter((line) => Number.isInteger(line) && line > 0);
  return [...new Set(lines)].sort((a, b) => a - b);
}

/** `narration="off"` hides the sentence that narrates each step; it is on by default. */
export function narrationEnabled(element) {
  return (element.getAttribute("narration") ?? "on").trim().toLowerCase() !== "off";
}

/** `height`: a CSS length for the diagram area ("320", "320px", "20rem"); null for auto. */
export function diagramHeight(element) {
  const value = (element.getAttribute("height") ?? "").trim();
  if (/^\d+(\.\d+)?$/.test(value)) return `${value}px`;
  if (/^\d+(\.\d+)?(px|em|rem|vh|%)$/.test(value)) return value;
  return null;
}

/** `autoplay`: plays once the first step is drawn, unless the reader asked for less motion. */
export function shouldAutoplay(element) {
  if (!element.hasAttribute("autoplay")) return false;
  return !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** `max-steps`: the recording budget; docs snippets are short, so the default is modest. */
export function maxSteps(element) {
  const value = Number.parseInt(element.getAttribute("max-steps") ?? "", 10);
  return Number.isInteger(value) && value > 0 ? value : 100000;
}
