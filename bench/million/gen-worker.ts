/**
 * Generator thread: prepares the next batch while the main thread writes the current one. Answers each
 * "next" message with one batch (or `done`), keeping one batch ready ahead.
 */
import { parentPort, workerData } from "node:worker_threads";
import { generateBatches, type BatchJob } from "./batches";

const batches = generateBatches(workerData as BatchJob);
let ahead = batches.next();
parentPort?.on("message", async () => {
  const r = await ahead;
  if (r.done) {
    parentPort?.postMessage({ done: true });
    return;
  }
  ahead = batches.next();
  parentPort?.postMessage({ done: false, batch: r.value });
});
