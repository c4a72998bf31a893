// An engine that replays recorded fixture snapshots instead of running Python. Only the
// fixture page uses it, to test the drawing without the WebAssembly engine.
export class FakeEngine {
  constructor(onEvent, fixture) {
    this.onEvent = onEvent;
    this.snapshots = fixture.snapshots;
    queueMicrotask(() => onEvent({ type: "ready", version: "recorded fixture snapshots", hasSession: true }));
  }

  start() {
    const last = this.snapshots[this.snapshots.length - 1];
    const status = { finished: true, stopped: last?.stopped ?? null, awaitingInput: false };
    queueMicrotask(() => this.onEvent({ type: "progress", steps: this.snapshots.length, status }));
  }

  stop() {}

  provideInput() {}

  /** The first step after (or before) `from` that satisfies `accepts`, else the end. */
  search(from, backward, accepts) {
    const last = this.snapshots.length - 1;
    for (let step = backward ? from - 1 : from + 1; step >= 0 && step <= last; step += backward ? -1 : 1) {
      if (accepts(this.snapshots[step])) return step;
    }
    return backward ? 0 : last;
  }

  async request(method, from, backward, lines) {
    const depth = this.snapshots[from].frames.length;
    switch (method) {
      case "snapshot":
        return structuredClone(this.snapshots[from]);
      case "stepInto":
        return this.search(from, backward, () => true);
      case "stepOver":
        return this.search(from, backward, (snapshot) => snapshot.frames.length <= depth);
      case "stepOut":
        return this.search(from, backward, (snapshot) => snapshot.frames.length < depth);
      case "continueTo":
        return this.search(from, backward, (snapshot) => snapshot.event === "line" && lines.includes(snapshot.line));
      default:
        throw new Error(`The fixture engine cannot ${method}`);
    }
  }
}
