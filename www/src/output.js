// The output pane: stdout and stderr up to the shown step, and the prompt that answers an
// input() call. Output is always set as text, never parsed as markup.
import { element } from "./diagram/dom.js";

/** Shows the program's output as of one snapshot. */
export function showOutput(pane, snapshot) {
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
