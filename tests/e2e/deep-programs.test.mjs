// Programs nested as deeply as CPython allows, run by the real engine in the page's
// worker: the WebAssembly stack (linked at 2 MiB) and the browser's own stack for wasm
// frames must both hold the parser and every pass after it. tests/robustness_stack.rs
// checks the same programs natively; only a browser can check the second stack.
import { spawnSync } from "node:child_process";
import { assert, openAndWaitForDiagram, waitForReady, waitForStep } from "./helpers.mjs";

const nested = (open, inner, close, depth) => open.repeat(depth) + inner + close.repeat(depth);

const accepted = {
  "200 nested parentheses": `x = ${nested("(", "1", ")", 200)}\nprint(x)\n`,
  "200 nested lists": `x = ${nested("[", "", "]", 200)}\nprint(len(x))\n`,
  "199 nested dicts": `x = ${nested("{1: ", "2", "}", 199)}\nprint(len(x))\n`,
  "199 nested calls": `x = ${nested("abs(", "-1", ")", 199)}\nprint(x)\n`,
  "100 nested comprehensions": `z = [1]\nx = ${nested("[", "y for y in z", "]", 100)}\nprint(len(x))\n`,
  "200 parentheses around 180 powers": `x = ${nested("(", `${"1 ** ".repeat(180)}1`, ")", 200)}\nprint(x)\n`,
  "199 calls around 190 negations": `x = ${nested("abs(", `${"-".repeat(190)}1`, ")", 199)}\nprint(x)\n`,
  "200 lists around 45 lambdas": `x = ${nested("[", `${"lambda: ".repeat(45)}1`, "]", 200)}\nprint(len(x))\n`,
};

const python = (source) => spawnSync("python3", ["-c", source], { encoding: "utf8" });

export const tests = [
  {
    name: "programs nested to CPython's bracket limit run in the page and print what python3 prints",
    needsSession: true,
    async run({ page, url }) {
      for (const [name, source] of Object.entries(accepted)) {
        const expected = python(source);
        assert.equal(expected.status, 0, `python3 accepts ${name}`);
        await openAndWaitForDiagram(page, url, `?code=${encodeURIComponent(source)}`);
        await waitForReady(page);
        await page.locator("[data-part=diagram]").click({ position: { x: 2, y: 2 } });
        await page.keyboard.press("End");
        const last = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max));
        await waitForStep(page, last);
        assert.equal(await page.locator("[data-part=output] .stdout").textContent(), expected.stdout, name);
      }
    },
  },
  {
    name: "a program nested past the engine's limit ends with CPython's RecursionError, not a crash",
    needsSession: true,
    async run({ page, url }) {
      const source = `x = ${"-".repeat(2900)}1\nprint(x)\n`;
      await page.goto(`${url}?code=${encodeURIComponent(source)}`);
      const error = page.locator("[data-part=error]");
      await error.filter({ hasText: "RecursionError" }).waitFor();
      assert.match(await error.textContent(), /^RecursionError: maximum recursion depth exceeded during compilation/);
      // The engine still answers: a small program runs after it.
      await page.goto(`${url}?code=${encodeURIComponent("print(1 + 1)\n")}`);
      await page.waitForSelector("[data-part=diagram] [data-kind=frame]");
      await waitForReady(page);
    },
  },
];
