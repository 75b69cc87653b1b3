/**
 * Property-test helper for the legacy sentence reader (lib/parser/legacy-narrative.ts): generated pages, each
 * with the figures its sentences state, must read as exactly those figures (answers read, as for a report without
 * a table).
 */
import fc from "fast-check";
import { expect } from "vitest";
import { readNarrativeCounts } from "@/lib/parser/legacy-narrative";

export interface NarrativePage {
  lines: string[];
  stated: Record<string, number>;
  year?: number;
}

export function readsExactly(pages: fc.Arbitrary<NarrativePage>, numRuns: number): void {
  fc.assert(
    fc.property(pages, ({ lines, stated, year }) => {
      const read = readNarrativeCounts(lines, () => false, true, year ?? null);
      expect(Object.fromEntries(read.map((f) => [f.key, f.value]))).toEqual(stated);
    }),
    { numRuns, seed: 20261206 },
  );
}
