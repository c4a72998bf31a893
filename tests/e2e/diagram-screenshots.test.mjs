// Screenshots of the diagram on the programs a teacher would show (a closure as a sort key, a
// shared counter, the late-binding pitfall, callbacks, a memoized factorial(30), a class made in a factory and a
// generator that closes over its own cells),
// at desktop and phone width, into artifacts/. Each is taken at the step that explains the
// program, and that step is checked first: no arrow crosses a box, and the current frame is
// in view of the diagram's own scroll area.
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assert, diagramGeometryProblems, typeProgram } from "./helpers.mjs";

const examples = join(fileURLToPath(import.meta.url), "..", "..", "..", "www", "examples");

export const screenshotPrograms = [
  {
    name: "sorted-key-closure",
    source: `def by_distance_from(origin):
    def distance(point):
        return abs(point - origin)
    return distance

points = [9, 2, 7]
key = by_distance_from(5)
print(sorted(points, key=key))
`,
    // sorted() calls the key inside the built-in: its frame is drawn running, with its
    // parameter and its free variable's cell, as at any other call.
    at: () => {
      const current = document.querySelector("[data-part=diagram] [data-kind=frame].frame-current");
      return /distance/.test(current?.querySelector(".box-title")?.textContent ?? "") &&
        /point/.test(current.textContent) && /return/.test(current.textContent);
    },
  },
  {
    name: "counter",
    source: `def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def dec():
        nonlocal count
        count -= 1
        return count

    return inc, dec

inc, dec = counter()
inc()
inc()
dec()
print(inc())
`,
    // The step right after counter() returned: its cell lives on, held by inc and dec.
    at: () => document.querySelector("[data-part=diagram] [data-kind=returned-frame]") !== null,
  },
  {
    name: "late-binding",
    source: readFileSync(join(examples, "late_binding.py"), "utf8"),
    // The third lambda is made: all three hold one cell i, which now holds 2.
    at: () => {
      const targets = [...document.querySelectorAll("[data-part=diagram] [data-kind=arrow][data-role=closure]")].map((arrow) => arrow.dataset.to);
      return targets.length === 3 && new Set(targets).size === 1;
    },
  },
  {
    name: "callbacks",
    source: readFileSync(join(examples, "callbacks_context.py"), "utf8"),
    // The second handler runs, each one with its own two cells.
    at: () => [...document.querySelectorAll("[data-part=diagram] [data-kind=frame].frame-current .box-title")]
      .some((title) => /handler #2 call/.test(title.textContent)),
  },
  {
    name: "memoize-factorial",
    source: `def memoize(fn):
    cache = {}

    def lookup(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    return lookup

@memoize
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

print(factorial(30))
`,
    // The deepest point: factorial(1) runs under sixty frames.
    at: () => document.querySelector("[data-part=diagram] [data-kind=frame].frame-current .binding-variable .prim")?.textContent === "1" &&
      /factorial/.test(document.querySelector("[data-part=diagram] [data-kind=frame].frame-current .box-title")?.textContent ?? ""),
  },
  {
    name: "class-in-factory",
    source: `def make_account(owner):
    history = []

    class Account:
        def __init__(self, balance):
            self.balance = balance

        def deposit(self, amount):
            self.balance += amount
            history.append((owner, amount))
            return self.balance

    return Account

Account = make_account("ada")
account = Account(10)
account.deposit(5)
print(account.balance, len(Account.__init__.__closure__ or ()))
`,
    // Inside deposit: the method reaches owner and history through its closure.
    at: () => /deposit/.test(document.querySelector("[data-part=diagram] [data-kind=frame].frame-current .box-title")?.textContent ?? "") &&
      document.querySelector("[data-part=diagram] [data-kind=frame].frame-current [data-kind=variable] .prim") !== null,
  },
  {
    name: "generator",
    source: `def countdown(n):
    step = 1

    def tick():
        nonlocal n
        n -= step

    while n > 0:
        yield n
        tick()

for value in countdown(3):
    print(value)
`,
    // Back in the loop after the first yield: one frame, countdown call 1, waits in its
    // generator, and tick #1 holds its two cells.
    at: () => {
      const frames = [...document.querySelectorAll("[data-part=diagram] [data-kind=frame]")];
      const waiting = frames.filter((frame) => /countdown call 1/.test(frame.querySelector(".box-title")?.textContent ?? ""));
      return waiting.length === 1 && /suspended/.test(waiting[0].textContent) && document.querySelector("[data-part=diagram] [data-kind=frame].frame-current [data-kind=variable] .prim") !== null;
    },
  },
];

/** Shows the first step where `at` holds; returns it. */
async function showFirstStepWhere(page, at) {
  const last = Number(await page.locator("[data-control=slider]").getAttribute("max"));
  for (let step = 0; step <= last; step += 1) {
    await page.locator("[data-control=slider]").fill(String(step));
    await page.waitForFunction((wanted) => document.documentElement.dataset.shownStep === String(wanted), step);
    if (await page.evaluate(at)) return step;
  }
  throw new Error("the step to show was not found");
}

/** Whether the current frame lies inside the diagram's visible scroll area and, on a
 * desktop screen, inside the window too; and with it at least one cell, when there are
 * cells, so that the cells its arrows reach are not scrolled away. */
function currentFrameInView() {
  const canvas = document.querySelector("[data-part=diagram] .diagram-canvas");
  const view = canvas.getBoundingClientRect();
  const seen = (box) => box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
  const box = canvas.querySelector(".frame-current").getBoundingClientRect();
  const inWindow = innerWidth < 800 || box.bottom <= innerHeight;
  const cells = [...canvas.querySelectorAll("[data-kind=cell]")].map((cell) => cell.getBoundingClientRect());
  return seen(box) && inWindow && (cells.length === 0 || cells.some(seen));
}

async function screenshot(page, url, artifactsDir, program, width) {
  await page.setViewportSize({ width, height: width > 800 ? 860 : 844 });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.state === "ready");
  const run = await page.evaluate(() => document.documentElement.dataset.run);
  await typeProgram(page, program.source);
  await page.click("[data-part=visualize]");
  await page.waitForFunction((previous) => document.documentElement.dataset.run !== previous && document.documentElement.dataset.state === "ready", run);
  await showFirstStepWhere(page, program.at);
  await page.waitForTimeout(1500);
  // Taken first, so that a failure below can be looked at.
  const path = join(artifactsDir, `diagram-${program.name}-${width}.png`);
  if (width > 800) await page.screenshot({ path });
  // On a phone the page's panels dissolve into one column, so the diagram itself is taken.
  else await page.locator("[data-part=diagram]").screenshot({ path });
  const { crossings, coincident } = await page.evaluate(diagramGeometryProblems, "[data-part=diagram]");
  assert.deepEqual([...crossings, ...coincident], [], program.name);
  assert.ok(await page.evaluate(currentFrameInView), `${program.name} at ${width} px: the current frame, or every cell, is out of view`);
  return path;
}

// One test a width: twelve screenshots in one test came near the run's time limit on a
// loaded machine.
export const tests = [1366, 390].map((width) => ({
  name: `screenshots of seven programs at ${width} px, each at the step that explains it`,
  needsSession: true,
  async run({ page, url, artifactsDir }) {
    for (const program of screenshotPrograms) await screenshot(page, url, artifactsDir, program, width);
  },
}));
