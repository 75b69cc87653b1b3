/**
 * The optional manifest CSV (`path,agency,region_code,year,url`): facts a collector knows better than the
 * parser can infer. `path` is relative to the manifest's own folder; empty cells override nothing.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import type { ManifestEntry } from "./types";

function clean(cell: string | undefined): string | undefined {
  const v = cell?.trim();
  return v ? v : undefined;
}

export function parseManifest(csv: string, baseDir: string): Map<string, ManifestEntry> {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Record<string, string>[];
  const out = new Map<string, ManifestEntry>();
  for (const [i, row] of rows.entries()) {
    const path = clean(row.path);
    if (!path) throw new Error(`Manifest row ${i + 2} has no path.`);
    const yearText = clean(row.year);
    const year = yearText === undefined ? undefined : Number(yearText);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) {
      throw new Error(`Manifest row ${i + 2} has an invalid year "${yearText}".`);
    }
    const regionCode = clean(row.region_code);
    if (regionCode !== undefined && !/^\d{2}(\d{2}(\d{2}(\d{3})?)?)?$/.test(regionCode)) {
      throw new Error(`Manifest row ${i + 2} has an invalid region code "${regionCode}".`);
    }
    out.set(resolve(baseDir, path), { agency: clean(row.agency), regionCode, year, url: clean(row.url) });
  }
  return out;
}

export async function readManifest(file: string): Promise<Map<string, ManifestEntry>> {
  return parseManifest(await readFile(file, "utf8"), dirname(resolve(file)));
}
