// Links and hovers: Share says "Link copied"; choosing an example or editing takes the shared
// program out of the address; hand-written links (?code, step, breakpoints, play) open what
// they say; the lint hover is sized to the code, shows code in code font, no internal codes.
import { assert, openAndWaitForDiagram, pickExample, press, waitForReady, waitForStep } from "./helpers.mjs";
import { sizes } from "./playground-layout.test.mjs";
import { join } from "node:path";

const address = (page) => page.evaluate(() => ({ hash: location.hash, search: location.search }));

export const tests = [
  ...["laptop", "phone"].map((size) => ({
    name: `Share says Link copied; picking an example, or editing, clears the shared program at ${sizes[size].width} px`,
    needsSession: true,
    async run({ page, url, context }) {
      await page.setViewportSize(sizes[size]);
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
      await openAndWaitForDiagram(page, url);
      await waitForReady(page);
      await press(page, "Share");
      await page.locator("[data-part=share-status]").filter({ hasText: "Link copied" }).waitFor();
      const shared = (await address(page)).hash;
      assert.match(shared, /^#code=/);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), new URL(shared, url).href);
      await pickExample(page, "late_binding.py");
      assert.deepEqual(await address(page), { hash: "", search: "" }, "an example is not the shared program");
      assert.equal(await page.locator("[data-part=share-status]").textContent(), "");
      await page.reload();
      await waitForReady(page);
      assert.doesNotMatch(await page.locator(".cm-content").textContent(), /make_multipliers/, "a reload shows the page's own program");
      // A shared link opened, then edited: the address lets go of it at the first keystroke.
      await page.goto(url + shared);
      await waitForReady(page);
      assert.match((await address(page)).hash, /^#code=/);
      await page.locator(".cm-line").first().click();
      await page.keyboard.type("#");
      assert.equal((await address(page)).hash, "");
    },
  })),
  ...["laptop", "phone"].map((size) => ({
    name: `a hand-written link opens its code at its step, with its breakpoints, and plays at ${sizes[size].width} px`,
    needsSession: true,
    async run({ page, url }) {
      await page.setViewportSize(sizes[size]);
      const code = "def f():\n    x = 1\n    return x\n\nf()\nf()\n";
      const link = `${url}?code=${encodeURIComponent(code)}&step=3&breakpoints=2,3`;
      await page.goto(link);
      await waitForStep(page, 2);
      assert.equal(await page.locator("[data-control=step-label]").textContent(), "Step 3 of 12");
      assert.equal(await page.locator(".cm-breakpoint-gutter [aria-label=breakpoint]").count(), 2);
      assert.equal(await page.getByRole("button", { name: "Continue", exact: true }).isVisible(), true, "breakpoints open the debugger");
      await page.goto(`${url}?code=${encodeURIComponent(code)}&play`);
      await page.waitForFunction(() => Number(document.documentElement.dataset.shownStep) >= 2);
      assert.equal(await page.locator("[data-control=play]").getAttribute("aria-pressed"), "true");
    },
  })),
  ...["laptop", "phone"].map((name) => ({
    name: `the lint hover at ${sizes[name].width} px: sized to the code, code in code font, no internal code`,
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      await page.setViewportSize(sizes[name]);
      await openAndWaitForDiagram(page, url);
      await pickExample(page, "late_binding.py");
      await page.locator(".cm-lintRange").first().waitFor();
      await page.locator(".cm-lintRange").first().hover();
      const tooltip = page.locator(".cm-tooltip-lint");
      await tooltip.waitFor();
      const box = await tooltip.boundingBox();
      assert.ok(box.width <= Math.min(460, sizes[name].width - 16), `the hover is ${box.width} px wide`);
      assert.ok(box.x >= 0 && box.x + box.width <= sizes[name].width, "the hover stays on screen");
      const text = await tooltip.textContent();
      assert.doesNotMatch(text, /late_binding|`/, `no internal code and no backquotes: ${text}`);
      const code = tooltip.locator("code").first();
      assert.ok((await tooltip.locator("code").count()) > 0, "names are marked as code");
      assert.match(await code.evaluate((node) => getComputedStyle(node).fontFamily), /monospace/);
      await page.screenshot({ path: join(artifactsDir, `playground-lint-hover-${name}.png`) });
    },
  })),
];
