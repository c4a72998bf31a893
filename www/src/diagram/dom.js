// Small DOM builders. Program text only ever reaches the page through textContent, so a
// string such as "<img onerror=…>" is shown as characters and never parsed as markup.

const svgNamespace = "http://www.w3.org/2000/svg";

/** Creates an HTML element with a class, data-* attributes, text and children. */
export function element(tag, { className, data, text, title, attrs } = {}, children = []) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (data) for (const [key, value] of Object.entries(data)) node.dataset[key] = String(value);
  if (attrs) for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  if (title !== undefined) node.title = title;
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Creates an SVG element with the given attributes. */
export function svgElement(tag, attrs = {}) {
  const node = document.createElementNS(svgNamespace, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/** Text in which `backticked` spans become <code> elements, as the engine's messages quote
 * names and code that way. */
export function textWithCode(text) {
  return String(text)
    .split("`")
    .map((part, index) => (index % 2 === 1 ? element("code", { text: part }) : part))
    .filter((part) => part !== "");
}
