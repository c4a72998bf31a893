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

/** Whether the first element matching `selector` is drawn wholly inside the viewport, as it
 * stands (no scrolling to it first: a reader sees what is on screen). */
export function isInViewport(page, selector) {
  return page.evaluate((wanted) => {
    const element = document.querySelector(wanted);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const drawn = box.width > 0 && box.height > 0;
    return drawn && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth + 0.5;
  }, selector);
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

/**
 * Runs in the page: the arrows of the diagram inside `hostSelector` (a playground part, or a
 * widget whose diagram is in its shadow root) that pass through a box other than their own
 * source and target, and the pairs of arrows into one box whose ends fall on one spot. Each
 * path is sampled every 4 px with getPointAtLength and mapped to the page by its screen CTM.
 */
export function diagramGeometryProblems(hostSelector) {
  const host = document.querySelector(hostSelector);
  const root = host.shadowRoot ?? host;
  const inset = 1.5;
  const boxes = [...root.querySelectorAll(".box[data-id]")].map((box) => ({ id: box.dataset.id, rect: box.getBoundingClientRect() }));
  const crossings = [];
  const ends = new Map();
  for (const path of root.querySelectorAll("path[data-kind=arrow]")) {
    const source = path.dataset.from.split(":")[0];
    const target = path.dataset.to;
    const matrix = path.getScreenCTM();
    const length = path.getTotalLength();
    const crossed = new Set();
    for (let along = 0; along <= length; along += 4) {
      const point = path.getPointAtLength(along);
      const x = matrix.a * point.x + matrix.c * point.y + matrix.e;
      const y = matrix.b * point.x + matrix.d * point.y + matrix.f;
      for (const { id, rect } of boxes) {
        if (id === source || id === target || crossed.has(id)) continue;
        if (x > rect.left + inset && x < rect.right - inset && y > rect.top + inset && y < rect.bottom - inset) crossed.add(id);
      }
    }
    for (const id of crossed) crossings.push(`${path.dataset.from} → ${target} crosses ${id}`);
    const end = path.getPointAtLength(length);
    const point = { x: matrix.a * end.x + matrix.c * end.y + matrix.e, y: matrix.b * end.x + matrix.d * end.y + matrix.f, from: path.dataset.from };
    if (!ends.has(target)) ends.set(target, []);
    ends.get(target).push(point);
  }
  const coincident = [];
  for (const [target, points] of ends) {
    for (let a = 0; a < points.length; a += 1) {
      for (let b = a + 1; b < points.length; b += 1) {
        if (Math.hypot(points[a].x - points[b].x, points[a].y - points[b].y) < 4) coincident.push(`${points[a].from} and ${points[b].from} end together on ${target}`);
      }
    }
  }
  return { crossings, coincident, arrows: root.querySelectorAll("path[data-kind=arrow]").length };
}
