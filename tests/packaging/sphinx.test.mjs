// cellscope.sphinx: the sample site built by sphinx-build with the default theme and two
// Read-the-Docs-style themes; every widget draws in Chromium with its options, nothing
// logs an error, nothing is fetched from elsewhere, and a page without widgets loads none.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveFolder } from "./site-server.mjs";
import { artifactsDir, fixturesDir, installWheel, run, scratchDir, venvTool } from "./tools.mjs";
import { assertNoProblems, checkEveryWidgetDraws, counterText, stepForward, watchPage } from "./widget-checks.mjs";

const themes = ["alabaster", "sphinx_rtd_theme", "furo"];

async function buildSite(theme) {
  await installWheel();
  const out = scratchDir(`sphinx-${theme}`);
  // -W: a warning (a bad option, a missing file) fails the build.
  await run(venvTool("sphinx-build"), ["-q", "-W", "-b", "html", "-D", `html_theme=${theme}`, join(fixturesDir, "sphinx"), out]);
  return out;
}

/** The checks every docs-site test makes on the sample page: two widgets, as configured. */
export async function checkSamplePage(page) {
  assert.equal(await checkEveryWidgetDraws(page), 2);
  const [counter, lambdas] = [page.locator("cellscope-viz").nth(0), page.locator("cellscope-viz").nth(1)];
  assert.equal(await counter.evaluate((element) => element.step), 3, "the step option is the first step shown");
  assert.match(await counterText(counter), /^Step 4 of \d+$/);
  assert.equal(await stepForward(page, counter), 4);
  assert.equal(await counter.locator("[data-control=continue]").count(), 1, "breakpoints add Continue");
  assert.equal(await lambdas.locator("[data-control=first]").count(), 0, "controls: minimal has no First");
  const program = await lambdas.evaluate((element) => element.textContent.trim());
  assert.equal(program, "fns = [lambda: i for i in range(3)]\nprint([f() for f in fns if f() < 5 and True])");
  await lambdas.evaluate((element) => element.gotoEnd());
  await lambdas.locator("[data-kind=cell]").first().waitFor();
}

export const tests = themes.map((theme) => ({
  name: `a site themed ${theme} shows every widget, copies the files to _static and loads them only where used`,
  async run({ context }) {
    const out = await buildSite(theme);
    // With the modules and the Unicode name table, fetched only when a program needs one.
    const copied = ["cellscope-viz.js", "cellscope-viz-worker.js", "cellscope_bg.wasm", "cellscope-viz.css", "modules/json.py", "modules/unicode_names.txt"];
    for (const name of copied) {
      assert.ok(existsSync(join(out, "_static", "cellscope-viz", name)), `_static/cellscope-viz/${name}`);
    }
    assert.ok(!readFileSync(join(out, "plain.html"), "utf8").includes("cellscope-viz.js"), "plain.html loads the widget");
    const site = await serveFolder(out);
    const page = await context.newPage();
    try {
      const problems = watchPage(page, site.url);
      await page.goto(`${site.url}index.html`);
      await checkSamplePage(page);
      await page.screenshot({ path: join(artifactsDir, `packaging-sphinx-${theme}.png`), fullPage: true });
      assertNoProblems(problems, `${theme} index.html`);
    } finally {
      await page.close();
      await site.close();
    }
  },
}));
