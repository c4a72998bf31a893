// The run flows that go through the engine worker: share links, Stop, input(), syntax
// errors and program text that must stay text. They run against the real engine and,
// through the fixture page, against a stand-in that speaks the same protocol.
import { deflateRawSync } from "node:zlib";
import { assert, waitForStep, waitForReady, typeProgram, editorText, press } from "./helpers.mjs";

/** A share fragment made outside the page: deflate-raw, then base64url. */
function shareFragment(state) {
  return `#code=${deflateRawSync(Buffer.from(JSON.stringify(state))).toString("base64url")}`;
}

async function openPlayground(page, url) {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(url);
  await page.waitForFunction(() => ["ready", "idle"].includes(document.documentElement.dataset.state));
}

/** The flow tests for the page at `path`. */
export function flowTests({ path, needsSession = false }) {
  return [
    {
      name: "a share link restores the code and the step",
      needsSession,
      async run({ page, url, context }) {
        await openPlayground(page, url + path);
        const program = `# ${"a long comment ".repeat(300)}\ndef f(x):\n    return lambda: x\n\ng = f(1)\nprint(g())\n`;
        await typeProgram(page, program);
        await press(page, "Visualize");
        await waitForReady(page);
        await page.keyboard.press("End");
        const last = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max));
        await waitForStep(page, last);
        await press(page, "Back", 2);
        await waitForStep(page, last - 2);
        await press(page, "Share");
        await page.waitForFunction(() => document.querySelector("[data-part=share-link]").value.includes("#code="));
        const link = await page.locator("[data-part=share-link]").inputValue();
        assert.ok(link.includes("#code="));
        const second = await context.newPage();
        await second.goto(link);
        await waitForStep(second, last - 2);
        assert.match(await editorText(second), /^# a long comment/);
        // The editor only draws the lines in view, so the whole text is compared through a
        // second share link: the same code at the same step encodes to the same fragment.
        await press(second, "Share");
        await second.waitForFunction(() => document.querySelector("[data-part=share-link]").value.includes("#code="));
        assert.equal(await second.locator("[data-part=share-link]").inputValue(), link);
        await second.close();
      },
    },
    {
      name: "Stop ends an infinite loop and keeps the steps navigable",
      needsSession,
      async run({ page, url }) {
        await openPlayground(page, url + path);
        await typeProgram(page, "n = 0\nwhile True:\n    n += 1\n");
        await press(page, "Visualize");
        await page.waitForFunction(() => document.documentElement.dataset.state === "recording");
        // Stop is pressed in the same moment the count passes 20,000: a click from outside
        // the page can come late enough on a loaded machine to find the step budget reached.
        await page.waitForFunction(() => {
          if (Number(document.querySelector("[data-control=slider]").max) <= 20000) return false;
          document.querySelector("[data-part=stop]").click();
          return true;
        });
        await waitForReady(page);
        assert.match(await page.locator("[data-part=notice]").textContent(), /^Stopped .+ Every step up to the stop can still be explored/);
        await page.keyboard.press("End");
        const last = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max));
        await waitForStep(page, last);
        await page.keyboard.press("ArrowLeft");
        await waitForStep(page, last - 1);
      },
    },
    {
      name: "program output is shown as text, never as markup",
      needsSession,
      async run({ page, url }) {
        await openPlayground(page, url + path);
        await page.evaluate(() => { window.hacked = false; });
        await typeProgram(page, 'print("<img src=x onerror=\\"window.hacked=true\\">")\ns = "<b>bold</b>"\n');
        const run = await page.evaluate(() => document.documentElement.dataset.run);
        await page.locator(".cm-content").press("Control+Enter");
        await page.waitForFunction((previous) => document.documentElement.dataset.run !== previous, run);
        await waitForReady(page);
        await page.locator("[data-part=diagram]").click({ position: { x: 2, y: 2 } });
        await page.keyboard.press("End");
        await page.waitForFunction(() => document.querySelector("[data-part=output]").textContent.includes("<img"));
        assert.equal(await page.locator("[data-part=output] img").count(), 0);
        assert.equal(await page.locator("[data-part=diagram] b").count(), 0);
        assert.equal(await page.evaluate(() => window.hacked), false);
      },
    },
    {
      name: "a SyntaxError is underlined in the editor with its message",
      needsSession,
      async run({ page, url }) {
        await openPlayground(page, url + path);
        await typeProgram(page, "x = 1\ndef f(:\n    pass\n");
        await press(page, "Visualize");
        await page.locator(".syntax-error-mark").waitFor();
        assert.match(await page.locator("[data-part=error]").textContent(), /^SyntaxError: .*line 2/);
      },
    },
    {
      name: "input() asks the user and the run continues with the answer",
      needsSession,
      async run({ page, url }) {
        await openPlayground(page, url + path);
        await typeProgram(page, 'name = input("Name? ")\nprint("Hello, " + name)\n');
        await press(page, "Visualize");
        const field = page.getByRole("textbox", { name: "Input for the program" });
        await field.waitFor();
        await field.fill("Ada");
        await field.press("Enter");
        await waitForReady(page);
        await page.keyboard.press("End");
        await page.locator("[data-part=output]").filter({ hasText: "Hello, Ada" }).waitFor();
      },
    },
    {
      name: "a step budget ends the run with a notice, and the partial trace stays navigable",
      needsSession,
      async run({ page, url }) {
        const fragment = shareFragment({ code: "n = 0\nwhile True:\n    n += 1\n", step: 0, options: { maxSteps: 5000 } });
        await page.goto(url + path + fragment);
        await waitForReady(page);
        await page.locator("[data-part=notice]").filter({ hasText: "5,000" }).waitFor();
        await page.locator("[data-part=diagram]").click({ position: { x: 2, y: 2 } });
        await page.keyboard.press("End");
        const last = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max));
        assert.ok(last >= 5000 && last <= 5001, `last step ${last}`);
        await waitForStep(page, last);
      },
    },
  ];
}
