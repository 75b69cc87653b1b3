/**
 * Ingest batches of generated reports: agencies of the drawn list within the given index ranges, all their
 * years, cut at agency boundaries (an agency's years share a batch, so its R5 chain is checked in memory).
 */
import { drawAgencies } from "@/lib/corpus/agencies";
import { loadDefaultDeps } from "@/lib/ingest/deps";
import { prepareItem } from "@/lib/ingest/prepare";
import type { BatchEntry } from "@/lib/ingest/write";
import { agencyParses, type YearsOptions } from "./reports";

export interface BatchJob extends YearsOptions {
  agencies: number;
  /** Half-open [first, end) index ranges of the drawn list; end null = to the end. */
  ranges: [number, number | null][];
  batchSize: number;
  /** Afterwards, these years for every agency of the list (reaching 1,000,000 reports needs more years than
   * the ~72,000 distinct agencies the division list yields × 10). */
  thenYears?: [number, number];
}

/** "0-15200,25000-" → [[0, 15200], [25000, null]] */
export function parseRanges(text: string): [number, number | null][] {
  return text.split(",").map((part) => {
    const [a, b] = part.split("-");
    return [Number(a), b ? Number(b) : null];
  });
}

export async function* generateBatches(job: BatchJob): AsyncGenerator<BatchEntry[]> {
  const deps = await loadDefaultDeps();
  const all = drawAgencies(job.agencies, job.seed);
  let batch: BatchEntry[] = [];
  const passes: { opts: YearsOptions; ranges: [number, number | null][] }[] = [{ opts: job, ranges: job.ranges }];
  if (job.thenYears)
    passes.push({ opts: { ...job, fromYear: job.thenYears[0], toYear: job.thenYears[1] }, ranges: [[0, null]] });
  for (const { opts, ranges } of passes)
    for (const [first, end] of ranges) {
      for (const agency of all.slice(first, end ?? all.length)) {
        for (const g of agencyParses(agency, opts)) {
          const file = { path: g.file, bytes: new Uint8Array(), sha256: g.sha256 };
          batch.push({ item: prepareItem(file, { value: g.report, issues: [] }, undefined, deps) });
        }
        if (batch.length >= job.batchSize) {
          yield batch;
          batch = [];
        }
      }
    }
  if (batch.length > 0) yield batch;
}
