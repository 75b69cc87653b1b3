/**
 * The optional manifest CSV (`path,agency,region_code,year,url`): facts a collector knows better than the
 * parser can infer. `path` is relative to the manifest's own folder; empty cells override nothing.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { getRegion } from "@/lib/regions/divisions";
import type { ManifestEntry } from "./types";

function clean(cell: string | undefined): string | undefined {
  const v = cell?.trim();
  return v ? v : undefined;
}

export function parseManifest(csv: string, baseDir: string): Map<string, ManifestEntry> {
  // relax_column_count: a row may leave out its trailing empty cells (`a.txt,某局` without `,,`).
  const rows = parse(csv, {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    trim: true,
    relax_column_count: true,
  }) as Record<string, string>[];
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
    if (regionCode !== undefined && !getRegion(regionCode)) {
      throw new Error(`Manifest row ${i + 2} has region code "${regionCode}", which is not in the 2023 division list.`);
    }
    const url = clean(row.url);
    if (url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) {
      throw new Error(`Manifest row ${i + 2} has a url that is not http(s): "${url.slice(0, 80)}".`);
    }
    out.set(resolve(baseDir, path), { agency: clean(row.agency), regionCode, year, url });
  }
  return out;
}

export async function readManifest(file: string): Promise<Map<string, ManifestEntry>> {
  return parseManifest(await readFile(file, "utf8"), dirname(resolve(file)));
}
