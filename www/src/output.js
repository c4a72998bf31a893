// The output pane: stdout and stderr up to the shown step, and the prompt that answers an
// input() call. Output is always set as text, never parsed as markup.
import { element } from "./diagram/dom.js";

const shown = new WeakMap();

/** Shows the program's output as of one snapshot. */
export function showOutput(pane, snapshot) {
  // Most steps print nothing: leaving the pane alone then spares the layout its scroll reads.
  const text = [snapshot.stdout ?? "", snapshot.stderr ?? ""];
  const same = shown.get(pane)?.every((part, index) => part === text[index]);
  if (same && pane.textContent === text.join("")) return;
  shown.set(pane, text);
  const parts = [];
  if (snapshot.stdout) parts.push(element("span", { className: "stdout", text: snapshot.stdout }));
  if (snapshot.stderr) parts.push(element("span", { className: "stderr", text: snapshot.stderr }));
  pane.replaceChildren(...parts);
  pane.scrollTop = pane.scrollHeight;
}

/** Wires the input form; `onAnswer` receives the submitted line. */
export function createInputPrompt(form, onAnswer) {
  const field = form.querySelector("input");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = field.value;
    field.value = "";
    form.hidden = true;
    onAnswer(text);
  });
  return {
    ask() {
      form.hidden = false;
      field.focus();
    },
    hide() {
      form.hidden = true;
    },
  };
}
