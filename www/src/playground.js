// The playground: it runs the editor's program in the engine and shows one step at a time in
// the diagram, the editor markers, the output pane and the narration.
import { render } from "./diagram/render.js";
import { createEditor } from "./editor.js";
import { createControls } from "./controls.js";
import { createDebuggerControls } from "./debugger-controls.js";
import { showOutput, createInputPrompt } from "./output.js";
import { loadExamples } from "./examples.js";
import { encodeShareFragment, decodeShareFragment } from "./share.js";
import { describeStop, describeException, describeSyntaxError } from "./messages.js";
import { SnapshotCache } from "./snapshot-cache.js";
import { Insight } from "./insight/insight.js";

const defaultOptions = { maxSteps: 1000000 };
const insightParts = ["diagram", "call-stack", "frame-variables", "scope-table", "scope-title", "findings"];

class Playground {
  constructor(root, { createEngine, initialText }) {
    this.root = root;
    this.parts = Object.fromEntries(
      ["diagram", "output", "narration", "error", "notice", "visualize", "stop", "share", "share-link", "examples", "engine-version"]
        .map((name) => [name, root.querySelector(`[data-part="${name}"]`)]),
    );
    this.run = { total: 0, current: 0, recording: false, requested: false, status: null, pendingStep: null, options: defaultOptions };
    this.engine = createEngine((event) => this.receive(event));
    this.snapshots = new SnapshotCache(this.engine);
    this.editor = createEditor(root.querySelector("[data-part=editor]"), {
      text: initialText,
      onRun: () => this.visualize(),
      onChange: () => this.insight?.programEdited(this.editor.getText()),
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
    this.parts.visualize.addEventListener("click", () => this.visualize());
    this.parts.stop.addEventListener("click", () => this.engine.stop());
    this.parts.share.addEventListener("click", () => this.share());
  }

  /** Starts a new recording of the editor's program. */
  visualize(options = this.run.options) {
    Object.assign(this.run, { total: 0, current: 0, recording: true, requested: false, status: null, options });
    this.snapshots.clear();
    this.shown = null;
    this.root.dataset.run = String(Number(this.root.dataset.run ?? 0) + 1);
    this.parts.error.textContent = "";
    this.parts.notice.textContent = "";
    this.editor.clearMarks();
    this.prompt.hide();
    this.controls.pause();
    this.refreshControls();
    this.engine.start(this.editor.getText(), options);
    this.insight.programChanged(this.editor.getText());
  }

  receive(event) {
    if (event.type === "ready") return this.showEngine(event);
    if (event.type === "syntax-error") return this.showSyntaxError(event.error);
    if (event.type === "fatal") return this.finishWithError(event.error.message);
    Object.assign(this.run, { total: event.steps, status: event.status, recording: !event.status.finished });
    if (event.status.awaitingInput) this.prompt.ask();
    this.showPendingStep(event.status.awaitingInput);
    const stopped = event.status.stopped;
    this.parts.notice.textContent = stopped ? describeStop(stopped, this.run.total) : "";
    this.refreshControls();
  }

  /** Shows the first step as soon as it exists, a shared link's step once it is recorded,
   * and the last step while the program waits for input. */
  showPendingStep(awaitingInput) {
    const pending = this.run.pendingStep;
    if (pending !== null && (pending < this.run.total || !this.run.recording)) {
      this.run.pendingStep = null;
      this.goTo(pending);
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
      (error) => { this.parts.error.textContent = `Step ${target + 1} cannot be shown: ${error.message}`; },
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

  show(snapshot) {
    this.shown = snapshot;
    this.insight.stepShown(snapshot);
    render(this.parts.diagram, snapshot, this.diagramAnnotations(snapshot));
    this.editor.showLines(snapshot.prev_line, snapshot.line, snapshot.exception?.line);
    showOutput(this.parts.output, snapshot);
    this.parts.narration.textContent = snapshot.narration ?? "";
    this.parts.error.textContent = snapshot.exception ? describeException(snapshot.exception) : "";
    this.root.dataset.shownStep = String(snapshot.step);
    this.root.dataset.shownLine = String(snapshot.line);
    this.snapshots.prefetchAround(snapshot.step, this.run.total);
  }

  async share() {
    const { current: step, options } = this.run;
    const fragment = await encodeShareFragment({ code: this.editor.getText(), step, options, breakpoints: this.editor.breakpoints() });
    history.replaceState(null, "", fragment);
    const field = this.parts["share-link"];
    field.value = location.href;
    field.hidden = false;
    field.select();
    await navigator.clipboard?.writeText(location.href).catch(() => {});
  }

  /** Opens the program of a share link, or else runs the editor's program. */
  async restoreOrRun() {
    const shared = await decodeShareFragment(location.hash);
    if (!shared) return this.visualize();
    this.editor.setText(shared.code);
    this.editor.setBreakpoints(shared.breakpoints);
    this.run.pendingStep = shared.step;
    this.visualize({ ...defaultOptions, ...shared.options });
  }
}

/** Starts the playground in `root`; `createEngine(onEvent)` supplies the engine. */
export async function startPlayground(root, options) {
  const playground = new Playground(root, options);
  await loadExamples(playground.parts.examples, (text) => {
    playground.editor.setText(text);
    playground.visualize();
    // Arrow keys on a focused menu would pick another example; they belong to the stepper.
    playground.parts.diagram.focus();
  });
  await playground.restoreOrRun();
}
