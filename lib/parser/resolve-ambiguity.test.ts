import { describe, expect, it } from "vitest";
import type { Cell } from "./fit-cells";
import { APPLICANT_COLUMNS, SECTION3_2019 } from "./labels";
import { resolveAmbiguities, STATE_BUDGET } from "./resolve-ambiguity";

const cells = (...v: (number | null)[]): Cell[] => v.map((value) => ({ value, pos: 0 }));
const table = (rows: Record<string, number[]>) => (key: string): number | undefined => {
  const at = key.lastIndexOf(".");
  return rows[key.slice(0, at)]?.[APPLICANT_COLUMNS.indexOf(key.slice(at + 1) as (typeof APPLICANT_COLUMNS)[number])];
};
const amb = (row: string, ...alternatives: Cell[][]) => ({ row, keys: APPLICANT_COLUMNS.map((c) => `${row}.${c}`), alternatives });

describe("resolveAmbiguities", () => {
  it("takes the reading the columns confirm", () => {
    const base = table({
      "apps.carried_over": [0, 0, 0, 0, 0, 0, 0],
      "outcome.granted": [22, 0, 24, 0, 0, 0, 46],
      "outcome.total": [22, 0, 24, 0, 0, 0, 46],
      "apps.carried_forward": [0, 0, 0, 0, 0, 0, 0],
    });
    const got = resolveAmbiguities(base, [amb("apps.new", cells(2, 20, 24, 0, 0, 0, 46), cells(22, 0, 24, 0, 0, 0, 46))], SECTION3_2019);
    expect(got).toMatchObject({ viable: [[1]], consistent: true, exhausted: false });
  });

  it("keeps every reading that fits equally (the caller leaves their differences blank)", () => {
    // Two rows glued the same way: each pair of readings balances the columns.
    const base = table({ "apps.carried_over": [0, 0, 0, 0, 0, 0, 0], "apps.carried_forward": [0, 0, 0, 0, 0, 0, 0] });
    const a = cells(22, 0, 24, 0, 0, 0, 46);
    const b = cells(2, 20, 24, 0, 0, 0, 46);
    const got = resolveAmbiguities(base, [amb("apps.new", a, b), amb("outcome.granted", a, b), amb("outcome.total", a, b)], SECTION3_2019);
    expect(got.viable).toEqual([[0, 1], [0, 1], [0, 1]]);
    expect(got.consistent).toBe(true);
  });

  it("stays within its state budget on many ambiguous rows", () => {
    const rows = SECTION3_2019.filter((s) => !s.group).map((s) => s.key);
    const many = rows.map((row, i) => amb(row, ...Array.from({ length: 6 }, (_, k) => cells(k + i, 0, 0, 0, 0, 0, k + i))));
    const got = resolveAmbiguities(() => undefined, many, SECTION3_2019);
    expect(got.states).toBeLessThanOrEqual(STATE_BUDGET + 6 * 7 ** 2);
  });
});
