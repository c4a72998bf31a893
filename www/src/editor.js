// The code editor: CodeMirror 6 with Python highlighting, a marker for the line just run
// and the line about to run, and an underline for a SyntaxError.
import { EditorView, basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { StateEffect, StateField } from "@codemirror/state";
import { Decoration, keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { Prec } from "@codemirror/state";
import { HighlightStyle, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { tags } from "@lezer/highlight";
import { setDiagnostics } from "@codemirror/lint";
import { textWithCode } from "./diagram/dom.js";
import { breakpointGutter, breakpointLines, breakpointsChanged, setBreakpointLines, toggleBreakpointAtCursor } from "./breakpoints.js";

const setMarks = StateEffect.define();
const setFrameLine = StateEffect.define();

/* The editor lives in a shadow root: CodeMirror then styles it through constructed style
   sheets, which a strict style-src 'self' policy allows, where a <style> tag is refused.
   Colours come from the page's custom properties, which cross the shadow boundary. */
const editorTheme = EditorView.theme({
  "&": { maxHeight: "var(--editor-max-height, 60vh)", minHeight: "12rem", backgroundColor: "var(--panel)", color: "var(--text)" },
  ".cm-scroller": { fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace', fontSize: "14px" },
  ".cm-gutters": { backgroundColor: "var(--bg)", color: "var(--muted)", borderRight: "1px solid var(--border)" },
  ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "transparent" },
  ".cm-cursor": { borderLeftColor: "var(--text)" },
  // The focus ring is drawn inside the editor, whose host clips what lies outside it.
  "&.cm-focused": { outline: "3px solid var(--accent)", outlineOffset: "-3px" },
  ".cm-line.line-prev": { backgroundColor: "var(--prev-line)" },
  ".cm-line.line-next": { backgroundColor: "var(--next-line)", boxShadow: "inset 3px 0 0 var(--accent)" },
  ".cm-line.line-error": { backgroundColor: "var(--error-bg)" },
  ".cm-line.line-frame": { boxShadow: "inset 3px 0 0 var(--cell-border)", backgroundColor: "var(--warn-bg)" },
  ".cm-diagnostic-title": { fontWeight: "600", display: "block" },
  // A hover sized to its text and the code beside it, never the page's whole width.
  ".cm-tooltip.cm-tooltip-lint, .cm-tooltip-hover": { maxWidth: "min(28rem, calc(100vw - 2rem))", fontSize: "13px", lineHeight: "1.4" },
  ".cm-diagnostic": { whiteSpace: "normal", padding: "4px 8px" },
  ".cm-diagnostic code": { fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace', fontSize: "0.95em", backgroundColor: "var(--bg)", borderRadius: "3px", padding: "0 0.2em" },
  ".cm-diagnostic-fix": { display: "block", marginTop: "0.3em", fontStyle: "italic" },
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

/* The line of the frame picked in the call stack, when it is not the current one. */
const frameLineField = StateField.define({
  create: () => Decoration.none,
  update(marks, transaction) {
    for (const effect of transaction.effects) if (effect.is(setFrameLine)) return effect.value;
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

/** Where a 1-based line and character column falls in the document, clamped to the line. */
function positionOf(doc, line, column) {
  const text = lineAt(doc, line);
  return text ? text.from + offsetOfColumn(text.text, column) : null;
}

/** The hover text of a closure diagnostic: its title, its explanation and its fix. */
function diagnosticMessage({ title, message, fix }) {
  const node = document.createElement("div");
  const parts = [["cm-diagnostic-title", title], ["cm-diagnostic-message", message], ["cm-diagnostic-fix", fix?.text ? `Fix: ${fix.text}` : ""]];
  for (const [className, text] of parts) {
    if (!text) continue;
    const part = document.createElement("span");
    part.className = className;
    part.append(...textWithCode(text));
    node.append(part, " ");
  }
  return node;
}

/** A lint view from the engine as a CodeMirror diagnostic; an empty span underlines the
 * rest of its line. */
function editorDiagnostic(doc, found) {
  const from = positionOf(doc, found.line, found.column);
  if (from === null) return null;
  let to = positionOf(doc, found.end_line, found.end_column) ?? from;
  if (to <= from) to = Math.max(from, doc.lineAt(from).to);
  const severity = found.severity === "hint" ? "hint" : "warning";
  const message = `${found.title}. ${found.message} Fix: ${found.fix?.text ?? ""}`.replaceAll("`", "");
  // No `source`: the finding's code (late_binding) names it for tools, not for a learner.
  return { from, to, severity, message, renderMessage: () => diagnosticMessage(found) };
}

function editorExtensions({ onRun, onChange, onBreakpoints }) {
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
    // Tab indents, as in any code editor; Escape then Tab moves focus on (CodeMirror's rule).
    keymap.of([indentWithTab]),
    // PEP 8: four spaces per indentation level.
    indentUnit.of("    "),
    marksField,
    frameLineField,
    editorTheme,
    EditorView.contentAttributes.of({ "aria-label": "Python code" }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange?.();
      if (breakpointsChanged(update)) onBreakpoints?.(breakpointLines(update.state));
    }),
  ];
}

/** Creates the editor in a shadow root of `host`; `onRun` is called for Ctrl/Cmd-Enter,
 * `onChange` after every edit, `onBreakpoints(lines)` when breakpoints are set or cleared. */
export function createEditor(host, { text, ...callbacks }) {
  const extensions = editorExtensions(callbacks);
  const view = new EditorView({ doc: text, parent: host.attachShadow({ mode: "open" }), extensions });
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
    /** Underlines the engine's lint findings, each with its explanation on hover. */
    showDiagnostics(found) {
      const doc = view.state.doc;
      view.dispatch(setDiagnostics(view.state, found.map((item) => editorDiagnostic(doc, item)).filter(Boolean)));
    },
    cursorLine: () => view.state.doc.lineAt(view.state.selection.main.head).number,
    /** Scrolls to `line` and marks it, for a frame picked in the call stack; null clears. */
    revealLine(line) {
      const target = lineAt(view.state.doc, line);
      const marks = target ? Decoration.set([Decoration.line({ class: "line-frame" }).range(target.from)]) : Decoration.none;
      const effects = [setFrameLine.of(marks)];
      if (target) effects.push(EditorView.scrollIntoView(target.from, { y: "center" }));
      view.dispatch({ effects });
    },
  };
}
