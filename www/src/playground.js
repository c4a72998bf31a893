// The playground: it runs the editor's program in the engine and shows one step at a time in
// the diagram, the editor markers, the output pane and the narration.
import { render, redrawArrows } from "./diagram/render.js";
import { createEditor } from "./editor.js";
import { createControls } from "./controls.js";
import { createDebuggerControls } from "./debugger-controls.js";
import { showOutput, createInputPrompt } from "./output.js";
import { loadExamples } from "./examples.js";
import { encodeShareFragment, decodeShareFragment } from "./share.js";
import { describeStop, describeException, describeSyntaxError } from "./messages.js";

const defaultOptions = { maxSteps: 1000000 };

/** Starts the playground in `page`; `createEngine(onEvent)` supplies the engine. */
export async function startPlayground(root, { createEngine, initialText }) {
  const find = (name) => root.querySelector(`[data-part="${name}"]`);
  const parts = {
    diagram: find("diagram"), output: find("output"), narration: find("narration"),
    error: find("error"), notice: find("notice"), visualize: find("visualize"), stop: find("stop"),
  };
  const run = {
    total: 0, current: 0, recording: false, requested: false, status: null, pendingStep: null, options: defaultOptions,
  };
  const engine = createEngine((event) => receive(event));
  const editor = createEditor(find("editor"), { text: initialText, onRun: visualize });
  const prompt = createInputPrompt(find("input-form"), (text) => engine.provideInput(text));
  const controls = createControls(root, { goTo, goBy, goToEnd });
  const debuggerControls = createDebuggerControls(root, navigate);

  function visualize(options = run.options) {
    Object.assign(run, { total: 0, current: 0, recording: true, requested: false, status: null, options });
    parts.error.textContent = "";
    parts.notice.textContent = "";
    editor.clearMarks();
    prompt.hide();
    controls.pause();
    refreshControls();
    engine.start(editor.getText(), options);
  }

  function receive(event) {
    if (event.type === "ready") return showEngine(event);
    if (event.type === "syntax-error") return showSyntaxError(event.error);
    if (event.type === "fatal") return finishWithError(event.error.message);
    run.total = event.steps;
    run.status = event.status;
    run.recording = !event.status.finished;
    if (event.status.awaitingInput) prompt.ask();
    showPendingStep(event.status.awaitingInput);
    showStop();
    refreshControls();
  }

  /** Shows the first step as soon as it exists, a shared link's step once it is recorded,
   * and the last step while the program waits for input. */
  function showPendingStep(awaitingInput) {
    const pending = run.pendingStep;
    if (pending !== null && (pending < run.total || !run.recording)) {
      run.pendingStep = null;
      goTo(pending);
    } else if (!run.requested && pending === null) goTo(0);
    else if (awaitingInput) goTo(run.total - 1);
  }

  function showEngine({ version, error }) {
    find("engine-version").textContent = version || "engine unavailable";
    if (error) parts.error.textContent = `The engine could not load: ${error.message}`;
  }

  function showSyntaxError(error) {
    run.recording = false;
    editor.showSyntaxError(error);
    parts.error.textContent = describeSyntaxError(error);
    parts.narration.textContent = "The program has a syntax error, so it did not run.";
    parts.diagram.replaceChildren();
    refreshControls();
  }

  function finishWithError(message) {
    run.recording = false;
    parts.error.textContent = message;
    refreshControls();
  }

  function showStop() {
    const stopped = run.status?.stopped;
    parts.notice.textContent = stopped ? describeStop(stopped, run.total) : "";
  }

  function refreshControls() {
    controls.update({ current: run.current, total: run.total, recording: run.recording });
    debuggerControls.update({ total: run.total });
    parts.stop.disabled = !run.recording;
    root.dataset.state = run.recording ? "recording" : run.total > 0 ? "ready" : "idle";
  }

  function goTo(step) {
    if (run.total === 0) return false;
    const target = Math.max(0, Math.min(step, run.total - 1));
    const moved = target !== run.current || !run.requested;
    run.current = target;
    run.requested = true;
    refreshControls();
    engine.request("snapshot", target).then((snapshot) => target === run.current && show(snapshot));
    return moved;
  }

  /** Asks the engine where a debugger command lands, then shows that step. */
  function navigate(method, backward) {
    if (run.total === 0) return;
    const args = method === "continueTo" ? [backward, editor.breakpoints()] : [backward];
    engine.request(method, run.current, ...args).then(goTo, (error) => {
      parts.error.textContent = error.message;
    });
  }

  function goBy(delta) {
    return goTo(run.current + delta);
  }

  function goToEnd() {
    return goTo(run.total - 1);
  }

  function show(snapshot) {
    render(parts.diagram, snapshot);
    editor.showLines(snapshot.prev_line, snapshot.line);
    showOutput(parts.output, snapshot);
    parts.narration.textContent = snapshot.narration ?? "";
    parts.error.textContent = snapshot.exception ? describeException(snapshot.exception) : "";
    root.dataset.shownStep = String(snapshot.step);
  }

  async function share() {
    const state = { code: editor.getText(), step: run.current, options: run.options, breakpoints: editor.breakpoints() };
    const fragment = await encodeShareFragment(state);
    history.replaceState(null, "", fragment);
    const field = find("share-link");
    field.value = location.href;
    field.hidden = false;
    field.select();
    await navigator.clipboard?.writeText(location.href).catch(() => {});
  }

  parts.visualize.addEventListener("click", () => visualize());
  parts.stop.addEventListener("click", () => engine.stop());
  find("share").addEventListener("click", share);
  window.addEventListener("resize", () => redrawArrows(parts.diagram));
  await loadExamples(find("examples"), (text) => {
    editor.setText(text);
    visualize();
    // Arrow keys on a focused menu would pick another example; they belong to the stepper.
    parts.diagram.focus();
  });

  const shared = await decodeShareFragment(location.hash);
  if (shared) {
    editor.setText(shared.code);
    editor.setBreakpoints(shared.breakpoints);
    run.pendingStep = shared.step;
    visualize({ ...defaultOptions, ...shared.options });
  } else {
    visualize();
  }
}
