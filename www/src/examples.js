// The Examples menu: a list of programs in www/examples/, described by its index.json.
import { element } from "./diagram/dom.js";

/** Fills `select` with the examples; `onPick` receives the chosen program's text. */
export async function loadExamples(select, onPick) {
  const response = await fetch(new URL("examples/index.json", document.baseURI));
  const examples = await response.json();
  select.append(element("option", { text: "Examples…", attrs: { value: "" } }));
  for (const example of examples) {
    select.append(element("option", { text: example.title, attrs: { value: example.file } }));
  }
  select.addEventListener("change", async () => {
    if (!select.value) return;
    const program = await fetch(new URL(`examples/${select.value}`, document.baseURI));
    onPick(await program.text(), select.value);
  });
  return examples;
}
