"use client";
/**
 * The Overview map: the sub-regions of the selected region coloured by the page's metric for the ranking's year.
 * Boundaries load after the page (load-geometry.ts); clicking a region, or its name in the table, drills down by
 * setting `region`: nation → provinces → cities → counties. Where no boundaries exist (a city without a county map,
 * lib/charts/map-geometry.ts) the table stands in for the map.
 */
import { useEffect, useMemo, useState } from "react";
import { ChartCard } from "@/components/chart-card";
import type { ChartEventHandler } from "@/components/charts/chart-box";
import { loadGeometry } from "@/components/charts/load-geometry";
import { MetricSelect } from "@/components/filters/metric-select";
import { useUrlState } from "@/components/filters/use-url-state";
import { mapViewFor } from "@/lib/charts/map-geometry";
import {
  type MapFeature,
  type MapRow,
  regionMapTable,
  regionsWithoutBoundary,
  smallSampleLabel,
} from "@/lib/charts/region-map-table";
import { RATE_BY_KEY } from "@/lib/metrics";
import type { ChartOption } from "@/lib/charts/types";
import { buildHref } from "@/lib/url-state";

interface Props {
  /** With each region's number of reports (lib/queries/map.ts), for the small-sample guard of counts. */
  rows: MapRow[];
  year: number;
  metric: string;
}

type Builder = typeof import("@/lib/charts/region-map").buildRegionMap;
type Loaded = { mapName: string; features: MapFeature[]; build: Builder } | { mapName: string; failed: true };

const NOT_DRAWN: ChartOption = {};

export function RegionMap({ rows, year, metric }: Props) {
  const { state, navigate, pathname } = useUrlState();
  const view = mapViewFor(state.region, state.agencies.length > 0);
  const geometry = view.kind === "map" ? view.geometry : null;
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: geometry is new each render; its mapName identifies it.
  useEffect(() => {
    if (!geometry) return;
    let live = true;
    const { mapName } = geometry;
    // The option builder comes with the boundaries, after the page: nothing draws before both are here.
    Promise.all([loadGeometry(geometry), import("@/lib/charts/region-map")]).then(
      ([features, { buildRegionMap }]) => live && setLoaded({ mapName, features, build: buildRegionMap }),
      () => live && setLoaded({ mapName, failed: true }),
    );
    return () => {
      live = false;
    };
    // The geometry object is new on every render; its name is what identifies it.
  }, [geometry?.mapName]);

  const current = loaded && geometry && loaded.mapName === geometry.mapName ? loaded : null;
  const ready = current && "features" in current ? current : null;
  const features = ready?.features ?? null;
  const option = useMemo(
    () => (ready ? ready.build({ rows, features: ready.features, metric, year, mapName: ready.mapName }) : NOT_DRAWN),
    [ready, rows, metric, year],
  );
  const codes = useMemo(() => new Set(rows.map((r) => r.id)), [rows]);
  const onEvents = useMemo<Record<string, ChartEventHandler>>(
    () => ({
      click: (params) => {
        const code = (params as { name?: string }).name;
        if (code && codes.has(code)) navigate({ region: code });
      },
    }),
    [codes, navigate],
  );
  const links = useMemo(
    () => ({ column: 1, hrefs: rows.map((r) => buildHref(pathname, state, { region: r.id })) }),
    [rows, pathname, state],
  );

  const rate = RATE_BY_KEY.has(metric);
  const unmapped = features ? regionsWithoutBoundary(rows, features) : [];
  const placeholder =
    view.kind === "table"
      ? view.reason
      : current && "failed" in current
        ? "边界数据未能载入，请刷新页面重试；各地区数据见下表。"
        : !features
          ? "正在载入地图边界…"
          : undefined;
  const note = [
    rate
      ? `比率按分子、分母合计计算；灰色表示案件${smallSampleLabel(metric)}。`
      : `灰色表示${smallSampleLabel(metric)}（合计受收集数量影响大）。`,
    view.kind === "map" ? "浅灰色表示无数据。点击地区或表中地区名进入下一级。" : "点击表中地区名进入下一级。",
    unmapped.length ? `${unmapped.map((r) => r.name).join("、")}没有边界数据，只列在表中。` : "",
  ].join("");

  return (
    <ChartCard
      chart="map"
      titleContext={{ metric, year }}
      option={option}
      height={440}
      table={regionMapTable(rows, metric)}
      links={links}
      onEvents={onEvents}
      placeholder={placeholder}
      tableOpen={view.kind === "table" || (current !== null && "failed" in current)}
      empty={
        view.kind === "none"
          ? view.reason
          : rows.length
            ? undefined
            : "所选年份没有下级地区的数据。请换一个截止年份或放宽筛选。"
      }
      note={note}
      actions={<MetricSelect testId="map-metric" />}
    />
  );
}
