// Recording and time-travel figures for the WebAssembly build under Node: steps per
// second over a million-step closure loop, wasm memory size, random goto (snapshot)
// latency, and snapshot time with 100 and 1,000 live objects.
// Run after `make wasm`: `node benches/step_bench.mjs` (or benches/step_bench.sh).
import { readFileSync } from "node:fs";
import { initSync, Session } from "../pkg/cellscope.js";

const wasm = initSync({ module: readFileSync(new URL("../pkg/cellscope_bg.wasm", import.meta.url)) });

const closureLoop = `def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

tick = counter()
while True:
    tick()
`;

function objectsProgram(objects) {
  return `def make(i):\n    def get():\n        return i\n    return get\n\nkept = []\nfor i in range(${Math.floor(objects / 3)}):\n    kept.append([make(i)])\ndone = True\n`;
}

function record(source, maxSteps) {
  const session = new Session(source, { maxSteps });
  const started = performance.now();
  while (!session.run(100000)) {}
  return { session, ms: performance.now() - started };
}

function percentile(sorted, fraction) {
  return sorted[Math.round((sorted.length - 1) * fraction)];
}

function gotoLatency(session) {
  let state = 0x2545f491n;
  const times = [];
  const count = BigInt(session.stepCount());
  for (let i = 0; i < 1000; i++) {
    state = (state * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    const step = Number((state >> 33n) % count);
    const started = performance.now();
    session.snapshot(step);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return [percentile(times, 0.5), percentile(times, 0.99)];
}

function snapshotTime(objects) {
  const { session } = record(objectsProgram(objects), 1000000);
  const lastLine = session.stepCount() - 2;
  const drawn = Object.keys(session.snapshot(lastLine).heap).length;
  const rounds = 50;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) session.snapshot(lastLine);
  return [(performance.now() - started) / rounds, drawn];
}

function steppingTime(objects) {
  const { session } = record(objectsProgram(objects), 1000000);
  const end = session.stepCount() - 1;
  const first = Math.max(0, end - 50);
  const started = performance.now();
  for (let step = first; step < end; step++) session.snapshot(step);
  return (performance.now() - started) / Math.max(1, end - first);
}

const { session, ms } = record(closureLoop, 1000000);
const steps = session.stepCount();
console.log(`wasm: recorded ${steps} steps in ${(ms / 1000).toFixed(3)} s: ${(steps / ms / 1000).toFixed(2)} M steps/s`);
console.log(`wasm memory after recording: ${(wasm.memory.buffer.byteLength / 1048576).toFixed(1)} MB`);
const [p50, p99] = gotoLatency(session);
console.log(`wasm random goto (snapshot) over 1,000 steps: p50 ${p50.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms`);
for (const objects of [100, 1000]) {
  const [time, drawn] = snapshotTime(objects);
  console.log(`wasm snapshot with ~${objects} live objects (${drawn} drawn): ${time.toFixed(3)} ms`);
  console.log(`  stepping forwards at that size: ${steppingTime(objects).toFixed(3)} ms a step`);
}
