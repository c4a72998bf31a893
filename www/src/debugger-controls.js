// The debugger's buttons: continue to a breakpoint, step into, over and out, each forward
// or backward through the recording, and run to the cursor's line.
// Keys follow the usual debugger scheme, and Alt reverses any of them:
//   F5 continue, F10 step over, F11 step into, Shift+F11 step out, Ctrl+F10 run to cursor;
//   Alt+F5, Alt+F10, Alt+F11 and Alt+Shift+F11 do the same backward
//   (Shift+F5 and Shift+F10 too, as other debuggers bind them; F8 is kept for continue).
// The forward buttons go backward while the Backward toggle is on, or on a Shift-click.
// A learner sees only the plain stepper: these tools open with the Debugger button, and by
// themselves once a breakpoint is set or a debugger key is pressed.

const forwardControls = { "step-into": "stepInto", "step-over": "stepOver", "step-out": "stepOut", continue: "continueTo" };
const reverseControls = {
  "step-back-into": "stepInto",
  "step-back-over": "stepOver",
  "step-back-out": "stepOut",
  "reverse-continue": "continueTo",
};

/** The command a debugger key stands for, and whether the key asks to go backward. */
function commandForKey(event) {
  const { key, shiftKey, altKey, ctrlKey } = event;
  if (ctrlKey && !altKey && !shiftKey && key === "F10") return { method: "runToLine", reverse: false };
  if (ctrlKey || event.metaKey) return null;
  if (key === "F11") return { method: shiftKey ? "stepOut" : "stepInto", reverse: altKey };
  const method = { F5: "continueTo", F8: "continueTo", F10: "stepOver" }[key];
  return method ? { method, reverse: altKey || shiftKey } : null;
}

/** The Debugger button that shows and hides the tools; returns `reveal()`. */
function bindToolsToggle(toggle, tools) {
  const setOpen = (open) => {
    tools.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
  };
  toggle.addEventListener("click", () => setOpen(tools.hidden));
  return () => setOpen(true);
}

/** Wires the debugger buttons found in `scope`. `navigate(method, backward)` moves;
 * `runToCursor()` runs forward to the editor's cursor line. */
export function createDebuggerControls(scope, { navigate, runToCursor }) {
  const find = (name) => scope.querySelector(`[data-control="${name}"]`);
  const reveal = bindToolsToggle(find("debugger-toggle"), scope.querySelector("[data-part=debugger-tools]"));
  const direction = find("backward");
  const toggledBackward = () => direction.getAttribute("aria-pressed") === "true";
  for (const [control, method] of Object.entries(forwardControls)) {
    find(control).addEventListener("click", (event) => navigate(method, toggledBackward() !== event.shiftKey));
  }
  for (const [control, method] of Object.entries(reverseControls)) {
    find(control).addEventListener("click", () => navigate(method, true));
  }
  find("run-to-cursor").addEventListener("click", runToCursor);
  direction.addEventListener("click", () => direction.setAttribute("aria-pressed", String(!toggledBackward())));
  document.addEventListener("keydown", (event) => {
    const command = commandForKey(event);
    if (!command) return;
    event.preventDefault();
    reveal();
    if (command.method === "runToLine") runToCursor();
    else navigate(command.method, toggledBackward() !== command.reverse);
  });
  const controls = [...Object.keys(forwardControls), ...Object.keys(reverseControls), "run-to-cursor", "backward"];
  return {
    reveal,
    update({ total }) {
      for (const control of controls) find(control).disabled = total === 0;
    },
  };
}
