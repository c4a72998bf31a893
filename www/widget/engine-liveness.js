// How the page learns that the engine worker has gone. A worker that is closed, crashes or is
// killed for memory fires no event at its Worker object, so silence alone cannot tell a busy
// worker from a dead one. The worker holds a Web Lock for its whole life; the lock is released
// when the worker ends, however it ends, and the page's request for the same lock is granted
// only then. Until the worker has announced its lock, and on pages outside a secure context,
// which have no Web Locks, a worker that says nothing for `silenceLimitMs` while something
// waits on it is taken for gone: one that ends before it announces itself is noticed too.
const silenceLimitMs = 15_000;
const silenceCheckMs = 1_000;

export class EngineLiveness {
  /** `onGone(reason)` is called at most once; `hasPending()` says whether something waits
   * on the worker: an answer, or, before it has announced itself, its start. */
  constructor({ onGone, hasPending }) {
    this.onGone = onGone;
    this.hasPending = hasPending;
    this.lastHeard = performance.now();
    this.ended = false;
    this.silenceTimer = setInterval(() => this.checkSilence(), silenceCheckMs);
  }

  /** The worker said something: it was alive a moment ago. */
  heard() {
    this.lastHeard = performance.now();
  }

  /** The worker announced itself holding lock `lockName` (null when it has no Web Locks). */
  watch(lockName) {
    if (lockName && globalThis.navigator?.locks) {
      clearInterval(this.silenceTimer);
      navigator.locks.request(lockName, () => this.gone("the engine worker ended"));
    }
  }

  checkSilence() {
    if (!this.hasPending()) {
      this.heard();
      return;
    }
    const silentFor = performance.now() - this.lastHeard;
    if (silentFor > silenceLimitMs) this.gone(`the engine worker did not answer for ${Math.round(silentFor / 1000)} s`);
  }

  gone(reason) {
    if (this.ended) return;
    this.stop();
    this.onGone(reason);
  }

  /** Stops watching, without reporting anything: the page ended this worker itself. */
  stop() {
    this.ended = true;
    clearInterval(this.silenceTimer);
  }
}
