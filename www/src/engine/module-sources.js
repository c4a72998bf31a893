// The Python source of the modules a program imports, fetched for the Session constructor's
// `modules` option. The WebAssembly module carries no module written in Python, so a page
// downloads only those its programs import. The engine names what a source imports
// (`pythonImports`, computed in Rust); each fetched module is asked again, until nothing new
// is named. A module without a file stays out: importing it raises ModuleNotFoundError.
// The Unicode name table (`unicode_names.txt`, beside the modules) is fetched the same way,
// only for a source that needs it (`needsUnicodeNames`: a `\N{...}` escape, or unicodedata),
// and installed in the engine before anything parses that source.

// URL → Promise of the file's text, or null when there is none; kept for later runs.
const fetched = new Map();

function fetchText(url) {
  if (!fetched.has(url)) {
    fetched.set(url, fetch(url).then((response) => (response.ok ? response.text() : null), () => null));
  }
  return fetched.get(url);
}

/** Installs the Unicode name table in `engine` if `source` needs it and it is not there
 * yet. Without a base, or when the file cannot be fetched, the program reports that the
 * table is not loaded (a SyntaxError for `\N{...}`, an ImportError for unicodedata). */
export async function provideUnicodeNames(engine, source, baseUrl) {
  if (typeof engine.needsUnicodeNames !== "function" || !baseUrl) return;
  if (engine.hasUnicodeNames() || !engine.needsUnicodeNames(source)) return;
  const text = await fetchText(new URL("unicode_names.txt", baseUrl).href);
  if (text !== null && !engine.hasUnicodeNames()) engine.installUnicodeNames(text);
}

/** `{name: source}` for every module `source` needs, from `${baseUrl}${name}.py`; the
 * Unicode name table too, when `source` or one of those modules needs it. */
export async function moduleSources(engine, source, baseUrl) {
  const modules = {};
  // No base (a worker started from a blob: URL): the program's imports raise ModuleNotFoundError.
  if (typeof engine.pythonImports !== "function" || !baseUrl) return modules;
  // First, since a source with `\N{...}` does not parse without the table.
  await provideUnicodeNames(engine, source, baseUrl);
  const seen = new Set();
  let wanted = engine.pythonImports(source);
  while (wanted.length > 0) {
    wanted.forEach((name) => seen.add(name));
    const texts = await Promise.all(wanted.map((name) => fetchText(new URL(`${name}.py`, baseUrl).href)));
    for (const text of texts) if (text !== null) await provideUnicodeNames(engine, text, baseUrl);
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
