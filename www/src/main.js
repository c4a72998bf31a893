// The playground's entry point: the real engine, in a Web Worker.
import { startPlayground } from "./playground.js";
import { WorkerEngine } from "./engine/worker-engine.js";

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

startPlayground(document.documentElement, { createEngine: (onEvent) => new WorkerEngine(onEvent), initialText });
