// Closure insight on the real engine: lint squiggles in the editor, run-time findings on the
// diagram, the scope table of the picked function, and the text list of findings.
import { join } from "node:path";
import { assert, pickExample, press, typeProgram, waitForReady, waitForStep } from "./helpers.mjs";

const counterProgram = `def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

tick = counter()
print(tick())
`;

async function openPlayground(page, url) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await waitForReady(page);
}

async function runToLine(page, line) {
  await page.locator(".cm-line").nth(line - 1).click();
  const before = await page.evaluate(() => document.documentElement.dataset.shownStep);
  // The debugger's tools wait behind the Debugger button.
  if (await page.locator("[data-part=debugger-tools]").isHidden()) await press(page, "Debugger");
  await press(page, "Run to cursor");
  await page.waitForFunction((wanted) => document.documentElement.dataset.shownLine === String(wanted), line);
  return before;
}

const badges = (page) => page.locator("[data-part=diagram] [data-kind=diagnostic]");

export const tests = [
  {
    name: "insight: the late-binding example shows its squiggle and the shared cell on the diagram",
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      await openPlayground(page, url);
      await pickExample(page, "late_binding.py");
      const squiggle = page.locator(".cm-lintRange-warning");
      await squiggle.first().waitFor();
      await squiggle.first().hover();
      const tooltip = page.locator(".cm-tooltip-lint");
      await tooltip.waitFor();
      assert.match(await tooltip.textContent(), /Late binding.*Fix: /s);
      await runToLine(page, 5);
      const badge = badges(page).filter({ hasText: "share one cell" });
      await badge.first().waitFor();
      const cellId = await badge.first().getAttribute("data-target");
      const cell = page.locator(`[data-part=diagram] [data-kind=cell][data-id='${cellId}']`);
      assert.match(await cell.textContent(), /3 functions share one cell i/);
      assert.match(await badge.first().getAttribute("aria-label"), /which now holds 2/);
      const findings = page.locator("[data-part=findings] [data-kind=finding]");
      assert.ok((await findings.filter({ hasText: "At this step: 3 functions share one cell" }).count()) === 1);
      assert.ok((await findings.filter({ hasText: "Line 4: Late binding" }).count()) === 1);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(artifactsDir, "insight-late-binding.png"), fullPage: true });
    },
  },
  {
    name: "insight: the mutable default list and its function carry the finding",
    needsSession: true,
    async run({ page, url }) {
      await openPlayground(page, url);
      await pickExample(page, "mutable_default.py");
      await press(page, "Last");
      const badge = badges(page).filter({ hasText: "Mutable default" });
      await badge.nth(1).waitFor();
      const targets = await badge.evaluateAll((nodes) => nodes.map((node) => node.closest(".box").dataset.kind).sort());
      assert.deepEqual(targets, ["function", "list"]);
    },
  },
  {
    name: "insight: an UnboundLocalError is explained on its frame",
    needsSession: true,
    async run({ page, url }) {
      await openPlayground(page, url);
      await pickExample(page, "missing_nonlocal.py");
      const findings = page.locator("[data-part=findings]");
      await page.locator("[data-part=diagram]").click({ position: { x: 2, y: 2 } });
      for (let step = 0; step < 40; step += 1) {
        if (await page.locator("[data-part=diagram] [data-kind=diagnostic][data-code=missing_nonlocal]").count()) break;
        await page.keyboard.press("ArrowRight");
        await page.waitForTimeout(50);
      }
      await badges(page).filter({ hasText: "Missing nonlocal count" }).first().waitFor();
      assert.match(await findings.textContent(), /At this step: Missing nonlocal count/);
    },
  },
  {
    name: "insight: the scope table says count is a cell in counter and free in increment",
    needsSession: true,
    async run({ page, url }) {
      await openPlayground(page, url);
      await typeProgram(page, counterProgram);
      await press(page, "Visualize");
      await waitForReady(page);
      await waitForStep(page, 0);
      const row = (name) => page.locator(`[data-part=scope-table] [data-kind=scope-row][data-name='${name}']`);
      await runToLine(page, 3);
      await page.locator("[data-part=scope-title]").filter({ hasText: "Scope table: counter" }).waitFor();
      assert.equal(await row("count").getAttribute("data-scope"), "cell");
      assert.equal(await row("increment").getAttribute("data-scope"), "local");
      assert.match(await row("count").textContent(), /captured by increment/);
      await runToLine(page, 6);
      await page.locator("[data-part=scope-title]").filter({ hasText: "Scope table: increment #1 call 1 (counter.<locals>.increment)" }).waitFor();
      assert.equal(await row("count").getAttribute("data-scope"), "free");
      // At the step, the table names the cell as the diagram does.
      await row("count").locator("[data-kind=scope-holds]").waitFor();
      assert.match(await row("count").locator("[data-kind=scope-holds]").textContent(), /Now: cell count, from counter call 1, holding 1, held by increment #1/);
      const cellId = await row("count").locator("[data-kind=scope-name]").getAttribute("data-cell");
      await row("count").locator("[data-kind=scope-name]").focus();
      await page.keyboard.press("Enter");
      const cell = page.locator(`[data-part=diagram] [data-kind=cell][data-id='${cellId}']`);
      await page.waitForFunction((id) => document.querySelector(`[data-part=diagram] [data-kind=cell][data-id='${id}']`)?.classList.contains("cell-highlight"), cellId);
      assert.equal(await cell.count(), 1);
      // Picking the global frame in the diagram shows the module's table.
      await page.locator("[data-part=diagram] [data-kind=frame][data-id=f0] .box-header").click();
      await page.locator("[data-part=scope-title]").filter({ hasText: "Scope table: Global frame (<module>)" }).waitFor();
      assert.equal(await row("tick").getAttribute("data-scope"), "global");
      assert.equal(await row("print").getAttribute("data-scope"), "builtin");
      // A function object is picked from the keyboard too.
      await page.locator("[data-part=diagram] [data-kind=function]").first().focus();
      await page.keyboard.press("Enter");
      await page.locator("[data-part=scope-title]").filter({ hasText: "Scope table: counter" }).waitFor();
    },
  },
  {
    name: "insight: an edit is linted without running it",
    needsSession: true,
    async run({ page, url }) {
      await openPlayground(page, url);
      assert.equal(await page.locator(".cm-lintRange-warning").count(), 0);
      await typeProgram(page, "def add_item(item, basket=[]):\n    basket.append(item)\n    return basket\n");
      await page.locator(".cm-lintRange-warning").first().waitFor();
      await page.locator("[data-part=findings] [data-kind=finding][data-code=mutable_default]").waitFor();
      await typeProgram(page, "x = 1\n");
      await page.locator(".cm-lintRange-warning").waitFor({ state: "detached" });
    },
  },
];
