// Launches Debian's Chromium through playwright-core (no browser is ever downloaded) and
// serves the playground on a free 127.0.0.1 port.
import { chromium } from "playwright-core";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, stopServer } from "../../scripts/serve.mjs";
import { buildWww } from "../../scripts/build-www.mjs";

const chromiumArguments = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Launches Chromium with a fresh profile; returns its persistent context. */
export function launchChromium() {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "cellscope-chromium-")), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: chromiumArguments,
  });
}

/** Builds www/dist, starts the server and the browser; returns them with a `close`. */
export async function startBrowserAndServer({ csp = false } = {}) {
  await buildWww();
  const { server, url } = await startServer({ port: 0, csp });
  const context = await launchChromium();
  const close = async () => {
    await context.close();
    await stopServer(server);
  };
  return { context, url, close };
}
