/**
 * Parsed reports for the million-report database, straight from the corpus generator's figure model
 * (lib/corpus: agencies, volumes, trends, outcome and applicant mix, carry-over chain, reviews, §二 activity)
 * without rendering or parsing documents: the database measures the dashboard, not the parser (bench/parse.ts
 * and bench/ingest.ts do that). A share of reports carries a broken total so findings and "failing" exist.
 * Deterministic for a seed.
 */
import { createHash } from "node:crypto";
import { fillActive } from "@/lib/corpus/active";
import { familyOfYear } from "@/lib/corpus/agency-reports";
import { breakTotal } from "@/lib/corpus/faults";
import { drawVolume, expectedVolume, fillApplications, fillReviews, type Values } from "@/lib/corpus/figures";
import { fillLegacy } from "@/lib/corpus/legacy";
import { Rng, mixSeed } from "@/lib/corpus/random";
import type { CorpusAgency } from "@/lib/corpus/types";
import type { ParsedReport } from "@/lib/parser/types";
import { checkSums } from "@/lib/validate/check-sums";

export interface YearsOptions {
  seed: number;
  fromYear: number;
  toYear: number;
  /** Share of reports with a total that does not add up. */
  faultRate: number;
}

export interface GeneratedParse {
  report: ParsedReport;
  /** Stands in for the file's bytes: unique per agency-year and seed. */
  sha256: string;
  file: string;
}

const NO_BLANKS: ReadonlySet<string> = new Set();

function yearValues(agency: CorpusAgency, year: number, carried: number[] | null, rng: Rng) {
  const family = familyOfYear(year);
  const values: Values = {};
  const volume = drawVolume(rng, expectedVolume(agency, year));
  if (family === "legacy") {
    fillLegacy(values, agency, volume, rng);
    return { family, values, forward: null };
  }
  const start = carried ?? [rng.binomial(volume, 0.03), 0, 0, 0, 0, 0];
  const forward = fillApplications(values, agency, family, volume, start, rng);
  fillReviews(values, values["outcome.total.total"], rng);
  fillActive(values, agency, family, rng);
  return { family, values, forward };
}

/** The reports of one agency, years in order (the carry-over chain links them). */
export function* agencyParses(agency: CorpusAgency, opts: YearsOptions): Generator<GeneratedParse> {
  const rng = new Rng(mixSeed(opts.seed, agency.index), 3);
  let carried: number[] | null = null;
  for (let year = opts.fromYear; year <= opts.toYear; year++) {
    const { family, values, forward } = yearValues(agency, year, carried, rng);
    carried = forward;
    if (rng.chance(opts.faultRate)) breakTotal(values, family, rng);
    const file = `${agency.region.code.slice(0, 2)}/${String(agency.index).padStart(6, "0")}-${year}.txt`;
    const report: ParsedReport = {
      family,
      year,
      published: `${year + 1}-01-${String(rng.int(5, 28)).padStart(2, "0")}`,
      agency: { name: agency.name, kind: agency.kind, level: agency.level },
      region: agency.region,
      values,
      blanks: [],
      findings: checkSums(family, values, NO_BLANKS),
      sources: {},
      // No document: a one-line stand-in keeps raw_text (not read by any dashboard query) from dominating the size.
      text: `${agency.name}${year}年政府信息公开工作年度报告（基准生成数据，无正文）`,
    };
    const sha256 = createHash("sha256").update(`${opts.seed}|${agency.index}|${year}`).digest("hex");
    yield { report, sha256, file };
  }
}
