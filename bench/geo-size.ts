/**
 * The Overview map's boundary files per level, as the browser fetches them (one file per level, after the page):
 * bytes on disk and gzip (zlib level 6, what a typical server sends) — the nation, a province, a city.
 *   npx tsx bench/geo-size.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const GEO = join(process.cwd(), "public/geo");

interface Size {
  file: string;
  raw: number;
  gzip: number;
}

function sizes(dir: string, keep: (f: string) => boolean): Size[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && keep(f))
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
    });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function row(level: string, files: Size[]): string {
  const gz = files.map((f) => f.gzip).sort((a, b) => a - b);
  const raw = files.reduce((s, f) => s + f.raw, 0);
  const gzip = gz.reduce((s, n) => s + n, 0);
  const median = gz[Math.floor(gz.length / 2)];
  const largest = files.find((f) => f.gzip === gz[gz.length - 1])!.file;
  return (
    `| ${level} | ${files.length} | ${kb(gz[0])} | ${kb(median)} | ${kb(gz[gz.length - 1])} (${largest}) | ` +
    `${kb(gzip)} | ${(raw / 1024 / 1024).toFixed(2)} MB |`
  );
}

console.log("| level | files | smallest (gzip) | median (gzip) | largest (gzip) | all (gzip) | all (raw) |");
console.log("|---|---|---|---|---|---|---|");
console.log(
  row(
    "nation (china.json)",
    sizes(GEO, (f) => f === "china.json"),
  ),
);
console.log(
  row(
    "province (<2 digits>.json)",
    sizes(GEO, (f) => f !== "china.json"),
  ),
);
console.log(
  row(
    "city (city/<4 digits>.json)",
    sizes(join(GEO, "city"), () => true),
  ),
);
