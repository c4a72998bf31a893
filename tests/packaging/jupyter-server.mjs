// Starts JupyterLab or Notebook 7 from the project's virtual environment, headless, on a
// free 127.0.0.1 port, with every Jupyter and IPython folder inside one scratch folder, so no setting,
// workspace or kernel of the machine's user takes part; `stop` ends it.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { scratchDir, venvTool } from "./tools.mjs";

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** JupyterLab's user settings: no news or update checks on a closed network, and the
 * notebook's own kernel starts without the "Select Kernel" dialog a first-time user answers.
 * Notebook 7 starts the kernel by itself. */
const labSettings = {
  "apputils-extension/notification": { fetchNews: "false", checkForUpdates: false },
  "notebook-extension/tracker": { autoStartDefaultKernel: true },
};

function writeUserSettings(configDir, userSettings) {
  for (const [name, settings] of Object.entries(userSettings)) {
    const [plugin, file] = name.split("/");
    const dir = join(configDir, "lab", "user-settings", "@jupyterlab", plugin);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${file}.jupyterlab-settings`), JSON.stringify(settings));
  }
}

async function waitUntilServing(url, process, log, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`Jupyter exited (${process.exitCode}):\n${log.join("").slice(-4000)}`);
    const response = await fetch(url).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Jupyter did not answer within ${ms / 1000} s:\n${log.join("").slice(-4000)}`);
}

// What each front end is started with, besides the server's own options.
const frontEnds = {
  lab: {
    program: "jupyter-lab",
    settings: labSettings,
    // No update check, no news and no extension manager asking PyPI for extensions.
    args: ["--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--LabApp.news_url=None", "--LabApp.extension_manager=readonly"],
  },
  notebook: { program: "jupyter-notebook", settings: {}, args: [] },
};

/** Starts `frontEnd` ("lab" or "notebook") serving `rootDir`; resolves with
 * `{ url, token, log, stop }`. */
export async function startJupyter(rootDir, frontEnd) {
  const home = scratchDir("jupyter-home");
  const configDir = join(home, "config");
  writeUserSettings(configDir, frontEnds[frontEnd].settings);
  const [port, token] = [await freePort(), `cellscope${Date.now()}`];
  const env = {
    ...process.env,
    JUPYTER_CONFIG_DIR: configDir,
    JUPYTER_DATA_DIR: join(home, "data"),
    JUPYTER_RUNTIME_DIR: join(home, "runtime"),
    IPYTHONDIR: join(home, "ipython"),
    JUPYTER_PLATFORM_DIRS: "1",
  };
  const { program, args: frontEndArgs } = frontEnds[frontEnd];
  const args = [
    "--no-browser", "--ServerApp.ip=127.0.0.1", `--ServerApp.port=${port}`, "--ServerApp.port_retries=0",
    `--IdentityProvider.token=${token}`, `--ServerApp.root_dir=${rootDir}`,
    // CI runs as root.
    "--ServerApp.allow_root=True",
    ...frontEndArgs,
  ];
  const server = spawn(venvTool(program), args, { cwd: rootDir, env, stdio: ["ignore", "pipe", "pipe"] });
  const log = [];
  server.stdout.on("data", (chunk) => log.push(String(chunk)));
  server.stderr.on("data", (chunk) => log.push(String(chunk)));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    const forced = setTimeout(() => server.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(forced);
  };
  try {
    await waitUntilServing(`${url}api/status?token=${token}`, server, log, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, token, log, stop };
}
