// Export for slides, the shapes: the boxes of the diagram as plain SVG rectangles and lines,
// placed where the page lays them out, with their colours written inline.
const svgNamespace = "http://www.w3.org/2000/svg";
const padding = 8;

const svgNode = (tag, attributes = {}) => {
  const node = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
};

const transparent = (color) => !color || color === "transparent" || /rgba\([^)]*,\s*0\)$/.test(color);

/** Maps page rectangles into the picture's coordinates: relative to `root`, and as if the
 * diagram's own scroll area were scrolled to its start, so that what lies beyond the
 * visible part is placed where it belongs. */
function placer(root) {
  const origin = root.getBoundingClientRect();
  const canvas = root.querySelector(".diagram-canvas");
  return (element, rect) => {
    const scrolled = canvas && canvas.contains(element) && element !== canvas;
    const dx = scrolled ? canvas.scrollLeft : 0;
    const dy = scrolled ? canvas.scrollTop : 0;
    return { x: rect.left - origin.left + dx, y: rect.top - origin.top + dy, width: rect.width, height: rect.height };
  };
}

/** Whether an element is drawn at all: not hidden, not the screen readers' arrow list, and
 * not scrolled out of a long container's own box. */
function isDrawn(element, style) {
  if (style.display === "none" || style.visibility === "hidden") return false;
  if (element.classList.contains("visually-hidden")) return false;
  const rect = element.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1;
}

function clippedByInnerScroll(element, rect, canvas) {
  const scroller = element.parentElement?.closest(".items, .entries");
  if (!scroller || !canvas.contains(scroller)) return false;
  const box = scroller.getBoundingClientRect();
  return rect.bottom <= box.top || rect.top >= box.bottom || rect.right <= box.left || rect.left >= box.right;
}

function opacityOf(element, root) {
  let opacity = 1;
  for (let node = element; node && node !== root.parentElement; node = node.parentElement) {
    opacity *= Number(getComputedStyle(node).opacity || 1);
  }
  return opacity;
}

/** A box's background and border: one rectangle when its four borders agree, else one line
 * per drawn side (a dashed top rule, say). */
function boxShapes(style, place, opacity) {
  const shapes = [];
  const sides = ["Top", "Right", "Bottom", "Left"].map((side) => ({
    side,
    width: parseFloat(style[`border${side}Width`]) || 0,
    color: style[`border${side}Color`],
    dash: style[`border${side}Style`],
  }));
  const uniform = sides.every((side) => side.width === sides[0].width && side.color === sides[0].color && side.dash === sides[0].dash);
  const radius = parseFloat(style.borderTopLeftRadius) || 0;
  const fill = transparent(style.backgroundColor) ? "none" : style.backgroundColor;
  const border = uniform && sides[0].width > 0 && sides[0].dash !== "none" && !transparent(sides[0].color) ? sides[0] : null;
  if (fill !== "none" || border) {
    const inset = border ? border.width / 2 : 0;
    const rect = svgNode("rect", {
      x: place.x + inset, y: place.y + inset, width: Math.max(0, place.width - 2 * inset), height: Math.max(0, place.height - 2 * inset),
      rx: Math.max(0, radius - inset), fill, stroke: border ? border.color : "none", "stroke-width": border ? border.width : 0,
    });
    if (border?.dash === "dashed") rect.setAttribute("stroke-dasharray", `${border.width * 3} ${border.width * 2}`);
    if (opacity < 1) rect.setAttribute("opacity", opacity.toFixed(3));
    shapes.push(rect);
  }
  if (!uniform) shapes.push(...sideLines(sides, place, opacity));
  return shapes;
}

function sideLines(sides, place, opacity) {
  const ends = {
    Top: [place.x, place.y, place.x + place.width, place.y],
    Bottom: [place.x, place.y + place.height, place.x + place.width, place.y + place.height],
    Left: [place.x, place.y, place.x, place.y + place.height],
    Right: [place.x + place.width, place.y, place.x + place.width, place.y + place.height],
  };
  return sides
    .filter((side) => side.width > 0 && side.dash !== "none" && !transparent(side.color))
    .map((side) => {
      const [x1, y1, x2, y2] = ends[side.side];
      const line = svgNode("line", { x1, y1, x2, y2, stroke: side.color, "stroke-width": side.width });
      if (side.dash === "dashed") line.setAttribute("stroke-dasharray", `${side.width * 3} ${side.width * 2}`);
      if (opacity < 1) line.setAttribute("opacity", opacity.toFixed(3));
      return line;
    });
}

export { svgNode, placer, isDrawn, clippedByInnerScroll, opacityOf, boxShapes, padding };
