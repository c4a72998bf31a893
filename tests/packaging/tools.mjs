// The project's own tools as the packaging tests use them: the virtual environment that
// scripts/setup.sh made, the wheel scripts/build-python.sh built, and a scratch folder.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const venvBin = join(repoRoot, ".venv", "bin");
export const fixturesDir = join(repoRoot, "tests", "packaging", "sites");
export const artifactsDir = join(repoRoot, "artifacts");
const runFile = promisify(execFile);

/** Runs a program; rejects with its output when it fails. */
export async function run(program, args, options = {}) {
  try {
    return await runFile(program, args, { maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (error) {
    throw new Error(`${program} ${args.join(" ")} failed (${error.code}):\n${error.stdout ?? ""}\n${error.stderr ?? ""}`);
  }
}

/** A program of the project's virtual environment. */
export function venvTool(name) {
  return join(venvBin, name);
}

export function scratchDir(label) {
  return mkdtempSync(join(tmpdir(), `cellscope-${label}-`));
}

export function crateVersion() {
  return /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(repoRoot, "Cargo.toml"), "utf8"))[1];
}

/** The wheel in dist/python/ for the crate's version. */
export function builtWheel() {
  const name = `cellscope-${crateVersion()}-py3-none-any.whl`;
  if (!readdirSync(join(repoRoot, "dist", "python")).includes(name)) {
    throw new Error(`dist/python/${name} is missing: run \`make wheel\``);
  }
  return join(repoRoot, "dist", "python", name);
}

let installed = null;

/** Installs the built wheel into the virtual environment, once per run, as a user would. */
export function installWheel() {
  installed ??= run(venvTool("pip"), ["install", "--disable-pip-version-check", "--no-deps", "--force-reinstall", "-q", builtWheel()]);
  return installed;
}
