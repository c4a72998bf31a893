// Runs every tests/e2e/*.test.mjs in Chromium against the served playground. A test fails
// on a thrown error, a page error or a console error. Ends with "N passed, N failed".
import { readdirSync, mkdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startBrowserAndServer } from "./browser.mjs";

const testDir = dirname(fileURLToPath(import.meta.url));
const artifactsDir = join(testDir, "..", "..", "artifacts");
mkdirSync(artifactsDir, { recursive: true });
const filter = process.argv[2] ?? "";
const bindings = join(testDir, "..", "..", "pkg", "cellscope.d.ts");
// Tests marked needsSession drive the real engine; they are skipped, and say so, only while
// the WebAssembly build does not export a Session yet.
const engineHasSession = existsSync(bindings) && readFileSync(bindings, "utf8").includes("class Session");

async function runOne(context, url, test) {
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && problems.push(`console error: ${message.text()}`));
  try {
    await test.run({ page, url, context, artifactsDir });
    if (problems.length) throw new Error(problems.join("\n"));
  } finally {
    await page.close();
  }
}

const files = readdirSync(testDir).filter((name) => name.endsWith(".test.mjs")).sort();
const { context, url, close } = await startBrowserAndServer();
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
    try {
      await runOne(context, url, test);
      passed += 1;
      console.log(`ok   ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL ${name}\n     ${String(error?.stack ?? error).split("\n").slice(0, 6).join("\n     ")}`);
    }
  }
}
await close();
if (skipped) console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
