// The fixture page: the playground driven by recorded snapshots (www/fixtures/*.json)
// instead of the engine, so the drawing can be tested on its own.
import { startPlayground } from "./playground.js";
import { FakeEngine } from "./engine/fake-engine.js";
import { WorkerEngine } from "./engine/worker-engine.js";

const parameters = new URLSearchParams(location.search);
const name = parameters.get("fixture") ?? "counter";
// The name is resolved inside fixtures/, so ../dist/x reaches a generated benchmark fixture.
const response = await fetch(new URL(`${name}.json`, new URL("fixtures/", document.baseURI)));
const fixture = await response.json();
const createEngine = parameters.get("engine") === "mock"
  ? (onEvent) => new WorkerEngine(onEvent, { mock: true })
  : (onEvent) => new FakeEngine(onEvent, fixture);
await startPlayground(document.documentElement, { createEngine, initialText: fixture.source });
