/**
 * Worker thread body: parses files sent by ParsePool with the real parser (or the module named in
 * workerData.depsModule, which must export `loadDefaultDeps`) and posts the prepared items back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { parseFile } from "./parse-file";
import type { ParseRequest } from "./parse-pool";
import type { IngestDeps } from "./types";

const mod = (await import(workerData.depsModule as string)) as { loadDefaultDeps(): Promise<IngestDeps> };
const deps = await mod.loadDefaultDeps();

parentPort!.on("message", async (req: ParseRequest) => {
  const item = await parseFile(req.file, req.entry, deps);
  parentPort!.postMessage({ id: req.id, item });
});
