/**
 * Parses files on worker threads so parsing overlaps the main thread's database writes (the libSQL driver
 * works synchronously on the calling thread). With 2 cores: one worker parses batch n+1 while the main
 * thread writes batch n.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Item, SourceFile } from "./prepare";
import type { ManifestEntry } from "./types";

export interface ParseRequest {
  id: number;
  file: SourceFile;
  entry?: ManifestEntry;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, (item: Item) => void>;
  dead: boolean;
}

const DEFAULT_DEPS_MODULE = fileURLToPath(new URL("./deps.ts", import.meta.url));

/** One worker per core (the writer mostly waits on them: parsing costs ~2.5× what writing does), at most four. */
export function defaultWorkerCount(): number {
  return Math.min(4, Math.max(1, availableParallelism()));
}

function workerFailure(why: string): Item {
  return {
    ok: false,
    file: "",
    sha256: "",
    error: `The parser worker stopped (${why}).`,
    errorZh: "解析进程意外退出,该文件未能读取。",
    rawText: "",
  };
}

export class ParsePool {
  private readonly slots: Slot[] = [];
  private nextId = 1;

  constructor(size: number, depsModule = DEFAULT_DEPS_MODULE) {
    const entry = new URL("./parse-worker-entry.mjs", import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry, { workerData: { depsModule } });
      const slot: Slot = { worker, inFlight: new Map(), dead: false };
      worker.on("message", (m: { id: number; item: Item }) => {
        slot.inFlight.get(m.id)?.(m.item);
        slot.inFlight.delete(m.id);
      });
      worker.on("error", (e) => this.failAll(slot, e.message));
      worker.on("exit", (code) => this.failAll(slot, `exit code ${code}`));
      this.slots.push(slot);
    }
  }

  /** A worker that dies fails its files (recorded, the batch goes on) rather than hanging the run. */
  private failAll(slot: Slot, why: string): void {
    slot.dead = true;
    for (const [, resolve] of slot.inFlight) resolve(workerFailure(why));
    slot.inFlight.clear();
  }

  parse(file: SourceFile, entry?: ManifestEntry): Promise<Item> {
    const live = this.slots.filter((s) => !s.dead);
    const withFile = (item: Item): Item => (item.file ? item : { ...item, file: file.path, sha256: file.sha256 });
    if (live.length === 0) return Promise.resolve(withFile(workerFailure("no parser worker is running")));
    const slot = live.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.inFlight.set(id, (item) => resolve(withFile(item)));
      // The bytes are not needed here any more: move them instead of copying.
      slot.worker.postMessage({ id, file, entry } satisfies ParseRequest, [file.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    for (const s of this.slots) s.dead = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
