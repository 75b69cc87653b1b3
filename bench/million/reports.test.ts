import { describe, expect, it } from "vitest";
import { drawAgencies } from "@/lib/corpus/agencies";
import { checkYearChain } from "@/lib/validate";
import { percentile, summarise } from "./load";
import { agencyParses } from "./reports";

const opts = { seed: 5, fromYear: 2015, toYear: 2024, faultRate: 0 };

describe("agencyParses", () => {
  const agencies = drawAgencies(30, 5);

  it("gives one report per year, families by year, deterministic for a seed", () => {
    const a = [...agencyParses(agencies[0], opts)];
    const b = [...agencyParses(agencies[0], opts)];
    expect(a.map((g) => g.report.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(a.map((g) => g.report.family)).toEqual([
      ...Array(4).fill("legacy"),
      "2019",
      "2019",
      ...Array(4).fill("2021"),
    ]);
    expect(b.map((g) => g.sha256)).toEqual(a.map((g) => g.sha256));
    expect(new Set(a.map((g) => g.sha256)).size).toBe(10);
  });

  it("chains carry-over and adds up without faults; broken totals give findings", () => {
    for (const agency of agencies) {
      const years = [...agencyParses(agency, opts)].map((g) => g.report);
      expect(years.flatMap((r) => r.findings)).toEqual([]);
      for (let i = 5; i < years.length; i++) {
        const [prev, cur] = [years[i - 1], years[i]];
        expect(
          checkYearChain({ year: prev.year, values: prev.values }, { year: cur.year, values: cur.values }),
        ).toEqual([]);
      }
    }
    const faulty = agencies.flatMap((a) => [...agencyParses(a, { ...opts, faultRate: 1 })].map((g) => g.report));
    expect(faulty.filter((r) => r.findings.some((f) => f.severity === "error")).length).toBeGreaterThan(
      faulty.length / 2,
    );
  });
});

describe("load percentiles", () => {
  it("reads nearest-rank percentiles", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(xs, 50), percentile(xs, 95), percentile(xs, 99)]).toEqual([50, 95, 99]);
    const s = summarise([30, 10, 20], 2, 1, 0);
    expect(s).toMatchObject({ requests: 3, rps: 1.5, p50: 20, errors: 1 });
  });
});
