// Export for slides: the whole diagram of the step on screen (not only the part scrolled
// into view) as one self-contained SVG, made of plain rectangles, lines, text and the arrows'
// own paths, with every style written inline and the page's system font stack. There is no
// foreignObject and no stylesheet in it, so Inkscape draws it as a browser does.
import { svgNode, placer, isDrawn, clippedByInnerScroll, opacityOf, boxShapes, padding } from "./export-shapes.js";

const measuring = document.createElement("canvas").getContext("2d");

/** The distance from the top of a text run's box to its baseline, for one font. */
function ascentOf(style) {
  measuring.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const metrics = measuring.measureText("Hg");
  return metrics.fontBoundingBoxAscent ?? parseFloat(style.fontSize) * 0.9;
}

/** The visual lines of a text node: its words grouped by the line box they fall on. */
function textLines(node) {
  const range = document.createRange();
  const lines = [];
  let offset = 0;
  for (const piece of node.textContent.split(/(\s+)/)) {
    if (piece && !/^\s+$/.test(piece)) {
      range.setStart(node, offset);
      range.setEnd(node, offset + piece.length);
      const rect = range.getClientRects()[0];
      const line = rect && lines.find((candidate) => Math.abs(candidate.rect.top - rect.top) < 2);
      if (line) line.words.push(piece);
      else if (rect) lines.push({ rect, words: [piece] });
    }
    offset += piece.length;
  }
  return lines;
}

function textShapes(node, place, root) {
  const parent = node.parentElement;
  const style = getComputedStyle(parent);
  const ascent = ascentOf(style);
  const opacity = opacityOf(parent, root);
  return textLines(node).map(({ rect, words }) => {
    const at = place(parent, rect);
    const text = svgNode("text", {
      x: at.x, y: at.y + ascent, fill: style.color, "font-family": style.fontFamily, "font-size": style.fontSize,
      "font-weight": style.fontWeight, "font-style": style.fontStyle,
    });
    if (style.textDecorationLine && style.textDecorationLine !== "none") text.setAttribute("text-decoration", style.textDecorationLine);
    if (opacity < 1) text.setAttribute("opacity", opacity.toFixed(3));
    const joined = words.join(" ");
    text.textContent = { uppercase: joined.toUpperCase(), lowercase: joined.toLowerCase() }[style.textTransform] ?? joined;
    return text;
  });
}

/** The arrows: the diagram's own SVG, each path and arrowhead with its computed colours. */
function arrowShapes(svg, place) {
  const group = svgNode("g");
  const at = place(svg, svg.getBoundingClientRect());
  group.setAttribute("transform", `translate(${at.x} ${at.y})`);
  for (const child of svg.children) group.append(inlineStyled(child));
  return group;
}

function inlineStyled(original) {
  const copy = original.cloneNode(false);
  copy.removeAttribute("class");
  if (original instanceof SVGGeometryElement) {
    const style = getComputedStyle(original);
    for (const property of ["fill", "stroke", "stroke-width", "stroke-dasharray", "opacity"]) {
      const value = style.getPropertyValue(property);
      if (value && value !== "normal") copy.setAttribute(property, value);
    }
  }
  for (const child of original.children) copy.append(inlineStyled(child));
  return copy;
}

/** Every box and text of the diagram, in document order, so later boxes paint on top. */
function collectShapes(root, place) {
  const canvas = root.querySelector(".diagram-canvas") ?? root;
  const shapes = [];
  const visit = (element) => {
    const style = getComputedStyle(element);
    if (!isDrawn(element, style)) return;
    const rect = element.getBoundingClientRect();
    if (clippedByInnerScroll(element, rect, canvas)) return;
    if (element instanceof SVGSVGElement) return shapes.push(arrowShapes(element, place));
    shapes.push(...boxShapes(style, place(element, rect), opacityOf(element, root)));
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent.trim()) shapes.push(...textShapes(child, place, root));
      else if (child.nodeType === Node.ELEMENT_NODE) visit(child);
    }
  };
  for (const child of root.children) visit(child);
  return shapes;
}

function pictureBounds(root) {
  const canvas = root.querySelector(".diagram-canvas");
  const width = Math.max(root.scrollWidth, canvas ? canvas.offsetLeft + canvas.scrollWidth : 0);
  const canvasBottom = canvas ? canvas.getBoundingClientRect().top - root.getBoundingClientRect().top + canvas.scrollHeight : 0;
  return { width: Math.ceil(width + 2 * padding), height: Math.ceil(Math.max(root.scrollHeight, canvasBottom) + 2 * padding) };
}

function pageBackground(root) {
  for (let node = root; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && color !== "transparent" && !/rgba\([^)]*,\s*0\)$/.test(color)) return color;
  }
  return "#ffffff";
}

/** The diagram drawn in `root` as a standalone SVG document: `{ text, width, height }`. */
export function diagramSVG(root) {
  const { width, height } = pictureBounds(root);
  const svg = svgNode("svg", { xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${width} ${height}` });
  svg.append(svgNode("rect", { x: 0, y: 0, width, height, fill: pageBackground(root) }));
  const body = svgNode("g", { transform: `translate(${padding} ${padding})` });
  body.append(...collectShapes(root, placer(root)));
  svg.append(body);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`, width, height };
}

/** The same picture as a PNG blob, `scale` times the SVG's size, drawn by the browser. */
export async function diagramPNG(root, scale = 2) {
  const { text, width, height } = diagramSVG(root);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  canvas.getContext("2d").drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be made"))), "image/png"));
}

/** Offers `blob` as a download named `name`. */
export function download(blob, name) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
