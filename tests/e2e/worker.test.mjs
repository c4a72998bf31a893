// The worker protocol, driven through the fixture page against a stand-in engine.
import { flowTests } from "./flows.mjs";

export const tests = flowTests({ path: "fixture.html?engine=mock" });
