// Browser benchmark, in Debian's Chromium: navigation → first diagram, the latency from a
// step key to the painted diagram on a program with 200 objects (median and p95), and the
// gzipped size of everything the page loads. Prints the figures.
import { gzipSync } from "node:zlib";
import { readFileSync, existsSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startBrowserAndServer } from "../tests/e2e/browser.mjs";

const bindings = fileURLToPath(new URL("../pkg/cellscope.d.ts", import.meta.url));
const engineHasSession = existsSync(bindings) && readFileSync(bindings, "utf8").includes("class Session");
const stepsToMeasure = 60;
// Time between two presses, as a person stepping quickly leaves it.
const pauseBetweenKeys = 100;

const manyObjectsProgram = `def make_adder(n):
    return lambda x: x + n

items = []
for i in range(200):
    items.append([i, make_adder(i)] if i % 4 == 0 else [i])
total = 0
for k in range(60):
    total += k
`;

/** Snapshots for manyObjectsProgram, drawn through the fixture page while pkg/ has no
 * Session: 200 lists, 50 closures each holding its own cell, then a loop of 120 steps. */
function manyObjectsFixture() {
  const value = (n) => ({ kind: "int", repr: String(n) });
  const ref = (id) => ({ kind: "ref", id });
  const heap = { 1: { kind: "function", name: "make_adder", qualname: "make_adder", params: ["n"], defaults: [], closure: [], line: 1 } };
  const items = [];
  let next = 3;
  for (let i = 0; i < 200; i += 1) {
    if (i % 4 === 0) {
      heap[next] = { kind: "cell", contents: value(i), owner: { frame: 1000 + i, function: "make_adder", name: "n" }, owner_returned: true, held_by: [next + 1] };
      heap[next + 1] = { kind: "function", name: "<lambda>", qualname: "make_adder.<locals>.<lambda>", params: ["x"], defaults: [], closure: [{ name: "n", cell: next }], line: 2 };
      heap[next + 2] = { kind: "list", items: [value(i), ref(next + 1)] };
      items.push(ref(next + 2));
      next += 3;
    } else {
      heap[next] = { kind: "list", items: [value(i)] };
      items.push(ref(next));
      next += 1;
    }
  }
  heap[2] = { kind: "list", items };
  const snapshots = [];
  let total = 0;
  for (let step = 0; step < 120; step += 1) {
    if (step % 2 === 1) total += (step - 1) / 2;
    const locals = [["make_adder", ref(1)], ["items", ref(2)], ["i", value(199)], ["total", value(total)], ["k", value(step >> 1)]];
    snapshots.push({
      step, event: "line", line: 8 + (step % 2), prev_line: 9 - (step % 2), span: { start: 0, end: 0 },
      frames: [{ id: 0, function: "<module>", qualname: "<module>", line: 8, is_current: true, locals: locals.map(([name, v]) => ({ name, value: v })), cells: [] }],
      heap, stdout: "", stderr: "", narration: `total is now ${total}.`, changed: [],
    });
  }
  return { source: manyObjectsProgram, snapshots };
}

function writeManyObjectsFixture() {
  const directory = fileURLToPath(new URL("../www/dist/", import.meta.url));
  mkdirSync(directory, { recursive: true });
  writeFileSync(`${directory}many_objects.json`, JSON.stringify(manyObjectsFixture()));
}

const percentile = (sorted, fraction) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];

/** Installs, before any page script, a probe that times key → shown step → next paint. */
function installLatencyProbe() {
  window.stepLatencies = [];
  document.addEventListener("keydown", () => { window.keyDownAt = performance.now(); }, true);
  new MutationObserver(() => {
    if (window.keyDownAt === undefined) return;
    const started = window.keyDownAt;
    window.keyDownAt = undefined;
    requestAnimationFrame(() => setTimeout(() => window.stepLatencies.push(performance.now() - started), 0));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-shown-step"] });
}

async function measureFirstDiagram(context, url) {
  const page = await context.newPage();
  const bytes = [];
  page.on("response", async (response) => {
    const body = await response.body().catch(() => null);
    if (body) bytes.push({ url: response.url(), raw: body.length, gzipped: gzipSync(body).length });
  });
  await page.goto(url);
  await page.waitForSelector("[data-part=diagram] [data-kind=frame]", { timeout: 60000 });
  const firstDiagram = await page.evaluate(() => performance.now());
  await page.waitForLoadState("networkidle");
  await page.close();
  return { firstDiagram, bytes };
}

async function openManyObjects(context, url) {
  const page = await context.newPage();
  await page.addInitScript(installLatencyProbe);
  await page.setViewportSize({ width: 1280, height: 900 });
  if (engineHasSession) {
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 60000 });
    await page.locator(".cm-content").fill(manyObjectsProgram);
    await page.getByRole("button", { name: "Visualize", exact: true }).click();
    await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 60000 });
  } else {
    await page.goto(`${url}fixture.html?fixture=../dist/many_objects`);
  }
  await page.waitForSelector("[data-part=diagram] [data-kind=frame]");
  return page;
}

async function measureStepLatency(context, url) {
  const page = await openManyObjects(context, url);
  const last = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max));
  await page.locator("[data-part=diagram]").click({ position: { x: 2, y: 2 } });
  await page.keyboard.press("End");
  await page.waitForFunction((step) => document.documentElement.dataset.shownStep === String(step), last);
  const objects = await page.locator("[data-part=diagram] .box[data-id]").count();
  await page.evaluate(() => { window.stepLatencies = []; });
  for (let index = 1; index <= stepsToMeasure; index += 1) {
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction((count) => window.stepLatencies.length >= count, index);
    await page.waitForTimeout(pauseBetweenKeys);
  }
  const latencies = (await page.evaluate(() => window.stepLatencies)).sort((a, b) => a - b);
  await page.close();
  return { objects, median: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

const { context, url, close } = await startBrowserAndServer();
if (!engineHasSession) writeManyObjectsFixture();
try {
  const { firstDiagram, bytes } = await measureFirstDiagram(context, engineHasSession ? url : `${url}fixture.html`);
  const latency = await measureStepLatency(context, url);
  const total = (key) => bytes.reduce((sum, entry) => sum + entry[key], 0);
  console.log(`engine: ${engineHasSession ? "Rust Session in WebAssembly" : "fixture snapshots (no Session in pkg/ yet)"}`);
  console.log(`navigation → first diagram: ${firstDiagram.toFixed(0)} ms`);
  console.log(`step key → painted (${latency.objects} boxes, ${stepsToMeasure} steps, ${pauseBetweenKeys} ms apart): median ${latency.median.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms`);
  console.log(`page weight: ${(total("gzipped") / 1024).toFixed(1)} KiB gzipped (${(total("raw") / 1024).toFixed(1)} KiB raw) in ${bytes.length} responses`);
  for (const entry of bytes.sort((a, b) => b.gzipped - a.gzipped)) {
    console.log(`  ${(entry.gzipped / 1024).toFixed(1).padStart(7)} KiB  ${new URL(entry.url).pathname}`);
  }
} finally {
  await close();
}
