// How the page learns that the engine worker has gone. A worker that is closed, crashes or is
// killed for memory fires no event at its Worker object, so silence alone cannot tell a busy
// worker from a dead one. The worker holds a Web Lock for its whole life; the lock is released
// when the worker ends, however it ends, and the page's request for the same lock is granted
// only then. Pages outside a secure context have no Web Locks: there a worker that says nothing
// for `silenceLimitMs` while a request waits is taken for gone.
const silenceLimitMs = 15_000;
const silenceCheckMs = 1_000;

export class EngineLiveness {
  /** `onGone(reason)` is called at most once; `hasPending()` says whether an answer is awaited. */
  constructor({ onGone, hasPending }) {
    this.onGone = onGone;
    this.hasPending = hasPending;
    this.lastHeard = performance.now();
    this.ended = false;
    this.silenceTimer = null;
  }

  /** The worker said something: it was alive a moment ago. */
  heard() {
    this.lastHeard = performance.now();
  }

  /** The worker announced itself holding lock `lockName` (null when it has no Web Locks). */
  watch(lockName) {
    if (lockName && globalThis.navigator?.locks) {
      navigator.locks.request(lockName, () => this.gone("the engine worker ended"));
    } else {
      this.silenceTimer = setInterval(() => this.checkSilence(), silenceCheckMs);
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
