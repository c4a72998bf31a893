// Time-travel figures for the WebAssembly build under Node, on the allocation-heavy
// programs in benches/history_programs/: recording speed, random goto (snapshot) p50 and
// p99, the same rebuilding the state without drawing it, one step back (CPU time of
// this process), checkpoints, and history bytes per step beyond the live heap.
// Run after `make wasm`: `node benches/history_bench.mjs [steps] [program ...]`
// (or `benches/history_bench.sh`, which runs the native figures first).
import { readFileSync, readdirSync } from "node:fs";
import { initSync, Session } from "../pkg/cellscope.js";

const wasm = initSync({ module: readFileSync(new URL("../pkg/cellscope_bg.wasm", import.meta.url)) });
const programsDir = new URL("./history_programs/", import.meta.url);
const maxSteps = Number(process.argv[2] ?? 1000000);
const wanted = process.argv.slice(3);
const GOTOS = 300;
const STEPS_BACK = 50;

// The machine may be shared: times are this process's CPU time, not the wall clock.
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function record(source) {
  const session = new Session(source, { maxSteps });
  const started = cpuMs();
  while (!session.run(100000)) {}
  return { session, ms: cpuMs() - started };
}

function percentile(sorted, fraction) {
  return sorted[Math.round((sorted.length - 1) * fraction)];
}

/** `measure(n)` at pseudo-random steps, each far from the one before: [p50, p99]. */
function latency(session, measure) {
  let state = 0x2545f491n;
  const times = [];
  const count = BigInt(session.stepCount());
  for (let i = 0; i < GOTOS; i++) {
    state = (state * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    const step = Number((state >> 33n) % count);
    const started = cpuMs();
    measure(step);
    times.push(cpuMs() - started);
  }
  times.sort((a, b) => a - b);
  return [percentile(times, 0.5), percentile(times, 0.99)];
}

/** Consecutive one-step-back snapshots from three places: mean and worst. */
function stepBack(session) {
  const times = [];
  const count = session.stepCount();
  for (const start of [Math.floor(count * 0.3), Math.floor(count * 0.6), count - 2]) {
    session.snapshot(start);
    for (let step = start - 1; step > start - 1 - STEPS_BACK && step >= 0; step--) {
      const started = cpuMs();
      session.snapshot(step);
      times.push(cpuMs() - started);
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  return [mean, times[times.length - 1]];
}

const files = readdirSync(programsDir)
  .filter((name) => name.endsWith(".py"))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.includes(w)))
  .sort();
console.log(
  "wasm | program | steps | M steps/s | checkpoints | goto p50 / p99 ms | state p50 / p99 ms | step back mean / max ms | history B/step | wasm memory MB",
);
for (const name of files) {
  const source = readFileSync(new URL(name, programsDir), "utf8");
  const { session, ms } = record(source);
  const steps = session.stepCount();
  const rate = steps / ms / 1000;
  const stats = typeof session.historyStats === "function" ? session.historyStats() : null;
  const [p50, p99] = latency(session, (step) => session.snapshot(step));
  const [state50, state99] = latency(session, (step) => session.rebuildState(step));
  const [backMean, backMax] = stepBack(session);
  const perStep = stats ? (stats.historyBytes / steps).toFixed(1) : "?";
  const checkpoints = stats ? stats.checkpoints : "?";
  const memory = (wasm.memory.buffer.byteLength / 1048576).toFixed(0);
  console.log(
    `wasm | ${name} | ${steps} | ${rate.toFixed(2)} | ${checkpoints} | ${p50.toFixed(2)} / ${p99.toFixed(2)} | ` +
      `${state50.toFixed(2)} / ${state99.toFixed(2)} | ${backMean.toFixed(2)} / ${backMax.toFixed(2)} | ${perStep} | ${memory}`,
  );
  session.free();
}
