/** HTML tooltips: every name that reaches ECharts' HTML is escaped here. */
import { escapeHtml } from "@/lib/format";

/** The fields of ECharts' callback params that the tooltips read. */
export interface TooltipParam {
  seriesName?: string;
  name?: string;
  value?: unknown;
  marker?: unknown;
  dataIndex: number;
  seriesIndex?: number;
}

export function asParams(p: unknown): TooltipParam[] {
  return (Array.isArray(p) ? p : [p]) as TooltipParam[];
}

/** One tooltip: a heading and `name: value` lines (value text is ours, names are escaped). */
export function tooltipHtml(
  heading: string,
  lines: { marker?: unknown; name: string; value: string }[],
  footer?: string,
): string {
  const body = lines
    .map((l) => `${typeof l.marker === "string" ? l.marker : ""}${escapeHtml(l.name)}：<b>${escapeHtml(l.value)}</b>`)
    .join("<br/>");
  return `<b>${escapeHtml(heading)}</b><br/>${body}${
    footer ? `<br/><span style="color:#64748b">${escapeHtml(footer)}</span>` : ""
  }`;
}

/**
 * The axis tooltip of the bar charts (quality, timeliness): a shadow pointer, the category's heading, and one line
 * per series with its value as `value` writes it.
 */
export function barAxisTooltip(heading: (index: number) => string, value: (v: unknown) => string) {
  return {
    trigger: "axis" as const,
    axisPointer: { type: "shadow" as const },
    confine: true,
    formatter: (p: unknown) => {
      const params = asParams(p);
      const lines = params.map((x) => ({ marker: x.marker, name: x.seriesName ?? "", value: value(x.value) }));
      return tooltipHtml(heading(params[0]?.dataIndex ?? 0), lines);
    },
  };
}
