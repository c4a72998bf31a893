// The engine's WebAssembly module, fetched and compiled by the page while its worker starts:
// starting a worker takes about as long as compiling the module, so doing both at once halves
// the wait for the first diagram. A compiled module passes to the worker without being
// compiled again, and a restarted worker gets the same one.
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
