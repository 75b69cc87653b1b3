/**
 * Writes a corpus to a folder: report documents under <province code>/ and truth.jsonl beside them.
 * Streams agency by agency, so memory stays flat whatever the corpus size.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { drawAgencies } from "./agencies";
import { agencyReports, type CorpusOptions } from "./agency-reports";

export interface GenerateOptions extends CorpusOptions {
  agencies: number;
  out: string;
  /** Called after each agency with the documents written so far. */
  onProgress?: (documents: number, agenciesDone: number) => void;
}

export interface GenerateSummary {
  documents: number;
  agencies: number;
  bytes: number;
  faulty: number;
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

/**
 * Keeps a bounded number of file writes in flight: creating files is the slowest part on most file
 * systems, and libuv's thread pool overlaps it with generating the next reports.
 */
class FileWriter {
  private pending = new Set<Promise<void>>();
  constructor(private limit = 32) {}
  async write(path: string, bytes: Buffer): Promise<void> {
    const p: Promise<void> = writeFile(path, bytes).then(() => {
      this.pending.delete(p);
    });
    this.pending.add(p);
    if (this.pending.size >= this.limit) await Promise.race(this.pending);
  }
  async drain(): Promise<void> {
    await Promise.all(this.pending);
  }
}

export async function generateCorpus(opts: GenerateOptions): Promise<GenerateSummary> {
  mkdirSync(opts.out, { recursive: true });
  const fd = openSync(join(opts.out, "truth.jsonl"), "w");
  const truth = new LineWriter(fd);
  const made = new Set<string>();
  const files = new FileWriter();
  const summary: GenerateSummary = { documents: 0, agencies: 0, bytes: 0, faulty: 0 };
  try {
    for (const agency of drawAgencies(opts.agencies, opts.seed)) {
      for (const { bytes, truth: record } of agencyReports(agency, opts)) {
        const path = join(opts.out, record.file);
        const dir = dirname(path);
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        await files.write(path, bytes);
        truth.write(JSON.stringify(record) + "\n");
        summary.documents++;
        summary.bytes += bytes.length;
        if (record.faults.some((f) => f.kind !== "wrong_template")) summary.faulty++;
      }
      summary.agencies++;
      opts.onProgress?.(summary.documents, summary.agencies);
    }
    truth.flush();
    await files.drain();
  } finally {
    closeSync(fd);
  }
  return summary;
}
