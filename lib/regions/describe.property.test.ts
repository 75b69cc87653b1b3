import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeAgency } from "./describe";
import { getRegion, listUnits, regionPath } from "./divisions";
import { GENERIC_NAMES } from "./name-variants";
import { cpuMs } from "@/test/helpers/cpu-time";

const counties = listUnits("county");
const placeName = fc.integer({ min: 0, max: counties.length - 1 }).map((i) => counties[i].name);
// Not 街道办事处: "西城区街道" is itself a township (定州), so 西城区街道办事处 rightly resolves there.
const SUFFIXES = ["人民政府", "人民政府办公室", "民政局", "", "镇", "卫生健康委员会", "发展和改革局"];

describe("describeAgency properties", () => {
  it("never throws, and any region it gives is a real unit with its own path", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 400 }), (name, text) => {
        const { agency, region } = describeAgency(name, text);
        expect(agency.name).toBe(name.trim());
        if (region) {
          expect(getRegion(region.code)?.name).toBe(region.path.at(-1));
          expect(regionPath(region.code).map((s) => s.name)).toEqual(region.path);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a county name with its city in front resolves to that county (every county, every suffix)", () => {
    // Exhaustive (2,974 counties × 7 suffixes, ~0.3 s) rather than 300 random draws: a random run once drew
    // 唐县 + 镇 and failed CI on a case the resolver handles on purpose (below).
    const townNames = new Set(listUnits("township").map((t) => t.name));
    const wrong: string[] = [];
    for (const county of counties) {
      const path = regionPath(county.code).map((s) => s.name);
      for (const tail of SUFFIXES) {
        const code = describeAgency(path.join("") + tail, "").region?.code ?? "";
        // 镇 after a county name can form a longer township name (…县城关镇): then the township is deeper.
        if (code.startsWith(county.code)) continue;
        // "唐县镇" is also a real town (湖北 随县), and "临汾市古县镇" may be 临汾's 古县乡 (乡 and 镇 are read as one):
        // the name is ambiguous, so an ancestor of the county or a township named after it is a fair reading,
        // never an unrelated unit.
        const ambiguous = townNames.has(county.name + tail);
        const namedTownship = code.length === 9 && getRegion(code)!.name.startsWith(county.name);
        if (ambiguous && (county.code.startsWith(code) || namedTownship)) continue;
        wrong.push(`${path.join("")}${tail} → ${code || "null"}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("handles very long input quickly", () => {
    const cpu = cpuMs();
    describeAgency("瓯海区".repeat(10_000), "江苏省".repeat(100_000));
    expect(cpu()).toBeLessThan(500);
  });

  it("a bare county name resolves to that county, or to what all counties of that name share", () => {
    fc.assert(
      // Not 镇: 唐县镇, 新县镇 … are townships of their own.
      fc.property(placeName, fc.constantFrom(...SUFFIXES.filter((t) => t !== "镇")), (name, tail) => {
        const { region } = describeAgency(name + tail, "");
        const namesakes = counties.filter((c) => c.name === name);
        // Unknown only when the name is shared or too generic to stand alone (东区, 城区).
        if (!region) expect(namesakes.length > 1 || GENERIC_NAMES.has(name)).toBe(true);
        else if (!region.path.includes(name)) {
          expect(namesakes.every((c) => c.code.startsWith(region.code))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
