// Snapshots already asked of the engine, by step. A recorded step never changes, so a step
// is fetched once per run, and the neighbours of the shown step are fetched ahead of time:
// the next key press then draws without waiting for the worker.
const capacity = 64;

export class SnapshotCache {
  constructor(engine) {
    this.engine = engine;
    this.entries = new Map();
  }

  /** Forgets every snapshot; called when a new run starts. */
  clear() {
    this.entries.clear();
  }

  /** A promise of the snapshot of `step`. */
  get(step) {
    let entry = this.entries.get(step);
    if (entry) {
      this.entries.delete(step);
    } else {
      entry = this.engine.request("snapshot", step);
      entry.catch(() => this.entries.delete(step));
    }
    this.entries.set(step, entry);
    if (this.entries.size > capacity) this.entries.delete(this.entries.keys().next().value);
    return entry;
  }

  /** Fetches the steps next to `step` (within `total`) ahead of time. */
  prefetchAround(step, total) {
    for (const neighbour of [step + 1, step - 1]) {
      if (neighbour >= 0 && neighbour < total && !this.entries.has(neighbour)) this.get(neighbour).catch(() => {});
    }
  }
}
