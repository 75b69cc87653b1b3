"use client";
/**
 * The timeliness card's two charts (builders run here: their options hold tooltip functions), each with its table and
 * CSV.
 */
import { useMemo } from "react";
import { ChartCard } from "@/components/chart-card";
import {
  buildTimelinessByPlace,
  buildTimelinessByYear,
  timelinessByPlaceTable,
  timelinessByYearTable,
} from "@/lib/charts/timeliness";
import type { PlaceCounts, YearCounts } from "@/lib/timeliness/tally";

const NOTE =
  "按时、逾期以报告所载发布日期为准，没有时用网页发布日期，再没有用本站首次发现日期；未发布：法定期限已过仍无报告；未到期：期限未到。";

export function TimelinessByYear({ rows, csvHref }: { rows: YearCounts[]; csvHref: string }) {
  const option = useMemo(() => buildTimelinessByYear(rows), [rows]);
  const table = useMemo(() => timelinessByYearTable(rows), [rows]);
  return (
    <ChartCard
      chart="timeliness-by-year"
      option={option}
      table={table}
      csvHref={csvHref}
      height={280}
      note={NOTE}
      empty={rows.length ? undefined : "所选范围内没有机关。请放宽筛选条件（地区、年份、层级或类型）。"}
    />
  );
}

export function TimelinessByPlace({ rows, csvHref }: { rows: (PlaceCounts & { name: string })[]; csvHref: string }) {
  const option = useMemo(() => buildTimelinessByPlace(rows), [rows]);
  const table = useMemo(() => timelinessByPlaceTable(rows), [rows]);
  return (
    <ChartCard
      chart="timeliness-by-place"
      option={option}
      table={table}
      csvHref={csvHref}
      height={Math.max(160, Math.min(rows.length, 15) * 26 + 56)}
      note="逾期与未发布最多的地区在上；数据表列出全部地区。"
      empty={rows.length ? undefined : "这一级没有下级地区的数据。"}
    />
  );
}
