// The step controls: First/Back/Forward/Last, the "Step k of N" slider, play/pause with a
// speed, and the keys ←/→, Home/End and Space (ignored while typing in the editor).
// Space plays and pauses wherever focus is outside the editor and the form fields, a focused
// button included: after clicking Forward, Space must not click Forward again.

// Keys typed in the editor arrive retargeted to its shadow host, the .editor element.
const typingTargets = ".editor, .cm-editor, input, select, textarea";

/** Play/pause: steps forward at the chosen speed until the last step. */
function createPlayer(playButton, speed, goBy) {
  let timer = null;
  function setPlaying(playing) {
    clearInterval(timer);
    timer = null;
    playButton.setAttribute("aria-label", playing ? "Pause" : "Play");
    playButton.textContent = playing ? "❙❙ Pause" : "▶ Play";
    playButton.setAttribute("aria-pressed", String(playing));
    if (playing) timer = setInterval(() => goBy(1) || setPlaying(false), 1000 / Number(speed.value));
  }
  const toggle = () => setPlaying(timer === null);
  playButton.addEventListener("click", toggle);
  speed.addEventListener("change", () => timer !== null && setPlaying(true));
  return { toggle, play: () => setPlaying(true), pause: () => setPlaying(false) };
}

function bindStepKeys(actions, player) {
  const keyActions = {
    ArrowLeft: () => actions.goBy(-1),
    ArrowRight: () => actions.goBy(1),
    Home: () => actions.goTo(0),
    End: () => actions.goToEnd(),
  };
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.target instanceof Element && event.target.closest(typingTargets)) return;
    if (event.key === " ") {
      event.preventDefault();
      player.toggle();
    } else if (keyActions[event.key]) {
      event.preventDefault();
      keyActions[event.key]();
    }
  });
}

/** "Step 3 of 40", or while recording the steps so far: "Step 1 of 120,000 so far…". */
function stepLabel({ current, total, recording }) {
  if (total === 0) return recording ? "Recording…" : "No steps yet";
  if (!recording) return `Step ${current + 1} of ${total}`;
  return `Step ${current + 1} of ${total.toLocaleString("en")} so far…`;
}

/** Wires the controls found in `scope`; `actions` move through the trace. */
export function createControls(scope, actions) {
  const find = (name) => scope.querySelector(`[data-control="${name}"]`);
  const buttons = { first: find("first"), back: find("back"), forward: find("forward"), last: find("last") };
  const slider = find("slider");
  const label = find("step-label");
  const playButton = find("play");
  const player = createPlayer(playButton, find("speed"), actions.goBy);
  buttons.first.addEventListener("click", () => actions.goTo(0));
  buttons.back.addEventListener("click", () => actions.goBy(-1));
  buttons.forward.addEventListener("click", () => actions.goBy(1));
  buttons.last.addEventListener("click", () => actions.goToEnd());
  slider.addEventListener("input", () => actions.goTo(Number(slider.value)));
  bindStepKeys(actions, player);
  return {
    pause: player.pause,
    play: player.play,
    /** Shows the position `current` in a trace of `total` steps (more may be coming). */
    update({ current, total, recording }) {
      const hasSteps = total > 0;
      slider.max = String(Math.max(total - 1, 0));
      slider.value = String(current);
      slider.disabled = !hasSteps;
      label.textContent = stepLabel({ current, total, recording });
      slider.setAttribute("aria-valuetext", label.textContent);
      buttons.first.disabled = buttons.back.disabled = !hasSteps || current === 0;
      buttons.forward.disabled = buttons.last.disabled = !hasSteps || current >= total - 1;
      playButton.disabled = !hasSteps;
    },
  };
}
