// The page's side of the engine worker: starts runs, forwards Stop and input, and turns
// snapshot and navigation requests into promises.
//
// Stop acts within stopGraceMs whatever the program does. The worker answers Stop between two
// slices of recording, but one step can be a single native call that runs for seconds
// (`sum(range(10**9))`), and a busy worker reads no message. So when it has not confirmed in
// time, the page ends it and a new worker rebuilds the recording up to the last step the page
// had been told of: the engine is deterministic, and the page keeps what else the run took
// from outside (clock readings and random numbers, the lines given to input()). The old worker
// reported its count before each chunk, so the new one then goes on step by step, reporting
// each, until it too is silent inside the long step: a third worker rebuilds up to exactly
// the step before it, so the last step shown is the line that did not end. Requests the old
// worker owed are sent again to the new one once the steps are back.
const stopGraceMs = 100;
// Silence while probing one step at a time that means the step does not end. Longer than
// stopGraceMs: the page already shows the run stopped, and a loaded machine should not cut
// the probe short (which would only end the steps a little earlier).
const probeSilenceMs = 300;
// Questions about a program's text, which any worker answers without a run.
const sourceMethods = new Set(["lint", "scopeTables"]);

export class WorkerEngine {
  constructor(onEvent, { mock = false } = {}) {
    this.onEvent = onEvent;
    this.mock = mock;
    this.runId = 0;
    this.nextRequest = 0;
    // id → { resolve, reject, message }; kept until answered, so a new worker can be asked.
    this.pending = new Map();
    // What rebuilding the current run needs: source, options, the outside values and input
    // lines it was given, and the steps the page has been told of.
    this.run = null;
    this.stopTimer = null;
    // While a new worker rebuilds the run, requests about it wait for the steps to be back.
    this.rebuilding = false;
    this.announced = false;
    this.worker = this.startWorker();
  }

  startWorker() {
    const workerUrl = new URL("./worker.js", import.meta.url);
    if (this.mock) workerUrl.search = "?engine=mock";
    const worker = new Worker(workerUrl, { type: "module" });
    worker.onmessage = ({ data }) => worker === this.worker && this.receive(data);
    worker.onerror = (event) => {
      event.preventDefault();
      if (worker !== this.worker) return;
      this.receive({ type: "fatal", runId: this.runId, error: { name: "Error", message: event.message || "The engine could not start" } });
    };
    return worker;
  }

  receive(data) {
    if (data.type === "reply") return this.settle(data);
    if (data.type === "ready") {
      // A worker that replaces a stuck one is the same engine: the page already knows it.
      if (!this.announced) this.onEvent(data);
      this.announced = true;
      return;
    }
    if (data.runId !== this.runId) return;
    // The worker has read Stop before the run's Session exists, and stops it once it does.
    if (data.type === "stop-pending") return clearTimeout(this.stopTimer);
    if (data.type === "rebuilding") return;
    if (data.type === "probing" || data.type === "probed") return this.noteProbe(data);
    if (data.type === "progress") this.noteProgress(data);
    else this.endRun(data.error);
    this.onEvent(data);
  }

  settle({ id, result, error }) {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    if (waiting && error) waiting.reject(Object.assign(new Error(error.message), error));
    else waiting?.resolve(result);
  }

  noteProgress({ steps, status, values }) {
    this.run.steps = steps;
    // A rebuilt run hands out the values the page gave it: they are kept already.
    if (!this.rebuilding) this.run.values.push(...(values ?? []));
    if (status.finished) this.endRun(null);
  }

  /** The run has ended (`error` says why when it failed): Stop has nothing left to do. */
  endRun(error) {
    if (this.run) this.run.finished = true;
    clearTimeout(this.stopTimer);
    this.endRebuilding(error);
  }

  /** A step of the probe for the long step: it is a step the run has, and silence after it
   * means the next one is the long step. */
  noteProbe({ steps, values }) {
    this.run.steps = steps;
    this.run.values.push(...(values ?? []));
    clearTimeout(this.stopTimer);
    this.stopTimer = setTimeout(() => this.rebuildInNewWorker({ probe: false }), probeSilenceMs);
  }

  start(source, options) {
    this.runId += 1;
    clearTimeout(this.stopTimer);
    // A rebuild in progress is for the old run, and its worker may be inside the long step
    // again: a fresh worker records the new run, and the requests that waited go to it, which
    // answers them as it answers any request made while a run starts.
    if (this.rebuilding) this.replaceWorker();
    this.run = { source, options, values: [], inputs: [], steps: 0, finished: false };
    this.worker.postMessage({ type: "start", runId: this.runId, source, options });
    this.endRebuilding(null);
  }

  stop() {
    if (!this.run || this.run.finished) return;
    this.worker.postMessage({ type: "stop" });
    clearTimeout(this.stopTimer);
    this.stopTimer = setTimeout(() => this.replaceStuckWorker(), stopGraceMs);
  }

  /** The worker is inside one long step: tell the page the run is stopped, with the steps it
   * has (their count may grow by the probe's), and have a new worker record them again. */
  replaceStuckWorker() {
    const run = this.run;
    if (!run || run.finished) return;
    run.finished = true;
    const status = { finished: true, stopped: { reason: "stopped", message: "Stopped during a long step." }, awaitingInput: false };
    this.onEvent({ type: "progress", runId: this.runId, steps: run.steps, status });
    this.rebuildInNewWorker({ probe: true });
  }

  /** Ends the worker and has a new one record the run up to the steps the page has, then
   * (with `probe`) look for the long step one step at a time. */
  rebuildInNewWorker({ probe }) {
    const run = this.run;
    this.replaceWorker();
    this.rebuilding = true;
    this.worker.postMessage({
      type: "rebuild",
      runId: this.runId,
      source: run.source,
      options: { ...run.options, outsideValues: run.values },
      inputs: run.inputs,
      steps: run.steps,
      probe,
    });
  }

  /** Ends the worker for a new one, which is asked again the questions about a program's
   * text that the old one owed (those about the run wait for its steps: endRebuilding). */
  replaceWorker() {
    this.worker.terminate();
    this.worker = this.startWorker();
    for (const { message } of this.pending.values()) {
      if (sourceMethods.has(message.method)) this.worker.postMessage(message);
    }
  }

  /** The steps are back (or could not be): what waited is asked of the new worker, or is
   * rejected with the error that ended the rebuild. */
  endRebuilding(error) {
    if (!this.rebuilding) return;
    this.rebuilding = false;
    for (const [id, { reject, message }] of this.pending) {
      if (sourceMethods.has(message.method)) continue;
      if (error) {
        this.pending.delete(id);
        reject(Object.assign(new Error(error.message), error));
      } else {
        this.worker.postMessage(message);
      }
    }
  }

  provideInput(text) {
    this.run?.inputs.push(text);
    this.worker.postMessage({ type: "input", text });
  }

  request(method, ...args) {
    const id = (this.nextRequest += 1);
    const message = { type: "request", id, method, args };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, message });
      if (!this.rebuilding || sourceMethods.has(method)) this.worker.postMessage(message);
    });
  }
}
