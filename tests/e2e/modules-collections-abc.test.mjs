// collections.abc and traceback in the page: the worker fetches collections.abc.py (a module
// with a dot in its name), the files it imports and traceback.py from modules/, and the
// program prints what python3 prints, with none of the library's frames drawn.
import { assert, openAndWaitForDiagram, waitForReady, waitForStep } from "./helpers.mjs";

const program = `from collections.abc import Mapping, Iterable
import traceback

class Settings(Mapping):
    def __init__(self, **values):
        self._values = values
    def __getitem__(self, key):
        return self._values[key]
    def __iter__(self):
        return iter(self._values)
    def __len__(self):
        return len(self._values)

s = Settings(port=80)
print(isinstance(s, Iterable), s.get("port"), list(s.items()))
try:
    s["host"]
except KeyError:
    print(traceback.format_exc().splitlines()[-1])
`;
const expected = "True 80 [('port', 80)]\nKeyError: 'host'\n";

export const tests = [
  {
    name: "a program subclassing collections.abc.Mapping and calling traceback.format_exc runs in the page as in python3",
    needsSession: true,
    async run({ page, url }) {
      const fetched = [];
      page.on("request", (request) => {
        const match = /\/modules\/([\w.]+)\.py$/.exec(request.url());
        if (match) fetched.push(match[1]);
      });
      await openAndWaitForDiagram(page, url, `?code=${encodeURIComponent(program)}`);
      await waitForReady(page);
      await page.locator("[data-part=diagram]").click({ position: { x: 2, y: 2 } });
      await page.keyboard.press("End");
      const last = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max));
      await waitForStep(page, last);
      assert.equal(await page.locator("[data-part=output] .stdout").textContent(), expected);
      const wanted = ["abc", "collections", "collections.abc", "_collections_abc_basics", "_collections_abc_mappings",
        "_collections_abc_sequences", "_collections_abc_sets", "_collections_deque", "_collections_ordereddict",
        "traceback"];
      assert.deepEqual([...new Set(fetched)].sort(), wanted.sort(), "those files and no others");
      const frames = await page.locator("[data-part=diagram] [data-kind=frame]").count();
      assert.equal(frames, 1, "only the program's global frame is drawn");
    },
  },
];
