// Runs every tests/packaging/*.test.mjs: the Python package in JupyterLab, Sphinx and
// MkDocs, and the npm package, each with the real tool and checked in Chromium. A test
// fails on a thrown error or when it passes its time limit. Ends with "N passed, N failed".
import { mkdirSync, readdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launchChromium } from "../e2e/browser.mjs";
import { artifactsDir } from "./tools.mjs";

const testDir = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? "";
// JupyterLab's first start on a busy two-core machine takes most of a minute.
const TEST_TIME_LIMIT_MS = 300_000;

async function withTimeLimit(promise, ms) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** The message, which a test may have added to, then where it was thrown. */
function describe(error) {
  const frames = String(error?.stack ?? "").split("\n").filter((line) => line.trim().startsWith("at "));
  return [String(error?.message ?? error), ...frames].join("\n");
}

mkdirSync(artifactsDir, { recursive: true });
const files = readdirSync(testDir).filter((name) => name.endsWith(".test.mjs")).sort();
const context = await launchChromium();
let passed = 0;
let failed = 0;
for (const file of files) {
  const { tests } = await import(pathToFileURL(`${testDir}/${file}`));
  for (const test of tests) {
    const name = `${file.replace(".test.mjs", "")}: ${test.name}`;
    if (!name.includes(filter)) continue;
    const started = Date.now();
    try {
      await withTimeLimit(test.run({ context }), TEST_TIME_LIMIT_MS);
      passed += 1;
      console.log(`  ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed += 1;
      console.log(`  FAIL ${name}\n       ${describe(error).replace(/\n/g, "\n       ")}`);
    }
  }
}
await context.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
