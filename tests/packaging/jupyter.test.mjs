// cellscope in JupyterLab 4 and Notebook 7, through their real UI in Chromium: a notebook
// with `%load_ext cellscope` and a `%%cellscope` cell is run from the Run menu; the diagram draws, the
// Forward button steps it, the step the reader reached is what the kernel reads, and a
// step the kernel sets moves the widget.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startJupyter } from "./jupyter-server.mjs";
import { artifactsDir, installWheel, scratchDir } from "./tools.mjs";
import { counterText, stepForward, waitForWidgetDrawn } from "./widget-checks.mjs";

const program = [
  "def make_counter():",
  "    count = 0",
  "    def increment():",
  "        nonlocal count",
  "        count += 1",
  "        return count",
  "    return increment",
  "",
  "tick = make_counter()",
  "tick()",
  "tick()",
  "tick()",
];

const cells = [
  "%load_ext cellscope",
  `%%cellscope --name viz --step 2 --breakpoints 5 --height 300\n${program.join("\n")}`,
  'print("kernel sees step", viz.step)',
  "viz.step += 3",
];

function writeNotebook(dir) {
  const notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "python3", display_name: "Python 3 (ipykernel)", language: "python" } },
    cells: cells.map((source, index) => ({ cell_type: "code", id: `cell-${index}`, metadata: {}, execution_count: null, outputs: [], source })),
  };
  writeFileSync(join(dir, "closures.ipynb"), JSON.stringify(notebook, null, 1));
}

/** Waits until the page's kernel is connected and idle, as the server sees it: the status
 * bar says "Idle" before the page's first connection is up, and a run sent then is lost. */
async function waitForKernel(jupyter, ms = 120_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const response = await fetch(`${jupyter.url}api/kernels?token=${jupyter.token}`).catch(() => null);
    const kernels = response?.ok ? await response.json() : [];
    if (kernels.some((kernel) => kernel.connections > 0 && kernel.execution_state === "idle")) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no kernel was connected and idle within ${ms / 1000} s`);
}

async function runAllCells(page, jupyter) {
  await waitForKernel(jupyter);
  await page.getByRole("menuitem", { name: "Run", exact: true }).click();
  await page.getByRole("menuitem", { name: /^Run All Cells/ }).click();
  await page.locator(".jp-Notebook .jp-Cell").last().locator(".jp-InputPrompt", { hasText: "[4]" }).waitFor({ timeout: 60_000 });
}

/** Runs one cell again from the UI: select it by its prompt, then Ctrl+Enter. */
async function rerunCell(page, index) {
  await page.locator(".jp-Notebook .jp-Cell").nth(index).locator(".jp-InputPrompt").click();
  await page.keyboard.press("Control+Enter");
}

function outputOf(page, index) {
  return page.locator(".jp-Notebook .jp-Cell").nth(index).locator(".jp-OutputArea-output");
}

async function waitForWidgetStep(widget, step) {
  await widget.evaluate(
    (element, wanted) =>
      element.step === wanted && element.snapshot?.step === wanted
        ? null
        : new Promise((resolve) => {
            element.addEventListener("cellscope-step", function onStep(event) {
              if (event.detail.step !== wanted) return;
              element.removeEventListener("cellscope-step", onStep);
              resolve();
            });
          }),
    step,
  );
}

async function exerciseNotebook(page, jupyter) {
  await runAllCells(page, jupyter);
  const widget = await waitForWidgetDrawn(page, 0);
  // The magic asked for step 2; the last cell then added 3 from the kernel.
  await waitForWidgetStep(widget, 5);
  assert.match(await counterText(widget), /^Step 6 of \d+$/);
  assert.equal(await widget.locator("[data-control=continue]").count(), 1, "--breakpoints adds Continue");
  await widget.locator("[data-kind=cell]").first().waitFor();
  assert.equal(await stepForward(page, widget), 6);
  assert.equal(await stepForward(page, widget), 7);
  await rerunCell(page, 2);
  await outputOf(page, 2).filter({ hasText: "kernel sees step 7" }).waitFor({ timeout: 60_000 });
  await rerunCell(page, 3);
  await waitForWidgetStep(widget, 10);
  assert.match(await counterText(widget), /^Step 11 of \d+$/);
}

// Each front end: how it opens a notebook, and what its screenshot is called.
// Notebook 7.6 throws a TypeError of its own while loading settings, with or without any
// widget on the page; an error whose every frame is in its bundle is that one, and any
// other fails the test.
const frontEnds = [
  { name: "JupyterLab 4", frontEnd: "lab", path: "lab/tree/closures.ipynb", screenshot: "packaging-jupyterlab.png" },
  {
    name: "Notebook 7",
    frontEnd: "notebook",
    path: "notebooks/closures.ipynb",
    screenshot: "packaging-notebook7.png",
    ownBundle: "/static/notebook/notebook_core.",
  },
];

/** Whether an error's stack lies wholly inside the front end's own bundle. */
function thrownByFrontEnd(stack, ownBundle) {
  const frames = stack.split("\n").filter((line) => line.trim().startsWith("at ") && !line.includes("Promise.all"));
  return Boolean(ownBundle) && frames.length > 0 && frames.every((line) => line.includes(ownBundle));
}

async function runNotebookTest(context, { frontEnd, path, screenshot, ownBundle }) {
  await installWheel();
  const root = scratchDir("notebook");
  writeNotebook(root);
  const jupyter = await startJupyter(root, frontEnd);
  const page = await context.newPage();
  const pageErrors = [];
  const consoleLines = [];
  page.on("pageerror", (error) => {
    const stack = error.stack ?? error.message;
    if (!thrownByFrontEnd(stack, ownBundle)) pageErrors.push(stack);
  });
  page.on("console", (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  mkdirSync(artifactsDir, { recursive: true });
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${jupyter.url}${path}?token=${jupyter.token}`);
    await exerciseNotebook(page, jupyter);
    await page.screenshot({ path: join(artifactsDir, screenshot) });
    assert.deepEqual(pageErrors, [], pageErrors.join("\n"));
  } catch (error) {
    await page.screenshot({ path: join(artifactsDir, `failed-${screenshot}`) }).catch(() => {});
    error.message += `\n--- the page's console ---\n${consoleLines.join("\n").slice(-4000)}`;
    error.message += `\n--- Jupyter's log ---\n${jupyter.log.join("").slice(-4000)}`;
    throw error;
  } finally {
    await page.close();
    await jupyter.stop();
  }
}

export const tests = frontEnds.map((frontEnd) => ({
  name: `${frontEnd.name}: a %%cellscope cell draws, steps, and shares its step with the kernel both ways`,
  run: ({ context }) => runNotebookTest(context, frontEnd),
}));
