// A tiny static server for the playground: `/` is www/index.html, `/pkg/*` is the
// wasm-bindgen output, `/dist/widget/*` is the widget's distributable folder (dist/widget),
// everything else lives under www/. It listens on 127.0.0.1 only,
// never lists directories and refuses any path that would leave its root.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));
const wwwRoot = join(repoRoot, "www");
const pkgRoot = join(repoRoot, "pkg");
const widgetRoot = join(repoRoot, "dist", "widget");

/** URL prefixes served from outside www/, and the folder each maps to. */
const mountedFolders = [
  ["/pkg/", pkgRoot],
  ["/dist/widget/", widgetRoot],
];

const mimeTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".py": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
};

// img-src also allows data: so that the page's empty `data:,` icon does not trip the policy.
const strictPolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** Maps a URL path to a file inside one of the two roots, or null when it would escape. */
export function resolveRequestPath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  if (decoded === "/" || decoded === "") return join(wwwRoot, "index.html");
  const mount = mountedFolders.find(([prefix]) => decoded.startsWith(prefix));
  const [root, rest] = mount ? [mount[1], decoded.slice(mount[0].length)] : [wwwRoot, decoded.slice(1)];
  const candidate = normalize(join(root, rest));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  return candidate;
}

async function serveFile(filePath, response, headers) {
  const info = await stat(filePath).catch(() => null);
  if (!info || !info.isFile()) return sendStatus(response, 404, headers);
  const body = await readFile(filePath);
  const type = mimeTypes[extname(filePath)] ?? "application/octet-stream";
  response.writeHead(200, { ...headers, "Content-Type": type, "Content-Length": body.length });
  response.end(body);
}

function sendStatus(response, code, headers) {
  const text = code === 404 ? "Not found\n" : "Bad request\n";
  response.writeHead(code, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
  response.end(text);
}

/** Starts the server; resolves with the listening server and its URL. */
export function startServer({ port = 8000, csp = false } = {}) {
  const headers = { "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff" };
  if (csp) headers["Content-Security-Policy"] = strictPolicy;
  const server = createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return sendStatus(response, 400, headers);
    }
    const filePath = resolveRequestPath(request.url ?? "/");
    if (!filePath) return sendStatus(response, 400, headers);
    serveFile(filePath, response, headers).catch(() => sendStatus(response, 404, headers));
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once("error", rejectStart);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolveStart({ server, url: `http://127.0.0.1:${address.port}/` });
    });
  });
}

/** Stops `server` and resolves once it has. Chromium opens spare connections ahead of need
 * (preconnect) and may keep one that never carries a request; `server.close()` alone waits for
 * such a socket until a timeout ends it, which took up to two minutes here. A test stops its
 * server only after its page has gone, so no connection is still wanted: all are closed now. */
export function stopServer(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function parseArguments(argv) {
  const options = { port: 8000, csp: false };
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === "--csp") options.csp = true;
    else if (argv[index] === "--port") options.port = Number(argv[++index]);
    else if (argv[index].startsWith("--port=")) options.port = Number(argv[index].slice(7));
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer(parseArguments(process.argv.slice(2)));
  console.log(`Cellscope playground at ${url}`);
}
