// "When was this set?": click a variable row, a cell or an attribute in the diagram to
// choose it, then the button (or Alt+W) goes back to the step that last wrote it, and
// again to the write before. The engine finds the step; the page only asks.
import { writeTargetAt } from "./diagram/emphasis.js";

const SELECTED = "row-selected";

/** Wires the diagram's rows and the button in `root`. `request(step, target)` asks the
 * engine; `current()` is the step shown, `shown()` its snapshot, `goTo(step)` moves. */
export function createLastWrite(root, { diagram, request, current, shown, goTo, report }) {
  const button = root.querySelector('[data-control="last-write"]');
  let chosen = null;
  const mark = () => {
    for (const node of diagram.querySelectorAll(`.${SELECTED}`)) node.classList.remove(SELECTED);
    const row = chosen && diagram.querySelector(chosen.key);
    row?.classList.add(SELECTED);
    if (!button) return;
    button.disabled = !row;
    button.textContent = row ? `When was ${chosen.label} set?` : "When was this set?";
  };
  const jump = () => {
    if (!chosen) return;
    const { label, key, ...target } = chosen;
    request(current(), target).then(
      (step) => (step === null || step === undefined ? report(`No earlier write of ${label}.`) : goTo(step)),
      (error) => report(error.message),
    );
  };
  diagram.addEventListener("click", (event) => {
    const snapshot = shown();
    const target = snapshot && writeTargetAt(event.target, snapshot);
    if (target) chosen = target;
    mark();
  });
  // A page without the button (a fixture) still has Alt+W.
  button?.addEventListener("click", jump);
  document.addEventListener("keydown", (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== "KeyW") return;
    event.preventDefault();
    jump();
  });
  return {
    /** Keeps the choice across steps while its row is drawn. */
    stepShown: mark,
    reset() {
      chosen = null;
      mark();
    },
  };
}
