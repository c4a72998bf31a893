// A widget's step controls. `full`: First, Back, Forward, Last, "Step k of N", Play, and
// Continue when the widget has breakpoints; `minimal`: Back, Forward and the counter;
// `none`: nothing (the page drives the widget through its JS API). Every button has an
// accessible name, and the buttons of one widget act on that widget only.
import { element, svgElement } from "../src/diagram/dom.js";
import { ignoreEngineStopped } from "./engine-hub.js";

const icons = {
  first: "M2 2h2v12H2zM14 2v12L5 8z",
  back: "M12 2v12L3 8z",
  forward: "M4 2v12l9-6z",
  last: "M12 2h2v12h-2zM2 2v12l9-6z",
};

const layouts = {
  full: ["first", "back", "forward", "last", "counter", "play", "continue"],
  minimal: ["back", "forward", "counter"],
  none: [],
};

const labels = {
  first: "First",
  back: "Back",
  forward: "Forward",
  last: "Last",
  play: "Play",
  continue: "Continue",
};

function iconButton(name) {
  const button = element("button", {
    className: "button",
    data: { control: name },
    attrs: { type: "button", "aria-label": labels[name], title: labels[name] },
  });
  const svg = svgElement("svg", { class: "icon", viewBox: "0 0 16 16", "aria-hidden": "true" });
  svg.append(svgElement("path", { d: icons[name] }));
  button.append(svg);
  return button;
}

function textButton(name, text) {
  return element("button", {
    className: "button",
    data: { control: name },
    text,
    attrs: { type: "button", "aria-label": labels[name] },
  });
}

function buildPart(name) {
  if (icons[name]) return iconButton(name);
  if (name === "counter") {
    return element("span", { className: "step-label", data: { control: "counter" }, text: "Not started" });
  }
  if (name === "play") return textButton("play", "▶ Play");
  return textButton("continue", "Continue");
}

/** aria-disabled rather than `disabled`: a disabled button drops keyboard focus, so pressing
 * End on Forward would leave the widget and its arrow keys behind. The actions themselves
 * do nothing at either end of the trace. */
function markDisabled(button, disabled) {
  button?.setAttribute("aria-disabled", String(disabled));
}

/** Plays forward, one step per tick, until the last step or until paused. Play pressed on
 * the last step first goes back to the start, as a media player replays. */
function createPlayer(playButton, stepForward, rewindIfAtEnd) {
  let timer = null;
  const playInterval = 700;
  function setPlaying(playing) {
    clearInterval(timer);
    timer = null;
    if (playButton) {
      playButton.textContent = playing ? "❙❙ Pause" : "▶ Play";
      playButton.setAttribute("aria-label", playing ? "Pause" : "Play");
      playButton.setAttribute("aria-pressed", String(playing));
    }
    if (playing) {
      timer = setInterval(async () => {
        if (!(await stepForward())) setPlaying(false);
      }, playInterval);
    }
  }
  playButton?.addEventListener("click", () => {
    if (timer === null) rewindIfAtEnd();
    setPlaying(timer === null);
  });
  return { play: () => setPlaying(true), pause: () => setPlaying(false) };
}

/** Builds the controls for `mode` into a toolbar; `actions` move through the trace. */
export function createControls(mode, { hasBreakpoints }, actions) {
  const names = (layouts[mode] ?? layouts.full).filter((name) => name !== "continue" || hasBreakpoints);
  const parts = Object.fromEntries(names.map((name) => [name, buildPart(name)]));
  const toolbar = element("div", { className: "stepper", attrs: { role: "group", "aria-label": "Steps" } }, Object.values(parts));
  const position = { current: 0, total: 0, recording: false };
  const rewindIfAtEnd = () => {
    if (!position.recording && position.total > 1 && position.current >= position.total - 1) actions.goto(0).catch(ignoreEngineStopped);
  };
  const player = createPlayer(parts.play, () => actions.goBy(1).catch(ignoreEngineStopped), rewindIfAtEnd);
  const clickActions = {
    first: () => actions.goto(0),
    back: () => actions.goBy(-1),
    forward: () => actions.goBy(1),
    last: () => actions.gotoEnd(),
    continue: () => actions.continueToBreakpoint(),
  };
  for (const [name, run] of Object.entries(clickActions)) {
    parts[name]?.addEventListener("click", () => {
      player.pause();
      if (parts[name].getAttribute("aria-disabled") !== "true") run().catch(ignoreEngineStopped);
    });
  }
  return {
    toolbar: names.length ? toolbar : null,
    player,
    /** Shows position `current` of `total` recorded steps (more may be coming). */
    update({ current, total, recording }) {
      Object.assign(position, { current, total, recording });
      const hasSteps = total > 0;
      if (parts.counter) {
        parts.counter.textContent = hasSteps ? `Step ${current + 1} of ${total}${recording ? "…" : ""}` : "Loading…";
      }
      for (const name of ["first", "back"]) markDisabled(parts[name], !hasSteps || current === 0);
      for (const name of ["forward", "last", "continue"]) markDisabled(parts[name], !hasSteps || current >= total - 1);
      markDisabled(parts.play, !hasSteps);
    },
  };
}
