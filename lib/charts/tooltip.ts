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
