// The playground driving the real engine: examples, stepping, share links, Stop, input()
// and program text that must stay text.
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { assert, countIn, pickExample, stepUntil, waitForStep, waitForReady, press } from "./helpers.mjs";
import { flowTests } from "./flows.mjs";

const hasFrame = (name) => [...document.querySelectorAll("[data-part=diagram] [data-kind=frame] .box-title")]
  .some((title) => new RegExp(`^${name}( #\\d+)? call \\d+$`).test(title.textContent));
const shownStep = (page) => page.evaluate(() => Number(document.documentElement.dataset.shownStep));

async function openPlayground(page, url, width = 1280) {
  await page.setViewportSize({ width, height: 860 });
  await page.goto(url);
  await waitForReady(page);
}

export const tests = [
  {
    name: "two closures sharing a cell: two arrows into one box, and back again",
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      await openPlayground(page, url);
      await pickExample(page, "shared_cell.py");
      await stepUntil(page, hasFrame, "withdraw");
      assert.equal(await countIn(page, "[data-kind=cell]"), 1);
      const cellId = await page.locator("[data-part=diagram] [data-kind=cell]").getAttribute("data-id");
      assert.equal(await countIn(page, `[data-kind=arrow][data-role=closure][data-to='${cellId}']`), 2);
      assert.equal(await countIn(page, "[data-kind=frame]"), 2);
      assert.match(await page.locator("[data-part=diagram] [data-kind=cell]").textContent(), /balance, from account call 1/);
      await page.screenshot({ path: join(artifactsDir, "engine-shared-cell.png"), fullPage: true });
      const step = await shownStep(page);
      await press(page, "Back");
      await waitForStep(page, step - 1);
      assert.equal(await page.locator("[data-control=step-label]").textContent(), `Step ${step} of ${await page.locator("[data-control=slider]").evaluate((s) => Number(s.max) + 1)}`);
    },
  },
  {
    name: "counter with nonlocal: the frame's free variable points at the cell",
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      await openPlayground(page, url);
      await pickExample(page, "counter_nonlocal.py");
      await stepUntil(page, hasFrame, "inc");
      assert.equal(await countIn(page, "[data-kind=frame]"), 2);
      assert.equal(await countIn(page, "[data-kind=cell]"), 1);
      assert.equal(await countIn(page, "[data-kind=arrow][data-role=cell]"), 1);
      assert.equal(await countIn(page, "[data-kind=arrow][data-role=closure]"), 1);
      await page.screenshot({ path: join(artifactsDir, "engine-counter.png"), fullPage: true });
    },
  },
  {
    name: "late binding: every lambda shares the one cell for i",
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      await openPlayground(page, url);
      await pickExample(page, "late_binding.py");
      await stepUntil(page, () => document.querySelectorAll("[data-part=diagram] [data-kind=arrow][data-role=closure]").length === 3);
      const target = await page.locator("[data-part=diagram] [data-kind=arrow][data-role=closure]").first().getAttribute("data-to");
      assert.equal(await countIn(page, `[data-kind=arrow][data-role=closure][data-to='${target}']`), 3);
      await page.screenshot({ path: join(artifactsDir, "engine-late-binding.png"), fullPage: true });
    },
  },
  {
    name: "a runtime exception is shown at its step",
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      await openPlayground(page, url);
      await pickExample(page, "missing_nonlocal.py");
      await page.keyboard.press("End");
      await page.locator("[data-part=error]").filter({ hasText: "UnboundLocalError" }).waitFor();
      assert.equal(await page.locator(".cm-line.line-error").count(), 1);
      await page.screenshot({ path: join(artifactsDir, "engine-unbound-local.png"), fullPage: true });
    },
  },
  {
    name: "the diagram in a dark theme and at 360 px wide",
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      await page.emulateMedia({ colorScheme: "dark" });
      await openPlayground(page, url, 360);
      await pickExample(page, "function_factory.py");
      await stepUntil(page, () => document.querySelectorAll("[data-part=diagram] [data-kind=arrow][data-role=closure]").length === 2);
      assert.equal(await countIn(page, "[data-kind=cell]"), 2);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
      await page.screenshot({ path: join(artifactsDir, "engine-function-factory-dark-360.png"), fullPage: true });
    },
  },
  {
    name: "every example runs to its end in the page and prints what python3 prints",
    needsSession: true,
    async run({ page, url }) {
      const examplesDir = fileURLToPath(new URL("../../www/examples/", import.meta.url));
      const examples = JSON.parse(readFileSync(join(examplesDir, "index.json"), "utf8"));
      await openPlayground(page, url);
      for (const { file } of examples.filter((example) => example.file !== "infinite_loop.py")) {
        const expected = spawnSync("python3", [join(examplesDir, file)], { encoding: "utf8" }).stdout;
        await pickExample(page, file);
        await page.keyboard.press("End");
        const last = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max));
        await waitForStep(page, last);
        assert.equal(await page.locator("[data-part=output] .stdout").textContent().catch(() => ""), expected, file);
      }
    },
  },
  ...flowTests({ path: "", needsSession: true }),
];
