// Runs in the playground: an edit makes the recording stale at once and Ctrl+Enter records
// the new text; a new run clears the old one's panels; recording shows its steps so far, and
// Stop ends it even when single steps are slow (how soon is printed: see the test).
import { assert, isInViewport, openAndWaitForDiagram, press, typeProgram, waitForReady, waitForStep } from "./helpers.mjs";
import { sizes } from "./playground-layout.test.mjs";
import { join } from "node:path";

const narration = (page) => page.locator("[data-part=narration]");

async function staleAfterEdit(page, url, size, artifactsDir, name) {
  await page.setViewportSize(size);
  await openAndWaitForDiagram(page, url);
  await waitForReady(page);
  await page.locator("[data-control=forward]").click();
  await waitForStep(page, 1);
  assert.equal(await page.locator("[data-part=stale]").isVisible(), false);
  // Two comment lines at the top move every line down by two.
  await page.locator(".cm-line").first().click();
  await page.keyboard.press("Home");
  await page.keyboard.type("# counting\n# with a closure\n");
  assert.equal(await page.locator("[data-part=stale]").isVisible(), true, "the stale banner shows at once");
  assert.equal(await narration(page).isVisible(), false, "the old narration is hidden");
  assert.equal(await page.locator(".cm-line.line-next").count(), 0, "no line band points into the edited text");
  // Stepping the old recording keeps the old narration and bands away.
  await page.locator("[data-control=forward]").click();
  await waitForStep(page, 2);
  assert.equal(await narration(page).isVisible(), false);
  assert.equal(await page.locator(".cm-line.line-next").count(), 0);
  await page.screenshot({ path: join(artifactsDir, `playground-stale-${name}.png`) });
  const run = await page.evaluate(() => document.documentElement.dataset.run);
  await page.locator(".cm-content").focus();
  await page.keyboard.press("Control+Enter");
  await page.waitForFunction((previous) => document.documentElement.dataset.run !== previous, run);
  await waitForStep(page, 0);
  assert.equal(await page.locator("[data-part=stale]").isVisible(), false, "a new run is not stale");
  assert.equal(await narration(page).isVisible(), true);
  // The first step of the new recording is about line 3, where `def counter():` now is.
  assert.equal(await page.evaluate(() => document.documentElement.dataset.shownLine), "3");
  assert.match(await page.locator(".cm-line.line-next").textContent(), /^def counter\(\):/);
}

/** Runs in the page: presses Stop and resolves with the milliseconds until the page shows
 * that the run has ended. */
export function stopLatency() {
  return new Promise((resolve) => {
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (document.documentElement.dataset.state === "recording") return;
      observer.disconnect();
      resolve(performance.now() - started);
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-state"] });
    document.querySelector("[data-part=stop]").click();
  });
}

// Each line step runs a builtin over a large range: single steps of several milliseconds.
const slowSteps = `total = 0
while True:
    total += sum(range(10**5))
`;

export const tests = [
  {
    name: "stale: laptop, an edit marks the run stale at once and Ctrl+Enter records the new code",
    needsSession: true,
    run: ({ page, url, artifactsDir }) => staleAfterEdit(page, url, sizes.laptop, artifactsDir, "laptop"),
  },
  {
    name: "stale: phone, the same",
    needsSession: true,
    run: ({ page, url, artifactsDir }) => staleAfterEdit(page, url, sizes.phone, artifactsDir, "phone"),
  },
  ...["laptop", "phone"].map((size) => ({
    name: `a new run clears the previous run's narration, output, call stack and diagram at once at ${sizes[size].width} px`,
    needsSession: true,
    async run({ page, url }) {
      await page.setViewportSize(sizes[size]);
      await openAndWaitForDiagram(page, url);
      await waitForReady(page);
      await press(page, "Last");
      await typeProgram(page, slowSteps);
      const left = await page.evaluate(() => {
        document.querySelector("[data-part=visualize]").click();
        const text = (part) => document.querySelector(`[data-part=${part}]`).textContent;
        return { narration: text("narration"), output: text("output"), stack: text("call-stack"), diagram: text("diagram") };
      });
      assert.deepEqual(left, { narration: "", output: "", stack: "", diagram: "" });
      await press(page, "Stop");
      await waitForReady(page);
    },
  })),
  ...["laptop", "phone"].map((size) => ({
    name: `Stop: recording shows its steps so far on screen, and Stop ends it between two slow steps, at ${sizes[size].width} px`,
    needsSession: true,
    async run({ page, url }) {
      await page.setViewportSize(sizes[size]);
      await openAndWaitForDiagram(page, url);
      await waitForReady(page);
      await typeProgram(page, slowSteps);
      await press(page, "Visualize");
      const label = page.locator("[data-control=step-label]");
      await label.filter({ hasText: /so far…$/ }).waitFor();
      const early = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max) + 1);
      await page.waitForTimeout(1500);
      const later = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max) + 1);
      assert.ok(later > early, `the count of steps grows while recording (${early} → ${later})`);
      assert.match(await label.textContent(), /^Step \d+ of [\d,]+ so far…$/);
      // The progress and the Stop button are where the reader is looking, not scrolled away.
      for (const part of ["[data-control=step-label]", "[data-part=stop]"]) {
        assert.ok(await isInViewport(page, part), `${part} is inside the ${sizes[size].width} px viewport while recording`);
      }
      // How soon Stop acts is a speed, so it is printed, not asserted: a loaded machine
      // would fail a time limit with nothing wrong. That it acts at all is asserted.
      const latency = await page.evaluate(stopLatency);
      console.log(`     Stop took effect after ${latency.toFixed(1)} ms (${later} steps recorded before)`);
      assert.match(await page.locator("[data-part=notice]").textContent(), /Every step up to the stop can still be explored/);
      assert.doesNotMatch(await label.textContent(), /so far/);
      const stoppedAt = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max) + 1);
      await page.waitForTimeout(1000);
      const afterwards = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max) + 1);
      assert.equal(afterwards, stoppedAt, "no step is recorded after Stop");
    },
  })),
];
