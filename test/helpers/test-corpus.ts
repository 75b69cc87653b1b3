/**
 * A small real corpus for the DB tests of the agency, report and quality reads: the seed reports, a written
 * report whose §四 totals are wrong (fixtures/findings: two R4 errors, in 淮安市), and variants of seed 002
 * (an earlier year with a gap after it, a corrected re-publication that supersedes the first) plus a file
 * that is not a report, all through the real ingest.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingestPaths } from "@/lib/ingest/ingest";
import { freshDb, tempDir } from "@/test/helpers/ingest";

export const OUHAI_NAME = "瓯海区人民政府办公室";

export async function loadTestCorpus(): Promise<{ url: string; dir: string }> {
  const dir = tempDir("nianbao-views-");
  const seeds = join(process.cwd(), "fixtures", "seeds");
  const files: string[] = [];
  for (const name of ["000_145dcace6dc924f1.txt", "001_2280456dce613c96.txt", "002_1011c9d1822b474b.txt"]) {
    copyFileSync(join(seeds, name), join(dir, name));
    files.push(join(dir, name));
  }
  const findings = "wrong-review-totals-2023.txt";
  copyFileSync(join(process.cwd(), "fixtures", "findings", findings), join(dir, findings));
  files.push(join(dir, findings));
  const ouhai = readFileSync(join(seeds, "002_1011c9d1822b474b.txt"), "utf8");
  const variants: Record<string, string> = {
    "ouhai-2021.txt": ouhai.replaceAll("2024", "2022").replaceAll("2023", "2021"),
    "ouhai-2023-corrected.txt": `${ouhai}\n本报告为更正版。\n`,
    "not-a-report.txt": "会议通知\n请各单位于周五前报送材料。\n",
  };
  for (const [name, text] of Object.entries(variants)) {
    writeFileSync(join(dir, name), text);
    files.push(join(dir, name));
  }
  const { client, url } = await freshDb(dir);
  await ingestPaths(files, { client, workers: 0 });
  client.close();
  return { url, dir };
}
