/** How releases are named on pages (pure: server pages, the footer and the client banner share it). */
import { beijingIso } from "@/lib/timeliness/deadline";

const RELEASE_KIND_LABELS: Record<string, string> = {
  baseline: "初始数据",
  ingest: "导入年报",
  collect: "网站采集",
  demo: "导入示例数据",
  "demo-removal": "移除示例数据",
};

export function releaseKindLabel(kind: string): string {
  return RELEASE_KIND_LABELS[kind] ?? kind;
}

/** `2026-12-06T00:41:54.123Z` → `2026-12-06 08:41`, Beijing time (UTC+8, no daylight saving), as users read dates. */
export function formatReleaseTime(iso: string): string {
  return beijingIso(iso)?.slice(0, 16).replace("T", " ") ?? iso;
}

/** `版本 12` — the name of a release wherever it is shown. */
export function releaseName(id: number): string {
  return `数据版本 ${id}`;
}
