// What a page downloads to run a widget (element script, worker, wasm, stylesheet, gzip -9)
// may not creep up unnoticed. The limit is the size reached plus under 1%: 519,469 bytes once
// the Unicode tables were packed and wasm-opt dropped its metadata sections, then 541,380 with
// name lookups, paged containers, datetime's clock and the past-tense narration, then 547,396
// with a generator's one frame, unwound frames' labels, the scope table at a step and the
// long str read on in the diagram (+6.0 KB), then 571,388 with match statements (+17.1 KB:
// the pattern parser, compiler and five VM instructions), the exact write index and shared page
// groups (+2.4 KB), printf formatting, __index__, keyword merging, source encodings and the
// collector inside native calls (+4.5 KB), and 572,770 with the library modules' parse cache
// (+1.4 KB), then 583,163 with int.to_bytes/from_bytes, container dunders for super(),
// sys.exc_info, native class methods, complex format specs and correctly rounded int division
// (+7.6 KB together), then 600,992 (from 583,298) with traceback objects, with_traceback and
// the traceback module's native half, exit and quit, metaclass __instancecheck__/
// __subclasscheck__ and __class_getitem__, the collection flags match reads (+6.1 KB), exec,
// eval and compile (their frames, compile modes, SyntaxError objects, their globals' builtins
// and the file of a step: +8.7 KB), and the pictures that draw the steps of Python code native
// code calls back, then 618,270 with strs that grow in a shared buffer
// (+1.4 KB), and coroutines (async def, await, async for and with: their grammar, checks and
// VM), ranges past 64 bits, bytes %-formatting, __format__ methods, __getattribute__ and the
// dir() tables of the built-in types (+15.9 KB together), then 626,694 with \N{...} escapes
// and unicodedata (+7.9 KB: the escape decoder, the module and the reader of the Unicode
// table; the table itself, 116 KB gzipped, is fetched only by a program that needs it), then
// 632,292 with the parser's out-of-line rule continuations that let brackets nest 200 deep,
// dir() of user classes (+0.9 KB), and async generators (+4.7 KB: their awaitables, methods,
// hooks and the narration of their pauses), then 651,333 with attribute reads in the step's
// accesses and class-body writes found by "when was this set?" (+1.5 KB with the diagram's
// changes), Unicode normalization and NFKC identifiers (+2.9 KB; its data is in the table
// fetched on demand), except* and exception groups (+9.1 KB: their grammar, two VM
// instructions, the group methods and the boxed traceback) and __slots__ (+5.5 KB: member
// descriptors, layouts and their errors). A change that needs more raises it here, on
// purpose.
// `python3 scripts/wasm_sizes.py` says where the
// engine's bytes go.
import { assert } from "./helpers.mjs";
import { buildWidget, widgetSizes } from "../../scripts/build-widget.mjs";

const WIDGET_GZIP_LIMIT = 656_000;

export const tests = [
  {
    name: "the widget's download, wasm and scripts gzipped together, stays under its limit",
    async run() {
      await buildWidget();
      const sizes = widgetSizes();
      const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
      const parts = sizes.map(({ name, gzip }) => `${name} ${gzip} B`).join(", ");
      assert.ok(total <= WIDGET_GZIP_LIMIT, `the widget downloads ${total} B gzipped (${parts}), over the ${WIDGET_GZIP_LIMIT} B limit`);
    },
  },
];
