// Code that exec runs has lines of its own: while one of them runs, the editor marks no
// line (its line 1 is not the program's line 1) and the page says which line of <string>
// runs; back in the program, the editor's line is marked again.
import { assert, waitForReady, waitForStep } from "./helpers.mjs";
import { sizes } from "./playground-layout.test.mjs";

const program = 'x = 1\nexec("a = 2\\nb = 3")\nprint(x)\n';
const elsewhere = (page) => page.locator("[data-part=code-elsewhere]");

export const tests = [
  {
    name: "A line of exec'd code marks no editor line and is named as a line of <string>",
    needsSession: true,
    async run({ page, url }) {
      await page.setViewportSize(sizes.laptop);
      // Step 4 is line 1 of the string: after line 1, line 2 and the call of its code.
      await page.goto(`${url}?code=${encodeURIComponent(program)}&step=4`);
      await waitForReady(page);
      await waitForStep(page, 3);
      assert.equal(await page.locator(".cm-line.line-next").count(), 0, "no editor line is marked");
      assert.equal(await elsewhere(page).isVisible(), true);
      assert.match(await elsewhere(page).textContent(), /^Line 1 of <string>: code given to exec or eval/);
      await page.locator("[data-control=forward]").click();
      await waitForStep(page, 4);
      assert.equal(await page.locator(".cm-line.line-next, .cm-line.line-prev").count(), 0);
      assert.match(await elsewhere(page).textContent(), /^Line 2 of <string>/);
      // The return of exec's code, then line 3 of the program.
      await page.locator("[data-control=forward]").click();
      await page.locator("[data-control=forward]").click();
      await waitForStep(page, 6);
      assert.equal(await elsewhere(page).isVisible(), false, "back in the program");
      assert.match(await page.locator(".cm-line.line-next").textContent(), /^print\(x\)/);
      assert.equal(await page.locator(".cm-line.line-prev").count(), 0, "the line before was not the editor's");
    },
  },
];
