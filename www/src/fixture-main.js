// The fixture page: the playground driven by recorded snapshots (www/fixtures/*.json)
// instead of the engine, so the drawing can be tested on its own.
import { startPlayground } from "./playground.js";
import { FakeEngine } from "./engine/fake-engine.js";

const name = new URLSearchParams(location.search).get("fixture") ?? "counter";
// The name is resolved inside fixtures/, so ../dist/x reaches a generated benchmark fixture.
const response = await fetch(new URL(`${name}.json`, new URL("fixtures/", document.baseURI)));
const fixture = await response.json();
await startPlayground(document.documentElement, { createEngine: (onEvent) => new FakeEngine(onEvent, fixture), initialText: fixture.source });
