/**
 * Decides, in memory, what one batch does to the database: which new reports become active, which stored
 * or batch reports they supersede, which R5 year-chain findings change, and the agg deltas. Pure apart from
 * the id counter; write.ts turns the plan into SQL.
 *
 * "Newer" (which publication of an agency-year is active): the later `published` date when both reports
 * state one; otherwise the one ingested later (a re-run over a corrected file replaces the earlier one).
 * Real reports come first: a generated demo report never replaces a real one, and a real one always replaces
 * a demo one (the demo corpus uses real agency names, so they meet).
 */
import type { Finding } from "@/lib/parser/types";
import { AggDeltas, type FactsRow } from "./agg";
import type { FailedItem, Item, ReportItem } from "./prepare";
import { CHAIN_RULE, stateKey, type ActiveReport } from "./state";
import type { IngestDeps } from "./types";

export interface NewReport {
  id: number;
  item: ReportItem;
  status: "active" | "superseded";
  supersededBy: number | null;
  active: ActiveReport;
}

export interface BatchPlan {
  reports: NewReport[];
  failed: { id: number; item: FailedItem }[];
  /** Stored reports that a batch report supersedes. */
  supersededStored: { id: number; by: number }[];
  /** Stored reports whose R5 findings are replaced (id → new R5 findings and counts). */
  chainStored: Map<number, ActiveReport>;
  facts: FactsRow[];
  agg: AggDeltas;
  updated: number;
}

const countSeverity = (fs: Finding[], s: Finding["severity"]) => fs.reduce((n, f) => n + (f.severity === s ? 1 : 0), 0);

export function errorCount(a: ActiveReport): number {
  return a.baseErrors + countSeverity(a.r5, "error");
}
export function warningCount(a: ActiveReport): number {
  return a.baseWarnings + countSeverity(a.r5, "warning");
}

/** True when `stored` should stay active over `incoming`: it is real and `incoming` demo, or it was published later. */
function storedWins(stored: ActiveReport, incoming: ReportItem, incomingDemo: boolean): boolean {
  if (stored.demo !== incomingDemo) return incomingDemo;
  return stored.published !== null && incoming.published !== null && stored.published > incoming.published;
}

class Planner {
  readonly plan: BatchPlan;
  constructor(
    private readonly state: Map<string, ActiveReport>,
    private nextId: number,
    private readonly deps: IngestDeps,
    private readonly demo: boolean,
  ) {
    this.plan = {
      reports: [],
      failed: [],
      supersededStored: [],
      chainStored: new Map(),
      facts: [],
      agg: new AggDeltas(),
      updated: 0,
    };
  }

  add(item: Item): void {
    const id = this.nextId++;
    if (!item.ok) this.plan.failed.push({ id, item });
    else this.addReport(id, item);
  }

  private addReport(id: number, item: ReportItem): void {
    const own = item.findings.filter((f) => f.rule !== CHAIN_RULE);
    const active: ActiveReport = {
      id,
      agencyId: item.agency.id,
      year: item.year,
      published: item.published,
      demo: this.demo,
      isNew: true,
      values: item.values,
      baseErrors: countSeverity(own, "error"),
      baseWarnings: countSeverity(own, "warning"),
      r5: [],
      facts: null,
    };
    const rec: NewReport = { id, item: { ...item, findings: own }, status: "active", supersededBy: null, active };
    this.plan.reports.push(rec);
    const key = stateKey(item.agency.id, item.year);
    const current = this.state.get(key);
    const prev = this.state.get(stateKey(item.agency.id, item.year - 1));
    if (prev) active.r5 = this.deps.checkYearChain(prev, active);
    if (current && storedWins(current, item, this.demo)) {
      rec.status = "superseded";
      rec.supersededBy = current.id;
      return;
    }
    if (current) this.supersede(current, id);
    this.state.set(key, active);
    const next = this.state.get(stateKey(item.agency.id, item.year + 1));
    if (next) this.recheckChain(next, active);
  }

  private supersede(old: ActiveReport, by: number): void {
    this.plan.updated += 1;
    if (old.isNew) {
      const rec = this.plan.reports.find((r) => r.id === old.id)!;
      rec.status = "superseded";
      rec.supersededBy = by;
      return;
    }
    this.plan.supersededStored.push({ id: old.id, by });
    this.plan.chainStored.delete(old.id);
    if (old.facts) this.plan.agg.addReport(old.facts, -1);
  }

  /** `next` (year + 1) now follows a different report: recompute its R5 findings. */
  private recheckChain(next: ActiveReport, prev: ActiveReport): void {
    next.r5 = this.deps.checkYearChain(prev, next);
    if (next.isNew) return;
    this.plan.chainStored.set(next.id, next);
    if (next.facts) {
      const hasError = errorCount(next) > 0 ? 1 : 0;
      this.plan.agg.addFailing(next.facts, hasError - next.facts.hasError);
      next.facts.hasError = hasError;
    }
  }

  /** Facts and agg for the batch's reports that ended up active. */
  finish(): BatchPlan {
    for (const rec of this.plan.reports) {
      if (rec.status !== "active") continue;
      const { item } = rec;
      const facts: FactsRow = {
        reportId: rec.id,
        agencyId: item.agency.id,
        year: item.year,
        family: item.family,
        level: item.agency.level,
        kind: item.agency.kind,
        provinceCode: item.agency.provinceCode,
        cityCode: item.agency.cityCode,
        countyCode: item.agency.countyCode,
        hasError: errorCount(rec.active) > 0 ? 1 : 0,
        metrics: item.facts,
      };
      this.plan.facts.push(facts);
      this.plan.agg.addReport(facts, 1);
    }
    return this.plan;
  }
}

export function planBatch(
  items: Item[],
  state: Map<string, ActiveReport>,
  firstId: number,
  deps: IngestDeps,
  demo = false,
): BatchPlan {
  const planner = new Planner(state, firstId, deps, demo);
  for (const item of items) planner.add(item);
  return planner.finish();
}
