// The widget's JS API and events, its controls' accessible names, its style isolation, its
// themes, its errors, and the code a reader sees before the script runs.
import { join } from "node:path";
import { assert } from "./helpers.mjs";
import { waitForWidget, withDemo } from "./widget.test.mjs";

/** Adds a widget for `source` at the top of the page and waits for its first step. */
async function addWidget(page, id, source, attributes = {}) {
  await page.evaluate(({ id, source, attributes }) => {
    const widget = document.createElement("cellscope-viz");
    widget.id = id;
    for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    widget.textContent = source;
    document.querySelector("main").prepend(widget);
  }, { id, source, attributes });
}

export const tests = [
  {
    name: "a widget whose program prints \\N{SNOWMAN} fetches the Unicode name table beside its modules and shows ☃",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async ({ requests }) => {
        await waitForWidget(page, "counter");
        const table = () => requests.filter((url) => url.endsWith("/modules/unicode_names.txt")).length;
        assert.equal(table(), 0, "the demo's programs need no names");
        await addWidget(page, "named", 'print("\\N{SNOWMAN}", "\\N{bullet}")\n');
        await waitForWidget(page, "named");
        await page.evaluate(() => document.getElementById("named").goto(10_000));
        await page.waitForFunction(() => document.getElementById("named").snapshot?.event === "end");
        assert.equal(await page.locator("#named [data-part=output]").innerText(), "\u2603 \u2022\n");
        assert.equal(table(), 1);
      });
    },
  },
  {
    name: "goto, step, snapshot and cellscope-step events",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async () => {
        await waitForWidget(page, "late-binding");
        const result = await page.evaluate(async () => {
          const widget = document.getElementById("late-binding");
          const events = [];
          widget.addEventListener("cellscope-step", (event) => events.push([event.detail.step, event.detail.snapshot.step]));
          const returned = await widget.goto(15);
          const afterGoto = { returned: returned.step, step: widget.step, snapshot: widget.snapshot.step };
          widget.step = 3;
          await new Promise((resolve) => widget.addEventListener("cellscope-step", resolve, { once: true }));
          const afterSet = widget.step;
          const clamped = await widget.goto(10_000);
          return { afterGoto, afterSet, clamped: clamped.step, events };
        });
        assert.deepEqual(result.afterGoto, { returned: 15, step: 15, snapshot: 15 });
        assert.equal(result.afterSet, 3);
        assert.equal(result.clamped, 31);
        assert.deepEqual(result.events, [[15, 15], [3, 3], [31, 31]]);
        assert.match(await page.locator("#late-binding [data-part=narration]").innerText(), /finished/);
      });
    },
  },
  {
    name: "the step event bubbles out of the shadow root to the page",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async () => {
        await waitForWidget(page, "counter");
        const target = await page.evaluate(async () => {
          const seen = new Promise((resolve) => document.addEventListener("cellscope-step", (event) => resolve(event.target.id), { once: true }));
          document.getElementById("counter").goto(2);
          return seen;
        });
        assert.equal(target, "counter");
      });
    },
  },
  {
    name: "every control has an accessible name and the narration is a live region",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async () => {
        await waitForWidget(page, "counter");
        const counter = page.locator("#counter");
        for (const name of ["First", "Back", "Forward", "Last", "Play", "Continue"]) {
          assert.equal(await counter.getByRole("button", { name, exact: true }).count(), 1, name);
        }
        await waitForWidget(page, "late-binding");
        const minimal = page.locator("#late-binding");
        assert.equal(await minimal.getByRole("button").count(), 2);
        for (const name of ["Back", "Forward"]) assert.equal(await minimal.getByRole("button", { name, exact: true }).count(), 1);
        assert.equal(await page.locator("#late-binding [data-control=counter]").innerText(), "Step 13 of 32");
        assert.equal(await page.locator("#counter [aria-live=polite][data-part=narration]").count(), 1);
        await page.evaluate(() => document.getElementById("late-binding").setAttribute("controls", "none"));
        assert.equal(await minimal.getByRole("button").count(), 0);
        await page.evaluate(() => document.getElementById("late-binding").setAttribute("controls", "full"));
        assert.equal(await minimal.getByRole("button").count(), 5);
        assert.equal(await page.locator("#late-binding [data-control=counter]").innerText(), "Step 13 of 32");
        await counter.getByRole("button", { name: "Forward", exact: true }).focus();
        await page.keyboard.press("End");
        await page.waitForFunction(() => document.getElementById("counter").step === 22);
        await page.keyboard.press("ArrowLeft");
        await page.waitForFunction(() => document.getElementById("counter").step === 21);
        await page.keyboard.press("Home");
        for (let press = 0; press < 6; press += 1) await page.keyboard.press("ArrowRight", { delay: 0 });
        await page.waitForFunction(() => document.getElementById("counter").step === 6);
      });
    },
  },
  {
    name: "page styles stay out of the widget and widget styles stay out of the page",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async () => {
        await waitForWidget(page, "counter");
        const styles = await page.evaluate(() => {
          const hostile = new CSSStyleSheet();
          hostile.replaceSync(".box, .button, .cell { border-color: rgb(255, 0, 0) !important; } p { letter-spacing: 9px; }");
          document.adoptedStyleSheets = [hostile];
          const probe = document.createElement("div");
          probe.className = "box cell";
          document.body.append(probe);
          const root = document.getElementById("counter").shadowRoot;
          const result = {
            cellBorder: getComputedStyle(root.querySelector("[data-kind=frame]")).borderTopColor,
            narrationSpacing: getComputedStyle(root.querySelector("[data-part=narration]")).letterSpacing,
            narrationFont: getComputedStyle(root.querySelector("[data-part=narration]")).fontFamily,
            probeBorder: getComputedStyle(probe).borderTopStyle,
          };
          probe.remove();
          document.adoptedStyleSheets = [];
          return result;
        });
        assert.notEqual(styles.cellBorder, "rgb(255, 0, 0)");
        assert.equal(styles.narrationSpacing, "normal");
        assert.doesNotMatch(styles.narrationFont, /Georgia/);
        assert.equal(styles.probeBorder, "none");
      });
    },
  },
  {
    name: "theme forces a palette and height sets the diagram's height",
    needsSession: true,
    async run({ page, artifactsDir }) {
      await withDemo(page, async () => {
        await addWidget(page, "dark", "def f():\n    x = 1\n    return lambda: x\ng = f()\n", { theme: "dark", height: "260" });
        await addWidget(page, "light", "x = 1\n", { theme: "light", controls: "none", narration: "off" });
        await waitForWidget(page, "dark");
        await waitForWidget(page, "light");
        const colours = await page.evaluate(() => ["dark", "light"].map((id) => getComputedStyle(document.getElementById(id)).backgroundColor));
        assert.deepEqual(colours, ["rgb(31, 34, 41)", "rgb(255, 255, 255)"]);
        await page.emulateMedia({ colorScheme: "dark" });
        const inDarkMode = await page.evaluate(() => ["light", "counter"].map((id) => getComputedStyle(document.getElementById(id)).backgroundColor));
        assert.deepEqual(inDarkMode, ["rgb(255, 255, 255)", "rgb(31, 34, 41)"], "theme=light holds, theme auto follows the reader");
        await waitForWidget(page, "counter");
        await page.locator("#counter").screenshot({ path: join(artifactsDir, "widget-auto-theme-dark.png") });
        await page.emulateMedia({ colorScheme: "light" });
        const canvasHeight = await page.locator("#dark .diagram-canvas").evaluate((canvas) => canvas.getBoundingClientRect().height);
        assert.equal(Math.round(canvasHeight), 260);
        assert.equal(await page.locator("#light button").count(), 0);
        assert.equal(await page.locator("#light [data-part=narration]").isVisible(), false);
        await page.locator("#dark").screenshot({ path: join(artifactsDir, "widget-dark-theme.png") });
      });
    },
  },
  {
    name: "autoplay plays to the end, Play there replays, and goto on a widget made off the page runs once added",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async () => {
        await addWidget(page, "playing", "a = 1\nb = 2\nc = 3\nd = 4\n", { autoplay: "" });
        await page.waitForFunction(() => document.getElementById("playing").step >= 2, null, { timeout: 10000 });
        const playing = page.locator("#playing");
        assert.equal(await playing.getByRole("button", { name: "Pause", exact: true }).count(), 1);
        await page.waitForFunction(() => document.getElementById("playing").step === 4, null, { timeout: 10000 });
        await playing.getByRole("button", { name: "Play", exact: true }).waitFor();
        await playing.getByRole("button", { name: "Play", exact: true }).click();
        await page.waitForFunction(() => document.getElementById("playing").step === 1, null, { timeout: 10000 });
        await playing.getByRole("button", { name: "Pause", exact: true }).click();
        const shown = await page.evaluate(async () => {
          const widget = document.createElement("cellscope-viz");
          widget.textContent = "def f(x):\n    return lambda: x\ng = f(7)\n";
          const reached = widget.goto(6);
          document.querySelector("main").append(widget);
          const snapshot = await reached;
          const cell = widget.shadowRoot.querySelector("[data-kind=cell] .cell-contents").textContent;
          const state = widget.dataset.state;
          widget.remove();
          const afterRemoval = widget.snapshot;
          document.querySelector("main").append(widget);
          const again = await widget.goto(1);
          return { step: snapshot.step, cell, state, afterRemoval, again: again.step };
        });
        assert.deepEqual(shown, { step: 5, cell: "7", state: "ready", afterRemoval: null, again: 1 }, "goto(6) clamps to the last of 6 steps");
      });
    },
  },
  {
    name: "the element's text loses its blank edges and common indentation",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async () => {
        await addWidget(page, "indented", "\n   \n      def f():\n          return 1\n   \n      print(f())\n    \n");
        await waitForWidget(page, "indented");
        const lines = await page.locator("#indented [data-part=listing] .code-text").allInnerTexts();
        assert.deepEqual(lines.map((line) => line.replace(/\s+$/, "")), ["def f():", "    return 1", "", "print(f())"]);
        await page.evaluate(() => document.getElementById("indented").gotoEnd());
        assert.equal(await page.locator("#indented [data-part=output]").innerText(), "1\n");
      });
    },
  },
  {
    name: "a syntax error is shown in the widget with its line",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async () => {
        await addWidget(page, "broken", "def f(:\n    pass\n");
        await page.waitForFunction(() => document.getElementById("broken").dataset.state === "error");
        assert.match(await page.locator("#broken [data-part=message]").innerText(), /^SyntaxError: .*\(line 1/);
        assert.equal(await page.locator("#broken [data-part=listing] [data-line]").count(), 2);
      });
    },
  },
  {
    name: "runs stopped by max-steps, an uncaught exception or input() stay navigable, with their messages",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async () => {
        await addWidget(page, "endless", "n = 0\nwhile True:\n    n += 1\n", { "max-steps": "50" });
        await addWidget(page, "raises", "x = 1\ny = x / 0\n", { controls: "minimal" });
        await waitForWidget(page, "endless");
        await waitForWidget(page, "raises");
        assert.equal((await page.evaluate(() => document.getElementById("endless").goto(1000))).step, 50);
        assert.match(await page.locator("#endless [data-part=message]").innerText(), /^Stopped after 50 steps: is there an infinite loop\? Every step up to the stop can still be explored\.$/);
        await page.evaluate(() => document.getElementById("raises").goto(99));
        assert.equal(await page.locator("#raises [data-part=message]").innerText(), "ZeroDivisionError: division by zero (line 2)");
        assert.match(await page.locator("#raises [data-part=output]").innerText(), /Traceback \(most recent call last\):/);
        await page.locator("#raises").getByRole("button", { name: "Back", exact: true }).click();
        await page.waitForFunction(() => document.getElementById("raises").step === 2);
        await addWidget(page, "asks", "name = input('Name? ')\nprint(name)\n");
        await waitForWidget(page, "asks");
        await page.evaluate(() => document.getElementById("asks").gotoEnd());
        // The engine either pauses for input, which a widget cannot give, or raises EOFError as
        // CPython does with no stdin; both end the run with a message.
        assert.match(await page.locator("#asks [data-part=message]").innerText(), /asks for input\(\)|^EOFError: EOF when reading a line/);
      });
    },
  },
  {
    name: "an engine that cannot load is reported in each widget, not thrown at the page",
    needsSession: true,
    async run({ page }) {
      await page.route("**/dist/widget/cellscope_bg.wasm", (route) => route.fulfill({ body: "not wasm", contentType: "application/wasm" }));
      try {
        await withDemo(page, async () => {
          await page.waitForFunction(() => document.getElementById("counter").dataset.state === "error");
          assert.notEqual((await page.locator("#counter [data-part=message]").innerText()).trim(), "");
          assert.equal(await page.evaluate(() => document.getElementById("counter").goto(3)), null);
        });
      } finally {
        await page.unroute("**/dist/widget/cellscope_bg.wasm");
      }
    },
  },
  {
    name: "before the script runs the program is shown as code",
    async run({ page, artifactsDir }) {
      await page.route("**/dist/widget/cellscope-viz.js", (route) => route.fulfill({ body: "", contentType: "text/javascript" }));
      try {
        await withDemo(page, async () => {
          const fallback = await page.locator("#counter").evaluate((widget) => {
            const style = getComputedStyle(widget);
            return { whiteSpace: style.whiteSpace, font: style.fontFamily, defined: Boolean(customElements.get("cellscope-viz")) };
          });
          assert.deepEqual({ ...fallback, font: /monospace/.test(fallback.font) }, { whiteSpace: "pre", font: true, defined: false });
          assert.match(await page.locator("#counter").innerText(), /def make_counter\(\):\n\s+count = 0/);
          await page.locator("#counter").screenshot({ path: join(artifactsDir, "widget-without-script.png") });
        });
      } finally {
        await page.unroute("**/dist/widget/cellscope-viz.js");
      }
    },
  },
];
