// The embed demo page on a 390 px phone: nothing on it, widgets included, is wider than
// the viewport, so the page never scrolls sideways.
import { join } from "node:path";
import { assert } from "./helpers.mjs";
import { waitForWidget, withDemo } from "./widget.test.mjs";

const PHONE = { width: 390, height: 844 };

/** Every element that shows past the viewport's edges, named for the failure message.
 * An element inside a box that scrolls or clips sideways (the widget's code panel) shows
 * only within that box, so the box is what must fit. */
function overflowing() {
  const width = document.documentElement.clientWidth;
  const outside = (box) => box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
  const clipped = (element) => {
    for (let node = element.parentElement ?? element.getRootNode().host; node; node = node.parentElement ?? node.getRootNode().host) {
      if (getComputedStyle(node).overflowX !== "visible") return !outside(node.getBoundingClientRect());
    }
    return false;
  };
  const seen = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll("*")) {
      if (outside(element.getBoundingClientRect()) && !clipped(element)) {
        const box = element.getBoundingClientRect();
        const name = element.tagName.toLowerCase() + (element.className ? "." + String(element.className).split(" ")[0] : "");
        seen.push(`${name} ${Math.round(box.left)}…${Math.round(box.right)}`);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return { width, scrollWidth: document.documentElement.scrollWidth, seen: seen.slice(0, 12) };
}

export const tests = [
  {
    name: "the embed demo fits a 390 px phone: no element is wider than the viewport",
    needsSession: true,
    async run({ page, artifactsDir }) {
      await withDemo(page, async () => {
        for (const id of ["counter", "late-binding", "decorator"]) await waitForWidget(page, id);
        const result = await page.evaluate(overflowing);
        await page.screenshot({ path: join(artifactsDir, "embed-demo-390.png"), fullPage: true });
        assert.equal(result.scrollWidth, result.width, `the page scrolls sideways: ${JSON.stringify(result)}`);
        assert.deepEqual(result.seen, [], `wider than ${result.width} px`);
      }, { viewport: PHONE });
    },
  },
];
