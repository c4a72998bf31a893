// Shared steps for the browser tests: open a page, wait for a step, count drawn elements.
import assert from "node:assert/strict";

/** Opens `path` and waits until the first step is drawn. */
export async function openAndWaitForDiagram(page, url, path = "") {
  await page.goto(url + path);
  await page.waitForSelector("[data-part=diagram] [data-kind=frame]");
}

/** Waits until the page shows step `step` (0-based). */
export async function waitForStep(page, step) {
  await page.waitForFunction((wanted) => document.documentElement.dataset.shownStep === String(wanted), step);
}

/** Waits until recording has ended. */
export async function waitForReady(page) {
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready");
}

/** Number of drawn elements matching a selector inside the diagram. */
export function countIn(page, selector) {
  return page.locator(`[data-part=diagram] ${selector}`).count();
}

/** Clicks a control by its accessible name `times` times. */
export async function press(page, name, times = 1) {
  for (let index = 0; index < times; index += 1) await page.getByRole("button", { name, exact: true }).click();
}

/** Steps with the Forward button until `step` is shown. */
export async function stepTo(page, step) {
  await page.locator("[data-part=diagram]").click({ position: { x: 2, y: 2 } });
  const current = Number(await page.evaluate(() => document.documentElement.dataset.shownStep));
  const key = step >= current ? "ArrowRight" : "ArrowLeft";
  for (let index = 0; index < Math.abs(step - current); index += 1) await page.keyboard.press(key);
  await waitForStep(page, step);
}

export { assert };

/** Presses → until `predicate` (run in the page) holds; fails after `limit` steps. */
export async function stepUntil(page, predicate, arg, limit = 200) {
  await page.locator("[data-part=diagram]").click({ position: { x: 2, y: 2 } });
  for (let index = 0; index < limit; index += 1) {
    if (await page.evaluate(predicate, arg)) return;
    const before = await page.evaluate(() => document.documentElement.dataset.shownStep);
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((old) => document.documentElement.dataset.shownStep !== old, before, { timeout: 5000 });
  }
  throw new Error(`condition not reached within ${limit} steps`);
}

/** Picks an example from the Examples menu and waits for its run to end. */
export async function pickExample(page, file) {
  const run = await page.evaluate(() => document.documentElement.dataset.run);
  await page.selectOption("[data-part=examples]", file);
  await page.waitForFunction((previous) => document.documentElement.dataset.run !== previous, run);
  await waitForReady(page);
  await page.waitForSelector("[data-part=diagram] [data-kind=frame]");
}

/** Replaces the editor's text, as a paste would. */
export async function typeProgram(page, text) {
  await page.locator(".cm-content").fill(text);
}

/** The editor's text. */
export async function editorText(page) {
  return page.locator(".cm-content").evaluate((content) =>
    [...content.querySelectorAll(".cm-line")].map((line) => line.textContent).join("\n"),
  );
}
