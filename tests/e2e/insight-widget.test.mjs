// Closure insight in the <cellscope-viz> widget: the engine's finding for the step shown is
// drawn on the shared cell, as in the playground.
import { join } from "node:path";
import { assert } from "./helpers.mjs";
import { waitForWidget, withDemo } from "./widget.test.mjs";

export const tests = [
  {
    name: "insight: the embed demo's late-binding widget marks the cell three lambdas share",
    needsSession: true,
    async run({ page, artifactsDir }) {
      await withDemo(page, async () => {
        await waitForWidget(page, "late-binding");
        const badge = page.locator("#late-binding [data-kind=cell] [data-kind=diagnostic]");
        await badge.waitFor();
        assert.match(await badge.textContent(), /3 functions share one cell i/);
        assert.match(await badge.getAttribute("aria-label"), /which now holds 2/);
        await page.locator("#late-binding").screenshot({ path: join(artifactsDir, "insight-widget-late-binding.png") });
      });
    },
  },
];
