// The engine worker owns the Session. It records the run in slices bounded by time, not by a
// step count, and posts progress between them, so the page stays responsive on
// `while True: pass` and a Stop message is handled within one slice (plus at most one step
// that is slow on its own: for a step that does not end soon, the page replaces this worker
// with one that rebuilds the recording, see worker-engine.js). A slice is made of small
// run(n) chunks; n follows the measured speed, so that a chunk takes about chunkMs whether a
// step is 1 µs or 10 ms.
const sliceMs = 25;
const chunkMs = 6;
const maxChunk = 20000;
import { moduleSources, provideUnicodeNames } from "./module-sources.js";
// This file is bundled to dist/worker.js, so paths are relative to dist/.
// The fixture page starts the worker with ?engine=mock to test this protocol against a
// stand-in; the page itself always gets the real engine.
const engineUrl = new URLSearchParams(self.location.search).get("engine") === "mock"
  ? new URL("../fixtures/mock-engine.js", import.meta.url).href
  : new URL("../pkg/cellscope.js", import.meta.url).href;

let engine = null;
// The modules written in Python, and the Unicode name table, sit in dist/modules/.
const modulesUrl = new URL("./modules/", import.meta.url);
let session = null;
let currentSource = "";
let currentRun = 0;
// A Stop that came while the run's Session was being made, applied once it exists.
let stopWanted = false;
// How many of the run's outside values (clock readings, random numbers) the page has.
let valuesPosted = 0;

let engineLoading = null;
// The run's Session being made: a request that comes meanwhile is answered once it exists.
let opening = null;

function loadEngine() {
  engineLoading ??= import(engineUrl).then(async (module) => {
    await module.default();
    engine = module;
    return module;
  });
  return engineLoading;
}

/** Tells the page which engine it talks to; the text is computed in Rust. */
async function announceEngine() {
  try {
    const module = await loadEngine();
    postMessage({ type: "ready", version: module.engineVersion?.() ?? "", hasSession: typeof module.Session === "function" });
  } catch (error) {
    postMessage({ type: "ready", version: "", hasSession: false, error: errorFields(error) });
  }
}

function errorFields(error) {
  const fields = { name: error?.name ?? "Error", message: String(error?.message ?? error) };
  for (const key of ["line", "column", "endLine", "endColumn", "rendered"]) {
    if (error && error[key] !== undefined) fields[key] = error[key];
  }
  return fields;
}

/** Posts the step count and status, with the outside values taken since the last post: the
 * page keeps them to rebuild the recording up to this step (worker-engine.js). */
function postProgress(runId) {
  const status = session.status();
  const values = session.outsideValues ? Array.from(session.outsideValues(valuesPosted)) : [];
  valuesPosted += values.length;
  postMessage({ type: "progress", runId, steps: session.stepCount(), status, values });
  return status;
}

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Records for about sliceMs, and never past step count `until`, calling `report` after each
 * chunk; returns the chunk size to start the next slice with. Reporting every chunk keeps the
 * page's count at most one chunk behind when a step that does not end begins. */
function recordSlice(chunk, { until = Infinity, report = () => {} } = {}) {
  const sliceEnd = performance.now() + sliceMs;
  let size = chunk;
  for (;;) {
    const before = session.stepCount();
    if (before >= until) return size;
    const started = performance.now();
    const finished = session.run(Math.min(size, until - before));
    const now = performance.now();
    report();
    // No new step: the program ended, waits for input, or was stopped.
    if (finished || session.stepCount() === before || now >= sliceEnd) return size;
    const took = now - started;
    if (took < chunkMs / 2) size = Math.min(maxChunk, size * 2);
    else if (took > chunkMs) size = Math.max(1, Math.floor(size / 2));
  }
}

async function record(runId) {
  let chunk = 1;
  try {
    while (session && runId === currentRun) {
      chunk = recordSlice(chunk, { report: () => postProgress(runId) });
      const status = session.status();
      if (status.finished || status.awaitingInput) return;
      await nextTurn();
    }
  } catch (error) {
    postMessage({ type: "fatal", runId, error: errorFields(error) });
  }
}

/** Makes the run's Session; returns whether it exists (else the page has been told why). */
async function openSession({ runId, source, options }) {
  currentRun = runId;
  session?.free?.();
  session = null;
  valuesPosted = 0;
  stopWanted = false;
  try {
    const { Session } = await loadEngine();
    if (typeof Session !== "function") throw new Error("This build of the engine cannot run programs yet");
    const modules = await moduleSources(engine, source, modulesUrl);
    if (runId !== currentRun) return false;
    session = new Session(source, { ...options, modules });
    currentSource = source;
    if (stopWanted) session.stop();
  } catch (error) {
    const fields = errorFields(error);
    const isSyntax = /Error$/.test(fields.name) && fields.line !== undefined;
    postMessage({ type: isSyntax ? "syntax-error" : "fatal", runId, error: fields });
    return false;
  }
  return runId === currentRun;
}

/** Makes the Session as openSession does, holding requests until it exists. */
function openAndHold(data) {
  const made = openSession(data);
  opening = made;
  made.finally(() => {
    if (opening === made) opening = null;
  });
  return made;
}

async function start(data) {
  if (await openAndHold(data)) await record(data.runId);
}

/** Records the run again up to the `steps` the page had seen from the worker this one
 * replaces, which was stuck in one long step: with the same outside values and input lines,
 * the deterministic engine takes the same steps. With `probe`, it then goes on one step at a
 * time, reporting each, to find the step that does not end: the old worker ran at most one
 * chunk past `steps`, so that step is within maxChunk. If the page hears nothing for a while,
 * it ends this worker too and rebuilds, without probing, up to the last step reported here.
 * Then the run ends as stopped. */
async function rebuild(data) {
  if (!(await openAndHold(data))) return;
  const { runId, steps, inputs, probe } = data;
  valuesPosted = data.options.outsideValues?.length ?? 0;
  for (const line of inputs) session.provideInput(line);
  try {
    if (!(await recordQuietly(runId, steps))) return;
    if (probe && !(await probeStepByStep(runId, steps + maxChunk))) return;
    session.stopDuringLongStep();
    postProgress(runId);
  } catch (error) {
    postMessage({ type: "fatal", runId, error: errorFields(error) });
  }
}

const isCurrent = (runId) => session && runId === currentRun;

/** Records up to step count `steps` in slices, telling the page only how far it has got;
 * returns whether the run is still the page's. */
async function recordQuietly(runId, steps) {
  let chunk = 1;
  while (session.stepCount() < steps && !session.status().finished) {
    const before = session.stepCount();
    chunk = recordSlice(chunk, { until: steps });
    if (session.stepCount() === before) break;
    postMessage({ type: "rebuilding", runId, steps: session.stepCount() });
    await nextTurn();
    if (!isCurrent(runId)) return false;
  }
  return true;
}

/** Records one step at a time up to `limit`, posting each count with the outside values it
 * took; returns whether the run is still the page's. It stops early when the run ends or
 * waits for input. */
async function probeStepByStep(runId, limit) {
  postMessage({ type: "probing", runId, steps: session.stepCount() });
  let sliceEnd = performance.now() + sliceMs;
  while (session.stepCount() < limit) {
    const before = session.stepCount();
    const finished = session.run(1);
    const values = Array.from(session.outsideValues(valuesPosted));
    valuesPosted += values.length;
    postMessage({ type: "probed", runId, steps: session.stepCount(), values });
    if (finished || session.stepCount() === before) return true;
    if (performance.now() >= sliceEnd) {
      await nextTurn();
      if (!isCurrent(runId)) return false;
      sliceEnd = performance.now() + sliceMs;
    }
  }
  return true;
}

const queries = {
  snapshot: (step) => session.snapshot(step),
  stepOver: (from, backward) => session.stepOver(from, backward),
  stepInto: (from, backward) => session.stepInto(from, backward),
  stepOut: (from, backward) => session.stepOut(from, backward),
  continueTo: (from, backward, lines) => session.continueTo(from, backward, lines),
  runToLine: (from, line) => session.runToLine(from, line),
  diagnostics: (step) => session.diagnostics(step, currentSource),
  expand: (step, id, start, count) => session.expand(step, id, start, count),
  lastWrite: (step, target) => session.lastWrite(step, target) ?? null,
  scopeAt: (step, kind, id) => session.scopeAt(step, currentSource, kind, id) ?? null,
};

// Questions about a program's text, answered without running it.
const sourceQueries = {
  lint: (module, source) => module.lint(source),
  scopeTables: (module, source) => module.scopeTables(source),
};

async function answer({ id, method, args }) {
  try {
    if (opening && !sourceQueries[method]) await opening;
    if (sourceQueries[method]) {
      const module = await loadEngine();
      // The source is parsed: one with `\N{...}` needs the Unicode name table first.
      await provideUnicodeNames(module, args[0], modulesUrl);
      postMessage({ type: "reply", id, result: sourceQueries[method](module, ...args) });
      return;
    }
    if (!session) throw new Error("No program is running");
    const query = queries[method];
    if (!query) throw new Error(`Unknown request ${method}`);
    postMessage({ type: "reply", id, result: query(...args) });
  } catch (error) {
    postMessage({ type: "reply", id, error: errorFields(error) });
  }
}

announceEngine();

onmessage = ({ data }) => {
  if (data.type === "start") start(data);
  else if (data.type === "rebuild") rebuild(data);
  else if (data.type === "request") answer(data);
  else if (data.type === "stop" && session) {
    session.stop();
    postProgress(currentRun);
  } else if (data.type === "stop") {
    stopWanted = true;
    postMessage({ type: "stop-pending", runId: currentRun });
  } else if (data.type === "input" && session) {
    session.provideInput(data.text);
    record(currentRun);
  }
};
