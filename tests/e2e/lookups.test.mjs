// The lookups of a step on the diagram, and "when was this set?": at the late-binding call
// the lambda's row, its closure slot, the shared cell and the arrows between them are
// emphasised and the rest dimmed; choosing the cell and asking when it was set walks back
// through the loop's writes, 2, then 1, then 0.
import { join } from "node:path";
import { assert, press, stepTo, typeProgram, waitForReady, waitForStep } from "./helpers.mjs";

const program = `fs = [lambda x: x * i for i in range(3)]
m = fs[0]
print(m(2))
`;

// Step 11 (0-based) is the lambda's return, after it read i from the cell; the loop wrote
// i = 0, 1, 2 at steps 3, 4 and 5.
const READ_STEP = 11;

async function openProgram(page, url, width, source = program, step = READ_STEP) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url);
  await waitForReady(page);
  await typeProgram(page, source);
  const run = await page.evaluate(() => document.documentElement.dataset.run);
  await press(page, "Visualize");
  await page.waitForFunction((previous) => document.documentElement.dataset.run !== previous, run);
  await waitForReady(page);
  await waitForStep(page, 0);
  await stepTo(page, step);
}

const emphasised = (page) => page.evaluate(() => {
  const diagram = document.querySelector("[data-part=diagram]");
  const marked = (selector) => [...diagram.querySelectorAll(`${selector}.lookup-path`)].map((n) => n.dataset.id);
  const cell = diagram.querySelector("[data-kind=cell]")?.dataset.id;
  return {
    dimmed: Boolean(diagram.querySelector(".lookup-dimmed")),
    cells: marked("[data-kind=cell]"),
    slots: marked("[data-kind=slot]").length,
    rows: marked("[data-kind=variable]"),
    arrowsIntoCell: diagram.querySelectorAll(`path.lookup-path[data-to="${cell}"]`).length,
    dimmedFunctions: [...diagram.querySelectorAll(".box[data-kind=function]:not(.lookup-path)")].length,
    narration: document.querySelector("[data-part=narration]").textContent,
  };
});

// `p.x` is the instance's own attribute; `p.kind` is found on the class. Step 8 (0-based)
// has read p.x, step 9 p.kind.
const attributes = `class P:
    kind = 'point'
p = P()
p.x = 1
y = p.x
k = p.kind
print(k)
`;

/** The attribute rows marked on the path, each with the kind of box that holds it. */
const emphasisedAttributes = (page) => page.evaluate(() =>
  [...document.querySelectorAll("[data-part=diagram] [data-kind=attribute].lookup-path")].map((row) => ({
    id: row.dataset.id,
    box: row.closest(".box")?.dataset.kind,
    visible: row.getBoundingClientRect().height > 0,
  })));

export const tests = [
  {
    name: "the late-binding read is emphasised from the lambda's row through its closure slot to the shared cell",
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      for (const width of [1366, 390]) {
        await openProgram(page, url, width);
        const seen = await emphasised(page);
        assert.equal(seen.dimmed, true, "the rest is dimmed");
        assert.equal(seen.cells.length, 1, "the one shared cell");
        assert.ok(seen.slots >= 1, "the lambda's closure slot");
        assert.ok(seen.rows.some((id) => id.endsWith(":i")), `the frame's row i: ${seen.rows}`);
        assert.ok(seen.arrowsIntoCell >= 2, `row → cell and slot → cell arrows: ${seen.arrowsIntoCell}`);
        assert.equal(seen.dimmedFunctions, 2, "the two other lambdas stay dimmed");
        assert.match(seen.narration, /<lambda> #1 read i from its closure cell, shared with 2 other functions: 2 \(set at step 6, line 1\)/);
        const path = join(artifactsDir, `lookups-late-binding-${width}.png`);
        if (width > 800) await page.screenshot({ path });
        else await page.locator("[data-part=diagram]").screenshot({ path });
        await stepTo(page, READ_STEP + 1);
        assert.equal((await emphasised(page)).cells.length, 0, "the next step has its own lookups");
      }
    },
  },
  {
    name: "when was this set: the chosen cell goes back to each write of the loop, by button and by Alt+W",
    needsSession: true,
    async run({ page, url }) {
      await openProgram(page, url, 1366);
      await page.locator("[data-part=diagram] [data-kind=cell]").first().click();
      await press(page, "When was i set?");
      await waitForStep(page, 5);
      await press(page, "When was i set?");
      await waitForStep(page, 4);
      await page.keyboard.press("Alt+KeyW");
      await waitForStep(page, 3);
      await press(page, "When was i set?");
      await page.waitForFunction(() => document.querySelector("[data-part=notice]").textContent === "No earlier write of i.");
      await stepTo(page, READ_STEP);
      await page.locator('[data-part=diagram] [data-kind=variable][data-id$=":x"]').click();
      await press(page, "When was x set?");
      await waitForStep(page, 9);
    },
  },
  {
    name: "an attribute read marks the row that answered it, the instance's own or the class's; the class's goes back to its class body",
    needsSession: true,
    async run({ page, url, artifactsDir }) {
      await openProgram(page, url, 1366, attributes, 8);
      const own = await emphasisedAttributes(page);
      assert.deepEqual(own.map((row) => [row.id.split(":")[1], row.box]), [["x", "instance"]], JSON.stringify(own));
      assert.ok(own[0].visible, "the row is drawn");
      await stepTo(page, 9);
      const inherited = await emphasisedAttributes(page);
      assert.deepEqual(inherited.map((row) => [row.id.split(":")[1], row.box]), [["kind", "class"]], JSON.stringify(inherited));
      await page.locator("[data-part=diagram]").screenshot({ path: join(artifactsDir, "lookups-class-attribute-1366.png") });
      // The class body bound kind at step 4, in the namespace that became P's __dict__.
      await page.locator('[data-part=diagram] .box[data-kind=class] [data-kind=attribute][data-id$=":kind"]').click();
      await press(page, "When was kind set?");
      await waitForStep(page, 4);
    },
  },
];
