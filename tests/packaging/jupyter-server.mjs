// Starts JupyterLab from the project's virtual environment, headless, on a free 127.0.0.1
// port, with every Jupyter and IPython folder inside one scratch folder, so no setting,
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

/** User settings: no news or update checks on a closed network, and the notebook's own
 * kernel starts without the "Select Kernel" dialog a first-time user answers. */
const userSettings = {
  "apputils-extension/notification": { fetchNews: "false", checkForUpdates: false },
  "notebook-extension/tracker": { autoStartDefaultKernel: true },
};

function writeUserSettings(configDir) {
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
    if (process.exitCode !== null) throw new Error(`JupyterLab exited (${process.exitCode}):\n${log.join("").slice(-4000)}`);
    const response = await fetch(url).catch(() => null);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`JupyterLab did not answer within ${ms / 1000} s:\n${log.join("").slice(-4000)}`);
}

/** Starts JupyterLab serving `rootDir`; resolves with `{ url, token, log, stop }`. */
export async function startJupyterLab(rootDir) {
  const home = scratchDir("jupyter-home");
  const configDir = join(home, "config");
  writeUserSettings(configDir);
  const [port, token] = [await freePort(), `cellscope${Date.now()}`];
  const env = {
    ...process.env,
    JUPYTER_CONFIG_DIR: configDir,
    JUPYTER_DATA_DIR: join(home, "data"),
    JUPYTER_RUNTIME_DIR: join(home, "runtime"),
    IPYTHONDIR: join(home, "ipython"),
    JUPYTER_PLATFORM_DIRS: "1",
  };
  const args = [
    "--no-browser", "--ServerApp.ip=127.0.0.1", `--ServerApp.port=${port}`, "--ServerApp.port_retries=0",
    `--IdentityProvider.token=${token}`, `--ServerApp.root_dir=${rootDir}`,
    "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--LabApp.news_url=None",
    // No extension manager asking PyPI for extensions; CI runs as root.
    "--LabApp.extension_manager=readonly", "--ServerApp.allow_root=True",
  ];
  const lab = spawn(venvTool("jupyter-lab"), args, { cwd: rootDir, env, stdio: ["ignore", "pipe", "pipe"] });
  const log = [];
  lab.stdout.on("data", (chunk) => log.push(String(chunk)));
  lab.stderr.on("data", (chunk) => log.push(String(chunk)));
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (lab.exitCode !== null) return;
    const exited = new Promise((resolve) => lab.once("exit", resolve));
    lab.kill("SIGTERM");
    const forced = setTimeout(() => lab.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(forced);
  };
  try {
    await waitUntilServing(`${url}api/status?token=${token}`, lab, log, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, token, log, stop };
}
