// What "a widget works on this page" means in every packaging test: each <cellscope-viz>
// comes into view, records its program and draws its first step; nothing on the page logs an
// error, and nothing is requested from outside the site.
import assert from "node:assert/strict";

/** Starts recording the page's problems; call before `page.goto`. */
export function watchPage(page, siteUrl) {
  const origin = new URL(siteUrl).origin;
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && problems.push(`console error: ${message.text()}`));
  page.on("response", (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "blob:" && url.protocol !== "data:" && url.origin !== origin) {
      problems.push(`request outside the site: ${request.url()}`);
    }
  });
  return problems;
}

/** Waits until the `index`th widget has recorded its run and drawn a frame. */
export async function waitForWidgetDrawn(page, index) {
  const widget = page.locator("cellscope-viz").nth(index);
  await widget.scrollIntoViewIfNeeded();
  await widget.locator("[data-part=diagram] [data-kind=frame]").first().waitFor({ timeout: 60_000 });
  await page.waitForFunction((n) => document.querySelectorAll("cellscope-viz")[n]?.dataset.state === "ready", index, {
    timeout: 60_000,
  });
  return widget;
}

/** Every widget on the page draws; returns how many there are. */
export async function checkEveryWidgetDraws(page) {
  const count = await page.locator("cellscope-viz").count();
  assert.ok(count > 0, "the page has no <cellscope-viz>");
  for (let index = 0; index < count; index += 1) await waitForWidgetDrawn(page, index);
  return count;
}

/** The widget's step counter text, e.g. "Step 3 of 21". */
export function counterText(widget) {
  return widget.locator("[data-control=counter]").innerText();
}

/** Clicks Forward and waits until the widget's step has moved by one. */
export async function stepForward(page, widget) {
  const before = await widget.evaluate((element) => element.step);
  await widget.locator("[data-control=forward]").click();
  await widget.evaluate(
    (element, wanted) =>
      new Promise((resolve) => {
        if (element.step === wanted) resolve();
        else element.addEventListener("cellscope-step", function onStep(event) {
          if (event.detail.step !== wanted) return;
          element.removeEventListener("cellscope-step", onStep);
          resolve();
        });
      }),
    before + 1,
  );
  return before + 1;
}

/** Fails with every problem the page had. */
export function assertNoProblems(problems, where) {
  assert.deepEqual(problems, [], `${where}:\n${problems.join("\n")}`);
}
