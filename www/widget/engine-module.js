// The engine's WebAssembly module, fetched and compiled by the page while the worker starts,
// so the two overlap. A compiled module passes to the worker without being compiled again,
// and a worker started after one has gone gets the same module without a second download.
let compiling = null;

/** The compiled module at `url`, or null when the page cannot compile it; the worker then
 * fetches it itself, and reports whatever goes wrong there. */
export function compileEngine(url) {
  compiling ??= compile(url);
  return compiling;
}

async function compile(url) {
  if (typeof WebAssembly?.compileStreaming !== "function") return null;
  try {
    return await WebAssembly.compileStreaming(fetch(url, { credentials: "same-origin" }));
  } catch {
    return null;
  }
}
