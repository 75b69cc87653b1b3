/**
 * Test support for the dashboard reads: a temporary libSQL file filled through the real pipeline
 * (generated corpus documents + the bundled seed reports → parser → ingest), and raw-SQL helpers that
 * compute the same figures straight from report_facts as an independent check.
 */
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { generateCorpus } from "@/lib/corpus/generate";
import { loadDefaultDeps } from "@/lib/ingest/deps";
import { ingestPaths } from "@/lib/ingest/ingest";
import { freshDb, tempDir } from "@/test/helpers/ingest";

export async function dashboardTestDb(): Promise<{ client: Client; url: string }> {
  const dir = tempDir("nianbao-dashboard-");
  const corpus = join(dir, "corpus");
  await generateCorpus({ agencies: 40, out: corpus, seed: 11, fromYear: 2017, toYear: 2022, faultRate: 0.05 });
  const { client, url } = await freshDb(dir);
  const deps = await loadDefaultDeps();
  const summary = await ingestPaths([corpus, join(process.cwd(), "fixtures", "seeds")], {
    client,
    deps,
    workers: 0,
    demo: true,
  });
  if (summary.added < 100) throw new Error(`test corpus too small: ${JSON.stringify(summary.failures.slice(0, 3))}`);
  process.env.DATABASE_URL = url; // getDb() follows the URL
  return { client, url };
}

export async function rows<T>(client: Client, sql: string, args: (string | number)[] = []): Promise<T[]> {
  return (await client.execute({ sql, args })).rows as unknown as T[];
}
