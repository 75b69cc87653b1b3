/**
 * Collected files go through the same ingest as `npm run ingest` (ingestPaths: checks, supersede, findings,
 * failure records). Files that arrive while a batch is being written wait and go together in the next one,
 * so a fast site is ingested in batches and a slow one file by file, never two writers at once.
 */
import type { Client } from "@libsql/client";
import { ingestPaths } from "@/lib/ingest/ingest";
import type { IngestDeps, IngestSummary, ManifestEntry } from "@/lib/ingest/types";
import type { ReleaseRun } from "@/lib/releases/record";

export interface FileOutcome {
  ok: boolean;
  error?: string;
}

interface Pending {
  path: string;
  entry: ManifestEntry;
  resolve: (o: FileOutcome) => void;
  reject: (e: unknown) => void;
}

const MAX_BATCH = 250;

export class IngestQueue {
  private pending: Pending[] = [];
  private running: Promise<void> | null = null;
  readonly totals = { added: 0, updated: 0, unchanged: 0, failed: 0 };

  /**
   * `serialize` runs the batch in the collector's one write lane: libSQL waits for a busy database
   * synchronously, so two write transactions of one process must never overlap.
   */
  constructor(
    private readonly client: Client,
    private readonly serialize: <T>(fn: () => Promise<T>) => Promise<T>,
    private readonly deps?: IngestDeps,
    /** The collect run's one release, shared by all its batches. */
    private readonly release?: ReleaseRun,
  ) {}

  add(path: string, entry: ManifestEntry): Promise<FileOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.push({ path, entry, resolve, reject });
      this.running ??= this.drain().finally(() => (this.running = null));
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, MAX_BATCH);
      let summary: IngestSummary;
      try {
        const manifest = new Map(batch.map((p) => [p.path, p.entry]));
        summary = await this.serialize(() =>
          ingestPaths(
            batch.map((p) => p.path),
            { client: this.client, manifest, deps: this.deps, release: this.release },
          ),
        );
      } catch (e) {
        // The database cannot be written (IngestStopped): every waiting file fails the same way, and the run stops.
        for (const p of [...batch, ...this.pending.splice(0)]) p.reject(e);
        return;
      }
      for (const k of ["added", "updated", "unchanged", "failed"] as const) this.totals[k] += summary[k];
      const failures = new Map(summary.failures.map((f) => [f.file, f.error]));
      for (const p of batch)
        p.resolve(failures.has(p.path) ? { ok: false, error: failures.get(p.path) } : { ok: true });
    }
  }
}
