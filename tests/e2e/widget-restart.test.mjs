// The engine worker can end without a word (closed, crashed, killed for memory). A request
// waiting on it then rejects with a clear error instead of never settling, and the widgets
// carry on in a new worker that records their programs again.
import { assert } from "./helpers.mjs";
import { waitForWidget, withDemo } from "./widget.test.mjs";

/** The engine worker started last (one that has ended may linger in the list a moment). */
const engineWorker = (page) => page.workers().filter((worker) => worker.url().includes("cellscope-viz-worker.js")).at(-1);

/** Ends the engine worker from inside, as a crash would: no error event reaches the page. */
async function endWorker(worker) {
  await worker.evaluate(() => setTimeout(() => self.close(), 0));
}

/** Waits until the page watches the running engine worker's life: the worker holds its Web
 * Lock and has said so, and the page has asked for that lock. A worker ended before then has
 * not announced itself, so the page cannot yet learn that it ended. */
async function waitUntilWatched(page) {
  await page.waitForFunction(async () => {
    const { pending } = await navigator.locks.query();
    return pending.some((lock) => lock.name.startsWith("cellscope-engine-"));
  });
}

async function waitUntil(condition, describe, limitMs = 30_000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > limitMs) throw new Error(`not reached within ${limitMs / 1000} s: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const tests = [
  {
    name: "an engine worker that ends before it announces itself is noticed, and the widgets start in a new one",
    needsSession: true,
    async run({ page }) {
      // The first worker script to load ends at once, as one killed while starting would:
      // no error event, no message, no lock for the page to watch.
      let served = 0;
      await page.route("**/cellscope-viz-worker.js", (route) => {
        served += 1;
        if (served === 1) return route.fulfill({ contentType: "text/javascript", body: "self.close();\n" });
        return route.continue();
      });
      try {
        await withDemo(page, async () => {
          const started = Date.now();
          await page.locator("#counter").scrollIntoViewIfNeeded();
          await page.waitForFunction(() => document.getElementById("counter").dataset.state === "ready", null, { timeout: 60_000 });
          await page.locator("#counter [data-part=diagram] [data-kind=frame]").first().waitFor();
          console.log(`     the silent first worker was replaced and the counter widget was ready after ${Date.now() - started} ms`);
          assert.equal(served, 2, "a second worker was started");
          assert.equal((await page.evaluate(() => document.getElementById("counter").goto(4))).step, 4);
        });
      } finally {
        await page.unroute("**/cellscope-viz-worker.js");
      }
    },
  },
  {
    name: "an engine that goes silent and ends rejects the waiting goto, and the widgets restart",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async () => {
        await waitForWidget(page, "counter");
        await waitForWidget(page, "late-binding");
        const first = engineWorker(page);
        assert.ok(first, "the engine worker is running");
        // Deaf first, so the goto below is surely waiting on the worker when it ends.
        await first.evaluate(() => { self.onmessage = null; });
        await page.evaluate(() => {
          window.waitingGoto = document.getElementById("counter").goto(4).then(
            (snapshot) => ({ settled: "resolved", step: snapshot?.step }),
            (error) => ({ settled: "rejected", name: error.name, message: error.message }),
          );
        });
        await endWorker(first);
        const outcome = await page.evaluate(() => window.waitingGoto);
        assert.equal(outcome.settled, "rejected");
        assert.equal(outcome.name, "EngineStoppedError");
        assert.match(outcome.message, /^The Cellscope engine stopped \(the engine worker ended\); it is being restarted/);
        const again = await page.evaluate(async () => {
          const counter = document.getElementById("counter");
          const lateBinding = document.getElementById("late-binding");
          const snapshot = await counter.goto(4);
          return { step: snapshot.step, shown: counter.step, other: (await lateBinding.goto(20)).step };
        });
        assert.deepEqual(again, { step: 4, shown: 4, other: 20 });
        await page.waitForFunction(() => document.getElementById("counter").dataset.state === "ready");
        assert.notEqual(engineWorker(page), first, "a new worker took over");
      });
    },
  },
  {
    name: "an engine that keeps ending is given up after three restarts, and each widget says so",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async () => {
        await waitForWidget(page, "counter");
        await waitUntilWatched(page);
        for (let restart = 0; restart < 3; restart += 1) {
          const worker = engineWorker(page);
          await endWorker(worker);
          await waitUntil(() => engineWorker(page) && engineWorker(page) !== worker, () => page.workers().map((w) => w.url()).join(", "));
          await waitUntilWatched(page);
        }
        await endWorker(engineWorker(page));
        await page.waitForFunction(() => document.getElementById("counter").dataset.state === "error");
        assert.match(await page.locator("#counter [data-part=message]").innerText(), /^The Cellscope engine stopped \(the engine worker ended\)$/);
        assert.equal(await page.evaluate(() => document.getElementById("counter").goto(2)), null);
      });
    },
  },
];
