// The debugger's buttons: step into, over and out, and continue to the next breakpoint,
// forward or, with the Backward toggle or a Shift-click, backward through the recording.
// Keys: F11 into, F10 over, Shift+F11 out, F8 continue (Shift with F8/F10 goes backward).

/** Wires the debugger buttons found in `scope`; `navigate(method, backward)` moves. */
export function createDebuggerControls(scope, navigate) {
  const find = (name) => scope.querySelector(`[data-control="${name}"]`);
  const direction = find("backward");
  const isBackward = (event) => direction.getAttribute("aria-pressed") === "true" !== Boolean(event?.shiftKey);
  const methods = { "step-into": "stepInto", "step-over": "stepOver", "step-out": "stepOut", continue: "continueTo" };
  for (const [control, method] of Object.entries(methods)) {
    find(control).addEventListener("click", (event) => navigate(method, isBackward(event)));
  }
  direction.addEventListener("click", () => {
    direction.setAttribute("aria-pressed", String(direction.getAttribute("aria-pressed") !== "true"));
  });
  const keys = {
    F11: (event) => navigate(event.shiftKey ? "stepOut" : "stepInto", isBackward()),
    F10: (event) => navigate("stepOver", isBackward(event)),
    F8: (event) => navigate("continueTo", isBackward(event)),
  };
  document.addEventListener("keydown", (event) => {
    if (!keys[event.key] || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    keys[event.key](event);
  });
  return {
    update({ total }) {
      for (const control of [...Object.keys(methods), "backward"]) find(control).disabled = total === 0;
    },
  };
}
