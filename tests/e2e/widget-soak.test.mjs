// Five widgets on one page share one engine worker. A soak of random gotos and steps across
// them, fired while the engine is still starting and kept several deep per widget, must
// answer every request: a request the worker never answers is the hang this guards against.
import { assert } from "./helpers.mjs";
import { withDemo } from "./widget.test.mjs";

const programs = [
  "def make_counter():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        return count\n    return inc\n\ntick = make_counter()\nfor _ in range(6):\n    tick()\n",
  "fs = [lambda: i for i in range(4)]\nprint([f() for f in fs])\n",
  "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\nprint(fib(7))\n",
  "total = 0\nfor n in range(40):\n    total += n * n\nprint(total)\n",
  "def outer():\n    x = [1]\n    def inner():\n        x.append(len(x))\n        return x\n    return inner\n\ng = outer()\ng()\ng()\nraise ValueError(g())\n",
];

const ROUNDS = 10;
const OPERATIONS_PER_ROUND = 2000;
// Requests kept in flight at once, spread over the five widgets.
const IN_FLIGHT = 20;
// Far above any one answer (a few milliseconds); only an unanswered request reaches it.
const ANSWER_LIMIT_MS = 20_000;

/** Replaces the demo's widgets with five of our own, fires random gotos and steps at them,
 * and reports how many operations settled and which, if any, never did. */
function soakRound({ programs, operations, inFlight, answerLimit, seed }) {
  // mulberry32: a seeded generator, so a failing round can be replayed.
  let state = seed;
  const random = (bound) => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return (((mixed ^ (mixed >>> 14)) >>> 0) % bound);
  };
  const main = document.querySelector("main");
  main.replaceChildren();
  const widgets = programs.map((source, index) => {
    const widget = document.createElement("cellscope-viz");
    widget.id = `soak-${index}`;
    widget.setAttribute("controls", "none");
    widget.textContent = source;
    main.append(widget);
    return widget;
  });
  const counts = { settled: 0, rejected: [], unanswered: [] };
  const operation = (index) => {
    // The first round of operations reaches every widget, so each one starts.
    const widget = widgets[index <= widgets.length ? index - 1 : random(widgets.length)];
    const kind = index <= widgets.length ? 2 : random(4);
    if (kind === 0) return [`${widget.id}.goBy(1)`, widget.goBy(1)];
    if (kind === 1) return [`${widget.id}.goBy(-1)`, widget.goBy(-1)];
    const step = random(120);
    return [`${widget.id}.goto(${step}) #${index}`, widget.goto(step)];
  };
  const watched = ([label, promise]) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        counts.unanswered.push(label);
        resolve();
      }, answerLimit);
      promise.then(
        () => { counts.settled += 1; },
        (error) => { counts.settled += 1; counts.rejected.push(`${label}: ${error.message}`); },
      ).finally(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  let next = 0;
  const lane = async () => {
    while (next < operations && counts.unanswered.length === 0) await watched(operation((next += 1)));
  };
  return Promise.all(Array.from({ length: inFlight }, lane)).then(() => ({
    ...counts,
    steps: widgets.map((widget) => widget.step),
    states: widgets.map((widget) => widget.dataset.state),
  }));
}

/** One soak run: a fresh page, five widgets, every operation answered and none rejected. */
async function soak(page, round) {
  await withDemo(page, async () => {
    const result = await page.evaluate(soakRound, {
      programs,
      operations: OPERATIONS_PER_ROUND,
      inFlight: IN_FLIGHT,
      answerLimit: ANSWER_LIMIT_MS,
      seed: 7919 * (round + 1),
    });
    assert.deepEqual(result.unanswered, [], "requests left unanswered");
    assert.deepEqual(result.rejected, [], "requests rejected");
    assert.equal(result.settled, OPERATIONS_PER_ROUND);
    assert.deepEqual(result.states, ["ready", "ready", "ready", "ready", "ready"]);
  });
}

export const tests = Array.from({ length: ROUNDS }, (_, round) => ({
  name: `soak ${round + 1} of ${ROUNDS}: five widgets, 2,000 random gotos and steps, every request answered`,
  needsSession: true,
  run: ({ page }) => soak(page, round),
}));
