// The playground: it runs the editor's program in the engine and shows one step at a time in
// the diagram, the editor markers, the output pane and the narration.
import { render } from "./diagram/render.js";
import { createEditor } from "./editor.js";
import { createControls } from "./controls.js";
import { createDebuggerControls } from "./debugger-controls.js";
import { showOutput, createInputPrompt } from "./output.js";
import { loadExamples } from "./examples.js";
import { encodeShareFragment, decodeShareFragment, readLinkParameters, addressHoldsProgram } from "./share.js";
import { describeStop, describeException, describeSyntaxError } from "./messages.js";
import { SnapshotCache } from "./snapshot-cache.js";
import { Insight } from "./insight/insight.js";
import { diagramSVG, diagramPNG, download } from "./export-svg.js";
import { createLastWrite } from "./last-write.js";

const defaultOptions = { maxSteps: 1000000 };
const insightParts = ["diagram", "call-stack", "frame-variables", "scope-table", "scope-title", "findings"];

class Playground {
  constructor(root, { createEngine, initialText }) {
    this.root = root;
    this.parts = Object.fromEntries(
      ["diagram", "output", "narration", "error", "notice", "stale", "rerun", "visualize", "stop", "share", "share-link", "share-status", "examples", "engine-version", "download-svg", "download-png", "code-elsewhere"]
        .map((name) => [name, root.querySelector(`[data-part="${name}"]`)]),
    );
    this.run = { total: 0, current: 0, recording: false, requested: false, status: null, pendingStep: null, options: defaultOptions, source: null };
    this.engine = createEngine((event) => this.receive(event));
    this.snapshots = new SnapshotCache(this.engine);
    this.editor = createEditor(root.querySelector("[data-part=editor]"), {
      text: initialText,
      onRun: () => this.visualize(),
      onChange: () => this.programEdited(),
      onBreakpoints: (lines) => lines.length && this.debuggerControls.reveal(),
    });
    this.prompt = createInputPrompt(root.querySelector("[data-part=input-form]"), (text) => this.engine.provideInput(text));
    this.controls = createControls(root, {
      goTo: (step) => this.goTo(step),
      goBy: (delta) => this.goTo(this.run.current + delta),
      goToEnd: () => this.goTo(this.run.total - 1),
    });
    this.debuggerControls = createDebuggerControls(root, {
      navigate: (method, backward) => this.navigate(method, [backward]),
      runToCursor: () => this.navigate("runToLine", [this.editor.cursorLine()]),
    });
    this.insight = new Insight(Object.fromEntries(insightParts.map((name) => [name, root.querySelector(`[data-part="${name}"]`)])), {
      engine: this.engine,
      editor: this.editor,
      redraw: () => this.shown && render(this.parts.diagram, this.shown, this.diagramAnnotations(this.shown)),
    });
    this.lastWrite = createLastWrite(root, {
      diagram: this.parts.diagram,
      request: (step, target) => this.engine.request("lastWrite", step, target),
      current: () => this.run.current,
      shown: () => this.shown,
      goTo: (step) => this.goTo(step),
      report: (message) => { this.parts.notice.textContent = message; },
    });
    this.parts.visualize.addEventListener("click", () => this.visualize());
    this.parts.rerun.addEventListener("click", () => this.visualize());
    this.parts.stop.addEventListener("click", () => this.engine.stop());
    this.parts.share.addEventListener("click", () => this.share());
    this.parts["download-svg"].addEventListener("click", () => this.exportDiagram("svg"));
    this.parts["download-png"].addEventListener("click", () => this.exportDiagram("png"));
  }

  /** Starts a new recording of the editor's program. */
  visualize(options = this.run.options) {
    const source = this.editor.getText();
    Object.assign(this.run, { total: 0, current: 0, recording: true, requested: false, status: null, options, source });
    this.snapshots.clear();
    this.lastWrite.reset();
    this.clearPanels();
    this.root.dataset.run = String(Number(this.root.dataset.run ?? 0) + 1);
    this.prompt.hide();
    this.controls.pause();
    this.markStale();
    this.refreshControls();
    this.engine.start(source, options);
    this.insight.programChanged(source);
  }

  /** A new run shows nothing of the previous one until its own first step arrives. */
  clearPanels() {
    this.shown = null;
    for (const part of ["error", "notice", "narration", "output"]) this.parts[part].textContent = "";
    this.parts.diagram.replaceChildren();
    this.editor.clearMarks();
    delete this.root.dataset.shownStep;
  }

  /** An edit makes the recording stale: the steps on screen are those of the old text, so
   * the narration (which quotes the old lines) is hidden and the banner offers a new run. */
  programEdited() {
    this.insight.programEdited(this.editor.getText());
    this.markStale();
    if (this.editor.getText() !== this.linkedCode) this.forgetAddressProgram();
  }

  /** Once the text is not the link's program any more, a reload must not bring that program
   * back: the address loses it (Share writes a new one). */
  forgetAddressProgram() {
    this.linkedCode = null;
    if (!addressHoldsProgram(location)) return;
    history.replaceState(null, "", location.pathname);
    this.parts["share-status"].textContent = "";
  }

  markStale() {
    const stale = this.run.source !== null && this.editor.getText() !== this.run.source;
    this.root.dataset.stale = String(stale);
    this.parts.stale.hidden = !stale;
    this.parts.narration.hidden = stale;
    if (stale) this.editor.clearMarks();
  }

  receive(event) {
    if (event.type === "ready") return this.showEngine(event);
    if (event.type === "syntax-error") return this.showSyntaxError(event.error);
    if (event.type === "fatal") return this.finishWithError(event.error.message);
    Object.assign(this.run, { total: event.steps, status: event.status, recording: !event.status.finished });
    if (event.status.awaitingInput) this.prompt.ask();
    this.showPendingStep(event.status.awaitingInput);
    const stopped = event.status.stopped;
    this.parts.notice.textContent = stopped ? describeStop(stopped) : "";
    this.refreshControls();
  }

  /** Shows the first step as soon as it exists, a shared link's step once it is recorded,
   * and the last step while the program waits for input. */
  showPendingStep(awaitingInput) {
    const pending = this.run.pendingStep;
    if (pending !== null && (pending < this.run.total || !this.run.recording)) {
      this.run.pendingStep = null;
      this.goTo(pending);
      if (this.run.playWhenShown) this.controls.play();
      this.run.playWhenShown = false;
    } else if (!this.run.requested && pending === null) this.goTo(0);
    else if (awaitingInput) this.goTo(this.run.total - 1);
  }

  showEngine({ version, error }) {
    this.parts["engine-version"].textContent = version || "engine unavailable";
    if (error) this.parts.error.textContent = `The engine could not load: ${error.message}`;
  }

  showSyntaxError(error) {
    this.run.recording = false;
    this.editor.showSyntaxError(error);
    this.parts.error.textContent = describeSyntaxError(error);
    this.parts.narration.textContent = "The program has a syntax error, so it did not run.";
    this.parts.diagram.replaceChildren();
    this.refreshControls();
  }

  finishWithError(message) {
    this.run.recording = false;
    this.parts.error.textContent = message;
    this.refreshControls();
  }

  refreshControls() {
    const { current, total, recording } = this.run;
    this.controls.update({ current, total, recording });
    this.debuggerControls.update({ total });
    this.parts.stop.disabled = !recording;
    this.root.dataset.state = recording ? "recording" : total > 0 ? "ready" : "idle";
  }

  /** Shows step `step` (clamped); returns whether that moved. */
  goTo(step) {
    if (this.run.total === 0) return false;
    const target = Math.max(0, Math.min(step, this.run.total - 1));
    const moved = target !== this.run.current || !this.run.requested;
    Object.assign(this.run, { current: target, requested: true });
    this.refreshControls();
    this.snapshots.get(target).then(
      (snapshot) => target === this.run.current && this.show(snapshot),
      // An answer that comes after the page moved on (or started a new run) is not news.
      (error) => target === this.run.current && (this.parts.error.textContent = `Step ${target + 1} cannot be shown: ${error.message}`),
    );
    return moved;
  }

  /** Asks the engine where a debugger command lands, then shows that step. */
  navigate(method, args) {
    if (this.run.total === 0) return;
    if (method === "continueTo") args = [...args, this.editor.breakpoints()];
    this.engine.request(method, this.run.current, ...args).then(
      (step) => this.goTo(step),
      (error) => { this.parts.error.textContent = error.message; },
    );
  }

  /** The insight marks, and the way the diagram fetches the rest of a value cut short. */
  diagramAnnotations(snapshot) {
    const expand = (id, start, count) => this.engine.request("expand", snapshot.step, Number(id), start, count);
    return { ...this.insight.annotations(), expand };
  }

  /** Shows `snapshot`: the editor and the panels first, the diagram last, since drawing its
   * arrows measures the page; a layout read after every write costs one layout, not one for
   * each panel. */
  show(snapshot) {
    this.shown = snapshot;
    // The old recording's line numbers would point at other lines of the edited text, and
    // a line of code that exec or eval runs (`file` is set) is no line of the editor.
    const elsewhere = snapshot.file;
    if (this.root.dataset.stale !== "true") {
      if (elsewhere) this.editor.showLines(null, null, null);
      else this.editor.showLines(snapshot.prev_line, snapshot.line, snapshot.exception?.line);
    }
    this.insight.stepShown(snapshot);
    this.parts["code-elsewhere"].hidden = !elsewhere;
    this.parts["code-elsewhere"].textContent = elsewhere ? `Line ${snapshot.line} of ${elsewhere}: code given to exec or eval, not a line of the editor.` : "";
    showOutput(this.parts.output, snapshot);
    this.parts.narration.textContent = snapshot.narration ?? "";
    this.parts.error.textContent = snapshot.exception ? describeException(snapshot.exception) : "";
    render(this.parts.diagram, snapshot, this.diagramAnnotations(snapshot));
    this.lastWrite.stepShown();
    this.root.dataset.shownStep = String(snapshot.step);
    this.root.dataset.shownLine = String(snapshot.line);
    this.snapshots.prefetchAround(snapshot.step, this.run.total);
  }

  /** Downloads the diagram of the step on screen, whole, as SVG or PNG, for slides. */
  async exportDiagram(format) {
    if (!this.shown) return;
    const name = `cellscope-step-${this.shown.step + 1}.${format}`;
    try {
      const blob = format === "svg"
        ? new Blob([diagramSVG(this.parts.diagram).text], { type: "image/svg+xml" })
        : await diagramPNG(this.parts.diagram);
      download(blob, name);
    } catch (error) {
      this.parts.error.textContent = `The diagram could not be exported: ${error.message}`;
    }
  }

  async share() {
    const { current: step, options } = this.run;
    this.linkedCode = this.editor.getText();
    const fragment = await encodeShareFragment({ code: this.linkedCode, step, options, breakpoints: this.editor.breakpoints() });
    history.replaceState(null, "", location.pathname + fragment);
    const field = this.parts["share-link"];
    field.value = location.href;
    field.hidden = false;
    field.select();
    const copied = await (navigator.clipboard?.writeText(location.href).then(() => true, () => false) ?? false);
    this.parts["share-status"].textContent = copied ? "Link copied" : "Copy the link from the field";
  }

  /** Opens the program of a share link, or else runs the editor's program. */
  async restoreOrRun() {
    const shared = (await decodeShareFragment(location.hash)) ?? readLinkParameters(location.search);
    if (!shared) return this.visualize();
    this.linkedCode = shared.code;
    this.editor.setText(shared.code);
    this.editor.setBreakpoints(shared.breakpoints);
    Object.assign(this.run, { pendingStep: shared.step, playWhenShown: Boolean(shared.play) });
    this.visualize({ ...defaultOptions, ...shared.options });
  }
}

/** Starts the playground in `root`; `createEngine(onEvent)` supplies the engine. */
export async function startPlayground(root, options) {
  const playground = new Playground(root, options);
  await loadExamples(playground.parts.examples, (text) => {
    playground.forgetAddressProgram();
    playground.editor.setText(text);
    playground.visualize();
    // Arrow keys on a focused menu would pick another example; they belong to the stepper.
    playground.parts.diagram.focus();
  });
  await playground.restoreOrRun();
}
