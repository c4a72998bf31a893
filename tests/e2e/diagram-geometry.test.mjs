// Every step of every playground example, of the closure programs of tests/golden and of the
// deep-stack and generator screenshot programs, drawn
// in the playground and in the widget at 1366 and 390 px wide: no arrow passes through a box
// it does not start or end at, and no two arrows into one box end on the same spot. The
// geometry is read from the SVG paths and the boxes' data-id, data-from and data-to.
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { assert, diagramGeometryProblems, typeProgram } from "./helpers.mjs";
import { withDemo } from "./widget.test.mjs";
import { screenshotPrograms } from "./diagram-screenshots.test.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// An endless program is checked over its first steps only.
const endlessPrograms = new Set(["infinite_loop.py", "infinite_loop_budget.py"]);
const stepsOfEndless = 80;

function programs() {
  const from = (folder) =>
    readdirSync(join(repo, folder))
      .filter((name) => name.endsWith(".py"))
      .sort()
      .map((name) => ({ name: `${folder}/${name}`, endless: endlessPrograms.has(name), source: readFileSync(join(repo, folder, name), "utf8") }));
  // A memoized recursion 61 frames deep and a generator over its own cells, as the
  // screenshots show them.
  const shown = screenshotPrograms.filter(({ name }) => ["memoize-factorial", "generator"].includes(name));
  return [...from("www/examples"), ...from("tests/golden"), ...shown.map(({ name, source }) => ({ name: `screenshot/${name}`, endless: false, source }))];
}

/** Runs in the page: shows every step up to `last` through the slider and collects problems. */
async function checkEveryPlaygroundStep({ last, check }) {
  const geometry = new Function(`return (${check})`)();
  const slider = document.querySelector("[data-control=slider]");
  const problems = [];
  let arrows = 0;
  for (let step = 0; step <= last; step += 1) {
    slider.value = String(step);
    slider.dispatchEvent(new Event("input"));
    while (document.documentElement.dataset.shownStep !== String(step)) await new Promise((resolve) => setTimeout(resolve, 0));
    const found = geometry("[data-part=diagram]");
    arrows += found.arrows;
    for (const problem of [...found.crossings, ...found.coincident]) problems.push(`step ${step}: ${problem}`);
  }
  return { problems, arrows };
}

async function runInPlayground(page, program) {
  const run = await page.evaluate(() => document.documentElement.dataset.run);
  await typeProgram(page, program.source);
  await page.click("[data-part=visualize]");
  await page.waitForFunction((previous) => document.documentElement.dataset.run !== previous, run);
  if (program.endless) {
    await page.waitForFunction((wanted) => Number(document.querySelector("[data-control=slider]").max) >= wanted, stepsOfEndless);
    await page.evaluate(() => document.querySelector("[data-part=stop]:not([disabled])")?.click());
  }
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready");
  const max = Number(await page.locator("[data-control=slider]").getAttribute("max"));
  return program.endless ? Math.min(max, stepsOfEndless) : max;
}

async function playgroundAt(page, url, width, group) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready");
  const report = { steps: 0, arrows: 0, problems: [] };
  for (const program of group) {
    const last = await runInPlayground(page, program);
    const { problems, arrows } = await page.evaluate(checkEveryPlaygroundStep, { last, check: diagramGeometryProblems.toString() });
    report.steps += last + 1;
    report.arrows += arrows;
    report.problems.push(...problems.map((problem) => `${program.name} ${problem}`));
  }
  return report;
}

/** Runs in the page: a widget for `source`, stepped through every recorded step. */
async function checkEveryWidgetStep({ source, check, endless, cap }) {
  const geometry = new Function(`return (${check})`)();
  const widget = document.createElement("cellscope-viz");
  widget.id = "geometry-probe";
  widget.setAttribute("controls", "full");
  if (endless) widget.setAttribute("max-steps", String(cap + 1));
  widget.textContent = source;
  document.querySelector("main").prepend(widget);
  widget.scrollIntoView();
  while (!["ready", "error"].includes(widget.dataset.state)) await new Promise((resolve) => setTimeout(resolve, 20));
  await widget.gotoEnd();
  const last = Math.min(widget.step, endless ? cap : Infinity);
  const problems = [];
  let arrows = 0;
  for (let step = 0; step <= last; step += 1) {
    await widget.goto(step);
    const found = geometry("#geometry-probe");
    arrows += found.arrows;
    for (const problem of [...found.crossings, ...found.coincident]) problems.push(`step ${step}: ${problem}`);
  }
  widget.remove();
  return { problems, arrows, steps: last + 1 };
}

async function widgetAt(page, width, group) {
  const report = { steps: 0, arrows: 0, problems: [] };
  await withDemo(page, async () => {
    for (const program of group) {
      const found = await page.evaluate(checkEveryWidgetStep, {
        source: program.source,
        check: diagramGeometryProblems.toString(),
        endless: program.endless,
        cap: stepsOfEndless,
      });
      report.steps += found.steps;
      report.arrows += found.arrows;
      report.problems.push(...found.problems.map((problem) => `${program.name} ${problem}`));
    }
  }, { viewport: { width, height: 900 } });
  return report;
}

function assertClean(report, where) {
  console.log(`     ${where}: ${report.steps} steps, ${report.arrows} arrows, ${report.problems.length} problems`);
  assert.ok(report.steps > 20, `${where}: only ${report.steps} steps were checked`);
  assert.ok(report.arrows > 20, `${where}: only ${report.arrows} arrows were drawn`);
  assert.deepEqual(report.problems.slice(0, 12), [], `${where}: ${report.problems.length} problems`);
}

// A few programs per test keep each test well inside the runner's time limit.
const groupSize = 5;
const groups = [];
for (let start = 0, all = programs(); start < all.length; start += groupSize) groups.push(all.slice(start, start + groupSize));

const groupName = (group) => `${group[0].name.split("/").pop()} … ${group[group.length - 1].name.split("/").pop()}`;

export const tests = [1366, 390].flatMap((width) =>
  groups.flatMap((group) => [
    {
      name: `no arrow crosses a box and none share an end, every step, playground at ${width} px: ${groupName(group)}`,
      needsSession: true,
      async run({ page, url }) {
        assertClean(await playgroundAt(page, url, width, group), `playground ${width}px`);
      },
    },
    {
      name: `no arrow crosses a box and none share an end, every step, widget at ${width} px: ${groupName(group)}`,
      needsSession: true,
      async run({ page }) {
        assertClean(await widgetAt(page, width, group), `widget ${width}px`);
      },
    },
  ]),
);
