/**
 * The scorecard's chart and tables (pure): mean score per sub-region (or, where the scope has no sub-regions, per
 * agency) as horizontal bars with every indicator's rate in the tooltip, and the tables behind them for the
 * "view as table" twin and the CSV exports.
 */
import { formatPercent } from "@/lib/format";
import type { RegionRollup, Scorecard, ScoredAgency } from "@/lib/scorecard/types";
import { INDICATOR_LABELS, INDICATORS } from "@/lib/scorecard/weights";
import { levelLabel, kindLabel } from "@/lib/labels";
import { LABELS_INSIDE } from "./grid";
import { asParams, tooltipHtml } from "./tooltip";
import type { ChartOption, ChartTable } from "./types";

/** Agencies drawn when the chart shows agencies (a county): the top of the ranking; the table below has them all. */
export const MAX_AGENCY_BARS = 30;
const BAR = "#8a1c1c";
const SENSITIVE = "#d97706";

export interface ScoreBar {
  name: string;
  score: number | null;
  /** Tooltip lines below the score. */
  lines: { name: string; value: string }[];
  sensitive?: boolean;
}

const pct = (x: number | null) => (x === null ? "—" : formatPercent(x, 0));
const points = (x: number | null) => (x === null ? "—" : x.toFixed(1));

export function regionBars(regions: RegionRollup[]): ScoreBar[] {
  return regions.map((r) => ({
    name: r.name,
    score: r.meanScore,
    lines: [
      { name: "机构", value: `${r.agencies} 家（缺报 ${r.missing}）` },
      ...INDICATORS.map((k) => ({
        name: INDICATOR_LABELS[k],
        value: `${pct(r.rates[k].mean)}（${r.rates[k].applicable} 家计分）`,
      })),
    ],
  }));
}

export function agencyBars(agencies: ScoredAgency[]): ScoreBar[] {
  return agencies.slice(0, MAX_AGENCY_BARS).map((a) => ({
    name: a.agencyName,
    score: a.score,
    sensitive: a.sensitive,
    lines: [
      { name: "名次", value: a.rank === null ? "—" : `${a.rank}（${a.sensitive ? "敏感" : "稳定"}）` },
      ...INDICATORS.map((k) => ({ name: INDICATOR_LABELS[k], value: a.marks[k].text })),
    ],
  }));
}

/** Bars top to bottom in the given order; sensitive agencies in amber. */
export function buildScoreBars(bars: ScoreBar[]): ChartOption {
  const shown = [...bars].reverse(); // ECharts draws category axes bottom-up
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 8, ...LABELS_INSIDE },
    tooltip: {
      trigger: "item",
      confine: true,
      formatter: (p: unknown) => {
        const bar = shown[asParams(p)[0]?.dataIndex ?? 0];
        return tooltipHtml(bar.name, [{ name: "平均得分", value: points(bar.score) }, ...bar.lines]);
      },
    },
    xAxis: { type: "value", min: 0, max: 100 },
    yAxis: { type: "category", data: shown.map((b) => b.name), axisLabel: { width: 150, overflow: "truncate" } },
    series: [
      {
        type: "bar",
        name: "得分",
        barMaxWidth: 18,
        data: shown.map((b) => ({ value: b.score ?? 0, itemStyle: { color: b.sensitive ? SENSITIVE : BAR } })),
        label: { show: true, position: "right", formatter: (p) => points(shown[p.dataIndex].score) },
      },
    ],
  };
}

const rate = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

export function regionScoresTable(regions: RegionRollup[]): ChartTable {
  return {
    columns: [
      "地区",
      "代码",
      "机构数",
      "已发布",
      "缺报",
      ...INDICATORS.map((k) => `${INDICATOR_LABELS[k]}（%）`),
      "平均得分",
    ],
    rows: regions.map((r) => [
      r.name,
      r.code,
      r.agencies,
      r.published,
      r.missing,
      ...INDICATORS.map((k) => rate(r.rates[k].mean)),
      r.meanScore,
    ]),
  };
}

function shiftText(a: ScoredAgency): string {
  if (!a.shiftBy) return "0";
  const { indicator, delta } = a.shiftBy;
  return `${a.shift}（${INDICATOR_LABELS[indicator]} ${delta > 0 ? "+" : ""}${delta}）`;
}

/** One row per agency, ranking order: what the page's table shows, with each indicator's value and its reason. */
export function scorecardTable(card: Scorecard): ChartTable {
  return {
    columns: [
      "名次",
      "机构",
      "机构ID",
      "层级",
      "类型",
      "状态",
      "发布日期",
      "得分",
      ...INDICATORS.flatMap((k) => [`${INDICATOR_LABELS[k]}（%）`, `${INDICATOR_LABELS[k]}说明`]),
      "名次最大变动（权重±10）",
      "稳定性",
      "报告",
      "相似报告",
    ],
    rows: card.agencies.map((a) => [
      a.rank,
      a.agencyName,
      a.agencyId,
      levelLabel(a.level),
      kindLabel(a.kind),
      a.status === "published" ? "已发布" : a.neverPublished ? "缺报（名单所列，从未发布）" : "缺报",
      a.published,
      a.score,
      ...INDICATORS.flatMap((k) => [rate(a.marks[k].value), a.marks[k].text]),
      shiftText(a),
      a.sensitive ? "敏感" : "稳定",
      a.publicId ? `/reports/${a.publicId}` : null,
      a.marks.original.twin ? `/reports/${a.marks.original.twin.publicId}` : null,
    ]),
  };
}

/** The agency chart's table twin: the bars it draws. */
export function agencyScoresTable(agencies: ScoredAgency[]): ChartTable {
  return {
    columns: ["名次", "机构", "得分", "稳定性"],
    rows: agencies.slice(0, MAX_AGENCY_BARS).map((a) => [a.rank, a.agencyName, a.score, a.sensitive ? "敏感" : "稳定"]),
  };
}
