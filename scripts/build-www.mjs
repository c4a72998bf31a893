// Bundles the playground (www/src/main.js), its engine worker and the fixture page into
// www/dist/ with esbuild. Skips the work when every output is newer than every input.
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));
const sourceDir = join(repoRoot, "www", "src");
const outDir = join(repoRoot, "www", "dist");
const entryPoints = {
  main: join(sourceDir, "main.js"),
  worker: join(sourceDir, "engine", "worker.js"),
  fixture: join(sourceDir, "fixture-main.js"),
};

function newestModification(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    const time = entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

function oldestOutput() {
  const outputs = Object.keys(entryPoints).map((name) => join(outDir, `${name}.js`));
  if (!outputs.every((path) => existsSync(path))) return 0;
  return Math.min(...outputs.map((path) => statSync(path).mtimeMs));
}

/** Copies the modules written in Python to `target`, where the engine worker fetches the
 * ones a program imports (the .wasm does not carry them), and the Unicode name table, which
 * it fetches for a program with a `\N{...}` escape or `import unicodedata`. Cheap, so done
 * on every build. */
export function copyPythonModules(target) {
  const library = join(repoRoot, "src", "runtime", "library", "python");
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(library).filter((file) => file.endsWith(".py"))) {
    copyFileSync(join(library, name), join(target, name));
  }
  copyFileSync(join(repoRoot, "src", "unicode_data", UNICODE_NAMES), join(target, UNICODE_NAMES));
}

/** The Unicode name table's file name, in the source tree and beside the modules. */
export const UNICODE_NAMES = "unicode_names.txt";

/** Builds www/dist unless it is already up to date; returns true when it built. */
export async function buildWww({ force = false } = {}) {
  const inputsTime = Math.max(
    newestModification(sourceDir),
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
  );
  copyPythonModules(join(outDir, "modules"));
  if (!force && oldestOutput() > inputsTime) return false;
  await build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: process.env.CELLSCOPE_DEBUG ? false : true,
    sourcemap: true,
    // The engine is loaded at run time from /pkg/, next to its .wasm file.
    external: ["/pkg/*"],
    logLevel: "warning",
  });
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = await buildWww({ force: process.argv.includes("--force") });
  console.log(built ? "www/dist built" : "www/dist up to date");
}
