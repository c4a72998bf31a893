// Export for slides: Download SVG and Download PNG give the whole diagram of the step on
// screen, not the part scrolled into view. The SVG is self-contained (no stylesheet, no
// foreignObject, no external reference), parses, holds every box and arrow of the step, and
// Chromium renders it to a PNG of its own size; the widget's el.exportSVG() gives the same.
import { assert, openAndWaitForDiagram, pickExample, stepUntil } from "./helpers.mjs";
import { sizes } from "./playground-layout.test.mjs";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Runs in the page: what the SVG holds, next to what the diagram on screen holds. */
async function inspectSVG(svgText) {
  const parsed = new DOMParser().parseFromString(svgText, "image/svg+xml");
  const svg = parsed.documentElement;
  const diagram = document.querySelector("[data-part=diagram]");
  const texts = [...svg.querySelectorAll("text")].map((node) => node.textContent).join(" ");
  const labels = [...diagram.querySelectorAll(".box[data-id] .box-title")].map((title) => title.textContent.trim());
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  return {
    parseError: parsed.querySelector("parsererror")?.textContent ?? null,
    width: Number(svg.getAttribute("width")),
    height: Number(svg.getAttribute("height")),
    rendered: { width: image.naturalWidth, height: image.naturalHeight },
    arrows: svg.querySelectorAll("path[data-kind=arrow]").length,
    arrowsOnScreen: diagram.querySelectorAll("path[data-kind=arrow]").length,
    rects: svg.querySelectorAll("rect").length,
    boxesOnScreen: diagram.querySelectorAll(".box[data-id]").length,
    missingLabels: labels.filter((label) => !texts.includes(label)),
    styleSheets: svg.querySelectorAll("style, foreignObject, link, image").length,
    externalReferences: /url\((?!#)|href="(?!#)/.test(svgText),
    classes: svg.querySelectorAll("[class]").length,
    fontFamilies: [...new Set([...svg.querySelectorAll("text")].map((node) => node.getAttribute("font-family")))],
    canvas: (({ scrollHeight, clientHeight }) => ({ scrollHeight, clientHeight }))(diagram.querySelector(".diagram-canvas")),
  };
}

async function downloaded(page, buttonName) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: buttonName, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The width and height in a PNG's IHDR chunk. */
const pngSize = (bytes) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

async function exportAt(page, url, size, artifactsDir, name) {
  await page.setViewportSize(size);
  await openAndWaitForDiagram(page, url);
  await pickExample(page, "memoizer.py");
  // A step with several frames, cells and objects, taller than the diagram's own scroll area on a phone.
  await stepUntil(page, () => document.querySelectorAll("[data-part=diagram] .box[data-id]").length >= 8);
  const svg = await downloaded(page, "Download SVG");
  assert.match(svg.name, /^cellscope-step-\d+\.svg$/);
  const text = svg.bytes.toString("utf8");
  writeFileSync(join(artifactsDir, `playground-export-${name}.svg`), text);
  const facts = await page.evaluate(inspectSVG, text);
  assert.equal(facts.parseError, null);
  assert.equal(facts.arrows, facts.arrowsOnScreen, "every arrow of the step");
  assert.ok(facts.arrows > 0);
  assert.ok(facts.rects > facts.boxesOnScreen, `a rectangle for every box (${facts.rects} for ${facts.boxesOnScreen})`);
  assert.deepEqual(facts.missingLabels, [], "every box's title is in the picture");
  assert.equal(facts.styleSheets, 0, "no stylesheet, foreignObject or external image");
  assert.equal(facts.externalReferences, false);
  assert.equal(facts.classes, 0, "every style is inline");
  assert.ok(facts.fontFamilies.every((family) => /system-ui|monospace/.test(family)), facts.fontFamilies.join(" | "));
  assert.deepEqual(facts.rendered, { width: facts.width, height: facts.height }, "Chromium renders it at its own size");
  assert.ok(facts.height >= facts.canvas.scrollHeight, "the whole diagram, not the visible part");
  const png = await downloaded(page, "Download PNG");
  assert.match(png.name, /^cellscope-step-\d+\.png$/);
  assert.deepEqual(pngSize(png.bytes), { width: facts.width * 2, height: facts.height * 2 }, "the PNG is the SVG at twice its size");
  writeFileSync(join(artifactsDir, `playground-export-${name}.png`), png.bytes);
}

export const tests = [
  {
    name: "export at 1366 px: the SVG is whole and self-contained, the PNG its double",
    needsSession: true,
    run: ({ page, url, artifactsDir }) => exportAt(page, url, sizes.laptop, artifactsDir, "laptop"),
  },
  {
    name: "export at 390 px: the same, from the phone's scrolled diagram",
    needsSession: true,
    run: ({ page, url, artifactsDir }) => exportAt(page, url, sizes.phone, artifactsDir, "phone"),
  },
  {
    name: "the widget's el.exportSVG() gives its diagram as a standalone SVG",
    needsSession: true,
    async run({ page, url }) {
      await page.goto(`${url}embed-demo.html`);
      const widget = page.locator("cellscope-viz").first();
      await widget.evaluate((element) => element.goto(3));
      const facts = await widget.evaluate((element) => {
        const text = element.exportSVG();
        const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
        const onScreen = element.shadowRoot.querySelectorAll("path[data-kind=arrow]").length;
        return { root: svg.nodeName, arrows: svg.querySelectorAll("path[data-kind=arrow]").length, onScreen, texts: svg.querySelectorAll("text").length };
      });
      assert.equal(facts.root, "svg");
      assert.equal(facts.arrows, facts.onScreen);
      assert.ok(facts.texts > 3);
    },
  },
];
