// What the diagram tells a learner beyond its arrows: the labels that tell namesakes apart,
// the step where a frame with cells returns, the post-mortem of an uncaught exception, a
// deep recursion folded with the current frame in view, values cut short that expand on
// demand without growing the page, and the arrows as text for screen readers.
import { assert, diagramGeometryProblems, typeProgram } from "./helpers.mjs";

async function visualize(page, url, source, width = 1366) {
  await page.setViewportSize({ width, height: 860 });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready");
  const run = await page.evaluate(() => document.documentElement.dataset.run);
  await typeProgram(page, source);
  await page.click("[data-part=visualize]");
  await page.waitForFunction((previous) => document.documentElement.dataset.run !== previous && document.documentElement.dataset.state === "ready", run);
}

async function showStep(page, step) {
  await page.locator("[data-control=slider]").fill(String(step));
  await page.waitForFunction((wanted) => document.documentElement.dataset.shownStep === String(wanted), step);
}

async function lastStep(page) {
  return Number(await page.locator("[data-control=slider]").getAttribute("max"));
}

/** Shows the first step at which `predicate` holds in the page. */
async function showFirstWhere(page, predicate) {
  const last = await lastStep(page);
  for (let step = 0; step <= last; step += 1) {
    await showStep(page, step);
    if (await page.evaluate(predicate)) return step;
  }
  throw new Error("no step matches");
}

const diagram = (page, selector) => page.locator(`[data-part=diagram] ${selector}`);

const sharedCounter = `def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def dec():
        nonlocal count
        count -= 1
        return count
    return inc, dec

inc, dec = counter()
inc()
inc()
`;

export const tests = [
  {
    name: "a returned frame shows which cells live on and who holds them, and is gone a step later",
    needsSession: true,
    async run({ page, url }) {
      await visualize(page, url, sharedCounter);
      const step = await showFirstWhere(page, () => document.querySelector("[data-part=diagram] [data-kind=returned-frame]") !== null);
      const ghost = diagram(page, "[data-kind=returned-frame]");
      assert.match(await ghost.textContent(), /counter call 1 returned/);
      assert.match(await ghost.textContent(), /count lives on in its cell, held by inc #1 and dec #1/);
      assert.equal(await diagram(page, "[data-kind=frame]").count(), 1, "only the global frame is alive");
      assert.equal(await diagram(page, "[data-kind=returned-frame] .pointer").count(), 0, "a gone frame points at nothing");
      assert.match(await diagram(page, "[data-kind=cell]").textContent(), /count, from counter call 1.*held by inc #1, dec #1/s);
      await showStep(page, step + 1);
      assert.equal(await diagram(page, "[data-kind=returned-frame]").count(), 0);
    },
  },
  {
    name: "every arrow is listed as text for screen readers, with labels and no internal ids",
    needsSession: true,
    async run({ page, url }) {
      await visualize(page, url, sharedCounter);
      await showFirstWhere(page, () => document.querySelectorAll("[data-part=diagram] [data-kind=frame]").length === 1 &&
        document.querySelectorAll("[data-part=diagram] [data-kind=arrow][data-role=closure]").length === 2);
      const items = await page.locator("[data-part=diagram] [data-part=arrow-list] li").allTextContents();
      const arrows = await diagram(page, "[data-kind=arrow]").count();
      assert.equal(items.length, arrows);
      assert.ok(items.includes("inc, in Global frame → function inc #1"), items.join("\n"));
      assert.ok(items.some((item) => /^count, in function dec #1 → cell count, from counter call 1, held by inc #1 and dec #1$/.test(item)), items.join("\n"));
      assert.ok(items.every((item) => !/#\d{3}|object \d/.test(item)), items.join("\n"));
    },
  },
  {
    name: "the post-mortem step marks the frame that raised, at CPython's line",
    needsSession: true,
    async run({ page, url }) {
      await visualize(page, url, "def outer():\n    def inner():\n        return missing + 1\n    return inner\n\nf = outer()\nf()\n");
      await showStep(page, await lastStep(page));
      const raised = diagram(page, "[data-kind=frame].frame-raised");
      assert.equal(await raised.count(), 1);
      assert.match(await raised.locator(".box-title").textContent(), /^inner #1 call 1$/);
      assert.match(await raised.textContent(), /raised NameError/);
      assert.match(await page.locator("[data-part=diagram] .post-mortem").textContent(), /NameError: name 'missing' is not defined, raised in inner #1 call 1 at line 3/);
    },
  },
  {
    name: "a deep recursion folds, reaches its cells countably, keeps the current frame in view and unfolds",
    needsSession: true,
    async run({ page, url }) {
      const source = "def memoize(fn):\n    cache = {}\n    def lookup(n):\n        if n not in cache:\n            cache[n] = fn(n)\n        return cache[n]\n    return lookup\n\n@memoize\ndef factorial(n):\n    return 1 if n <= 1 else n * factorial(n - 1)\n\nprint(factorial(25))\n";
      await visualize(page, url, source);
      await showFirstWhere(page, () => document.querySelectorAll("[data-part=diagram] [data-kind=frame]").length >= 5 &&
        document.querySelector("[data-part=diagram] .frame-current .prim")?.textContent === "1" &&
        document.querySelector("[data-part=diagram] .frame-current .box-title")?.textContent.startsWith("factorial"));
      const fold = diagram(page, "[data-kind=frame-fold]");
      assert.equal(await fold.count(), 1);
      assert.match(await fold.textContent(), /46 more frames/);
      assert.match(await fold.locator("[title]").first().getAttribute("title"), /^23 frames reach (cache|fn)$/);
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      const inView = () => {
        const canvas = document.querySelector("[data-part=diagram] .diagram-canvas");
        const view = canvas.getBoundingClientRect();
        const box = canvas.querySelector(".frame-current").getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      };
      assert.ok(await page.evaluate(inView), "the current frame is in view before unfolding");
      await fold.getByRole("button").click();
      assert.equal(await diagram(page, "[data-kind=frame-fold]").count(), 1, "one row folds the run again");
      assert.equal(await diagram(page, "[data-kind=frame]").count(), 51);
      const unfolded = await page.evaluate(diagramGeometryProblems, "[data-part=diagram]");
      assert.deepEqual([...unfolded.crossings, ...unfolded.coincident], [], "twenty-five unfolded lookups, each with two arrows");
      assert.ok(unfolded.arrows > 50, `${unfolded.arrows} arrows`);
      await diagram(page, "[data-kind=frame-fold]").getByRole("button", { name: /Fold the 50 frames/ }).click();
      assert.match(await diagram(page, "[data-kind=frame-fold]").textContent(), /46 more frames/);
      await diagram(page, "[data-kind=frame-fold]").getByRole("button").click();
      assert.equal(await diagram(page, "[data-kind=frame]").count(), 51);
      assert.ok((await page.evaluate(() => document.documentElement.scrollHeight)) <= pageHeight + 1, "the page did not grow");
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => document.querySelector("[data-part=diagram] .frame-current"));
      assert.ok(await page.evaluate(inView), "the current frame is in view after stepping");
    },
  },
  {
    name: "a stack too deep to send says how many frames are not drawn, and keeps the current frame in view",
    needsSession: true,
    async run({ page, url }) {
      await visualize(page, url, "def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n\nprint(down(200))\n");
      await showFirstWhere(page, () => document.querySelector("[data-part=diagram] [data-kind=frames-omitted]") !== null &&
        document.querySelector("[data-part=diagram] .frame-current .prim")?.textContent === "0");
      assert.match(await diagram(page, "[data-kind=frames-omitted]").textContent(), /⋮ 142 frames between, not drawn/);
      assert.match(await diagram(page, ".frame-current .box-title").textContent(), /^down call 201$/);
      const { crossings, coincident } = await page.evaluate(diagramGeometryProblems, "[data-part=diagram]");
      assert.deepEqual([...crossings, ...coincident], []);
      const inView = await page.evaluate(() => {
        const canvas = document.querySelector("[data-part=diagram] .diagram-canvas");
        const view = canvas.getBoundingClientRect();
        const box = canvas.querySelector(".frame-current").getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      });
      assert.ok(inView, "the current frame is in view");
    },
  },
  {
    name: "a million-character str and a thousand-item list stay short, say what is left out, and expand",
    needsSession: true,
    async run({ page, url }) {
      await visualize(page, url, "text = 'x' * 1_000_000\nnumbers = list(range(1000))\nprint(len(text), len(numbers))\n");
      await showStep(page, await lastStep(page));
      assert.ok((await page.evaluate(() => document.documentElement.scrollHeight)) < 2000, "the page stays short");
      assert.match(await diagram(page, "[data-kind=omitted]").first().textContent(), /… 999,9\d\d more characters/);
      const list = diagram(page, "[data-kind=list]");
      assert.equal(await list.locator(".item").count(), 50);
      assert.match(await list.locator("[data-kind=omitted]").textContent(), /… 950 more/);
      await list.getByRole("button", { name: /Show 50 more/ }).click();
      await page.waitForFunction(() => document.querySelectorAll("[data-part=diagram] [data-kind=list] .item").length === 100);
      assert.match(await diagram(page, "[data-kind=list] [data-kind=omitted]").textContent(), /… 900 more/);
      assert.equal(await diagram(page, "[data-kind=list] .item:last-child .item-index").textContent(), "99");
      // The str reads on a thousand characters at a time, inside a box that scrolls.
      await diagram(page, "[data-kind=expand-str]").first().click();
      await page.waitForFunction(() => document.querySelector("[data-part=diagram] [data-kind=str-text]")?.textContent.length === 1000);
      assert.match(await diagram(page, "[data-kind=omitted]").first().textContent(), /… 999,000 more characters/);
      await diagram(page, "[data-kind=expand-str]").first().click();
      await page.waitForFunction(() => document.querySelector("[data-part=diagram] [data-kind=str-text]")?.textContent.length === 2000);
      assert.ok((await page.evaluate(() => document.documentElement.scrollHeight)) < 2000, "the page stays short once expanded");
    },
  },
];
