// The widgets' shared engine worker. One WebAssembly module serves every <cellscope-viz> on
// a page: each widget owns one Session here, keyed by its id. Runs are recorded in chunks,
// taking turns, so a long program in one widget never starves the others and a `close`
// is handled between two chunks.
import * as engine from "../../pkg/cellscope.js";
import { moduleSources } from "../src/engine/module-sources.js";

const { default: init, Session } = engine;

const chunkSize = 5000;
// id → { session, source, finished }
const sessions = new Map();
// Widgets whose session is being created; a close that arrives meanwhile cancels it.
const opening = new Set();
let engineLoading = null;
let recordingScheduled = false;

function loadEngine() {
  engineLoading ??= init({ module_or_path: new URL("./cellscope_bg.wasm", import.meta.url) });
  return engineLoading;
}

function errorFields(error) {
  const fields = { name: error?.name ?? "Error", message: String(error?.message ?? error) };
  for (const key of ["line", "column", "endLine", "endColumn", "rendered"]) {
    if (error && error[key] !== undefined) fields[key] = error[key];
  }
  return fields;
}

async function openSession({ id, source, options }) {
  opening.add(id);
  try {
    await loadEngine();
    const modules = await moduleSources(engine, source, new URL("./modules/", import.meta.url));
    if (!opening.delete(id)) return;
    sessions.set(id, { session: new Session(source, { ...options, modules }), source, finished: false });
  } catch (error) {
    opening.delete(id);
    const fields = errorFields(error);
    const isSyntax = fields.line !== undefined;
    postMessage({ type: isSyntax ? "syntax-error" : "fatal", id, error: fields });
    return;
  }
  scheduleRecording();
}

function closeSession(id) {
  opening.delete(id);
  sessions.get(id)?.session.free();
  sessions.delete(id);
}

/** Records one chunk of every unfinished session, then yields to the message queue. */
function recordOneRound() {
  recordingScheduled = false;
  for (const [id, entry] of sessions) {
    if (entry.finished) continue;
    try {
      entry.session.run(chunkSize);
      const status = entry.session.status();
      // A widget has no input box, so a program waiting for input() ends its recording.
      entry.finished = status.finished || status.awaitingInput;
      postMessage({ type: "progress", id, steps: entry.session.stepCount(), status });
    } catch (error) {
      entry.finished = true;
      postMessage({ type: "fatal", id, error: errorFields(error) });
    }
  }
  if ([...sessions.values()].some((entry) => !entry.finished)) scheduleRecording();
}

function scheduleRecording() {
  if (recordingScheduled) return;
  recordingScheduled = true;
  setTimeout(recordOneRound, 0);
}

const queries = {
  snapshot: ({ session }, step) => session.snapshot(step),
  continueTo: ({ session }, from, backward, lines) => session.continueTo(from, backward, lines),
  diagnostics: ({ session, source }, step) => session.diagnostics(step, source),
};

function answer({ id, requestId, method, args }) {
  try {
    const entry = sessions.get(id);
    if (!entry) throw new Error("This widget has no running program");
    const query = queries[method];
    if (!query) throw new Error(`Unknown request ${method}`);
    postMessage({ type: "reply", requestId, result: query(entry, ...args) });
  } catch (error) {
    postMessage({ type: "reply", requestId, error: errorFields(error) });
  }
}

onmessage = ({ data }) => {
  if (data.type === "open") openSession(data);
  else if (data.type === "close") closeSession(data.id);
  else if (data.type === "request") answer(data);
};
