/** Chinese names of report statuses; the template families' live in lib/labels.ts (re-exported for the UI). */

export { FAMILY_LABELS, FAMILY_SHORT } from "@/lib/labels";

export const STATUS_LABELS: Record<string, string> = {
  active: "现行版本",
  superseded: "已被取代",
  failed: "解析失败",
};
