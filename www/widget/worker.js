// The widgets' shared engine worker. One WebAssembly module serves every <cellscope-viz> on
// a page: each widget owns one Session here, keyed by its id. Runs are recorded in chunks,
// taking turns, so a long program in one widget never starves the others and a `close`
// is handled between two chunks. Every request gets exactly one reply.
import * as engine from "../../pkg/cellscope.js";
import { moduleSources } from "../src/engine/module-sources.js";

const { default: init, Session } = engine;

const chunkSize = 5000;
// id → { session, source, finished, token }
const sessions = new Map();
// id → token of the open whose session is being created; a close or a newer open of the
// same widget cancels it. Events carry the token, so the page can drop those of an old open.
const opening = new Map();
// id → the promise of the open in progress (it never rejects): a request that arrives while
// the engine loads or the program's modules are fetched is answered once the session exists.
const openings = new Map();
let engineLoading = null;
let recordingScheduled = false;
// The page's `engine` message brings the module it compiled, or only the .wasm's URL when it
// could not compile it; opens that arrive first wait for it.
let engineArrived;
// Modules written in Python sit in `modules/` beside the .wasm.
// A notebook starts this worker from a blob: URL, which nothing resolves against: then no
// module can be fetched, and a program that imports one gets ModuleNotFoundError.
let modulesUrl = modulesBeside(import.meta.url);
const engineSource = new Promise((resolve) => {
  engineArrived = resolve;
});

function loadEngine() {
  engineLoading ??= engineSource.then((source) => init({ module_or_path: source }));
  return engineLoading;
}

function errorFields(error) {
  const fields = { name: error?.name ?? "Error", message: String(error?.message ?? error) };
  for (const key of ["line", "column", "endLine", "endColumn", "rendered"]) {
    if (error && error[key] !== undefined) fields[key] = error[key];
  }
  return fields;
}

async function openSession({ id, token, source, options }) {
  opening.set(id, token);
  try {
    await loadEngine();
    const modules = await moduleSources(engine, source, modulesUrl);
    if (opening.get(id) !== token) return;
    opening.delete(id);
    closeSession(id);
    sessions.set(id, { session: new Session(source, { ...options, modules }), source, finished: false, token });
  } catch (error) {
    if (opening.get(id) === token) opening.delete(id);
    const fields = errorFields(error);
    const isSyntax = fields.line !== undefined;
    postMessage({ type: isSyntax ? "syntax-error" : "fatal", id, token, error: fields });
    endIfTrapped(error);
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
      postMessage({ type: "progress", id, token: entry.token, steps: entry.session.stepCount(), status });
    } catch (error) {
      entry.finished = true;
      postMessage({ type: "fatal", id, token: entry.token, error: errorFields(error) });
      endIfTrapped(error);
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
  // More items of a value the snapshot cut short, for the diagram's "Show more" button.
  expand: ({ session }, step, id, start, count) => session.expand(step, id, start, count),
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
    endIfTrapped(error);
  }
}

/** A trap (a Rust panic, which aborts, or a stack overflow) stops the module halfway through
 * a change: borrows stay taken and structures stay half-updated, and a later call may fail
 * oddly or never return. So the instance is not used again: this worker ends, once its
 * replies are posted, and the page starts a fresh one that records every widget again. */
function endIfTrapped(error) {
  if (error instanceof WebAssembly.RuntimeError || error instanceof RangeError) close();
}

/** Answers a request now, or once the session it asks about has been created. */
function answerWhenOpen(request) {
  const pending = openings.get(request.id);
  if (!pending) return answer(request);
  const answerNow = () => answer(request);
  pending.then(answerNow, answerNow);
}

function trackOpening(data) {
  const pending = openSession(data);
  openings.set(data.id, pending);
  const forget = () => {
    if (openings.get(data.id) === pending) openings.delete(data.id);
  };
  pending.then(forget, forget);
}

/** Holds a Web Lock until this worker ends, however it ends: the page's request for the same
 * lock is granted then, and it learns that the engine has gone (engine-liveness.js). */
function announceLife() {
  if (!self.navigator?.locks || !self.crypto?.randomUUID) {
    postMessage({ type: "alive", lock: null });
    return;
  }
  const lock = `cellscope-engine-${crypto.randomUUID()}`;
  navigator.locks.request(lock, () => {
    postMessage({ type: "alive", lock });
    return new Promise(() => {});
  });
}

/** The `modules/` folder beside the .wasm at `wasm`, or null where nothing resolves against
 * it (a blob: URL). */
function modulesBeside(wasm) {
  try {
    return new URL("./modules/", new URL(wasm, import.meta.url));
  } catch {
    return null;
  }
}

announceLife();

onmessage = ({ data }) => {
  if (data.type === "engine") {
    modulesUrl = modulesBeside(data.wasm) ?? modulesUrl;
    engineArrived(data.module ?? data.wasm);
  }
  else if (data.type === "open") trackOpening(data);
  else if (data.type === "close") closeSession(data.id);
  else if (data.type === "request") answerWhenOpen(data);
};
