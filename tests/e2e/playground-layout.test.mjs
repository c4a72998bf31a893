// The playground's layout at a laptop's and a phone's width: while stepping, the current line
// and the diagram's current frame stay on screen together, the stepper stays reachable, and
// stepping never scrolls the page.
import { assert, openAndWaitForDiagram, pickExample, waitForStep } from "./helpers.mjs";
import { join } from "node:path";

export const sizes = { laptop: { width: 1366, height: 850 }, phone: { width: 390, height: 844 } };

/** Runs in the page: where the current line, the current frame and the stepper are. */
function placesOnScreen() {
  const rect = (element) => element && (({ top, bottom, left, right }) => ({ top, bottom, left, right }))(element.getBoundingClientRect());
  const editorHost = document.querySelector("[data-part=editor]");
  const line = editorHost.shadowRoot.querySelector(".cm-line.line-next");
  const frame = document.querySelector("[data-part=diagram] .frame-raised, [data-part=diagram] .frame-current");
  const forward = document.querySelector("[data-control=forward]");
  return {
    line: rect(line), frame: rect(frame), forward: rect(forward), stepper: rect(forward.closest(".stepper")),
    scrollY: window.scrollY, viewport: { width: innerWidth, height: innerHeight },
    pageWidth: document.documentElement.scrollWidth,
  };
}

/** A box is on screen when it lies inside the viewport; a code line, whose box runs as wide
 * as the editor's longest line, when its start does. */
function assertInside(box, viewport, what, { wide = false } = {}) {
  assert.ok(box, `${what} is drawn`);
  assert.ok(box.top >= 0 && box.bottom <= viewport.height, `${what} is inside the viewport vertically: ${JSON.stringify(box)}`);
  const right = wide ? box.left + 40 : box.right;
  assert.ok(box.left >= 0 && right <= viewport.width + 0.5, `${what} is inside the viewport horizontally: ${JSON.stringify(box)}`);
}

/** Taps Forward ten times; after each tap the line, the frame and Forward are all visible. */
async function tenForwardTaps(page, size, artifactsDir, name) {
  await page.setViewportSize(size);
  const start = Number(await page.evaluate(() => document.documentElement.dataset.shownStep));
  const scrollBefore = await page.evaluate(() => window.scrollY);
  for (let tap = 1; tap <= 10; tap += 1) {
    await page.locator("[data-control=forward]").click();
    await waitForStep(page, start + tap);
    await page.waitForTimeout(50);
    const places = await page.evaluate(placesOnScreen);
    assertInside(places.line, places.viewport, `after tap ${tap}, the current line`, { wide: true });
    assertInside(places.frame, places.viewport, `after tap ${tap}, the current frame`);
    assertInside(places.forward, places.viewport, `after tap ${tap}, the Forward button`);
    // The stepper (sticky on a phone) must not cover the frame it steps through.
    const covered = places.frame.top >= places.stepper.top && places.frame.top < places.stepper.bottom;
    assert.ok(!covered, `after tap ${tap}, the frame is not under the stepper`);
    assert.equal(places.scrollY, scrollBefore, `after tap ${tap}, the page did not scroll`);
    assert.ok(places.pageWidth <= size.width, `the page is no wider than the screen (${places.pageWidth})`);
  }
  await page.screenshot({ path: join(artifactsDir, `playground-${name}.png`) });
}

export const tests = [
  {
    name: "phone: ten Forward taps keep the current line and frame on screen",
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      await page.setViewportSize(sizes.phone);
      await openAndWaitForDiagram(page, url);
      await tenForwardTaps(page, sizes.phone, artifactsDir, "phone-counter");
    },
  },
  {
    name: "phone: a deep memoizer run, scrolled down to the diagram, keeps both on screen",
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      await page.setViewportSize(sizes.phone);
      await openAndWaitForDiagram(page, url);
      await pickExample(page, "memoizer.py");
      await page.locator("[data-part=diagram]").evaluate((diagram) => diagram.scrollIntoView({ block: "end" }));
      await tenForwardTaps(page, sizes.phone, artifactsDir, "phone-memoizer");
    },
  },
  {
    name: "laptop: ten Forward clicks keep the current line and frame on screen",
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      await page.setViewportSize(sizes.laptop);
      await openAndWaitForDiagram(page, url);
      await pickExample(page, "memoizer.py");
      await tenForwardTaps(page, sizes.laptop, artifactsDir, "laptop-memoizer");
    },
  },
];
