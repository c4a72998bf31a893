// The debugger on the real engine: breakpoints, continue and reverse continue, stepping out,
// run to cursor, the keys, and the call-stack panel.
import { assert, press, typeProgram, waitForReady, waitForStep } from "./helpers.mjs";

// Steps of this program, as the engine records them: 5 is the first stop on line 2 (k = 0),
// 11 the second (k = 1), 7 the return from the first call, 21 the print on line 8.
const program = `def square(n):
    result = n * n
    return result

total = 0
for k in range(3):
    total += square(k)
print(total)
`;

const shown = (page) => page.evaluate(() => {
  const { shownStep, shownLine } = document.documentElement.dataset;
  return { step: Number(shownStep), line: Number(shownLine) };
});

async function expectAt(page, step, line) {
  await waitForStep(page, step);
  assert.deepEqual(await shown(page), { step, line });
}

async function openProgram(page, url) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await waitForReady(page);
  await typeProgram(page, program);
  const run = await page.evaluate(() => document.documentElement.dataset.run);
  await press(page, "Visualize");
  await page.waitForFunction((previous) => document.documentElement.dataset.run !== previous, run);
  await waitForReady(page);
  await waitForStep(page, 0);
  await press(page, "Debugger");
}

async function setBreakpoint(page, line) {
  await page.locator(".cm-line").nth(line - 1).click();
  await page.keyboard.press("F9");
}

export const tests = [
  {
    name: "debugger: continue to a breakpoint, reverse continue to the previous hit, step out",
    needsSession: true,
    async run({ page, url }) {
      await openProgram(page, url);
      await setBreakpoint(page, 2);
      await press(page, "Continue");
      await expectAt(page, 5, 2);
      await press(page, "Continue");
      await expectAt(page, 11, 2);
      await press(page, "Reverse continue");
      await expectAt(page, 5, 2);
      await press(page, "Step out");
      await expectAt(page, 7, 3);
      await press(page, "Step back out");
      await expectAt(page, 4, 1);
    },
  },
  {
    name: "debugger: keys F5, Alt+F5, F10 and F11 follow the help line's scheme",
    needsSession: true,
    async run({ page, url }) {
      await openProgram(page, url);
      assert.match(await page.locator("[data-part=debugger-help]").textContent(), /F5 continue.*F10 step over.*F11 step into.*Alt to go backward/);
      await setBreakpoint(page, 2);
      await page.keyboard.press("F5");
      await expectAt(page, 5, 2);
      await page.keyboard.press("F5");
      await expectAt(page, 11, 2);
      await page.keyboard.press("Alt+F5");
      await expectAt(page, 5, 2);
      await page.keyboard.press("F10");
      await expectAt(page, 6, 3);
      await page.keyboard.press("Alt+F10");
      await expectAt(page, 5, 2);
      await page.keyboard.press("Shift+F11");
      await expectAt(page, 7, 3);
    },
  },
  {
    name: "debugger: run to cursor, by button and by Ctrl+F10",
    needsSession: true,
    async run({ page, url }) {
      await openProgram(page, url);
      await page.locator(".cm-line").nth(7).click();
      await press(page, "Run to cursor");
      await expectAt(page, 21, 8);
      await press(page, "First");
      await waitForStep(page, 0);
      await page.locator(".cm-line").nth(1).click();
      await page.keyboard.press("Control+F10");
      await expectAt(page, 5, 2);
    },
  },
  {
    name: "debugger: clicking a frame in the call stack shows its variables and its line",
    needsSession: true,
    async run({ page, url }) {
      await openProgram(page, url);
      await setBreakpoint(page, 2);
      await press(page, "Continue");
      await press(page, "Continue");
      await expectAt(page, 11, 2);
      const stack = page.locator("[data-part=call-stack] [data-kind=stack-frame]");
      const titles = await stack.allTextContents();
      assert.equal(titles.length, 2);
      assert.match(titles[0], /^square call \d+ · line 2$/);
      assert.equal(titles[1], "Global frame · line 7");
      assert.equal(await stack.first().getAttribute("aria-current"), "step");
      await stack.nth(1).click();
      assert.equal(await stack.nth(1).getAttribute("aria-pressed"), "true");
      const variables = page.locator("[data-part=frame-variables]");
      assert.match(await variables.textContent(), /Variables of Global frame/);
      assert.match(await variables.textContent(), /total\s*0/);
      assert.match(await variables.textContent(), /k\s*1/);
      assert.equal(await page.locator("[data-part=diagram] [data-kind=frame][data-id=f0]").evaluate((box) => box.classList.contains("frame-selected")), true);
      assert.equal(await page.locator(".cm-line.line-frame").textContent(), "    total += square(k)");
      // The step itself did not move.
      assert.deepEqual(await shown(page), { step: 11, line: 2 });
      // The panel is reachable from the keyboard: Enter on a focused frame picks it.
      await stack.first().focus();
      await page.keyboard.press("Enter");
      assert.equal(await stack.first().getAttribute("aria-pressed"), "true");
      assert.match(await variables.textContent(), /Variables of square call \d+/);
    },
  },
  {
    name: "debugger: every command button has an accessible name",
    async run({ page, url }) {
      await page.goto(url);
      await press(page, "Debugger");
      const names = ["Continue", "Reverse continue", "Step into", "Step back into", "Step over", "Step back over", "Step out", "Step back out", "Run to cursor", "Backward"];
      for (const name of names) assert.equal(await page.getByRole("button", { name, exact: true }).count(), 1, name);
    },
  },
];
