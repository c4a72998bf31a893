// Where a widget's program comes from: its own text, or a same-origin file named by `src`.

/** The element's text as a program: leading and trailing blank lines dropped, the
 * indentation common to every non-blank line removed, tabs kept as they are. */
export function normaliseSource(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((line) => (line.trim() === "" ? "" : line));
  while (lines.length && lines[0] === "") lines.shift();
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  const indents = lines.filter((line) => line !== "").map((line) => line.match(/^[ \t]*/)[0]);
  const common = indents.reduce(commonPrefix, indents[0] ?? "");
  return lines.map((line) => line.slice(common.length)).join("\n") + (lines.length ? "\n" : "");
}

function commonPrefix(left, right) {
  let length = 0;
  while (length < left.length && length < right.length && left[length] === right[length]) length += 1;
  return left.slice(0, length);
}

/** Fetches `src` relative to the page; only same-origin files are read, so a widget never
 * makes a request outside the site that embeds it. A file is run as it is, so its line
 * numbers match the ones the author sees in it. */
export async function fetchSource(src, baseUrl) {
  const url = new URL(src, baseUrl);
  if (url.origin !== new URL(baseUrl).origin) {
    throw new Error(`src must be on this site (${url.origin} is another origin)`);
  }
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`Could not load ${src} (HTTP ${response.status})`);
  return (await response.text()).replace(/\r\n?/g, "\n");
}
