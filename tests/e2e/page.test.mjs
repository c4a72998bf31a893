// The page itself: it loads, talks to the Rust engine, names every control, and keeps
// working under a strict Content-Security-Policy.
import { assert } from "./helpers.mjs";
import { startServer, stopServer } from "../../scripts/serve.mjs";

async function expectEngineVersion(page) {
  const version = page.locator("[data-part=engine-version]");
  await version.filter({ hasText: /^cellscope \d/ }).waitFor();
}

export const tests = [
  {
    name: "the page loads and shows text computed by Rust",
    async run({ page, url }) {
      await page.goto(url);
      await expectEngineVersion(page);
      assert.equal(await page.title(), "Cellscope: see the cells your closures hold");
      // The narration of the first step is written by the engine.
      await page.locator("[data-part=narration]").filter({ hasText: /^Nothing has run yet; line 1 \(def counter\(\)\) runs first\.$/ }).waitFor();
    },
  },
  {
    name: "every control has an accessible name",
    async run({ page, url }) {
      await page.goto(url);
      for (const name of ["Visualize", "First", "Back", "Forward", "Last", "Play", "Stop", "Share"]) {
        assert.equal(await page.getByRole("button", { name, exact: true }).count(), 1, name);
      }
      assert.equal(await page.getByRole("combobox", { name: "Examples" }).count(), 1);
      assert.equal(await page.getByRole("slider").count(), 1);
      assert.equal(await page.locator("[aria-live=polite][data-part=narration]").count(), 1);
    },
  },
  {
    name: "the examples menu lists at least twelve programs",
    async run({ page, url }) {
      await page.goto(url);
      await page.locator("[data-part=examples] option[value='shared_cell.py']").waitFor({ state: "attached" });
      assert.ok((await page.locator("[data-part=examples] option").count()) >= 13);
    },
  },
  {
    name: "the page runs under a strict Content-Security-Policy",
    async run({ context }) {
      const { server, url } = await startServer({ port: 0, csp: true });
      const page = await context.newPage();
      const problems = [];
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
      try {
        const response = await page.goto(url);
        assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
        await expectEngineVersion(page);
        await page.locator(".cm-content").waitFor();
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
        await stopServer(server);
      }
    },
  },
  {
    name: "the server refuses path traversal and serves wasm with its MIME type",
    async run({ url }) {
      const escape = await fetch(`${url}..%2f..%2fCargo.toml`);
      assert.notEqual(escape.status, 200);
      const escapePkg = await fetch(`${url}pkg/..%2f..%2fCargo.toml`);
      assert.notEqual(escapePkg.status, 200);
      const escapeWidget = await fetch(`${url}dist/widget/..%2f..%2fCargo.toml`);
      assert.notEqual(escapeWidget.status, 200);
      const listing = await fetch(`${url}examples/`);
      assert.equal(listing.status, 404);
      const wasm = await fetch(`${url}pkg/cellscope_bg.wasm`);
      assert.equal(wasm.headers.get("content-type"), "application/wasm");
      const script = await fetch(`${url}dist/main.js`);
      assert.match(script.headers.get("content-type"), /^text\/javascript/);
    },
  },
];
