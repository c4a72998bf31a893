// Browser benchmark, in Debian's Chromium: navigation → first painted diagram for the
// playground and for a docs page with one widget (median and p95 over fresh pages, every file
// fetched anew), the latency from a step key to the painted diagram with 60 frames and 200
// objects on screen (median and p95, with how much of it the diagram's drawing takes), the
// gzipped size of the widget and of everything the playground loads. Prints the figures.
import { gzipSync } from "node:zlib";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startBrowserAndServer } from "../tests/e2e/browser.mjs";
import { buildWidget, widgetSizes } from "../scripts/build-widget.mjs";

const bindings = fileURLToPath(new URL("../pkg/cellscope.d.ts", import.meta.url));
const engineHasSession = existsSync(bindings) && readFileSync(bindings, "utf8").includes("class Session");
const stepsToMeasure = 60;
const navigationsToMeasure = Number(process.env.BENCH_NAVIGATIONS ?? 15);
// The frames the step-latency program keeps on screen, as the target names them.
const framesOnScreen = 60;
// Time between two presses, as a person stepping quickly leaves it.
const pauseBetweenKeys = 100;

// A chain of distinct functions, each calling the next, the last looping: recursion of one
// function would be folded into one row, and the figure is for frames drawn one by one.
function deepChain(depth) {
  const levels = Array.from({ length: depth }, (_, level) =>
    level === depth - 1
      ? `def level${level}():\n    total = 0\n    for k in range(40):\n        total += k\n    return total\n`
      : `def level${level}():\n    return level${level + 1}()\n`);
  return `${levels.join("")}\nlevel0()\n`;
}

const manyObjectsProgram = `def make_adder(n):
    return lambda x: x + n

items = []
for i in range(200):
    items.append([i, make_adder(i)] if i % 4 == 0 else [i])

${deepChain(framesOnScreen - 1)}`;

// A docs page with one widget, as a site that copied dist/widget/ to /dist/widget/ serves it.
const docsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One widget</title>
<link rel="stylesheet" href="/dist/widget/cellscope-viz.css">
<script type="module" src="/dist/widget/cellscope-viz.js"></script></head>
<body><h1>Closures</h1><p>A counter keeps its count in a cell.</p>
<cellscope-viz controls="full">
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

tick = make_counter()
tick()
</cellscope-viz></body></html>`;

const percentile = (sorted, fraction) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];

/** Installs, before any page script, a probe that records when a step is first shown
 * (the playground's data-shown-step, a widget's cellscope-step event) and painted. */
function installFirstPaintProbe() {
  const painted = () => requestAnimationFrame(() => setTimeout(() => { window.firstPaintAt ??= performance.now(); }, 0));
  document.addEventListener("cellscope-step", painted, { once: true });
  new MutationObserver((_, observer) => {
    observer.disconnect();
    painted();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-shown-step"] });
}

/** Installs a probe that times key → shown step → next paint, and splits each time at the
 * last engine message before the step was shown: before it is the message path (request,
 * snapshot, structured clone), after it the diagram's drawing and the paint. */
function installLatencyProbe() {
  window.stepLatencies = [];
  window.drawingTimes = [];
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", () => { window.lastMessageAt = performance.now(); });
    }
  };
  document.addEventListener("keydown", () => { window.keyDownAt = performance.now(); }, true);
  new MutationObserver(() => {
    if (window.keyDownAt === undefined) return;
    const started = window.keyDownAt;
    const drawingFrom = Math.max(started, window.lastMessageAt ?? started);
    window.keyDownAt = undefined;
    requestAnimationFrame(() => setTimeout(() => {
      const now = performance.now();
      window.stepLatencies.push(now - started);
      window.drawingTimes.push(now - drawingFrom);
    }, 0));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-shown-step"] });
}

/** Opens `url` in a fresh page `count` times; returns the sorted times to the first painted
 * diagram, and the responses of the first visit. */
async function measureFirstDiagram(context, url, count) {
  const times = [];
  let bytes = [];
  for (let visit = 0; visit < count; visit += 1) {
    const page = await context.newPage();
    const responses = [];
    if (visit === 0) {
      page.on("response", async (response) => {
        const body = await response.body().catch(() => null);
        if (body) responses.push({ url: response.url(), raw: body.length, gzipped: gzipSync(body, { level: 9 }).length });
      });
    }
    await page.addInitScript(installFirstPaintProbe);
    await page.goto(url);
    await page.waitForFunction(() => window.firstPaintAt !== undefined, null, { timeout: 60000 });
    times.push(await page.evaluate(() => window.firstPaintAt));
    if (visit === 0) {
      await page.waitForLoadState("networkidle");
      bytes = responses;
    }
    await page.close();
  }
  return { times: times.sort((a, b) => a - b), bytes };
}

async function openManyObjects(context, url) {
  const page = await context.newPage();
  await page.addInitScript(installLatencyProbe);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 60000 });
  await page.locator(".cm-content").fill(manyObjectsProgram);
  await page.getByRole("button", { name: "Visualize", exact: true }).click();
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready", null, { timeout: 60000 });
  await page.waitForSelector("[data-part=diagram] [data-kind=frame]");
  return page;
}

/** Steps back from the end, unmeasured, until `framesOnScreen` frames are drawn. */
async function stepBackToDeepestFrames(page) {
  await page.locator("[data-part=diagram]").click({ position: { x: 2, y: 2 } });
  await page.keyboard.press("End");
  const last = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max));
  await page.waitForFunction((step) => document.documentElement.dataset.shownStep === String(step), last);
  for (let step = last; step > 0; step -= 1) {
    if ((await page.locator("[data-part=diagram] [data-kind=frame]").count()) >= framesOnScreen) return;
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction((wanted) => document.documentElement.dataset.shownStep === String(wanted), step - 1);
  }
  throw new Error(`no step shows ${framesOnScreen} frames`);
}

async function measureStepLatency(context, url) {
  const page = await openManyObjects(context, url);
  await stepBackToDeepestFrames(page);
  const frames = await page.locator("[data-part=diagram] [data-kind=frame]").count();
  const objects = await page.locator("[data-part=diagram] .box[data-id]").count();
  await page.evaluate(() => { window.stepLatencies = []; window.drawingTimes = []; });
  for (let index = 1; index <= stepsToMeasure; index += 1) {
    await page.keyboard.press(index % 2 ? "ArrowLeft" : "ArrowRight");
    await page.waitForFunction((count) => window.stepLatencies.length >= count, index);
    await page.waitForTimeout(pauseBetweenKeys);
  }
  const sorted = (values) => values.sort((a, b) => a - b);
  const latencies = sorted(await page.evaluate(() => window.stepLatencies));
  const drawing = sorted(await page.evaluate(() => window.drawingTimes));
  await page.close();
  return { frames, objects, latencies, drawing };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const timing = (sorted) => `median ${percentile(sorted, 0.5).toFixed(0)} ms, p95 ${percentile(sorted, 0.95).toFixed(0)} ms (${sorted.length} fresh pages, ${sorted[0].toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)} ms)`;

function printWidgetSize() {
  const sizes = widgetSizes();
  const total = sizes.reduce((sum, size) => sum + size.gzip, 0);
  console.log(`widget download (gzip -9): ${kib(total)} = ${sizes.map(({ name, gzip }) => `${name} ${kib(gzip)}`).join(" + ")}`);
}

if (!engineHasSession) throw new Error("pkg/ has no Session: run `make wasm` first");
await buildWidget();
const { context, url, close } = await startBrowserAndServer();
await context.route("**/bench/one-widget.html", (route) => route.fulfill({ body: docsPage, contentType: "text/html; charset=utf-8" }));
try {
  printWidgetSize();
  const docs = await measureFirstDiagram(context, `${url}bench/one-widget.html`, navigationsToMeasure);
  console.log(`docs page with one widget, navigation → first painted diagram: ${timing(docs.times)}`);
  const playground = await measureFirstDiagram(context, url, navigationsToMeasure);
  console.log(`playground, navigation → first painted diagram: ${timing(playground.times)}`);
  const latency = await measureStepLatency(context, url);
  const spread = (sorted) => `median ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms`;
  console.log(`step key → painted (${latency.frames} frames, ${latency.objects} boxes, ${stepsToMeasure} steps, ${pauseBetweenKeys} ms apart): ${spread(latency.latencies)}`);
  console.log(`  of which drawing and paint, after the snapshot arrived: ${spread(latency.drawing)}`);
  const total = (key) => playground.bytes.reduce((sum, entry) => sum + entry[key], 0);
  console.log(`playground weight: ${kib(total("gzipped"))} gzipped (${kib(total("raw"))} raw) in ${playground.bytes.length} responses`);
  for (const entry of playground.bytes.sort((a, b) => b.gzipped - a.gzipped)) {
    console.log(`  ${kib(entry.gzipped).padStart(10)}  ${new URL(entry.url).pathname}`);
  }
} finally {
  await close();
}
