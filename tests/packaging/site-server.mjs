// Serves one folder (a built docs site, a scratch project) on a free 127.0.0.1 port, with
// the types a browser needs (.wasm as application/wasm, or WebAssembly refuses to stream).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { stopServer } from "../../scripts/serve.mjs";

const mimeTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".py": "text/plain; charset=utf-8",
};

/** The file a URL path names inside `root` (index.html for a folder), or null outside it. */
async function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isDirectory()) return fileFor(root, join(decoded, "index.html"));
  return info?.isFile() ? candidate : null;
}

/** Serves `root`; resolves with `{ url, close }`, `url` ending in a slash. */
export function serveFolder(root) {
  const server = createServer(async (request, response) => {
    const path = await fileFor(normalize(root), request.url ?? "/");
    // Chromium asks for /favicon.ico on its own when a page names no icon.
    if (!path && request.url === "/favicon.ico") {
      response.writeHead(204);
      response.end();
      return;
    }
    if (!path) {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": mimeTypes[extname(path)] ?? "application/octet-stream", "Cache-Control": "no-cache" });
    response.end(await readFile(path));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      resolve({ url, close: () => stopServer(server) });
    });
  });
}
