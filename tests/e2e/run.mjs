// Runs every tests/e2e/*.test.mjs in Chromium against the served playground. A test fails
// on a thrown error, a page error or a console error. Ends with "N passed, N failed".
import { readdirSync, mkdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startBrowserAndServer, launchChromium } from "./browser.mjs";

const testDir = dirname(fileURLToPath(import.meta.url));
const artifactsDir = join(testDir, "..", "..", "artifacts");
mkdirSync(artifactsDir, { recursive: true });
const filter = process.argv[2] ?? "";
const bindings = join(testDir, "..", "..", "pkg", "cellscope.d.ts");
// Tests marked needsSession drive the real engine; they are skipped, and say so, only while
// the WebAssembly build does not export a Session yet.
const engineHasSession = existsSync(bindings) && readFileSync(bindings, "utf8").includes("class Session");

// Far above the slowest test. `page.evaluate` of a promise that never settles has no
// timeout of its own, so without this limit one hung test would hang the whole run.
const TEST_TIME_LIMIT_MS = 120_000;

function timeLimit(ms) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${ms / 1000} s`)), ms);
  });
  return { expired, clear: () => clearTimeout(timer) };
}

async function runOne(context, url, test) {
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && problems.push(`console error: ${message.text()}`));
  const limit = timeLimit(TEST_TIME_LIMIT_MS);
  try {
    await Promise.race([test.run({ page, url, context, artifactsDir }), limit.expired]);
    if (problems.length) throw new Error(problems.join("\n"));
  } finally {
    limit.clear();
    await page.close();
  }
}

const files = readdirSync(testDir).filter((name) => name.endsWith(".test.mjs")).sort();
const started = await startBrowserAndServer();
const { url } = started;
let context = started.context;
let browserClosed = false;
const watchBrowser = () => context.on("close", () => { browserClosed = true; });
watchBrowser();

/** A browser that crashed or was closed by a test is replaced, so one failure stays one. */
async function liveContext() {
  if (browserClosed) {
    console.log("     (the browser had closed; starting a new one)");
    context = await launchChromium();
    browserClosed = false;
    watchBrowser();
  }
  return context;
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  const { tests } = await import(pathToFileURL(join(testDir, file)).href);
  for (const test of tests) {
    const name = `${file.replace(".test.mjs", "")}: ${test.name}`;
    if (!name.includes(filter)) continue;
    if (test.needsSession && !engineHasSession) {
      skipped += 1;
      console.log(`skip ${name} (pkg/ has no Session)`);
      continue;
    }
    const startedAt = performance.now();
    const took = () => `(${((performance.now() - startedAt) / 1000).toFixed(1)} s)`;
    try {
      await runOne(await liveContext(), url, test);
      passed += 1;
      console.log(`ok   ${name} ${took()}`);
    } catch (error) {
      failed += 1;
      const lines = String(error?.stack ?? error).split("\n").filter((line) => line.trim() && !line.includes("<launching>"));
      console.log(`FAIL ${name} ${took()}\n     ${lines.slice(0, 6).join("\n     ")}`);
    }
  }
}
await context.close().catch(() => {});
await started.close().catch(() => {});
if (skipped) console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
