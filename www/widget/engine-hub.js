// The page's side of the shared engine worker. Every widget on the page talks to the same
// worker, so the WebAssembly module is fetched and compiled once; the worker itself is only
// created when the first widget starts, so a page whose widgets stay off screen fetches
// nothing but this script.
//
// Every request is answered or rejected. A worker that reports an error, sends a message that
// cannot be read, or ends (see engine-liveness.js) is gone: each waiting request is rejected
// with an EngineStoppedError, and a new worker records every open widget's program again.
import { EngineLiveness } from "./engine-liveness.js";
import { compileEngine } from "./engine-module.js";

const workerFileName = "cellscope-viz-worker.js";
// Set by locateEngine() on pages where the worker and the .wasm are not beside this script.
let engineLocation = null;

/** Names the worker's and the .wasm's URLs, for a page that loads this script from where they
 * are not its siblings: a notebook loads it from a blob: URL, which nothing resolves against.
 * Call it before the first widget starts. */
export function locateEngine({ worker, wasm }) {
  engineLocation = { worker: String(worker), wasm: String(wasm) };
}

// A worker that goes this many times in a row, with no answer in between, is not replaced
// again: whatever ends it would end the next one too.
const restartLimit = 3;

export class EngineStoppedError extends Error {
  constructor(reason) {
    super(`The Cellscope engine stopped (${reason}); it is being restarted, so ask again`);
    this.name = "EngineStoppedError";
  }
}

/** For a `.catch` on moves the widget makes itself (keys, buttons, autoplay): a move that an
 * engine restart interrupted is dropped, since the widget is usable again once it has
 * restarted; any other error is passed on. */
export function ignoreEngineStopped(error) {
  if (error?.name !== "EngineStoppedError") throw error;
  return false;
}

class EngineHub {
  constructor() {
    this.worker = null;
    this.liveness = null;
    this.started = false;
    // id → { source, options, onEvent, token }: the widgets' open sessions, reopened in a new
    // worker. The token tells this open's events from those of an earlier one of the widget.
    this.sessions = new Map();
    // requestId → { resolve, reject }
    this.pending = new Map();
    this.nextRequest = 0;
    this.nextToken = 0;
    this.restartsWithoutAnswer = 0;
  }

  workerInstance() {
    if (this.worker) return this.worker;
    // The worker is a sibling of the bundled widget script in the distributable folder.
    const workerUrl = engineLocation?.worker ?? new URL(`./${workerFileName}`, import.meta.url);
    const worker = new Worker(workerUrl, { type: "module" });
    const wasm = engineLocation?.wasm ?? String(new URL("./cellscope_bg.wasm", import.meta.url));
    compileEngine(wasm).then((module) => worker.postMessage({ type: "engine", wasm, module }));
    worker.onmessage = ({ data }) => this.receive(worker, data);
    worker.onmessageerror = () => this.lose(worker, "a message from the engine could not be read");
    worker.onerror = (event) => {
      event.preventDefault();
      if (this.started) this.lose(worker, event.message || "an error in the engine worker");
      else this.failToStart(worker, event.message || "The Cellscope engine could not start");
    };
    this.worker = worker;
    this.started = false;
    this.liveness = new EngineLiveness({ onGone: (reason) => this.lose(worker, reason), hasPending: () => this.pending.size > 0 || (!this.started && this.sessions.size > 0) });
    return worker;
  }

  receive(worker, data) {
    if (worker !== this.worker) return;
    this.liveness.heard();
    if (data.type === "alive") {
      this.started = true;
      this.liveness.watch(data.lock);
    } else if (data.type === "reply") {
      this.settle(data);
    } else {
      const session = this.sessions.get(data.id);
      if (session && session.token === data.token) session.onEvent(data);
    }
  }

  settle({ requestId, result, error }) {
    const waiting = this.pending.get(requestId);
    this.pending.delete(requestId);
    this.restartsWithoutAnswer = 0;
    if (!waiting) return;
    if (error) waiting.reject(Object.assign(new Error(error.message), error));
    else waiting.resolve(result);
  }

  /** The worker never ran: every widget reports it, and the next widget to start tries anew. */
  failToStart(worker, message) {
    if (worker !== this.worker) return;
    this.discardWorker(new Error(message));
    for (const session of this.sessions.values()) session.onEvent({ type: "fatal", error: { name: "Error", message } });
  }

  /** The worker ran and is gone: reject what it owed, then replay every open widget in a new
   * one, unless workers keep going; then every widget is told, and its session forgotten. */
  lose(worker, reason) {
    if (worker !== this.worker) return;
    this.discardWorker(new EngineStoppedError(reason));
    this.restartsWithoutAnswer += 1;
    if (this.restartsWithoutAnswer > restartLimit) {
      const error = { name: "EngineStoppedError", message: `The Cellscope engine stopped (${reason})` };
      const sessions = [...this.sessions.values()];
      this.sessions.clear();
      for (const session of sessions) session.onEvent({ type: "fatal", error });
      return;
    }
    for (const [id, session] of this.sessions) {
      session.onEvent({ type: "restarting" });
      this.postOpen(id, session);
    }
  }

  discardWorker(error) {
    this.liveness.stop();
    this.worker.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of waiting) reject(error);
  }

  postOpen(id, session) {
    session.token = (this.nextToken += 1);
    const { source, options, token } = session;
    this.workerInstance().postMessage({ type: "open", id, token, source, options });
  }

  /** Starts recording `source` for widget `id`; `onEvent` receives its progress and errors,
   * and `{type: "restarting"}` when a new engine records it again from the start. */
  open(id, source, options, onEvent) {
    const session = { source, options, onEvent, token: 0 };
    this.sessions.set(id, session);
    this.postOpen(id, session);
  }

  /** Frees widget `id`'s session. */
  close(id) {
    this.sessions.delete(id);
    this.worker?.postMessage({ type: "close", id });
  }

  /** Asks widget `id`'s session a question (`snapshot`, `continueTo`, `diagnostics`);
   * resolves with the answer, or rejects with the engine's error or an EngineStoppedError. */
  request(id, method, ...args) {
    const requestId = (this.nextRequest += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.workerInstance().postMessage({ type: "request", id, requestId, method, args });
    });
  }
}

export const engineHub = new EngineHub();
