// A value the snapshot cut short can be expanded in the widget as in the playground: the
// diagram's "Show 50 more" button asks the widget's engine for the next items, and a long
// str's "Show the text" for its next thousand characters, in a box that scrolls.
import { assert } from "./helpers.mjs";
import { waitForWidget, withDemo } from "./widget.test.mjs";

const PROGRAM = "numbers = list(range(1000))\nprint(len(numbers))\n";

export const tests = [
  {
    name: "a thousand-item list in a widget says what is left out and expands fifty at a time",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async () => {
        await page.evaluate((source) => {
          const widget = document.createElement("cellscope-viz");
          widget.id = "long-list";
          widget.setAttribute("step", "3");
          widget.textContent = source;
          document.querySelector("main").prepend(widget);
        }, PROGRAM);
        await waitForWidget(page, "long-list");
        const list = page.locator("#long-list [data-part=diagram] [data-kind=list]");
        await list.locator(".item").nth(49).waitFor();
        assert.equal(await list.locator(".item").count(), 50);
        assert.match(await list.locator("[data-kind=omitted]").textContent(), /… 950 more/);
        await list.getByRole("button", { name: /Show 50 more/ }).click();
        await list.locator(".item").nth(99).waitFor();
        assert.equal(await list.locator(".item").count(), 100);
        assert.match(await list.locator("[data-kind=omitted]").textContent(), /… 900 more/);
        assert.equal(await list.locator(".item:last-child .item-index").textContent(), "99");
        // The fetched items are kept while the list is unchanged: stepping back to the
        // step that printed its length and forward again shows all hundred.
        const widget = page.locator("#long-list");
        await widget.evaluate((element) => element.goto(2));
        await widget.evaluate((element) => element.goto(3));
        await list.locator(".item").nth(99).waitFor();
        assert.equal(await list.locator(".item").count(), 100);
      });
    },
  },
  {
    name: "a 5,000-character str in a widget is read on a thousand characters at a time, and the page does not grow",
    needsSession: true,
    async run({ page }) {
      await withDemo(page, async () => {
        await page.evaluate(() => {
          const widget = document.createElement("cellscope-viz");
          widget.id = "long-str";
          widget.setAttribute("step", "2");
          widget.textContent = "text = 'ab' * 2499 + 'Z!'\nprint(len(text))\n";
          document.querySelector("main").prepend(widget);
        });
        await waitForWidget(page, "long-str");
        const diagram = page.locator("#long-str [data-part=diagram]");
        const cut = diagram.locator(".prim-bounded[data-str]");
        await cut.waitFor();
        assert.match(await cut.locator("[data-kind=omitted]").textContent(), /… 4,9\d\d more characters/);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await cut.getByRole("button", { name: /Show 1000 more characters/ }).click();
        const text = diagram.locator("[data-kind=str-text]");
        await text.waitFor();
        assert.equal((await text.textContent()).length, 1000);
        assert.match(await cut.locator("[data-kind=omitted]").textContent(), /… 4,000 more characters/);
        for (let fetched = 2000; fetched <= 5000; fetched += 1000) {
          await cut.locator("[data-kind=expand-str]").click();
          // The widget draws in its shadow root, which the locator reaches.
          while ((await text.textContent()).length !== fetched) await page.waitForTimeout(20);
        }
        assert.ok((await text.textContent()).endsWith("abZ!"));
        assert.equal(await cut.locator("[data-kind=expand-str]").count(), 0);
        // The whole text scrolls inside its box: the page is no taller than a few lines more.
        const grown = (await page.evaluate(() => document.documentElement.scrollHeight)) - height;
        assert.ok(grown < 200, `the page grew by ${grown} px`);
      });
    },
  },
];
