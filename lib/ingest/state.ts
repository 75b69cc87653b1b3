/**
 * What a batch needs to know about reports already stored: for every agency in the batch, its active report
 * of each year near the batch's years (for supersede and the R5 year chain), with the facts to subtract and
 * the carried-over/forward values R5 compares. Read inside the batch's write transaction.
 */
import type { Transaction } from "@libsql/client";
import type { AgencyKind, AgencyLevel, Family, Finding } from "@/lib/parser/types";
import { FACT_COLUMNS, type FactsRow } from "./agg";
import type { ReportItem } from "./prepare";
import { selectIn } from "./sql-rows";

/** The active report of one agency and year, stored or new in this batch. */
export interface ActiveReport {
  id: number;
  agencyId: string;
  year: number;
  published: string | null;
  /** A generated demo report (reports.is_demo): it never replaces a real report of the same agency and year. */
  demo: boolean;
  /** Batch-new reports are still pending rows; stored ones need UPDATE statements. */
  isNew: boolean;
  /** Values R5 compares (all values for new reports, the carried rows for stored ones). */
  values: Record<string, number>;
  /** Error/warning counts without R5, and the current R5 findings. */
  baseErrors: number;
  baseWarnings: number;
  r5: Finding[];
  /** Stored reports only: their report_facts row (new ones get theirs at the end of the batch). */
  facts: FactsRow | null;
}

export const stateKey = (agencyId: string, year: number) => `${agencyId}\u0000${year}`;

/** Rule id of the year-chain check; its findings are recomputed whenever a neighbour year changes. */
export const CHAIN_RULE = "R5";

type Raw = Record<string, unknown>;

function factsFromRow(r: Raw): FactsRow {
  const metrics = FACT_COLUMNS.slice(10).map((c) => (r[c] === null ? null : Number(r[c])));
  return {
    reportId: Number(r.report_id),
    agencyId: String(r.agency_id),
    year: Number(r.year),
    // Written from typed values (FactsRow, through agg.ts FACTS_WRITER): the text is one of the listed values.
    family: String(r.family) as Family,
    level: String(r.level) as AgencyLevel,
    kind: String(r.kind) as AgencyKind,
    provinceCode: (r.province_code as string | null) ?? null,
    cityCode: (r.city_code as string | null) ?? null,
    countyCode: (r.county_code as string | null) ?? null,
    hasError: Number(r.has_error),
    metrics,
  };
}

export async function loadActiveState(tx: Transaction, items: ReportItem[]): Promise<Map<string, ActiveReport>> {
  const wanted = new Set<string>();
  for (const it of items) for (const d of [-1, 0, 1]) wanted.add(stateKey(it.agency.id, it.year + d));
  const agencyIds = [...new Set(items.map((it) => it.agency.id))];
  const reports = await selectIn<Raw>(
    tx,
    (p) =>
      `SELECT id, agency_id, year, published, error_count, warning_count, is_demo FROM reports WHERE status = ` +
      `'active' AND agency_id IN (${p})`,
    agencyIds,
  );
  const state = new Map<string, ActiveReport>();
  for (const r of reports) {
    const key = stateKey(String(r.agency_id), Number(r.year));
    if (!wanted.has(key)) continue;
    state.set(key, {
      id: Number(r.id),
      agencyId: String(r.agency_id),
      year: Number(r.year),
      published: (r.published as string | null) ?? null,
      demo: Number(r.is_demo) === 1,
      isNew: false,
      values: {},
      baseErrors: Number(r.error_count),
      baseWarnings: Number(r.warning_count),
      r5: [],
      facts: null,
    });
  }
  if (state.size > 0) await loadDetails(tx, state);
  return state;
}

async function loadDetails(tx: Transaction, state: Map<string, ActiveReport>): Promise<void> {
  const byId = new Map([...state.values()].map((a) => [a.id, a]));
  const ids = [...byId.keys()];
  const facts = await selectIn<Raw>(
    tx,
    (p) => `SELECT ${FACT_COLUMNS.join(", ")} FROM report_facts WHERE report_id IN (${p})`,
    ids,
  );
  for (const f of facts) byId.get(Number(f.report_id))!.facts = factsFromRow(f);
  const values = await selectIn<Raw>(
    tx,
    (p) => `SELECT v.report_id, k.key, v.value FROM report_values v JOIN value_keys k ON k.id = v.key_id
              WHERE v.report_id IN (${p}) AND k.key LIKE 'apps.carried%' AND v.value IS NOT NULL`,
    ids,
  );
  for (const v of values) byId.get(Number(v.report_id))!.values[String(v.key)] = Number(v.value);
  const chain = await selectIn<Raw>(
    tx,
    (p) =>
      `SELECT report_id, rule, severity, message, keys, expected, actual, line FROM findings WHERE report_id IN ` +
      `(${p}) AND rule = '${CHAIN_RULE}'`,
    ids,
  );
  for (const f of chain) {
    const a = byId.get(Number(f.report_id))!;
    const finding: Finding = {
      rule: String(f.rule),
      severity: f.severity as Finding["severity"],
      message: String(f.message),
      keys: JSON.parse(String(f.keys)) as string[],
      expected: f.expected === null ? null : Number(f.expected),
      actual: f.actual === null ? null : Number(f.actual),
      ...(f.line === null ? {} : { line: Number(f.line) }),
    };
    a.r5.push(finding);
    if (finding.severity === "error") a.baseErrors -= 1;
    if (finding.severity === "warning") a.baseWarnings -= 1;
  }
}
