// A value the snapshot cut short can be expanded in the widget as in the playground: the
// diagram's "Show 50 more" button asks the widget's engine for the next items.
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
];
