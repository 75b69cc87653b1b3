/**
 * TARGET arguments of `npm run collect`: a column URL, or a CSV file of `agency,region_code,url` rows (a
 * header row is optional) whose agency and region override what the parser reads, like the ingest manifest.
 */
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { getRegion } from "@/lib/regions/divisions";

export interface CollectTarget {
  url: string;
  agency?: string;
  regionCode?: string;
}

const HTTP_URL = /^https?:\/\/[^\s]+$/i;

export function parseTargetsCsv(csv: string, name: string): CollectTarget[] {
  const rows = parse(csv, { skip_empty_lines: true, bom: true, trim: true, relax_column_count: true }) as string[][];
  const out: CollectTarget[] = [];
  for (const [i, row] of rows.entries()) {
    const [agency, regionCode, url] = [row[0] || undefined, row[1] || undefined, row[2] ?? ""];
    if (i === 0 && !HTTP_URL.test(url) && /url/i.test(url)) continue; // header
    const where = `${name} row ${i + 1}`;
    if (!HTTP_URL.test(url))
      throw new Error(`${where}: the third cell is not an http(s) address: "${url.slice(0, 80)}".`);
    if (regionCode !== undefined && !getRegion(regionCode)) {
      throw new Error(`${where}: region code "${regionCode}" is not in the 2023 division list.`);
    }
    out.push({ url, agency, regionCode });
  }
  return out;
}

export async function readTargets(args: string[]): Promise<CollectTarget[]> {
  const out: CollectTarget[] = [];
  for (const arg of args) {
    if (HTTP_URL.test(arg)) out.push({ url: arg });
    else {
      const csv = await readFile(arg, "utf8").catch(() => {
        throw new Error(`${arg} is neither an http(s) address nor a readable CSV file.`);
      });
      out.push(...parseTargetsCsv(csv, arg));
    }
  }
  return out;
}
