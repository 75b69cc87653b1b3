import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeAgency } from "./describe";
import { getRegion, listUnits, regionPath } from "./divisions";
import { GENERIC_NAMES } from "./name-variants";

const counties = listUnits("county");
const placeName = fc.integer({ min: 0, max: counties.length - 1 }).map((i) => counties[i].name);
// Not 街道办事处: "西城区街道" is itself a township (定州), so 西城区街道办事处 rightly resolves there.
const suffix = fc.constantFrom("人民政府", "人民政府办公室", "民政局", "", "镇", "卫生健康委员会", "发展和改革局");

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

  it("a county name with its city in front resolves to that county", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: counties.length - 1 }), suffix, (i, tail) => {
        const county = counties[i];
        const path = regionPath(county.code).map((s) => s.name);
        const { region } = describeAgency(path.join("") + tail, "");
        // 镇 after a county name can form a longer township name (…县城关镇): then the township is deeper.
        expect(region?.code.startsWith(county.code)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("handles very long input quickly", () => {
    const t0 = performance.now();
    describeAgency("瓯海区".repeat(10_000), "江苏省".repeat(100_000));
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it("a bare county name resolves to that county, or to what all counties of that name share", () => {
    fc.assert(
      // Not 镇: 唐县镇, 新县镇 … are townships of their own.
      fc.property(placeName, suffix.filter((t) => t !== "镇"), (name, tail) => {
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
