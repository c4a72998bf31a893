// <cellscope-viz>: a program from a docs page, run step by step by the shared engine and
// drawn as a scope diagram inside the element's own shadow root, so no page style reaches
// the diagram and no widget style reaches the page.
import { render } from "../src/diagram/render.js";
import { diagramSVG } from "../src/export-svg.js";
import { describeException, describeStop, describeSyntaxError } from "../src/messages.js";
import * as attributes from "./attributes.js";
import { createControls } from "./controls.js";
import { engineHub, ignoreEngineStopped } from "./engine-hub.js";
import { startWhenVisible, stopWatching } from "./lazy-start.js";
import { fetchSource, normaliseSource } from "./source-text.js";
import { SnapshotCache } from "../src/snapshot-cache.js";
import { widgetStyleSheet } from "./styles.js";
import { buildView, markLines, renderListing } from "./view.js";

let widgetCount = 0;

const stepKeys = {
  ArrowLeft: (widget) => widget.goBy(-1),
  ArrowRight: (widget) => widget.goBy(1),
  Home: (widget) => widget.goto(0),
  End: (widget) => widget.gotoEnd(),
};

export class CellscopeViz extends HTMLElement {
  static observedAttributes = ["step", "controls", "narration", "breakpoints", "height"];

  #id = `cellscope-${(widgetCount += 1)}`;
  #view = null;
  #controls = null;
  #source = null;
  #started = false;
  #total = 0;
  #recording = false;
  // Set once the run can record no more steps: it finished, or it could not run at all.
  #ended = false;
  #awaitingInput = false;
  #current = null;
  #snapshot = null;
  #latestRequest = 0;
  // The step most recently asked for; relative moves start from it, so keys pressed faster
  // than snapshots arrive still move one step each.
  #requestedStep = null;
  #waitingForSteps = [];
  // Counts starts, so a start still fetching its `src` when the widget left the page (and
  // perhaps came back and started again) does not open a second session.
  #startCount = 0;
  // The steps asked for and their neighbours, so a step key draws without a round trip.
  #snapshots = new SnapshotCache({ request: (method, ...args) => engineHub.request(this.#id, method, ...args) });

  constructor() {
    super();
    this.attachShadow({ mode: "open" }).adoptedStyleSheets = [widgetStyleSheet()];
  }

  connectedCallback() {
    this.#view ??= this.#buildView();
    if (this.#started) return;
    this.#setState("waiting");
    // A goto() made before the widget was in the page asked for it to run now.
    if (this.#waitingForSteps.length) this.#start();
    else startWhenVisible(this, () => this.#start());
  }

  /** A widget taken out of the page frees its session; put back, it starts afresh. */
  disconnectedCallback() {
    stopWatching(this);
    this.#controls?.player.pause();
    if (!this.#started) return;
    engineHub.close(this.#id);
    this.#snapshots.clear();
    this.#started = false;
    this.#startCount += 1;
    this.#total = 0;
    this.#current = null;
    this.#requestedStep = null;
    this.#snapshot = null;
    this.#releaseAllWaiters();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#view || oldValue === newValue) return;
    if (name !== "step") this.#applyAttributes();
    else if (this.#current !== null) this.goto(attributes.initialStep(this)).catch(ignoreEngineStopped);
  }

  /** The step shown (counted from 0), or the one about to be shown. */
  get step() {
    return this.#current ?? attributes.initialStep(this);
  }

  set step(value) {
    this.goto(value).catch(ignoreEngineStopped);
  }

  /** The snapshot shown, as the engine returned it; null before the first step is drawn. */
  get snapshot() {
    return this.#snapshot;
  }

  /** The whole diagram of the step shown, as a self-contained SVG document (text, styles
   * inline), for slides; null before the first step is drawn. */
  exportSVG() {
    return this.#snapshot && this.#view ? diagramSVG(this.#view.diagram).text : null;
  }

  /** Shows step `step` (clamped to the recorded run); resolves with its snapshot, or null
   * when the program could not run. Starts the program first if the widget has not been
   * scrolled to yet; a widget not yet in the page waits until it is. */
  async goto(step) {
    this.#start();
    const wanted = Math.max(0, Math.trunc(Number(step) || 0));
    await this.#whenRecorded(wanted);
    if (this.#total === 0) return null;
    return this.#show(Math.min(wanted, this.#total - 1));
  }

  /** Moves `delta` steps; resolves with whether the widget moved. */
  async goBy(delta) {
    const from = this.#requestedStep ?? this.#current;
    if (from === null) return false;
    const target = from + delta;
    if (target < 0 || target >= this.#total) return false;
    await this.#show(target);
    return true;
  }

  /** Shows the last recorded step. */
  async gotoEnd() {
    await this.#whenRecorded(Number.POSITIVE_INFINITY);
    return this.#total === 0 ? null : this.#show(this.#total - 1);
  }

  /** Runs forward to the next line listed in `breakpoints` (the last step if none is hit). */
  async continueToBreakpoint() {
    const from = this.#requestedStep ?? this.#current;
    if (from === null) return null;
    const lines = attributes.breakpointLines(this);
    const step = await engineHub.request(this.#id, "continueTo", from, false, lines);
    return this.#show(step);
  }

  #buildView() {
    const view = buildView(this.shadowRoot);
    view.frame.addEventListener("keydown", (event) => this.#onKey(event));
    if (!this.hasAttribute("src")) this.#source = normaliseSource(this.textContent ?? "");
    this.#view = view;
    this.#applyAttributes();
    return view;
  }

  #applyAttributes() {
    const view = this.#view;
    const breakpoints = attributes.breakpointLines(this);
    this.#controls?.player.pause();
    this.#controls = createControls(attributes.controlMode(this), { hasBreakpoints: breakpoints.length > 0 }, this);
    view.controls.replaceChildren(...(this.#controls.toolbar ? [this.#controls.toolbar] : []));
    view.narration.hidden = !attributes.narrationEnabled(this);
    const height = attributes.diagramHeight(this);
    // A custom property set through the CSSOM, which a strict style-src allows.
    if (height) view.frame.style.setProperty("--diagram-height", height);
    else view.frame.style.removeProperty("--diagram-height");
    if (this.#source !== null) renderListing(view.listing, this.#source, new Set(breakpoints));
    if (this.#snapshot) markLines(view.listing, this.#snapshot);
    this.#updateControls();
  }

  async #start() {
    if (this.#started || !this.isConnected) return;
    this.#started = true;
    this.#ended = false;
    const start = (this.#startCount += 1);
    stopWatching(this);
    this.#setState("loading");
    try {
      if (this.hasAttribute("src")) this.#source = await fetchSource(this.getAttribute("src"), document.baseURI);
    } catch (error) {
      if (start === this.#startCount && this.#started) this.#fail(error.message);
      return;
    }
    if (start !== this.#startCount || !this.#started) return;
    renderListing(this.#view.listing, this.#source, new Set(attributes.breakpointLines(this)));
    const options = { maxSteps: attributes.maxSteps(this) };
    engineHub.open(this.#id, this.#source, options, (event) => this.#onEngineEvent(event));
  }

  #onEngineEvent(event) {
    if (event.type === "progress") this.#onProgress(event);
    else if (event.type === "restarting") this.#onRestart();
    else if (event.error?.name === "EngineStoppedError") this.#onEngineStopped(event.error.message);
    else if (event.type === "syntax-error") this.#fail(describeSyntaxError(event.error));
    else this.#fail(event.error?.message ?? "The program could not run");
  }

  #onProgress({ steps, status }) {
    // The first steps show the `step` attribute's step, unless a goto() is already waiting.
    const showFirst = this.#total === 0 && steps > 0 && this.#current === null && !this.#waitingForSteps.length;
    this.#total = steps;
    this.#recording = !(status.finished || status.awaitingInput);
    this.#ended = !this.#recording;
    this.#awaitingInput = status.awaitingInput;
    this.#setState(this.#recording ? "recording" : "ready");
    this.#releaseWaiters();
    this.#updateControls();
    if (showFirst) this.#showFirstStep().catch(ignoreEngineStopped);
  }

  /** A new engine records the program again from its first step; the step shown stays drawn,
   * and waiting gotos are answered once the new recording reaches them. */
  #onRestart() {
    this.#total = 0;
    this.#ended = false;
    this.#recording = true;
    this.#setState("recording");
    this.#updateControls();
  }

  /** The engine is gone for good: no step can be fetched any more. */
  #onEngineStopped(message) {
    this.#total = 0;
    this.#fail(message);
  }

  async #showFirstStep() {
    await this.goto(attributes.initialStep(this));
    if (attributes.shouldAutoplay(this)) this.#controls.player.play();
  }

  /** Resolves once step `step` is recorded, or the run has ended before reaching it. */
  #whenRecorded(step) {
    if (this.#isRecorded(step)) return Promise.resolve();
    return new Promise((resolve) => this.#waitingForSteps.push({ step, resolve }));
  }

  #isRecorded(step) {
    return this.#ended || (this.#total > 0 && step < this.#total);
  }

  #releaseWaiters() {
    const stillWaiting = [];
    for (const waiter of this.#waitingForSteps) {
      if (this.#isRecorded(waiter.step)) waiter.resolve();
      else stillWaiting.push(waiter);
    }
    this.#waitingForSteps = stillWaiting;
  }

  /** Fetches and draws step `step`; a reply that arrives after a newer request is dropped. */
  async #show(step) {
    const request = (this.#latestRequest += 1);
    this.#requestedStep = step;
    const snapshot = await this.#snapshots.get(step);
    if (request !== this.#latestRequest) return snapshot;
    this.#snapshots.prefetchAround(step, this.#total);
    this.#current = step;
    this.#snapshot = snapshot;
    this.#draw(snapshot);
    this.dispatchEvent(new CustomEvent("cellscope-step", { detail: { step, snapshot }, bubbles: true, composed: true }));
    return snapshot;
  }

  #draw(snapshot) {
    const view = this.#view;
    render(view.diagram, snapshot, this.#expander(snapshot));
    this.#drawFindings(snapshot);
    markLines(view.listing, snapshot);
    view.narration.textContent = snapshot.narration ?? "";
    view.output.textContent = (snapshot.stdout ?? "") + (snapshot.stderr ?? "");
    view.message.textContent = this.#stepMessage(snapshot);
    this.#updateControls();
  }

  /** Adds the engine's findings for this step (a cell several closures share, a mutable
   * default, an explained exception) once they arrive; a step without any stays as drawn. */
  #drawFindings(snapshot) {
    engineHub.request(this.#id, "diagnostics", snapshot.step).then(
      (found) => {
        if (this.#snapshot !== snapshot || (!found.findings?.length && !found.exception)) return;
        const current = snapshot.frames?.find((frame) => frame.is_current);
        const currentFrame = current ? `f${current.id}` : null;
        render(this.#view.diagram, snapshot, { ...this.#expander(snapshot), findings: found.findings, exception: found.exception, exceptionAnchor: found.exception_anchor, currentFrame });
      },
      () => {},
    );
  }

  /** How the diagram fetches more of a value cut short at `snapshot`'s step, as the
   * playground's does: its "Show more" button asks the engine for the next items. */
  #expander(snapshot) {
    return { expand: (id, start, count) => engineHub.request(this.#id, "expand", snapshot.step, Number(id), start, count) };
  }

  #stepMessage(snapshot) {
    if (snapshot.stopped) return describeStop(snapshot.stopped);
    if (this.#awaitingInput && snapshot.step === this.#total - 1) {
      return "The program asks for input(), which a widget cannot give it; the steps before it can be explored.";
    }
    return snapshot.exception ? describeException(snapshot.exception) : "";
  }

  #updateControls() {
    this.#controls?.update({ current: this.#current ?? 0, total: this.#total, recording: this.#recording });
  }

  #fail(message) {
    this.#view.message.textContent = message;
    this.#ended = true;
    this.#setState("error");
    this.#releaseAllWaiters();
  }

  /** Lets every pending goto() finish; with no steps recorded, it resolves with null. */
  #releaseAllWaiters() {
    for (const waiter of this.#waitingForSteps) waiter.resolve();
    this.#waitingForSteps = [];
  }

  #onKey(event) {
    const action = stepKeys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.#controls?.player.pause();
    action(this).catch(ignoreEngineStopped);
  }

  /** Reflected as data-state (waiting, loading, recording, ready, error) for pages and tests. */
  #setState(state) {
    this.dataset.state = state;
  }
}
