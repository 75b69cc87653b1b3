/**
 * The geometry steps of scripts/build-map-geometry.ts shared by its province and city maps: decode echarts'
 * compressed coordinates, simplify and round to what a 1,000-pixel map shows, give each feature its division code.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getRegion } from "@/lib/regions/divisions";

/** The sources are quantised to 1/1024° (echarts' encoding): a third decimal is all they hold. */
const DIGITS = { min: 2, max: 3 };

export type Ring = [number, number][];
export type Polygon = Ring[];
export interface RawFeature {
  /** The city files carry the adcode here. */
  id?: string;
  properties: { id?: string; name: string; cp?: [number, number] };
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown; encodeOffsets?: unknown };
}
export interface RawMap {
  UTF8Scale?: number;
  features: RawFeature[];
}
export interface Feature {
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

export const round = (v: number, digits: number) => Number(v.toFixed(digits));

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
export function stem(name: string): string {
  return name.replace(/(特别行政区|维吾尔自治区|回族自治区|壮族自治区|自治区|省|市|地区|盟|林区|县|区|旗)$/, "");
}

export function codeFor(
  name: string,
  candidates: { code: string; name: string }[],
  renamed: Record<string, string> = {},
): string | null {
  const wanted = renamed[name] ?? name;
  const exact = candidates.filter((c) => c.name === wanted);
  if (exact.length === 1) return exact[0].code;
  const byStem = candidates.filter((c) => stem(c.name) === stem(wanted));
  return byStem.length === 1 ? byStem[0].code : null;
}

/** A feature's division code; `merged` when the code is of the unit that absorbed it (its label point is not). */
export type CodeOf = (f: RawFeature) => { code: string; merged?: boolean } | null;

/**
 * Features of one map with their division codes; same-code features (a merged unit) become one. Features no code
 * is found for are returned by name: the caller decides whether that is fatal.
 */
export function codedFeatures(
  map: RawMap,
  codeOf: CodeOf,
  label: string,
): { features: Feature[]; unmatched: string[] } {
  const decoded: { raw: RawFeature; code: string; merged: boolean; polygons: Polygon[] }[] = [];
  const unmatched: string[] = [];
  for (const raw of map.features) {
    // 山南市 in xizang.json has no coordinates at all: it stays out of the map (its region reads as having none).
    if (!(raw.geometry.coordinates as unknown[]).length) {
      console.warn(`${label}: ${raw.properties.name} has no boundary in the source; left out`);
      continue;
    }
    const found = codeOf(raw);
    if (found) decoded.push({ raw, code: found.code, merged: found.merged ?? false, polygons: polygonsOf(map, raw) });
    else unmatched.push(raw.properties.name);
  }
  const precision = precisionFor(extentOf(decoded.flatMap((d) => d.polygons)));
  const labelPoint = (raw: RawFeature, merged: boolean) => {
    const cp = raw.properties.cp;
    return cp && !merged
      ? { cp: [round(cp[0], precision.digits), round(cp[1], precision.digits)] as [number, number] }
      : {};
  };
  const byCode = new Map<string, Feature>();
  for (const { raw, code, merged, polygons } of decoded) {
    const trimmed = trimPolygons(polygons, precision);
    const existing = byCode.get(code);
    if (existing) {
      existing.geometry.coordinates.push(...trimmed);
      if (!existing.properties.cp) Object.assign(existing.properties, labelPoint(raw, merged));
      continue;
    }
    byCode.set(code, {
      type: "Feature",
      properties: { code, name: getRegion(code)?.name ?? raw.properties.name, ...labelPoint(raw, merged) },
      geometry: { type: "MultiPolygon", coordinates: trimmed },
    });
  }
  const features = [...byCode.values()].sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { features, unmatched };
}

export function writeMap(path: string, features: Feature[]): number {
  const text = JSON.stringify({ type: "FeatureCollection", features });
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

export interface Package {
  dir: string;
  integrity: string;
  tarball: string;
}

/** `npm pack` of one package version into a temporary folder, unpacked (only `paths` inside it, when given). */
export function fetchPackage(spec: string, paths: string[] = []): Package {
  const tmp = mkdtempSync(join(tmpdir(), "nianbao-geo-"));
  const out = execFileSync("npm", ["pack", spec, "--json", "--pack-destination", tmp], { encoding: "utf8" });
  const [{ filename, integrity }] = JSON.parse(out) as { filename: string; integrity: string }[];
  execFileSync("tar", ["-xzf", join(tmp, filename), "-C", tmp, ...paths.map((p) => `package/${p}`)]);
  return { dir: join(tmp, "package"), integrity, tarball: filename };
}
