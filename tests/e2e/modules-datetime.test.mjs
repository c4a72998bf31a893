// datetime in the page: the worker fetches datetime.py and the files it imports from
// modules/, the program prints what python3 prints, today() reads the page's clock (not the
// epoch), and no frame of the library is drawn.
import { assert, openAndWaitForDiagram, waitForReady, waitForStep } from "./helpers.mjs";

const program = `from datetime import date, datetime, timedelta
start = date(2024, 2, 28)
later = start + timedelta(days=2)
print(later, later.strftime("%A %d %B"), repr(datetime(2024, 3, 1, 9, 30)))
print(datetime.strptime("2024-03-01 09:30", "%Y-%m-%d %H:%M") - datetime(2024, 2, 29))
print(date.today().year >= 2024)
`;
const expected = "2024-03-01 Friday 01 March datetime.datetime(2024, 3, 1, 9, 30)\n1 day, 9:30:00\nTrue\n";

export const tests = [
  {
    name: "a program importing datetime runs in the page as in python3, with the page's clock and none of the library's frames",
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
      const parts = ["calendar", "date", "datetime", "iso", "local", "strftime", "strptime", "strptime_fields",
        "time", "timedelta", "timetuple", "timezone"].map((part) => `_datetime_${part}`);
      assert.deepEqual([...new Set(fetched)].sort(), [...parts, "datetime"].sort(), "those files and no others");
      const frames = await page.locator("[data-part=diagram] [data-kind=frame]").count();
      assert.equal(frames, 1, "only the program's global frame is drawn");
    },
  },
];
