// The page's side of the engine worker: starts runs, forwards Stop and input, and turns
// snapshot and navigation requests into promises. The worker starts, and the page compiles
// its wasm, as soon as this is constructed; events wait until someone listens.
import { compileEngine } from "./engine-module.js";

export class WorkerEngine {
  constructor(onEvent = null, { mock = false } = {}) {
    this.onEvent = onEvent;
    this.unheard = [];
    this.runId = 0;
    this.nextRequest = 0;
    this.pending = new Map();
    const workerUrl = new URL("./worker.js", import.meta.url);
    if (mock) workerUrl.search = "?engine=mock";
    this.worker = new Worker(workerUrl, { type: "module" });
    this.worker.onmessage = ({ data }) => this.receive(data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.emit({ type: "fatal", error: { name: "Error", message: event.message || "The engine could not start" } });
    };
    const wasm = String(new URL("../pkg/cellscope_bg.wasm", import.meta.url));
    const compiled = mock ? Promise.resolve(null) : compileEngine(wasm);
    compiled.then((module) => this.worker.postMessage({ type: "engine", wasm, module }));
  }

  /** Sends this engine's events, those already received first, to `onEvent`; returns the engine. */
  listen(onEvent) {
    this.onEvent = onEvent;
    for (const event of this.unheard.splice(0)) onEvent(event);
    return this;
  }

  emit(event) {
    if (this.onEvent) this.onEvent(event);
    else this.unheard.push(event);
  }

  receive(data) {
    if (data.type === "reply") {
      const waiting = this.pending.get(data.id);
      this.pending.delete(data.id);
      if (waiting && data.error) waiting.reject(Object.assign(new Error(data.error.message), data.error));
      else waiting?.resolve(data.result);
      return;
    }
    if (data.type === "ready" || data.runId === this.runId) this.emit(data);
  }

  start(source, options) {
    this.runId += 1;
    this.worker.postMessage({ type: "start", runId: this.runId, source, options });
  }

  stop() {
    this.worker.postMessage({ type: "stop" });
  }

  provideInput(text) {
    this.worker.postMessage({ type: "input", text });
  }

  request(method, ...args) {
    const id = (this.nextRequest += 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: "request", id, method, args });
    });
  }
}
