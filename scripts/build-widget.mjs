// Builds the distributable <cellscope-viz> widget into dist/widget/: the element script, its
// engine worker, the engine's .wasm, the page stylesheet, a package.json and a README. A docs
// site copies that one folder. Skips the work when every output is newer than every input;
// `--force` rebuilds, `--sizes` prints the gzipped sizes.
import { build, transform } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { copyPythonModules } from "./build-www.mjs";

const repoRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));
const widgetSource = join(repoRoot, "www", "widget");
const playgroundStyle = join(repoRoot, "www", "style.css");
const enginePkg = join(repoRoot, "pkg");
export const widgetOutDir = join(repoRoot, "dist", "widget");
const outputs = ["cellscope-viz.js", "cellscope-viz-worker.js", "cellscope_bg.wasm", "cellscope-viz.css", "package.json", "README.md"];

function newestModification(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestModification(join(path, name))));
}

function isUpToDate() {
  const paths = outputs.map((name) => join(widgetOutDir, name));
  if (!paths.every((path) => existsSync(path))) return false;
  const inputs = [join(repoRoot, "www", "src"), widgetSource, playgroundStyle, enginePkg, fileURLToPath(import.meta.url)];
  const newestInput = Math.max(...inputs.filter((path) => existsSync(path)).map(newestModification));
  return Math.min(...paths.map((path) => statSync(path).mtimeMs)) > newestInput;
}

/** The `{…}` body that opens at `openIndex`, and the index just past its closing brace. */
function braceBlock(css, openIndex) {
  let depth = 0;
  for (let index = openIndex; index < css.length; index += 1) {
    if (css[index] === "{") depth += 1;
    else if (css[index] === "}" && (depth -= 1) === 0) return { body: css.slice(openIndex + 1, index), end: index + 1 };
  }
  throw new Error("www/style.css: unbalanced braces");
}

/** The playground's stylesheet for a shadow root: `:root` matches nothing there, so its
 * light and dark palettes move to `:host`, and the `theme` attribute can force either. */
function hostPalette(css) {
  const dark = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{/.exec(css);
  if (!dark) throw new Error("www/style.css: no dark palette on :root to move to :host");
  const darkMedia = braceBlock(css, css.indexOf("{", dark.index));
  const darkBody = braceBlock(css, css.indexOf("{", dark.index + dark[0].length - 1)).body;
  const withoutDark = css.slice(0, dark.index) + css.slice(darkMedia.end);
  const light = /:root\s*\{/.exec(withoutDark);
  if (!light) throw new Error("www/style.css: no light palette on :root to move to :host");
  const lightBlock = braceBlock(withoutDark, light.index + light[0].length - 1);
  const rest = withoutDark.slice(0, light.index) + withoutDark.slice(lightBlock.end);
  return [
    `:host {${lightBlock.body}}`,
    `:host([theme="dark"]) {${darkBody}}`,
    `@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) {${darkBody}} }`,
    rest,
  ].join("\n");
}

async function shadowStylesheet() {
  const parts = [
    readFileSync(join(widgetSource, "reset.css"), "utf8"),
    hostPalette(readFileSync(playgroundStyle, "utf8")),
    readFileSync(join(widgetSource, "widget.css"), "utf8"),
  ];
  const { code } = await transform(parts.join("\n"), { loader: "css", minify: true });
  return code;
}

/** Resolves `cellscope-viz:shadow-css` to the assembled stylesheet's text. */
function shadowCssPlugin(cssText) {
  return {
    name: "cellscope-viz-shadow-css",
    setup(builder) {
      builder.onResolve({ filter: /^cellscope-viz:shadow-css$/ }, (args) => ({ path: args.path, namespace: "shadow-css" }));
      builder.onLoad({ filter: /.*/, namespace: "shadow-css" }, () => ({ contents: cssText, loader: "text" }));
    },
  };
}

function packageJson(version) {
  return {
    name: "cellscope-viz",
    version,
    description: "<cellscope-viz>: step through a Python snippet and see the cells its closures hold",
    type: "module",
    module: "./cellscope-viz.js",
    exports: { ".": "./cellscope-viz.js", "./cellscope-viz.css": "./cellscope-viz.css" },
    files: [...outputs.filter((name) => name !== "package.json"), "modules"],
    sideEffects: true,
  };
}

function crateVersion() {
  const match = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(repoRoot, "Cargo.toml"), "utf8"));
  return match ? match[1] : "0.0.0";
}

async function writeStaticFiles() {
  copyFileSync(join(enginePkg, "cellscope_bg.wasm"), join(widgetOutDir, "cellscope_bg.wasm"));
  const pageCss = await transform(readFileSync(join(widgetSource, "page.css"), "utf8"), { loader: "css", minify: true });
  writeFileSync(join(widgetOutDir, "cellscope-viz.css"), pageCss.code);
  writeFileSync(join(widgetOutDir, "README.md"), readFileSync(join(widgetSource, "package-readme.md"), "utf8"));
  writeFileSync(join(widgetOutDir, "package.json"), `${JSON.stringify(packageJson(crateVersion()), null, 2)}\n`);
}

/** Builds dist/widget unless it is up to date; returns true when it built. */
export async function buildWidget({ force = false } = {}) {
  copyPythonModules(join(widgetOutDir, "modules"));
  if (!force && isUpToDate()) return false;
  if (!existsSync(join(enginePkg, "cellscope_bg.wasm"))) throw new Error("pkg/ is missing: run `make wasm` first");
  mkdirSync(widgetOutDir, { recursive: true });
  await build({
    entryPoints: { "cellscope-viz": join(widgetSource, "cellscope-viz.js"), "cellscope-viz-worker": join(widgetSource, "worker.js") },
    outdir: widgetOutDir,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: !process.env.CELLSCOPE_DEBUG,
    legalComments: "none",
    plugins: [shadowCssPlugin(await shadowStylesheet())],
    logLevel: "warning",
  });
  await writeStaticFiles();
  return true;
}

/** Raw and gzipped bytes of each file a page downloads to run a widget. */
export function widgetSizes() {
  const downloaded = ["cellscope-viz.js", "cellscope-viz-worker.js", "cellscope_bg.wasm", "cellscope-viz.css"];
  return downloaded.map((name) => {
    const bytes = readFileSync(join(widgetOutDir, name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = await buildWidget({ force: process.argv.includes("--force") });
  console.log(built ? "dist/widget built" : "dist/widget up to date");
  if (process.argv.includes("--sizes")) {
    const sizes = widgetSizes();
    for (const { name, raw, gzip } of sizes) console.log(`${name.padEnd(26)} ${String(raw).padStart(8)} B  ${String(gzip).padStart(7)} B gzip`);
    console.log(`total gzip: ${sizes.reduce((sum, size) => sum + size.gzip, 0)} B`);
  }
}
