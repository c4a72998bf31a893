// The playground driving the real engine: examples, stepping, share links, Stop, input()
// and program text that must stay text.
import { join } from "node:path";
import {
  assert, countIn, pickExample, stepUntil, waitForStep, waitForReady, typeProgram, editorText, press,
} from "./helpers.mjs";

const hasFrame = (name) => [...document.querySelectorAll("[data-part=diagram] [data-kind=frame] .box-title")]
  .some((title) => title.textContent === `${name}()`);
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
      assert.match(await page.locator("[data-part=diagram] [data-kind=cell]").textContent(), /balance, from account\(\)/);
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
    name: "a share link restores the code and the step",
    needsSession: true,
    async run({ page, url, context }) {
      await openPlayground(page, url);
      const program = `# ${"a long comment ".repeat(300)}\ndef f(x):\n    return lambda: x\n\ng = f(1)\nprint(g())\n`;
      await typeProgram(page, program);
      await press(page, "Visualize");
      await waitForReady(page);
      await page.keyboard.press("End");
      const last = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max));
      await waitForStep(page, last);
      await press(page, "Back", 2);
      await waitForStep(page, last - 2);
      await press(page, "Share");
      const link = await page.locator("[data-part=share-link]").inputValue();
      assert.ok(link.includes("#code="));
      const second = await context.newPage();
      await second.goto(link);
      await waitForStep(second, last - 2);
      assert.equal(await editorText(second), program.replace(/\n$/, "\n"));
      await second.close();
    },
  },
  {
    name: "Stop ends an infinite loop and keeps the steps navigable",
    needsSession: true,
    async run({ page, url }) {
      await openPlayground(page, url);
      await typeProgram(page, "n = 0\nwhile True:\n    n += 1\n");
      await press(page, "Visualize");
      await page.waitForFunction(() => document.documentElement.dataset.state === "recording");
      await page.waitForFunction(() => Number(document.querySelector("[data-control=slider]").max) > 20000);
      await press(page, "Stop");
      await waitForReady(page);
      assert.match(await page.locator("[data-part=notice]").textContent(), /Stopped by you/);
      await page.keyboard.press("End");
      const last = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max));
      await waitForStep(page, last);
      await page.keyboard.press("ArrowLeft");
      await waitForStep(page, last - 1);
    },
  },
  {
    name: "program output is shown as text, never as markup",
    needsSession: true,
    async run({ page, url }) {
      await openPlayground(page, url);
      await page.evaluate(() => { window.hacked = false; });
      await typeProgram(page, 'print("<img src=x onerror=\\"window.hacked=true\\">")\ns = "<b>bold</b>"\n');
      await press(page, "Visualize");
      await waitForReady(page);
      await page.keyboard.press("End");
      await page.waitForFunction(() => document.querySelector("[data-part=output]").textContent.includes("<img"));
      assert.equal(await page.locator("[data-part=output] img").count(), 0);
      assert.equal(await page.locator("[data-part=diagram] b").count(), 0);
      assert.equal(await page.evaluate(() => window.hacked), false);
    },
  },
  {
    name: "a SyntaxError is underlined in the editor with its message",
    needsSession: true,
    async run({ page, url }) {
      await openPlayground(page, url);
      await typeProgram(page, "x = 1\ndef f(:\n    pass\n");
      await press(page, "Visualize");
      await page.locator(".syntax-error-mark").waitFor();
      assert.match(await page.locator("[data-part=error]").textContent(), /^SyntaxError: .*line 2/);
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
      await page.screenshot({ path: join(artifactsDir, "engine-unbound-local.png"), fullPage: true });
    },
  },
  {
    name: "input() asks the user and the run continues with the answer",
    needsSession: true,
    async run({ page, url }) {
      await openPlayground(page, url);
      await typeProgram(page, 'name = input("Name? ")\nprint("Hello, " + name)\n');
      await press(page, "Visualize");
      const field = page.getByRole("textbox", { name: "Input for the program" });
      await field.waitFor();
      await field.fill("Ada");
      await field.press("Enter");
      await waitForReady(page);
      await page.keyboard.press("End");
      await page.locator("[data-part=output]").filter({ hasText: "Hello, Ada" }).waitFor();
    },
  },
];
