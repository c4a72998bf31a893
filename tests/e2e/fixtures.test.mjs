// The diagram drawn from recorded fixture snapshots, without the engine.
import { join } from "node:path";
import { assert, openAndWaitForDiagram, countIn, stepTo, waitForStep, press } from "./helpers.mjs";

export const tests = [
  {
    name: "counter: the shared cell outlives counter() and both closures point at it",
    async run({ page, url, artifactsDir }) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openAndWaitForDiagram(page, url, "fixture.html?fixture=counter");
      await stepTo(page, 8);
      assert.equal(await countIn(page, "[data-kind=frame]"), 1);
      assert.equal(await countIn(page, "[data-kind=cell]"), 1);
      assert.equal(await countIn(page, "[data-kind=function]"), 3);
      assert.equal(await countIn(page, "[data-kind=arrow][data-role=closure][data-to='2']"), 2);
      const label = await page.locator("[data-part=diagram] [data-kind=cell][data-id='2']").textContent();
      assert.match(label, /count, from counter\(\)/);
      await page.screenshot({ path: join(artifactsDir, "fixture-counter.png"), fullPage: true });
      await stepTo(page, 10);
      assert.equal(await countIn(page, "[data-kind=arrow][data-role=cell][data-from='f6:count'][data-to='2']"), 1);
      await page.screenshot({ path: join(artifactsDir, "fixture-counter-inc.png"), fullPage: true });
      await stepTo(page, 4);
      assert.equal(await countIn(page, "[data-kind=frame]"), 2);
      assert.equal(await countIn(page, "[data-kind=frame].frame-current[data-id=f2]"), 1);
    },
  },
  {
    name: "data: lists, dicts, tuples, sets, classes and instances are boxes",
    async run({ page, url, artifactsDir }) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openAndWaitForDiagram(page, url, "fixture.html?fixture=data");
      await page.keyboard.press("End");
      await waitForStep(page, 5);
      for (const kind of ["list", "dict", "tuple", "set", "class", "instance"]) {
        assert.equal(await countIn(page, `[data-kind=${kind}]`), 1, kind);
      }
      assert.equal(await countIn(page, "[data-kind=cell]"), 0);
      await page.screenshot({ path: join(artifactsDir, "fixture-data.png"), fullPage: true });
    },
  },
  {
    name: "late binding: three lambdas in one list",
    async run({ page, url, artifactsDir }) {
      await page.setViewportSize({ width: 360, height: 740 });
      await openAndWaitForDiagram(page, url, "fixture.html?fixture=late_binding");
      await page.keyboard.press("End");
      await waitForStep(page, 9);
      assert.equal(await countIn(page, "[data-kind=function]"), 3);
      assert.equal(await countIn(page, "[data-kind=arrow][data-from='1']"), 3);
      await page.screenshot({ path: join(artifactsDir, "fixture-late-binding-360.png"), fullPage: true });
    },
  },
  {
    name: "keys step, jump and play; the editor keeps its own keys",
    async run({ page, url }) {
      await openAndWaitForDiagram(page, url, "fixture.html?fixture=counter");
      await page.locator("[data-part=diagram]").click({ position: { x: 2, y: 2 } });
      await page.keyboard.press("End");
      await waitForStep(page, 23);
      assert.equal(await page.locator("[data-control=step-label]").textContent(), "Step 24 of 24");
      await page.keyboard.press("Home");
      await waitForStep(page, 0);
      await page.keyboard.press("ArrowRight");
      await waitForStep(page, 1);
      await page.selectOption("[data-control=speed]", "30");
      await page.locator("[data-part=diagram]").click({ position: { x: 2, y: 2 } });
      await page.keyboard.press(" ");
      assert.equal(await page.getByRole("button", { name: "Pause", exact: true }).count(), 1);
      await waitForStep(page, 6);
      await page.keyboard.press(" ");
      assert.equal(await page.getByRole("button", { name: "Play", exact: true }).count(), 1);
      const paused = await page.evaluate(() => document.documentElement.dataset.shownStep);
      await page.locator(".cm-content").click();
      await page.keyboard.press("End");
      await page.keyboard.press("ArrowLeft");
      await page.waitForTimeout(200);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.shownStep), paused);
      await press(page, "First");
      await waitForStep(page, 0);
      await press(page, "Last");
      await waitForStep(page, 23);
    },
  },
  {
    name: "debugger: step over and out, continue to a breakpoint, backward too",
    async run({ page, url }) {
      await openAndWaitForDiagram(page, url, "fixture.html?fixture=counter");
      await stepTo(page, 8);
      await press(page, "Debugger");
      await press(page, "Step over");
      await waitForStep(page, 13);
      await press(page, "Step into");
      await waitForStep(page, 14);
      await press(page, "Step out");
      await waitForStep(page, 18);
      await page.locator(".cm-line").nth(5).click();
      await page.keyboard.press("F9");
      assert.equal(await page.locator(".cm-breakpoint-gutter [aria-label=breakpoint]").count(), 1);
      await press(page, "Backward");
      await press(page, "Continue");
      await waitForStep(page, 15);
      await press(page, "Continue");
      await waitForStep(page, 10);
      await page.getByRole("button", { name: "Continue", exact: true }).click({ modifiers: ["Shift"] });
      await waitForStep(page, 15);
    },
  },
  {
    name: "generator: a suspended frame is drawn greyed, not current",
    async run({ page, url, artifactsDir }) {
      await openAndWaitForDiagram(page, url, "fixture.html?fixture=generator");
      await page.keyboard.press("End");
      await waitForStep(page, 6);
      assert.equal(await countIn(page, "[data-kind=frame].frame-inactive"), 1);
      assert.equal(await countIn(page, "[data-kind=frame].frame-current[data-id=f0]"), 1);
      assert.match(await page.locator("[data-part=diagram] [data-id=f3]").textContent(), /suspended/);
      await page.screenshot({ path: join(artifactsDir, "fixture-generator.png"), fullPage: true });
    },
  },
  {
    name: "traced decorator: the wrapper's two free variables point at two cells",
    async run({ page, url, artifactsDir }) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openAndWaitForDiagram(page, url, "fixture.html?fixture=decorator_traced");
      await stepTo(page, 20);
      assert.equal(await countIn(page, "[data-kind=cell]"), 2);
      assert.equal(await countIn(page, "[data-kind=slot]"), 2);
      assert.equal(await countIn(page, "[data-kind=arrow][data-role=closure]"), 2);
      assert.equal(await countIn(page, "[data-kind=arrow][data-role=cell]"), 2);
      assert.equal(await countIn(page, "[data-kind=tuple]"), 1);
      assert.equal(await countIn(page, "[data-kind=dict]"), 1);
      await page.screenshot({ path: join(artifactsDir, "fixture-decorator-traced.png"), fullPage: true });
    },
  },
  {
    name: "traced mutable default: both calls append to the one default list",
    async run({ page, url, artifactsDir }) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openAndWaitForDiagram(page, url, "fixture.html?fixture=mutable_default_traced");
      await stepTo(page, 9);
      const list = page.locator("[data-part=diagram] [data-kind=list]");
      assert.equal(await list.count(), 1);
      const listId = await list.getAttribute("data-id");
      const functionId = await page.locator("[data-part=diagram] [data-kind=function]").getAttribute("data-id");
      assert.equal(await countIn(page, `[data-kind=arrow][data-from='${functionId}'][data-to='${listId}']`), 1);
      assert.equal(await list.locator(".item").count(), 2);
      assert.ok((await page.locator(`[data-part=diagram] [data-id='${listId}']`).getAttribute("class")).includes("changed"));
      await page.screenshot({ path: join(artifactsDir, "fixture-mutable-default-traced.png"), fullPage: true });
    },
  },
  {
    name: "objects keep their place from step to step, and a changed box is marked",
    async run({ page, url }) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openAndWaitForDiagram(page, url, "fixture.html?fixture=counter");
      const place = (id) => page.locator(`[data-part=diagram] .box[data-id='${id}']`).boundingBox();
      await stepTo(page, 8);
      const before = await place(4);
      await stepTo(page, 11);
      assert.deepEqual(await place(4), before);
      assert.ok((await page.locator("[data-part=diagram] [data-kind=cell]").getAttribute("class")).includes("changed"));
      await stepTo(page, 12);
      assert.ok(!(await page.locator("[data-part=diagram] [data-kind=cell]").getAttribute("class")).includes("changed"));
    },
  },
];
