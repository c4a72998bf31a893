// The page's closure insight: it asks the engine what is wrong with the program (lint) and at
// the step on screen (run-time findings, an explained exception), and for the scope table of
// every function; then it draws those answers as editor squiggles, diagram badges, the
// call-stack panel, the scope table of the picked frame or function, and a text list.
// The engine decides every fact; this file only keeps what the user picked.
import { renderCallStack } from "./call-stack.js";
import { renderScopeTable } from "./scope-panel.js";
import { renderFindings } from "./findings-list.js";

// Edits are linted once typing pauses for this long.
const lintDelayMs = 400;

const lastPart = (qualname) => qualname.split(".").pop();

/** The scope table of a function known by its qualname, name and (for a function object)
 * the line of its `def` or `lambda`. */
function tableFor(tables, { qualname, name, line }) {
  return (
    tables.find((table) => table.scope === qualname) ??
    tables.find((table) => lastPart(table.scope) === name && (line === undefined || table.line === line)) ??
    tables.find((table) => lastPart(table.scope) === name)
  );
}

export class Insight {
  /** `parts` holds the panel elements; `redraw()` draws the step on screen again with
   * `annotations()`; `editor` is the code editor. */
  constructor(parts, { engine, editor, redraw }) {
    Object.assign(this, { parts, engine, editor, redraw });
    this.program = { lint: [], tables: [] };
    this.step = { snapshot: null, findings: [], exception: null };
    this.selection = null;
    this.highlightCell = null;
    parts.diagram.addEventListener("click", (event) => this.pickInDiagram(event));
    parts.diagram.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && event.target.matches?.(".box")) this.pickInDiagram(event);
    });
  }

  /** A new run of `source`: its lint and scope tables, and no selection. */
  programChanged(source) {
    clearTimeout(this.lintTimer);
    Object.assign(this, { selection: null, highlightCell: null, program: { lint: [], tables: [] } });
    // Nothing of the previous run stays up while the new one records.
    this.step = { snapshot: null, findings: [], exception: null };
    this.parts["call-stack"].replaceChildren();
    this.parts["frame-variables"].replaceChildren();
    this.drawPanels();
    const ask = (method) => this.engine.request(method, source).catch(() => []);
    Promise.all([ask("lint"), ask("scopeTables")]).then(([lint, tables]) => {
      if (this.editor.getText() !== source) return;
      this.program = { lint, tables };
      this.editor.showDiagnostics(lint);
      this.drawPanels();
    });
  }

  /** The text was edited: underline the new text's findings once typing pauses. The scope
   * tables stay those of the program that ran, as the diagram does. */
  programEdited(source) {
    clearTimeout(this.lintTimer);
    this.lintTimer = setTimeout(() => {
      this.engine.request("lint", source).catch(() => []).then((lint) => {
        if (this.editor.getText() !== source) return;
        this.program = { ...this.program, lint };
        this.editor.showDiagnostics(lint);
        this.drawPanels();
      });
    }, lintDelayMs);
  }

  /** A step is on screen: draw its panels now, and its findings once the engine answers. */
  stepShown(snapshot) {
    this.step = { snapshot, findings: [], exception: null };
    const frames = snapshot.frames ?? [];
    if (this.selection?.kind === "frame" && !frames.some((frame) => frame.id === this.selection.id)) this.selection = null;
    if (this.selection?.kind === "function" && !snapshot.heap?.[this.selection.id]) this.selection = null;
    if (!this.selection) this.editor.revealLine(null);
    this.drawPanels();
    this.engine.request("diagnostics", snapshot.step).then(
      (found) => {
        // Nothing found: the step is already drawn as it should be.
        if (this.step.snapshot !== snapshot || (!found.findings?.length && !found.exception)) return;
        Object.assign(this.step, { findings: found.findings ?? [], exception: found.exception ?? null, exceptionAnchor: found.exception_anchor ?? null });
        this.redraw();
        this.drawPanels();
      },
      () => {},
    );
  }

  annotations() {
    const { snapshot, findings, exception, exceptionAnchor } = this.step;
    const current = snapshot?.frames?.find((frame) => frame.is_current);
    const frame = this.selectedFrame();
    return {
      findings,
      exception,
      exceptionAnchor,
      currentFrame: current ? `f${current.id}` : null,
      highlightCell: this.highlightCell,
      selectedFrame: frame && this.selection ? `f${frame.id}` : null,
      pickable: true,
    };
  }

  selectedFrame() {
    const frames = this.step.snapshot?.frames ?? [];
    const id = this.selection?.kind === "frame" ? this.selection.id : undefined;
    return frames.find((frame) => frame.id === id) ?? frames.find((frame) => frame.is_current);
  }

  /** The function the scope table shows, and its cells by name at this step. */
  selectedFunction() {
    const heap = this.step.snapshot?.heap ?? {};
    if (this.selection?.kind === "function") {
      const fn = heap[this.selection.id];
      const cells = new Map((fn?.closure ?? []).map(({ name, cell }) => [name, cell]));
      return fn && { table: tableFor(this.program.tables, fn), cells };
    }
    const frame = this.selectedFrame();
    if (!frame) return null;
    // Code that exec or eval runs (`file`) has no scope in the editor's program.
    const table = frame.file ? undefined : tableFor(this.program.tables, { qualname: frame.qualname, name: frame.function });
    return { table, cells: new Map((frame.cells ?? []).map(({ name, cell }) => [name, cell])) };
  }

  select(selection) {
    Object.assign(this, { selection, highlightCell: null });
    if (selection.kind === "frame") {
      const frame = this.selectedFrame();
      this.editor.revealLine(frame?.file ? null : frame?.line);
    }
    this.redraw();
    this.drawPanels();
  }

  pickInDiagram(event) {
    const box = event.target.closest?.("[data-kind=frame], [data-kind=function]");
    if (!box || !this.step.snapshot) return;
    const id = box.dataset.id;
    if (box.dataset.kind === "frame") this.select({ kind: "frame", id: Number(id.slice(1)) });
    else this.select({ kind: "function", id });
  }

  pickCell(cellId) {
    this.highlightCell = this.highlightCell === cellId ? null : cellId;
    this.redraw();
    this.drawPanels();
  }

  /** The subject of the scope table: the picked function object, else the picked (or
   * current) frame, as the engine's `scopeAt` names them. */
  scopeSubject() {
    if (this.selection?.kind === "function") return { kind: "function", id: Number(this.selection.id) };
    const frame = this.selectedFrame();
    return frame ? { kind: "frame", id: frame.id } : null;
  }

  /** Draws the scope table from the static analysis at once, then as the engine says it
   * stands at this step: the diagram's labels, and the cell each cell or free name holds. */
  drawScopeTable() {
    const { parts } = this;
    const draw = (table, cells) =>
      renderScopeTable(parts["scope-table"], parts["scope-title"], table, {
        cells,
        highlighted: this.highlightCell,
        onPick: (cellId) => this.pickCell(cellId),
      });
    const picked = this.selectedFunction();
    const shown = this.scopeAtStep;
    const subject = this.scopeSubject();
    const snapshot = this.step.snapshot;
    const key = snapshot && subject ? `${snapshot.step}:${subject.kind}:${subject.id}` : null;
    if (shown && shown.key === key && shown.program === this.program) return draw(shown.table, shown.cells);
    draw(picked?.table, picked?.cells ?? new Map());
    if (!key || !picked?.table) return;
    const program = this.program;
    this.engine.request("scopeAt", snapshot.step, subject.kind, subject.id).then(
      (table) => {
        if (!table || this.step.snapshot !== snapshot || this.program !== program) return;
        const cells = new Map(table.rows.filter((row) => row.cell !== undefined).map((row) => [row.name, row.cell]));
        this.scopeAtStep = { key, program, table, cells };
        if (this.scopeSubject()?.id === subject.id) draw(table, cells);
      },
      () => {},
    );
  }

  drawPanels() {
    const { parts, step } = this;
    if (step.snapshot) {
      const frame = this.selectedFrame();
      renderCallStack(parts["call-stack"], parts["frame-variables"], step.snapshot, frame?.id, (id) => this.select({ kind: "frame", id }));
    }
    this.drawScopeTable();
    renderFindings(parts.findings, { lint: this.program.lint, findings: step.findings, exception: step.exception }, (line) => this.editor.revealLine(line));
  }
}
