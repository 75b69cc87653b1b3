/**
 * Writes a corpus to a folder: report documents under <province code>/ and truth.jsonl beside them.
 * Streams agency by agency, so memory stays flat whatever the corpus size. With `jobs` > 1 worker
 * threads take contiguous ranges of agencies and their truth parts are joined in agency order, so
 * the output is byte-identical for any number of jobs.
 */
import {
  closeSync,
  createReadStream,
  createWriteStream,
  mkdirSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { Worker } from "node:worker_threads";
import { drawAgencies } from "./agencies";
import { agencyReports, type CorpusOptions } from "./agency-reports";

export interface GenerateOptions extends CorpusOptions {
  agencies: number;
  out: string;
  /** Worker threads (default 1: on the calling thread). */
  jobs?: number;
  /** Called after each agency with the documents written so far. */
  onProgress?: (documents: number, agenciesDone: number) => void;
}

export interface GenerateSummary {
  documents: number;
  agencies: number;
  bytes: number;
  faulty: number;
}

/** What one thread generates: agencies [start, end) of the corpus, truth lines into `truthPath`. */
export interface RangeJob extends CorpusOptions {
  agencies: number;
  out: string;
  start: number;
  end: number;
  truthPath: string;
}

/** Buffers truth lines and flushes them in chunks (one write per ~1 MB). */
class LineWriter {
  private chunks: string[] = [];
  private size = 0;
  constructor(private fd: number) {}
  write(line: string): void {
    this.chunks.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.chunks.length) writeSync(this.fd, this.chunks.join(""));
    this.chunks = [];
    this.size = 0;
  }
}

export function writeRange(
  job: RangeJob,
  onProgress?: (documents: number, agenciesDone: number) => void,
): GenerateSummary {
  const fd = openSync(job.truthPath, "w");
  const truth = new LineWriter(fd);
  const made = new Set<string>();
  const summary: GenerateSummary = { documents: 0, agencies: 0, bytes: 0, faulty: 0 };
  try {
    for (const agency of drawAgencies(job.agencies, job.seed).slice(job.start, job.end)) {
      for (const { bytes, truth: record } of agencyReports(agency, job)) {
        const path = join(job.out, record.file);
        const dir = dirname(path);
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        // Synchronous on purpose: measured here, async writes cost ~30% more CPU for no gain once
        // --jobs spreads generation over the cores.
        writeFileSync(path, bytes);
        truth.write(`${JSON.stringify(record)}\n`);
        summary.documents++;
        summary.bytes += bytes.length;
        if (record.faults.some((f) => f.kind !== "wrong_template")) summary.faulty++;
      }
      summary.agencies++;
      onProgress?.(summary.documents, summary.agencies);
    }
    truth.flush();
  } finally {
    closeSync(fd);
  }
  return summary;
}

function runWorker(job: RangeJob, onProgress: (documents: number, agencies: number) => void): Promise<GenerateSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url), { workerData: job });
    worker.on("message", (m: { documents: number; agencies: number; summary?: GenerateSummary }) => {
      if (m.summary) resolve(m.summary);
      else onProgress(m.documents, m.agencies);
    });
    worker.on("error", reject);
    worker.on("exit", (code) => code !== 0 && reject(new Error(`corpus worker exited with code ${code}`)));
  });
}

async function generateInWorkers(opts: GenerateOptions, jobs: number): Promise<GenerateSummary> {
  const { onProgress, jobs: _jobs, ...base } = opts;
  const per = Math.ceil(opts.agencies / jobs);
  const ranges = Array.from({ length: jobs }, (_, k) => ({
    start: k * per,
    end: Math.min(opts.agencies, (k + 1) * per),
  }));
  const progress = ranges.map(() => ({ documents: 0, agencies: 0 }));
  const report = () =>
    onProgress?.(
      progress.reduce((s, p) => s + p.documents, 0),
      progress.reduce((s, p) => s + p.agencies, 0),
    );
  const parts = ranges.map((_, k) => join(opts.out, `truth.part-${k}.jsonl`));
  const summaries = await Promise.all(
    ranges.map((r, k) =>
      runWorker({ ...base, ...r, truthPath: parts[k] }, (documents, agencies) => {
        progress[k] = { documents, agencies };
        report();
      }),
    ),
  );
  const out = createWriteStream(join(opts.out, "truth.jsonl"));
  for (const part of parts) await pipeline(createReadStream(part), out, { end: false });
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  for (const part of parts) rmSync(part);
  return summaries.reduce((a, s) => ({
    documents: a.documents + s.documents,
    agencies: a.agencies + s.agencies,
    bytes: a.bytes + s.bytes,
    faulty: a.faulty + s.faulty,
  }));
}

export async function generateCorpus(opts: GenerateOptions): Promise<GenerateSummary> {
  mkdirSync(opts.out, { recursive: true });
  const jobs = Math.max(1, Math.min(opts.jobs ?? 1, opts.agencies));
  if (jobs > 1) return generateInWorkers(opts, jobs);
  const { onProgress, jobs: _jobs, ...base } = opts;
  return writeRange({ ...base, start: 0, end: opts.agencies, truthPath: join(opts.out, "truth.jsonl") }, onProgress);
}
