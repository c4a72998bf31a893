// cellscope's MkDocs plugin and SuperFences fence: the sample site built by `mkdocs build
// --strict` with Material for MkDocs; every widget draws in Chromium with its options,
// nothing logs an error and nothing is fetched from elsewhere.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveFolder } from "./site-server.mjs";
import { checkSamplePage } from "./sphinx.test.mjs";
import { artifactsDir, fixturesDir, installWheel, run, scratchDir, venvTool } from "./tools.mjs";
import { assertNoProblems, watchPage } from "./widget-checks.mjs";

// Material prints a notice about its future on every build; the tests' logs can do without it.
const quiet = { ...process.env, NO_MKDOCS_2_WARNING: "1" };

export const tests = [
  {
    name: "a Material site shows every fence as a widget and copies the widget's files",
    async run({ context }) {
      await installWheel();
      const out = scratchDir("mkdocs");
      await run(venvTool("mkdocs"), ["build", "--strict", "--quiet", "--config-file", join(fixturesDir, "mkdocs", "mkdocs.yml"), "--site-dir", out], { env: quiet });
      // The modules and the Unicode name table too, which the worker fetches only when needed.
      const copied = ["cellscope-viz.js", "cellscope-viz-worker.js", "cellscope_bg.wasm", "cellscope-viz.css", "modules/json.py", "modules/unicode_names.txt"];
      for (const name of copied) {
        assert.ok(existsSync(join(out, "cellscope-viz", name)), `cellscope-viz/${name}`);
      }
      const index = readFileSync(join(out, "index.html"), "utf8");
      assert.match(index, /<script[^>]*type="module"[^>]*cellscope-viz\.js|<script[^>]*cellscope-viz\.js[^>]*type="module"/);
      assert.equal(index.match(/<div class="cellscope"><cellscope-viz[ >]/g)?.length, 2, "each cellscope fence is a widget");
      assert.match(index, /<code>.*"not a widget"/, "an ordinary fence stays a code block");
      const site = await serveFolder(out);
      const page = await context.newPage();
      try {
        const problems = watchPage(page, site.url);
        await page.goto(site.url);
        await checkSamplePage(page);
        await page.screenshot({ path: join(artifactsDir, "packaging-mkdocs-material.png"), fullPage: true });
        assertNoProblems(problems, "mkdocs index.html");
      } finally {
        await page.close();
        await site.close();
      }
    },
  },
  {
    name: "a fence with a mistaken option fails a strict build and says why",
    async run() {
      await installWheel();
      const project = scratchDir("mkdocs-bad");
      const { mkdirSync, writeFileSync, copyFileSync } = await import("node:fs");
      mkdirSync(join(project, "docs"));
      copyFileSync(join(fixturesDir, "mkdocs", "mkdocs.yml"), join(project, "mkdocs.yml"));
      writeFileSync(join(project, "docs", "index.md"), '# Bad\n\n```cellscope controls="all"\nx = 1\n```\n');
      writeFileSync(join(project, "docs", "plain.md"), "# Plain\n");
      const failure = await run(venvTool("mkdocs"), ["build", "--strict", "--config-file", join(project, "mkdocs.yml")], { env: quiet }).then(
        () => null,
        (error) => error,
      );
      assert.ok(failure, "the strict build passed");
      assert.match(failure.message, /controls must be one of full, minimal, none, not 'all'/);
    },
  },
];
