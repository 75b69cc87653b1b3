/** The selection in words, for CSV header lines and chart subtitles. */
import { levelLabel, kindLabel } from "@/lib/labels";
import type { UrlState } from "@/lib/url-state";
import { metricLabel } from "./ranking";

export function yearsText(from: number | null, to: number | null): string {
  if (from === null && to === null) return "全部年份";
  if (from !== null && to !== null) return from === to ? `${from}年` : `${from}–${to}年`;
  return from !== null ? `${from}年起` : `至${to}年`;
}

export function describeSelection(
  state: Pick<UrlState, "region" | "from" | "to" | "level" | "kind" | "metric" | "agencies">,
  names: { regionPath: string[]; agencies: string[] },
  extra: [string, string][] = [],
): [string, string][] {
  const lines: [string, string][] = [
    [
      "地区",
      names.regionPath.length
        ? `${names.regionPath.join(" ")}（${state.region}）`
        : state.region
          ? state.region
          : "全国",
    ],
    ["年份", yearsText(state.from, state.to)],
    ["层级", state.level ? levelLabel(state.level) : "全部"],
    ["类型", state.kind ? kindLabel(state.kind) : "全部"],
  ];
  if (state.agencies.length) lines.push(["机构", names.agencies.join("、") || state.agencies.join("~")]);
  lines.push(["指标", `${metricLabel(state.metric)}（${state.metric}）`]);
  return [...lines, ...extra];
}
