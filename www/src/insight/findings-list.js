// The text form of every closure finding: the lint's warnings about the program, then what
// the engine finds at this step. Each lint item moves the editor's cursor to its place, so
// the list is the keyboard's way to the squiggles.
import { element, textWithCode } from "../diagram/dom.js";

function lintItem(found, onReveal) {
  const button = element(
    "button",
    { className: "finding-link", attrs: { type: "button" } },
    textWithCode(`Line ${found.line}: ${found.title}`),
  );
  button.addEventListener("click", () => onReveal(found.line));
  return element("li", { className: `finding finding-${found.severity}`, data: { kind: "finding", code: found.code, source: "lint" } }, [
    button,
    ...explanation(found),
  ]);
}

function explanation(diagnostic) {
  return [
    element("p", { className: "finding-message" }, textWithCode(diagnostic.message)),
    diagnostic.fix?.text ? element("p", { className: "finding-fix" }, textWithCode(`Fix: ${diagnostic.fix.text}`)) : null,
  ];
}

function stepItem(diagnostic) {
  return element("li", { className: `finding finding-${diagnostic.severity}`, data: { kind: "finding", code: diagnostic.code, source: "step" } }, [
    element("strong", {}, textWithCode(`At this step: ${diagnostic.title}`)),
    ...explanation(diagnostic),
  ]);
}

/** Lists `lint` findings and the step's `findings` and `exception` explanation in `list`. */
export function renderFindings(list, { lint, findings, exception }, onReveal) {
  const seen = new Set();
  const stepDiagnostics = [...(findings ?? []).map(({ diagnostic }) => diagnostic), exception].filter((diagnostic) => {
    if (!diagnostic) return false;
    const key = `${diagnostic.code}:${diagnostic.title}`;
    const fresh = !seen.has(key);
    seen.add(key);
    return fresh;
  });
  const items = [...(lint ?? []).map((found) => lintItem(found, onReveal)), ...stepDiagnostics.map(stepItem)];
  list.replaceChildren(...(items.length ? items : [element("li", { className: "hint", text: "No closure pitfalls found." })]));
}
