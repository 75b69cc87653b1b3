/**
 * The §三 and §四 figures of a 2019/2021-family report, built so the template's rules hold by
 * construction: each applicant column is split into outcomes (R1, R3), row totals are sums (R2),
 * review/litigation totals are sums (R4), and this year's carry-over is last year's carry-forward (R5).
 */
import type { Family } from "@/lib/parser/types";
import {
  APPLICANTS,
  OUTCOME_GROUPS,
  OUTCOME_LEAVES_2019,
  OUTCOME_LEAVES_2021,
  REVIEW_GROUPS,
  type OutcomeLeaf,
} from "./labels";
import type { Rng } from "./random";
import type { CorpusAgency } from "./types";

export type Values = Record<string, number>;

/** Applicant mix by agency: natural persons dominate; land and market bureaus see more companies. */
function applicantWeights(agency: CorpusAgency): number[] {
  const companies = agency.department === "自然资源" || agency.department === "市场监督管理" ? 0.14 : 0.05;
  const lawyers = agency.department === "公安" ? 0.06 : 0.015;
  return [1 - companies - lawyers - 0.03, companies, 0.005, 0.008, lawyers, 0.017];
}

/** Outcome shares per leaf (2021 leaves; the 2019 single 其他处理 row takes the three 2021 shares). */
function outcomeWeights(agency: CorpusAgency, leaves: OutcomeLeaf[]): number[] {
  const base: Record<string, number> = {
    "outcome.granted": 0.45,
    "outcome.partial": 0.1,
    "outcome.denied.state_secret": 0.002,
    "outcome.denied.prohibited_by_law": 0.004,
    "outcome.denied.three_safeties": 0.003,
    "outcome.denied.third_party": 0.012,
    "outcome.denied.internal_affairs": 0.008,
    "outcome.denied.process_info": 0.01,
    "outcome.denied.enforcement_file": 0.004,
    "outcome.denied.admin_query": 0.006,
    "outcome.unable.not_held": 0.2,
    "outcome.unable.needs_creation": 0.03,
    "outcome.unable.unclear": 0.02,
    "outcome.rejected.petition": 0.02,
    "outcome.rejected.duplicate": 0.02,
    "outcome.rejected.publication": 0.004,
    "outcome.rejected.excessive": 0.006,
    "outcome.rejected.confirmation": 0.01,
    "outcome.other.no_correction": 0.04,
    "outcome.other.unpaid_fee": 0.002,
    "outcome.other.misc": 0.028,
  };
  base["outcome.other"] = 0.07;
  if (agency.department === "自然资源") {
    base["outcome.unable.not_held"] = 0.32;
    base["outcome.denied.process_info"] = 0.03;
  }
  if (agency.department === "公安") {
    base["outcome.denied.enforcement_file"] = 0.04;
    base["outcome.denied.admin_query"] = 0.05;
  }
  if (agency.level === "township") base["outcome.granted"] = 0.65;
  if (agency.kind === "government_office") base["outcome.partial"] = 0.16;
  return leaves.map((leaf) => base[leaf.key] ?? 0);
}

/** Expected new applications in a year: the agency's base, its trend, and the 2019 regulation bump. */
export function expectedVolume(agency: CorpusAgency, year: number): number {
  const bump = year >= 2019 ? 1.25 : 1;
  const covid = year === 2020 ? 0.9 : 1;
  return agency.baseVolume * Math.exp(agency.trend * (year - 2019)) * bump * covid;
}

/** Gamma-ish noise on top of Poisson keeps small agencies mostly at 0–2 and big ones lumpy. */
export function drawVolume(rng: Rng, mean: number): number {
  return rng.poisson(mean * Math.exp(0.25 * rng.normal() - 0.03));
}

/** `row` → its seven column keys (six applicants, then total), built once: keys are hot in a big corpus. */
const keyCache = new Map<string, string[]>();
export function columnKeys(row: string): string[] {
  let keys = keyCache.get(row);
  if (!keys) {
    keys = [...APPLICANTS, "total"].map((a) => `${row}.${a}`);
    keyCache.set(row, keys);
  }
  return keys;
}

function setColumns(values: Values, row: string, columns: number[]): void {
  const keys = columnKeys(row);
  let total = 0;
  for (let i = 0; i < 6; i++) {
    values[keys[i]] = columns[i];
    total += columns[i];
  }
  values[keys[6]] = total;
}

/** Fills §三 for one year and returns the carry-forward for the next. */
export function fillApplications(
  values: Values,
  agency: CorpusAgency,
  family: Family,
  newTotal: number,
  carriedOver: number[],
  rng: Rng,
): number[] {
  const leaves = family === "2021" ? OUTCOME_LEAVES_2021 : OUTCOME_LEAVES_2019;
  const outcomeW = outcomeWeights(agency, leaves);
  const newCols = rng.multinomial(newTotal, applicantWeights(agency));
  // Bigger offices carry more into January; townships almost never.
  const cfRate = agency.level === "township" ? 0.01 : Math.min(0.15, 0.02 + 0.01 * Math.log1p(newTotal));
  const forward: number[] = [];
  const perLeaf: number[][] = leaves.map(() => []);
  const totals: number[] = [];
  APPLICANTS.forEach((_, c) => {
    const handled = newCols[c] + carriedOver[c];
    const cf = rng.binomial(handled, cfRate);
    forward.push(cf);
    totals.push(handled - cf);
    rng.multinomial(handled - cf, outcomeW).forEach((n, l) => perLeaf[l].push(n));
  });
  setColumns(values, "apps.new", newCols);
  setColumns(values, "apps.carried_over", carriedOver);
  leaves.forEach((leaf, l) => setColumns(values, leaf.key, perLeaf[l]));
  setColumns(values, "outcome.total", totals);
  setColumns(values, "apps.carried_forward", forward);
  addGroupSums(values, leaves);
  return forward;
}

/** The derived group keys (outcome.denied.<col> …) as sums of their printed leaves. */
function addGroupSums(values: Values, leaves: OutcomeLeaf[]): void {
  for (const group of OUTCOME_GROUPS) {
    const members = leaves.filter((l) => l.key.startsWith(`${group}.`)).map((l) => columnKeys(l.key));
    if (members.length === 0) continue;
    const target = columnKeys(group);
    for (let c = 0; c < 7; c++) {
      let sum = 0;
      for (const m of members) sum += values[m[c]] ?? 0;
      values[target[c]] = sum;
    }
  }
}

/** §四: reviews and lawsuits are rare and grow with the volume of requests handled. */
export function fillReviews(values: Values, handled: number, rng: Rng): void {
  const rates = { review: 0.05, litigation_direct: 0.025, litigation_after_review: 0.008 };
  for (const group of REVIEW_GROUPS) {
    const n = rng.poisson(handled * rates[group]);
    const [upheld, corrected, other, pending] = rng.multinomial(n, [0.62, 0.12, 0.14, 0.12]);
    Object.assign(values, {
      [`${group}.upheld`]: upheld,
      [`${group}.corrected`]: corrected,
      [`${group}.other`]: other,
      [`${group}.pending`]: pending,
      [`${group}.total`]: n,
    });
  }
  for (const part of ["upheld", "corrected", "other", "pending", "total"]) {
    values[`litigation.${part}`] = values[`litigation_direct.${part}`] + values[`litigation_after_review.${part}`];
  }
}
