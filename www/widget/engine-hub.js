// The page's side of the shared engine worker. Every widget on the page talks to the same
// worker, so the WebAssembly module is fetched and compiled once; the worker itself is only
// created when the first widget starts, so a page whose widgets stay off screen fetches
// nothing but this script.
const workerFileName = "cellscope-viz-worker.js";
// Set by locateEngine() on pages where the worker and the .wasm are not beside this script.
let engineLocation = null;

/** Names the worker's and the .wasm's URLs, for a page that loads this script from where they
 * are not its siblings: a notebook loads it from a blob: URL, which nothing resolves against.
 * Call it before the first widget starts. */
export function locateEngine({ worker, wasm }) {
  engineLocation = { worker: String(worker), wasm: String(wasm) };
}

class EngineHub {
  constructor() {
    this.worker = null;
    this.listeners = new Map();
    this.pending = new Map();
    this.nextRequest = 0;
  }

  workerInstance() {
    if (this.worker) return this.worker;
    // The worker is a sibling of the bundled widget script in the distributable folder.
    const workerUrl = engineLocation?.worker ?? new URL(`./${workerFileName}`, import.meta.url);
    this.worker = new Worker(workerUrl, { type: "module" });
    if (engineLocation) this.worker.postMessage({ type: "engine", wasm: engineLocation.wasm });
    this.worker.onmessage = ({ data }) => this.receive(data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      const error = { name: "Error", message: event.message || "The Cellscope engine could not start" };
      for (const listener of this.listeners.values()) listener({ type: "fatal", error });
    };
    return this.worker;
  }

  receive(data) {
    if (data.type !== "reply") {
      this.listeners.get(data.id)?.(data);
      return;
    }
    const waiting = this.pending.get(data.requestId);
    this.pending.delete(data.requestId);
    if (!waiting) return;
    if (data.error) waiting.reject(Object.assign(new Error(data.error.message), data.error));
    else waiting.resolve(data.result);
  }

  /** Starts recording `source` for widget `id`; `onEvent` receives its progress and errors. */
  open(id, source, options, onEvent) {
    this.listeners.set(id, onEvent);
    this.workerInstance().postMessage({ type: "open", id, source, options });
  }

  /** Frees widget `id`'s session. */
  close(id) {
    this.listeners.delete(id);
    this.worker?.postMessage({ type: "close", id });
  }

  /** Asks widget `id`'s session a question (`snapshot`, `continueTo`); resolves with the answer. */
  request(id, method, ...args) {
    const requestId = (this.nextRequest += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.workerInstance().postMessage({ type: "request", id, requestId, method, args });
    });
  }
}

export const engineHub = new EngineHub();
