// The installed cellscope package without a browser: the magic, the widget's traits and
// its assets reply (python_api_checks.py in the project's IPython), and what the Sphinx
// extension makes of a mistaken option and of a builder without HTML.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { installWheel, repoRoot, run, scratchDir, venvTool } from "./tools.mjs";

function sphinxProject(page) {
  const dir = scratchDir("sphinx-source");
  writeFileSync(join(dir, "conf.py"), 'extensions = ["cellscope.sphinx"]\n');
  writeFileSync(join(dir, "index.rst"), `Page\n====\n\n${page}\n`);
  return dir;
}

async function sphinxBuild(builder, source) {
  const out = scratchDir(`sphinx-${builder}`);
  mkdirSync(out, { recursive: true });
  await run(venvTool("sphinx-build"), ["-q", "-W", "-b", builder, source, out]);
  return out;
}

export const tests = [
  {
    name: "the magic, the step trait, the assets reply and the element's HTML behave as documented",
    async run() {
      await installWheel();
      const { stdout } = await run(venvTool("python"), [join(repoRoot, "tests", "packaging", "python_api_checks.py")]);
      assert.match(stdout, /5 checks passed/);
    },
  },
  {
    name: "a directive with a mistaken option fails the Sphinx build and names the option",
    async run() {
      await installWheel();
      const source = sphinxProject(".. cellscope::\n   :height: tall\n\n   x = 1\n");
      const failure = await sphinxBuild("html", source).then(() => null, (error) => error);
      assert.ok(failure, "the build passed");
      assert.match(failure.message, /cellscope: height must be a CSS length such as 320, 320px, 20rem or 60vh, not 'tall'/);
    },
  },
  {
    name: "a builder without HTML shows the program as a code block",
    async run() {
      await installWheel();
      const source = sphinxProject(".. cellscope::\n   :step: 2\n\n   def f():\n       return 1 < 2\n");
      const out = await sphinxBuild("text", source);
      const text = readFileSync(join(out, "index.txt"), "utf8");
      assert.match(text, /   def f\(\):\n       return 1 < 2\n/);
      assert.doesNotMatch(text, /cellscope-viz/);
    },
  },
];
