// The page's side of the engine worker: starts runs, forwards Stop and input, and turns
// snapshot and navigation requests into promises.
export class WorkerEngine {
  constructor(onEvent, { mock = false } = {}) {
    this.onEvent = onEvent;
    this.runId = 0;
    this.nextRequest = 0;
    this.pending = new Map();
    const workerUrl = new URL("./worker.js", import.meta.url);
    if (mock) workerUrl.search = "?engine=mock";
    this.worker = new Worker(workerUrl, { type: "module" });
    this.worker.onmessage = ({ data }) => this.receive(data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.onEvent({ type: "fatal", error: { name: "Error", message: event.message || "The engine could not start" } });
    };
  }

  receive(data) {
    if (data.type === "reply") {
      const waiting = this.pending.get(data.id);
      this.pending.delete(data.id);
      if (waiting && data.error) waiting.reject(Object.assign(new Error(data.error.message), data.error));
      else waiting?.resolve(data.result);
      return;
    }
    if (data.type === "ready" || data.runId === this.runId) this.onEvent(data);
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
