"use client";
/** Applications and outcomes of one agency over the years (builders run here: options hold functions). */
import { useMemo } from "react";
import { ChartCard } from "@/components/chart-card";
import type { AgencyYearFacts } from "@/lib/queries/agency";
import { agencySeriesTable, buildAgencySeries } from "@/lib/charts/agency-series";

export function AgencySeriesChart({ rows }: { rows: AgencyYearFacts[] }) {
  const option = useMemo(() => buildAgencySeries(rows), [rows]);
  const table = useMemo(() => agencySeriesTable(rows), [rows]);
  return (
    <ChartCard
      chart="agency-series"
      option={option}
      table={table}
      empty={rows.length ? undefined : "这个机关还没有现行报告入库，因此没有历年数据。"}
      note="虚线标出 2019、2021 年模板更换；2019 年前为旧版统计表，数值按口径映射，仅作近似比较。空缺的年份为未报送。"
    />
  );
}
