// The Unicode name table in the page: the worker fetches modules/unicode_names.txt only for a
// program that needs it (a \N{...} escape, unicodedata, or a name that is not ASCII, which is
// read in NFKC), and such a program then prints
// what python3 prints; a program that needs no names never downloads the table.
import { assert, openAndWaitForDiagram, waitForReady, waitForStep } from "./helpers.mjs";

const snowman = `x = "\\N{SNOWMAN}"
print(x, f"\\N{BULLET} {len(x)}")
`;
const unicodedata = `import unicodedata
print(unicodedata.name("\\u2603"), unicodedata.lookup("black star"))
`;
const plain = `print("no names here")
`;
// PEP 3131: ﬁ is read as fi, which the parser works out from the table.
const compatibilityNames = `ﬁ = 3
print(fi, "café")
`;

/** Runs `program` in a fresh playground to its last step: its stdout, and how many requests
 * asked for the name table meanwhile. */
async function runCountingTableRequests(page, url, program) {
  const requests = [];
  const onRequest = (request) => {
    if (/\/modules\/unicode_names\.txt$/.test(request.url())) requests.push(request.url());
  };
  page.on("request", onRequest);
  try {
    await openAndWaitForDiagram(page, url, `?code=${encodeURIComponent(program)}`);
    await waitForReady(page);
    await page.locator("[data-part=diagram]").click({ position: { x: 2, y: 2 } });
    await page.keyboard.press("End");
    const last = await page.locator("[data-control=slider]").evaluate((slider) => Number(slider.max));
    await waitForStep(page, last);
    const stdout = await page.locator("[data-part=output] .stdout").textContent();
    return { stdout, requests: requests.length };
  } finally {
    page.off("request", onRequest);
  }
}

export const tests = [
  {
    name: "a program printing \\N{SNOWMAN} shows ☃, fetching the name table once; one without names fetches nothing",
    needsSession: true,
    async run({ page, url }) {
      const first = await runCountingTableRequests(page, url, plain);
      assert.equal(first.stdout, "no names here\n");
      assert.equal(first.requests, 0, "a program without \\N{...} or unicodedata never asks for the table");
      const named = await runCountingTableRequests(page, url, snowman);
      assert.equal(named.stdout, "\u2603 \u2022 1\n");
      assert.equal(named.requests, 1, "the table is fetched once, for the program that needs it");
    },
  },
  {
    name: "a program importing unicodedata gets the table and answers as python3",
    needsSession: true,
    async run({ page, url }) {
      const run = await runCountingTableRequests(page, url, unicodedata);
      assert.equal(run.stdout, "SNOWMAN \u2605\n");
      assert.equal(run.requests, 1);
    },
  },
  {
    name: "a name written with a compatibility character is the same name, NFKC-normalised with the table",
    needsSession: true,
    async run({ page, url }) {
      const run = await runCountingTableRequests(page, url, compatibilityNames);
      assert.equal(run.stdout, "3 café\n");
      assert.equal(run.requests, 1);
    },
  },
];
