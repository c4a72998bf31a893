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

  async request(method, from) {
    if (method === "snapshot") return structuredClone(this.snapshots[from]);
    throw new Error(`The fixture engine cannot ${method}`);
  }
}
