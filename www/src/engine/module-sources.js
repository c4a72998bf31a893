// The Python source of the modules a program imports, fetched for the Session constructor's
// `modules` option. The WebAssembly module carries no module written in Python, so a page
// downloads only those its programs import. The engine names what a source imports
// (`pythonImports`, computed in Rust); each fetched module is asked again, until nothing new
// is named. A module without a file stays out: importing it raises ModuleNotFoundError.

// URL → Promise of the file's text, or null when there is none; kept for later runs.
const fetched = new Map();

function fetchText(url) {
  if (!fetched.has(url)) {
    fetched.set(url, fetch(url).then((response) => (response.ok ? response.text() : null), () => null));
  }
  return fetched.get(url);
}

/** `{name: source}` for every module `source` needs, from `${baseUrl}${name}.py`. */
export async function moduleSources(engine, source, baseUrl) {
  const modules = {};
  // No base (a worker started from a blob: URL): the program's imports raise ModuleNotFoundError.
  if (typeof engine.pythonImports !== "function" || !baseUrl) return modules;
  const seen = new Set();
  let wanted = engine.pythonImports(source);
  while (wanted.length > 0) {
    wanted.forEach((name) => seen.add(name));
    const texts = await Promise.all(wanted.map((name) => fetchText(new URL(`${name}.py`, baseUrl).href)));
    const next = [];
    wanted.forEach((name, index) => {
      if (texts[index] === null) return;
      modules[name] = texts[index];
      next.push(...engine.pythonImports(texts[index]).filter((other) => !seen.has(other)));
    });
    wanted = [...new Set(next)];
  }
  return modules;
}
