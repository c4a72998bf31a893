// Stop during one step that runs for minutes on its own (a single native call): the worker
// reads no message then, so the page ends it and a new worker rebuilds the steps the page had,
// and those up to the long step.
// How soon the page shows the run stopped is printed; it is asserted under 1 s, far above
// what Stop needs and far below the minutes the step would run, so a loaded machine does not
// fail it and a Stop that waits for the step does.
import { assert, openAndWaitForDiagram, press, typeProgram, waitForReady, waitForStep } from "./helpers.mjs";
import { sizes } from "./playground-layout.test.mjs";
import { stopLatency } from "./playground-runs.test.mjs";
import { join } from "node:path";

// The last line is one step: `sum` over 10**12 numbers, minutes of work in one native call.
const oneSlowStep = `import time
total = 0
for i in range(40):
    total += i
    stamp = time.time()
big = sum(range(10**12))
print(big)
`;

const stepCount = (page) => page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max) + 1);

/** The value drawn for variable `name` of the current frame. */
function drawnValue(page, name) {
  return page.locator(`[data-part=diagram] [data-kind=variable][data-id$=":${name}"] .binding-value`).first().textContent();
}

async function stopDuringOneSlowStep(page, url, size, artifactsDir, name) {
  await page.setViewportSize(size);
  await openAndWaitForDiagram(page, url);
  await waitForReady(page);
  await typeProgram(page, oneSlowStep);
  await press(page, "Visualize");
  // The loop's steps arrive, then the count stays put: the worker is inside `sum`.
  await page.locator("[data-control=step-label]").filter({ hasText: /so far…$/ }).waitFor();
  await page.waitForTimeout(1500);
  const seen = await stepCount(page);
  assert.ok(seen > 1, `the steps before the slow one are recorded (${seen})`);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.state), "recording", "the slow step is still running");
  // Asked of the busy worker, this step's snapshot can only come from the one that replaces it.
  await press(page, "Last");
  const stopped = Date.now();
  const latency = await page.evaluate(stopLatency);
  assert.ok(latency < 1000, `Stop took ${latency.toFixed(0)} ms`);
  const notice = page.locator("[data-part=notice]");
  assert.match(await notice.textContent(), /^Stopped during a long step\. Every step up to the stop can still be explored\.$/);
  // The steps come back, up to the long step itself: the last before `end` is on line 6.
  await notice.filter({ hasText: /after [\d,]+ steps/ }).waitFor();
  const total = await stepCount(page);
  console.log(`     ${name}: the page showed the run stopped ${latency.toFixed(1)} ms after Stop; its ${seen} steps, and the probe's up to the long step (${total} in all), were back after ${Date.now() - stopped} ms`);
  assert.ok(total > seen, `the rebuilt run has the steps the page had, and the probe's (${seen} → ${total})`);
  assert.equal(await notice.textContent(), `Stopped during a long step, after ${(total - 1).toLocaleString("en")} steps. Every step up to the stop can still be explored.`);
  // The step asked of the stuck worker is answered by the new one.
  await waitForStep(page, seen - 1);
  assert.equal(await page.locator("[data-part=error]").textContent(), "");
  await press(page, "Last");
  await waitForStep(page, total - 1);
  await press(page, "Back");
  await waitForStep(page, total - 2);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.shownLine), "6", "the last step is the long one's line");
  assert.equal(await page.locator(".cm-line.line-next").textContent(), "big = sum(range(10**12))");
  assert.equal(await drawnValue(page, "i"), "39");
  assert.equal(await drawnValue(page, "total"), "780");
  await press(page, "Back");
  await waitForStep(page, total - 3);
  await press(page, "Forward");
  await waitForStep(page, total - 2);
  await page.screenshot({ path: join(artifactsDir, `playground-stop-long-step-${name}.png`) });
  // The page works on: a new run records and finishes.
  await typeProgram(page, "x = 1\ny = x + 1\n");
  await press(page, "Visualize");
  await waitForReady(page);
  assert.equal(await stepCount(page), 3);
}

export const tests = [
  {
    name: "Stop during one slow step: laptop, stopped at once and the steps before come back",
    needsSession: true,
    run: ({ page, url, artifactsDir }) => stopDuringOneSlowStep(page, url, sizes.laptop, artifactsDir, "laptop"),
  },
  {
    name: "Stop during one slow step: phone, the same",
    needsSession: true,
    run: ({ page, url, artifactsDir }) => stopDuringOneSlowStep(page, url, sizes.phone, artifactsDir, "phone"),
  },
];
