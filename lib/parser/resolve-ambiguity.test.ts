import { describe, expect, it } from "vitest";
import type { Cell } from "./fit-cells";
import { APPLICANT_COLUMNS, SECTION3_2019 } from "./labels";
import { resolveAmbiguities, resolvePreferred, WORK_BUDGET } from "./resolve-ambiguity";
import { cpuMs } from "@/test/helpers/cpu-time";

const cells = (...v: (number | null)[]): Cell[] => v.map((value) => ({ value, pos: 0 }));
const table =
  (rows: Record<string, number[]>) =>
  (key: string): number | undefined => {
    const at = key.lastIndexOf(".");
    return rows[key.slice(0, at)]?.[APPLICANT_COLUMNS.indexOf(key.slice(at + 1) as (typeof APPLICANT_COLUMNS)[number])];
  };
const amb = (row: string, ...alternatives: Cell[][]) => ({
  row,
  keys: APPLICANT_COLUMNS.map((c) => `${row}.${c}`),
  alternatives,
});

describe("resolveAmbiguities", () => {
  it("takes the reading the columns confirm", () => {
    const base = table({
      "apps.carried_over": [0, 0, 0, 0, 0, 0, 0],
      "outcome.granted": [22, 0, 24, 0, 0, 0, 46],
      "outcome.total": [22, 0, 24, 0, 0, 0, 46],
      "apps.carried_forward": [0, 0, 0, 0, 0, 0, 0],
    });
    const got = resolveAmbiguities(
      base,
      [amb("apps.new", cells(2, 20, 24, 0, 0, 0, 46), cells(22, 0, 24, 0, 0, 0, 46))],
      SECTION3_2019,
    );
    expect(got).toMatchObject({ viable: [[1]], consistent: true, exhausted: false });
  });

  it("keeps every reading that fits equally (the caller leaves their differences blank)", () => {
    // Two rows glued the same way: each pair of readings balances the columns.
    const base = table({ "apps.carried_over": [0, 0, 0, 0, 0, 0, 0], "apps.carried_forward": [0, 0, 0, 0, 0, 0, 0] });
    const a = cells(22, 0, 24, 0, 0, 0, 46);
    const b = cells(2, 20, 24, 0, 0, 0, 46);
    const got = resolveAmbiguities(
      base,
      [amb("apps.new", a, b), amb("outcome.granted", a, b), amb("outcome.total", a, b)],
      SECTION3_2019,
    );
    expect(got.viable).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
    expect(got.consistent).toBe(true);
  });

  it("stays within its work budget on many ambiguous rows, and then decides nothing", () => {
    const rows = SECTION3_2019.filter((s) => !s.group).map((s) => s.key);
    // Twenty placements of two numbers per row, every row: the zeros-printed-blank table at its worst.
    const placements = (i: number) =>
      Array.from({ length: 20 }, (_, k) => {
        const v: (number | null)[] = [null, null, null, null, null, null, k + i + 1];
        v[k % 6] = (k % 3) + 1;
        v[(k + 1 + Math.floor(k / 6)) % 6] = k + i + 1 - ((k % 3) + 1);
        return cells(...v);
      });
    const many = rows.map((row, i) => amb(row, ...placements(i)));
    const cpu = cpuMs();
    const got = resolveAmbiguities(() => undefined, many, SECTION3_2019);
    expect(cpu()).toBeLessThan(2000);
    expect(got.work).toBeLessThanOrEqual(WORK_BUDGET);
    expect(got.exhausted).toBe(true);
    expect(got.viable.every((v, i) => v.length === many[i].alternatives.length)).toBe(true);
  });
});

describe("resolvePreferred", () => {
  // Two rows whose figures sit in any one column: the sums alone cannot tell which, the preference can.
  const base = table({ "apps.carried_over": [0, 0, 0, 0, 0, 0, 0], "apps.carried_forward": [0, 0, 0, 0, 0, 0, 0] });
  const inColumn = (c: number, v: number) => cells(...[0, 1, 2, 3, 4, 5].map((k) => (k === c ? v : null)), v);
  const rows = ["apps.new", "outcome.granted", "outcome.total"].map((row) =>
    amb(row, ...[0, 1, 2, 3, 4, 5].map((c) => inColumn(c, 9))),
  );

  it("takes each row's preferred reading where the table's sums hold under it", () => {
    expect(resolveAmbiguities(base, rows, SECTION3_2019).viable[0]).toHaveLength(6);
    const got = resolvePreferred(base, rows, SECTION3_2019, () => inColumn(3, 9));
    expect(got?.viable).toEqual([[3], [3], [3]]);
    expect(got?.consistent).toBe(true);
  });

  it("gives up where the preferred readings break a sum or are not among a row's readings", () => {
    const split = (a: { row: string }) => inColumn(a.row === "outcome.total" ? 2 : 3, 9);
    expect(resolvePreferred(base, rows, SECTION3_2019, split)).toBeNull();
    expect(resolvePreferred(base, rows, SECTION3_2019, () => inColumn(3, 8))).toBeNull();
    expect(resolvePreferred(base, rows, SECTION3_2019, () => null)).toBeNull();
  });
});
