// The code editor: CodeMirror 6 with Python highlighting, a marker for the line just run
// and the line about to run, and an underline for a SyntaxError.
import { EditorView, basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { StateEffect, StateField } from "@codemirror/state";
import { Decoration, keymap } from "@codemirror/view";
import { Prec } from "@codemirror/state";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags } from "@lezer/highlight";
import { breakpointGutter, breakpointLines, setBreakpointLines, toggleBreakpointAtCursor } from "./breakpoints.js";

const setMarks = StateEffect.define();

/* The editor lives in a shadow root: CodeMirror then styles it through constructed style
   sheets, which a strict style-src 'self' policy allows, where a <style> tag is refused.
   Colours come from the page's custom properties, which cross the shadow boundary. */
const editorTheme = EditorView.theme({
  "&": { maxHeight: "60vh", minHeight: "12rem", backgroundColor: "var(--panel)", color: "var(--text)" },
  ".cm-scroller": { fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace', fontSize: "14px" },
  ".cm-gutters": { backgroundColor: "var(--bg)", color: "var(--muted)", borderRight: "1px solid var(--border)" },
  ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "transparent" },
  ".cm-cursor": { borderLeftColor: "var(--text)" },
  ".cm-line.line-prev": { backgroundColor: "var(--prev-line)" },
  ".cm-line.line-next": { backgroundColor: "var(--next-line)", boxShadow: "inset 3px 0 0 var(--accent)" },
  ".cm-line.line-error": { backgroundColor: "var(--error-bg)" },
  ".syntax-error-mark": { textDecoration: "wavy underline var(--error)", textDecorationSkipInk: "none" },
});

const marksField = StateField.define({
  create: () => Decoration.none,
  update(marks, transaction) {
    for (const effect of transaction.effects) if (effect.is(setMarks)) return effect.value;
    return transaction.docChanged ? Decoration.none : marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/* Token colours are the page's custom properties, so that they follow the light or dark theme. */
const pythonHighlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.operatorKeyword], color: "var(--syntax-keyword)" },
  { tag: [tags.string, tags.special(tags.string)], color: "var(--syntax-string)" },
  { tag: [tags.number, tags.bool, tags.null], color: "var(--syntax-number)" },
  { tag: tags.comment, color: "var(--syntax-comment)", fontStyle: "italic" },
  { tag: [tags.definition(tags.variableName), tags.function(tags.definition(tags.variableName))], color: "var(--syntax-definition)" },
  { tag: [tags.className, tags.definition(tags.className)], color: "var(--syntax-definition)" },
  { tag: [tags.self, tags.standard(tags.variableName)], color: "var(--syntax-builtin)" },
]);

/** UTF-16 offset inside `text` of the 1-based character column `column`. */
function offsetOfColumn(text, column) {
  let offset = 0;
  let seen = 1;
  for (const character of text) {
    if (seen >= column) break;
    offset += character.length;
    seen += 1;
  }
  return offset;
}

function lineAt(doc, number) {
  if (!Number.isInteger(number) || number < 1 || number > doc.lines) return null;
  return doc.line(number);
}

/** Marks the line just run, the line about to run, and the line of a raised exception. */
function lineMarks(doc, prevLine, nextLine, exceptionLine) {
  const ranges = [];
  const prev = lineAt(doc, prevLine);
  const next = lineAt(doc, nextLine);
  const failing = lineAt(doc, exceptionLine);
  if (prev && prevLine !== nextLine) ranges.push(Decoration.line({ class: "line-prev" }).range(prev.from));
  if (next) ranges.push(Decoration.line({ class: "line-next" }).range(next.from));
  if (failing) ranges.push(Decoration.line({ class: "line-error" }).range(failing.from));
  return Decoration.set(ranges, true);
}

function errorMarks(doc, error) {
  const start = lineAt(doc, error.line);
  if (!start) return Decoration.none;
  const from = start.from + offsetOfColumn(start.text, error.column ?? 1);
  const end = lineAt(doc, error.endLine) ?? start;
  let to = end.from + offsetOfColumn(end.text, error.endColumn ?? error.column ?? 1);
  if (to <= from) to = Math.min(Math.max(from + 1, start.to), doc.length);
  const ranges = [Decoration.line({ class: "line-error" }).range(start.from)];
  if (to > from) {
    ranges.push(Decoration.mark({ class: "syntax-error-mark", attributes: { title: error.message } }).range(from, to));
  }
  return Decoration.set(ranges, true);
}

function editorExtensions(onRun) {
  const keys = Prec.highest(keymap.of([
    { key: "Mod-Enter", run: () => (onRun(), true) },
    { key: "F9", run: toggleBreakpointAtCursor },
  ]));
  return [
    breakpointGutter,
    basicSetup,
    python(),
    syntaxHighlighting(pythonHighlight),
    keys,
    marksField,
    editorTheme,
    EditorView.contentAttributes.of({ "aria-label": "Python code" }),
  ];
}

/** Creates the editor in a shadow root of `host`; `onRun` is called for Ctrl/Cmd-Enter. */
export function createEditor(host, { text, onRun }) {
  const view = new EditorView({ doc: text, parent: host.attachShadow({ mode: "open" }), extensions: editorExtensions(onRun) });
  return {
    view,
    getText: () => view.state.doc.toString(),
    breakpoints: () => breakpointLines(view.state),
    setBreakpoints: (lines) => setBreakpointLines(view, lines),
    setText(newText) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: newText } });
    },
    showLines(prevLine, nextLine, exceptionLine) {
      const marks = lineMarks(view.state.doc, prevLine, nextLine, exceptionLine);
      view.dispatch({ effects: setMarks.of(marks) });
      const next = lineAt(view.state.doc, nextLine);
      if (next) view.dispatch({ effects: EditorView.scrollIntoView(next.from, { y: "nearest" }) });
    },
    showSyntaxError(error) {
      view.dispatch({ effects: setMarks.of(errorMarks(view.state.doc, error)) });
    },
    clearMarks() {
      view.dispatch({ effects: setMarks.of(Decoration.none) });
    },
  };
}
