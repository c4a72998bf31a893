// The <cellscope-viz> widget on the embed demo page, served with a strict
// Content-Security-Policy: three widgets render, the counter's cell changes as it is
// stepped, widgets start only when scrolled to, and nothing is fetched from elsewhere.
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { assert } from "./helpers.mjs";
import { resolveRequestPath, startServer, stopServer } from "../../scripts/serve.mjs";
import { buildWidget, widgetOutDir, widgetSizes } from "../../scripts/build-widget.mjs";

const strictPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const widgetTypes = { ".js": "text/javascript; charset=utf-8", ".wasm": "application/wasm", ".css": "text/css; charset=utf-8" };

/** Until scripts/serve.mjs maps /dist/widget/ to the build output, the test server does. */
function routeWidgetFiles(server) {
  const [serveSite] = server.listeners("request");
  server.removeAllListeners("request");
  server.on("request", async (request, response) => {
    if (!request.url.startsWith("/dist/widget/")) return serveSite(request, response);
    const name = basename(request.url.split("?")[0]);
    const body = await readFile(join(widgetOutDir, name)).catch(() => null);
    const headers = { "Content-Security-Policy": strictPolicy, "Cache-Control": "no-cache" };
    if (!body) {
      response.writeHead(404, headers);
      return response.end();
    }
    response.writeHead(200, { ...headers, "Content-Type": widgetTypes[extname(name)] ?? "application/octet-stream" });
    response.end(body);
  });
}

/** Builds dist/widget and serves the site with the strict policy; returns `{ url, close }`. */
export async function startWidgetServer() {
  await buildWidget();
  const { server, url } = await startServer({ port: 0, csp: true });
  if (resolveRequestPath("/dist/widget/cellscope-viz.js") !== join(widgetOutDir, "cellscope-viz.js")) routeWidgetFiles(server);
  return { url, close: () => stopServer(server) };
}

/** Runs `body` against the embed demo on a strict-CSP server, recording every request. */
export async function withDemo(page, body, { path = "embed-demo.html", viewport = { width: 1000, height: 640 } } = {}) {
  const { url, close } = await startWidgetServer();
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  try {
    await page.setViewportSize(viewport);
    const response = await page.goto(url + path);
    assert.match(response.headers()["content-security-policy"], /style-src 'self'/);
    await body({ url, requests });
  } finally {
    await page.goto("about:blank");
    await close();
  }
}

/** Waits until widget `id` has drawn a frame and finished recording. */
export async function waitForWidget(page, id) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.waitForFunction((target) => document.getElementById(target)?.dataset.state === "ready", id);
  await page.locator(`#${id} [data-part=diagram] [data-kind=frame]`).first().waitFor();
}

const cellContents = (page, id) =>
  page.locator(`#${id} [data-kind=cell] .cell-contents`).first().innerText();

const counterLabel = (page, id) => page.locator(`#${id} [data-control=counter]`).innerText();

export const tests = [
  {
    name: "the distributable folder holds its six files, the modules written in Python and the Unicode name table, and is not rebuilt when up to date",
    async run() {
      await buildWidget();
      assert.equal(await buildWidget(), false);
      const files = readdirSync(widgetOutDir).sort();
      assert.deepEqual(files, ["README.md", "cellscope-viz-worker.js", "cellscope-viz.css", "cellscope-viz.js", "cellscope_bg.wasm", "modules", "package.json"]);
      // Fetched only when a program imports them (or, for the Unicode name table, has a
      // `\N{...}` escape or imports unicodedata), so they are not part of the first download.
      const lazy = readdirSync(join(widgetOutDir, "modules"));
      assert.ok(lazy.includes("json.py") && lazy.includes("unicode_names.txt"), lazy.join(", "));
      const manifest = JSON.parse(readFileSync(join(widgetOutDir, "package.json"), "utf8"));
      assert.equal(manifest.name, "cellscope-viz");
      assert.equal(manifest.module, "./cellscope-viz.js");
      assert.equal(manifest.exports["."], "./cellscope-viz.js");
      assert.ok(manifest.files.includes("cellscope_bg.wasm"));
      // The scripts stay small: the engine is the .wasm, and the editor is not bundled. The
      // element is 20.6 KB gzipped with arrow routing, SVG export and engine-loss handling.
      const scripts = widgetSizes().filter(({ name }) => name.endsWith(".js"));
      assert.ok(scripts.every(({ gzip }) => gzip < 23000), JSON.stringify(scripts));
    },
  },
  {
    name: "the embed demo renders its three widgets under a strict CSP, fetching only its own files",
    needsSession: true,
    async run({ page, artifactsDir }) {
      await withDemo(page, async ({ url, requests }) => {
        for (const id of ["counter", "late-binding", "decorator"]) await waitForWidget(page, id);
        const origin = new URL(url).origin;
        assert.deepEqual(requests.filter((request) => !request.startsWith(origin)), []);
        assert.equal(requests.filter((request) => request.endsWith("/cellscope_bg.wasm")).length, 1);
        assert.equal(page.workers().length, 1, "one worker serves every widget");
        assert.match(await page.locator("#late-binding [data-part=output]").innerText(), /^$|\[2, 2, 2\]/);
        await page.screenshot({ path: join(artifactsDir, "widget-embed-demo.png"), fullPage: true });
      });
    },
  },
  {
    name: "stepping the counter widget changes the contents of its shared cell",
    needsSession: true,
    async run({ page, artifactsDir }) {
      await withDemo(page, async () => {
        await waitForWidget(page, "counter");
        const counter = page.locator("#counter");
        assert.equal(await counterLabel(page, "counter"), "Step 1 of 23");
        const seen = [];
        for (let step = 1; step < 23; step += 1) {
          await counter.getByRole("button", { name: "Forward", exact: true }).click();
          await page.waitForFunction((wanted) => document.getElementById("counter").step === wanted, step);
          if (await counter.locator("[data-kind=cell]").count()) seen.push(await cellContents(page, "counter"));
        }
        const changes = seen.map((text) => text.trim()).filter((text, index, all) => index === 0 || text !== all[index - 1]);
        assert.deepEqual(changes, ["(empty)", "0", "1", "2"]);
        await counter.getByRole("button", { name: "First", exact: true }).click();
        await page.waitForFunction(() => document.getElementById("counter").step === 0);
        await counter.getByRole("button", { name: "Continue", exact: true }).click();
        await page.waitForFunction(() => document.getElementById("counter").snapshot?.line === 5);
        await page.screenshot({ path: join(artifactsDir, "widget-counter-breakpoint.png") });
      });
    },
  },
  {
    name: "two closures' slots point at one cell box",
    needsSession: true,
    async run({ page, artifactsDir }) {
      await withDemo(page, async () => {
        await waitForWidget(page, "counter");
        await page.evaluate(() => document.getElementById("counter").goto(7));
        const cellId = await page.locator("#counter [data-kind=cell]").first().getAttribute("data-id");
        const closureArrows = page.locator(`#counter [data-kind=arrow][data-role=closure][data-to="${cellId}"]`);
        assert.equal(await closureArrows.count(), 2);
        await page.locator("#counter").screenshot({ path: join(artifactsDir, "widget-counter-shared-cell.png") });
      });
    },
  },
  {
    name: "a widget far below the fold has no session until it is scrolled into view",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async ({ requests }) => {
        await page.waitForFunction(() => document.getElementById("counter").dataset.state === "ready");
        const below = await page.evaluate(() => document.getElementById("decorator").getBoundingClientRect().top - innerHeight);
        assert.ok(below > 400, `the decorator widget is ${below}px below the fold`);
        assert.equal(await page.locator("#decorator").getAttribute("data-state"), "waiting");
        assert.equal(await page.locator("#decorator [data-kind=frame]").count(), 0);
        assert.ok(!requests.some((request) => request.endsWith("decorator.py")), "its src is not fetched yet");
        await waitForWidget(page, "decorator");
        assert.equal(await page.evaluate(() => document.getElementById("decorator").step), 13);
        const calls = page.locator('#decorator [data-kind=cell][aria-label^="cell calls,"]');
        assert.equal((await calls.locator(".cell-contents").innerText()).trim(), "1");
      });
    },
  },
  {
    name: "a page whose widgets are all below the fold fetches neither the worker nor the wasm",
    needsSession: true,
    async run({ page }) {
      const engineFiles = (requests) => requests.filter((request) => /cellscope-viz-worker\.js|cellscope_bg\.wasm/.test(request));
      await withDemo(page, async ({ requests }) => {
        await page.waitForFunction(() => customElements.get("cellscope-viz") !== undefined);
        await page.waitForTimeout(500);
        assert.deepEqual(engineFiles(requests), []);
        assert.equal(page.workers().length, 0);
        await waitForWidget(page, "counter");
        assert.equal(engineFiles(requests).length, 2);
      }, { viewport: { width: 1000, height: 120 } });
    },
  },
];
