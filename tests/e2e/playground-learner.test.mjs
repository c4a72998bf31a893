// The learner's playground: the plain stepper first, the debugger one click away or shown once
// a breakpoint is set, a legend for the line bands, Space that plays wherever focus is outside
// the editor, Tab that indents in the editor (Escape then Tab leaves it), a visible focus ring.
import { assert, openAndWaitForDiagram, press, waitForReady, waitForStep } from "./helpers.mjs";
import { sizes } from "./playground-layout.test.mjs";
import { join } from "node:path";

const visible = (page, name) => page.getByRole("button", { name, exact: true }).isVisible();

async function learnerLayout(page, url, size, artifactsDir, name) {
  await page.setViewportSize(size);
  await openAndWaitForDiagram(page, url);
  await waitForReady(page);
  assert.equal(await visible(page, "Forward"), true);
  for (const hidden of ["Step over", "Continue", "Reverse continue"]) assert.equal(await visible(page, hidden), false, `${hidden} waits behind Debugger`);
  assert.equal(await page.locator("[data-part=debugger-help]").isVisible(), false, "no F-key hints for a learner");
  const legend = page.locator(".line-legend");
  assert.equal(await legend.isVisible(), true);
  assert.match(await legend.textContent(), /just ran.*runs next/);
  await page.screenshot({ path: join(artifactsDir, `playground-learner-${name}.png`) });
  const toggle = page.getByRole("button", { name: "Debugger", exact: true });
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  assert.equal(await visible(page, "Step over"), true);
  await toggle.click();
  assert.equal(await visible(page, "Step over"), false);
  // A breakpoint is a debugger's act: the tools open by themselves.
  await page.locator(".cm-line").nth(5).click();
  await page.keyboard.press("F9");
  assert.equal(await visible(page, "Continue"), true);
  await page.screenshot({ path: join(artifactsDir, `playground-debugger-${name}.png`) });
}

export const tests = [
  {
    name: "learner layout at 1366 px: plain stepper, debugger one click away or on a breakpoint, band legend",
    needsSession: true,
    run: ({ page, url, artifactsDir }) => learnerLayout(page, url, sizes.laptop, artifactsDir, "laptop"),
  },
  {
    name: "learner layout at 390 px: the same",
    needsSession: true,
    run: ({ page, url, artifactsDir }) => learnerLayout(page, url, sizes.phone, artifactsDir, "phone"),
  },
  ...["laptop", "phone"].map((size) => ({
    name: `Space plays and pauses after clicking Forward, and never types into the page at ${sizes[size].width} px`,
    needsSession: true,
    async run({ page, url }) {
      await page.setViewportSize(sizes[size]);
      await openAndWaitForDiagram(page, url);
      await waitForReady(page);
      await press(page, "Forward");
      await waitForStep(page, 1);
      await page.keyboard.press("Space");
      const play = page.locator("[data-control=play]");
      assert.equal(await play.getAttribute("aria-pressed"), "true", "Space on the focused Forward button plays");
      await page.waitForFunction(() => Number(document.documentElement.dataset.shownStep) >= 2);
      await page.keyboard.press("Space");
      assert.equal(await play.getAttribute("aria-pressed"), "false", "Space again pauses");
      const paused = await page.evaluate(() => document.documentElement.dataset.shownStep);
      await page.waitForTimeout(700);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.shownStep), paused);
      // In the editor Space is a space.
      await page.locator(".cm-line").first().click();
      await page.keyboard.press("End");
      await page.keyboard.press("Space");
      assert.equal(await play.getAttribute("aria-pressed"), "false");
      assert.equal(await page.locator(".cm-line").first().textContent(), "def counter(): ");
    },
  })),
  ...["laptop", "phone"].map((size) => ({
    name: `editor: Tab indents, Escape then Tab leaves, and focus shows a ring at ${sizes[size].width} px`,
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      await page.setViewportSize(sizes[size]);
      await openAndWaitForDiagram(page, url);
      await waitForReady(page);
      await page.locator(".cm-line").nth(1).click();
      await page.keyboard.press("Home");
      const before = await page.locator(".cm-line").nth(1).textContent();
      await page.keyboard.press("Tab");
      assert.equal(await page.locator(".cm-line").nth(1).textContent(), `    ${before}`, "Tab indents the line");
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.part), "editor", "focus stays in the editor");
      const ring = await page.locator(".cm-editor").evaluate((editor) => getComputedStyle(editor).outlineStyle + " " + getComputedStyle(editor).outlineWidth);
      assert.equal(ring, "solid 3px", "the focused editor has a ring");
      await page.locator(".editor").screenshot({ path: join(artifactsDir, `playground-editor-focus-${size}.png`) });
      await page.keyboard.press("Shift+Tab");
      assert.equal(await page.locator(".cm-line").nth(1).textContent(), before, "Shift+Tab dedents");
      await page.keyboard.press("Escape");
      await page.keyboard.press("Tab");
      assert.notEqual(await page.evaluate(() => document.activeElement?.dataset.part), "editor", "Escape then Tab moves focus on");
      assert.equal(await page.locator(".cm-line").nth(1).textContent(), before, "and does not indent");
    },
  })),
];
