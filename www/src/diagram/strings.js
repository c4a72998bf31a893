// A str the engine cut short reads on, on demand. The snapshot carries the repr of its first
// characters, its `length` and its heap `id`; "Show more" asks the engine (`expand`) for the
// next characters, at most a thousand at a time, and shows the text fetched so far in a box
// that scrolls inside itself, so the page never grows with the string.
import { element } from "./dom.js";
import { formatCount } from "./bounded.js";

const chunk = 1000;

/** The key a fetched text is kept under: a str's id and what the snapshot showed of it
 * (ids start again in a new run, and a str never changes). */
function keyOf(marker) {
  return `${marker.dataset.str}:${marker.dataset.strRepr}`;
}

function fetchMore(marker, strings, expand, redraw) {
  const key = keyOf(marker);
  const fetched = strings.get(key)?.text ?? "";
  expand(marker.dataset.str, [...fetched].length, chunk).then(
    (result) => {
      if (result?.kind !== "str") return redraw();
      const entry = strings.get(key) ?? { text: "", length: result.length };
      if ([...entry.text].length === result.start) entry.text += result.text;
      entry.length = result.length;
      strings.set(key, entry);
      redraw();
    },
    () => redraw(),
  );
}

function extraParts(marker, entry, expand, onMore) {
  const length = Number(marker.dataset.strLength);
  const fetched = entry ? [...entry.text].length : 0;
  const parts = [];
  if (entry) {
    parts.push(
      element("span", {
        className: "str-expanded",
        data: { kind: "str-text", id: `s${marker.dataset.str}` },
        text: entry.text,
        attrs: { tabindex: "0", "aria-label": `text of the str, characters 1 to ${fetched} of ${length}` },
      }),
    );
  }
  if (expand && fetched < length) {
    const button = element("button", {
      className: "button expand-toggle",
      data: { kind: "expand-str" },
      text: entry ? `Show ${formatCount(Math.min(chunk, length - fetched))} more` : "Show the text",
      attrs: { type: "button", "aria-label": `Show ${Math.min(chunk, length - fetched)} more characters of ${formatCount(length)}` },
    });
    button.addEventListener("click", () => {
      button.disabled = true;
      onMore();
    });
    parts.push(button);
  }
  return parts;
}

/** Adds to every cut str in `canvas` the text fetched so far (`strings`, kept by the
 * diagram) and, when the page can ask the engine (`expand(id, start, count)`), a button
 * that fetches the next characters and calls `redraw`. */
export function offerStringExpansion(canvas, strings, expand, redraw) {
  for (const marker of canvas.querySelectorAll(".prim-bounded[data-str]")) {
    marker.querySelectorAll(".str-extra").forEach((node) => node.remove());
    const entry = strings.get(keyOf(marker));
    const parts = extraParts(marker, entry, expand, () => fetchMore(marker, strings, expand, redraw));
    if (entry) {
      const left = Number(marker.dataset.strLength) - [...entry.text].length;
      marker.querySelector(".prim-cut").textContent = left > 0 ? `… ${formatCount(left)} more characters` : "(whole text below)";
    }
    if (parts.length) marker.append(element("span", { className: "str-extra" }, parts));
  }
}
