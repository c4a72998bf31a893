// The playground's entry point: the real engine, in a Web Worker. The worker starts, and the
// page compiles the engine's wasm, before the editor and the rest of the page are loaded, so
// the three downloads and the two compilations overlap.
import { WorkerEngine } from "./engine/worker-engine.js";

const engine = new WorkerEngine();

const initialText = `def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc

tick = counter()
tick()
print(tick())
`;

const { startPlayground } = await import("./playground.js");
startPlayground(document.documentElement, { createEngine: (onEvent) => engine.listen(onEvent), initialText });
