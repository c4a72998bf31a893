// The widget folder as the npm package `cellscope-viz`: `npm pack` makes a tarball with the
// element, worker, .wasm, stylesheet and README; installed offline from that tarball into a
// scratch project, it draws a widget from a plain <script type="module"> and from a bundle.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { serveFolder } from "./site-server.mjs";
import { crateVersion, repoRoot, run, scratchDir } from "./tools.mjs";
import { assertNoProblems, checkEveryWidgetDraws, counterText, stepForward, watchPage } from "./widget-checks.mjs";

const packageFiles = ["README.md", "cellscope-viz-worker.js", "cellscope-viz.css", "cellscope-viz.js", "cellscope_bg.wasm", "package.json"];
const snippet = `<cellscope-viz step="1">
  def make_counter():
      count = 0
      def increment():
          nonlocal count
          count += 1
          return count
      return increment

  tick = make_counter()
  tick()
</cellscope-viz>`;

function page(title, head) {
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${title}</title>\n${head}\n</head>\n<body>\n${snippet}\n</body></html>\n`;
}

let packed = null;

/** `npm pack` of dist/widget into a scratch folder, once; resolves with the tarball's path. */
function packTarball() {
  packed ??= (async () => {
    const dir = scratchDir("npm-pack");
    const { stdout } = await run("npm", ["pack", join(repoRoot, "dist", "widget"), "--pack-destination", dir, "--json", "--silent"]);
    const [report] = JSON.parse(stdout);
    return { tarball: join(dir, report.filename), report };
  })();
  return packed;
}

/** A scratch project with the tarball installed, without the network; returns its folder. */
async function scratchProject() {
  const { tarball } = await packTarball();
  const project = scratchDir("npm-project");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  const npmCache = join(project, ".npm-cache");
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--cache", npmCache, tarball], { cwd: project });
  return project;
}

async function checkPage(context, folder, path) {
  const site = await serveFolder(folder);
  const tab = await context.newPage();
  try {
    const problems = watchPage(tab, site.url);
    await tab.goto(site.url + path);
    assert.equal(await checkEveryWidgetDraws(tab), 1);
    const widget = tab.locator("cellscope-viz").first();
    assert.match(await counterText(widget), /^Step 2 of \d+$/);
    assert.equal(await stepForward(tab, widget), 2);
    await widget.evaluate((element) => element.gotoEnd());
    await widget.locator("[data-kind=cell]").first().waitFor();
    assertNoProblems(problems, path);
  } finally {
    await tab.close();
    await site.close();
  }
}

export const tests = [
  {
    name: "npm pack makes a tarball of the element, its worker, the .wasm, the stylesheet and the README",
    async run() {
      const { report } = await packTarball();
      assert.equal(report.name, "cellscope-viz");
      assert.equal(report.version, crateVersion());
      const paths = report.files.map((file) => file.path).sort();
      assert.deepEqual(paths.filter((path) => !path.includes("/")), packageFiles);
      // The modules written in Python, fetched only when a program imports one, and the
      // Unicode name table, fetched only for a program with `\N{...}` or unicodedata.
      assert.ok(paths.includes("modules/json.py"), paths.join(", "));
      assert.ok(paths.includes("modules/unicode_names.txt"), paths.join(", "));
      const lazy = /^modules\/([\w.]+\.py|unicode_names\.txt)$/;
      assert.ok(paths.every((path) => !path.includes("/") || lazy.test(path)), paths.join(", "));
      const readme = readFileSync(join(repoRoot, "dist", "widget", "README.md"), "utf8");
      assert.match(readme, /npm install cellscope-viz/);
    },
  },
  {
    name: "installed from the tarball, it draws from a plain <script type=module>",
    async run({ context }) {
      const project = await scratchProject();
      const head = '<link rel="stylesheet" href="node_modules/cellscope-viz/cellscope-viz.css">\n<script type="module" src="node_modules/cellscope-viz/cellscope-viz.js"></script>';
      writeFileSync(join(project, "plain.html"), page("plain", head));
      await checkPage(context, project, "plain.html");
    },
  },
  {
    name: "installed from the tarball, it draws from a bundle made by importing the package",
    async run({ context }) {
      const project = await scratchProject();
      writeFileSync(join(project, "main.js"), 'import { CellscopeViz } from "cellscope-viz";\nimport "cellscope-viz/cellscope-viz.css";\nconsole.log(typeof CellscopeViz);\n');
      const out = join(project, "public");
      mkdirSync(out);
      await build({ absWorkingDir: project, entryPoints: ["main.js"], bundle: true, format: "esm", outdir: out, logLevel: "error" });
      // The package's README: a bundle needs the worker and the .wasm beside it.
      for (const name of ["cellscope-viz-worker.js", "cellscope_bg.wasm"]) {
        copyFileSync(join(project, "node_modules", "cellscope-viz", name), join(out, name));
      }
      writeFileSync(join(out, "index.html"), page("bundled", '<link rel="stylesheet" href="main.css">\n<script type="module" src="main.js"></script>'));
      await checkPage(context, out, "index.html");
    },
  },
];
