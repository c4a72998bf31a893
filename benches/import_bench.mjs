// First import of a module written in Python, in the WebAssembly build under Node: the time
// from a new Session to the first step after `import NAME` (the module's source parsed,
// compiled and run as library code), for datetime, json and re, against a program that
// imports nothing. The module files are read from src/runtime/library/python/ as the page
// would fetch them from modules/ (the network is not timed); `pythonImports` finds them.
// "first" is the first Session of the process for that module (the engine's code just
// compiled by Node, the module's source parsed), "second" the next new Session, which
// finds the module's syntax tree already made (compiled and run anew: its code belongs to
// one Session's heap), "min"/"p50"/"max" over the later ones, each of them a new Session;
// on a loaded machine "min" is the figure least disturbed by other work.
// Run after `make wasm`: `node benches/import_bench.mjs`.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { initSync, Session, pythonImports } from "../pkg/cellscope.js";

initSync({ module: readFileSync(new URL("../pkg/cellscope_bg.wasm", import.meta.url)) });

const LIBRARY = new URL("../src/runtime/library/python/", import.meta.url);
const ROUNDS = 20;

/** `{name: source}` of every module `source` needs, asked again of each, as the page does. */
function moduleSources(source) {
  const modules = {};
  let wanted = pythonImports(source);
  while (wanted.length > 0) {
    const next = [];
    for (const name of wanted) {
      modules[name] = readFileSync(new URL(`${name}.py`, LIBRARY), "utf8");
      next.push(...pythonImports(modules[name]).filter((other) => !(other in modules)));
    }
    wanted = [...new Set(next)];
  }
  return modules;
}

/** Milliseconds from `new Session` to the step after the import line is recorded. */
function timeToFirstStep(source, modules) {
  const started = performance.now();
  const session = new Session(source, { maxSteps: 10000, modules });
  while (session.stepCount() < 2 && !session.run(1)) {}
  const ms = performance.now() - started;
  const snapshot = session.snapshot(session.stepCount() - 1);
  if (snapshot.exception) throw new Error(`${source}: ${snapshot.exception.message}`);
  session.free();
  return ms;
}

function measure(label, source) {
  const modules = moduleSources(source);
  const first = timeToFirstStep(source, modules);
  const times = [];
  for (let i = 0; i < ROUNDS; i++) times.push(timeToFirstStep(source, modules));
  const second = times[0];
  times.sort((a, b) => a - b);
  const text = Object.values(modules).join("");
  const gzipped = gzipSync(Buffer.from(text)).length;
  return {
    label,
    files: Object.keys(modules).length,
    kib: (gzipped / 1024).toFixed(1),
    first: first.toFixed(1),
    second: second.toFixed(1),
    min: times[0].toFixed(1),
    p50: times[Math.floor(times.length / 2)].toFixed(1),
    max: times[times.length - 1].toFixed(1),
  };
}

const rows = [
  measure("no import", "x = 1\ny = 2\n"),
  measure("import datetime", "import datetime\ny = 2\n"),
  measure("import json", "import json\ny = 2\n"),
  measure("import re", "import re\ny = 2\n"),
  measure("datetime, json, re", "import datetime, json, re\ny = 2\n"),
];
console.log("| program | module files | gzipped source | first (ms) | second (ms) | min (ms) | p50 (ms) | max (ms) |");
console.log("|---|---|---|---|---|---|---|---|");
for (const row of rows) {
  console.log(`| ${row.label} | ${row.files} | ${row.kib} KiB | ${row.first} | ${row.second} | ${row.min} | ${row.p50} | ${row.max} |`);
}
