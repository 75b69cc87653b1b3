/**
 * The quality view's own URL parameters, beside the shared ones of lib/url-state.ts: `rule` (a rule
 * name such as R1), `page` (failing reports), `fpage` (failed files), `gpage` (reporting gaps). Invalid
 * values fall back to their defaults; links leave defaults out.
 */
import { MAX_PAGE } from "@/lib/queries/quality-limits";
import { parseUrlState, toSearchString, type UrlState } from "@/lib/url-state";

export interface QualityParams {
  rule: string | null;
  page: number;
  fpage: number;
  gpage: number;
}

type Raw = Record<string, string | string[] | undefined>;

const RULE = /^[A-Z]{1,2}\d{1,3}$/;
const PAGE_KEYS = ["page", "fpage", "gpage"] as const;

function first(raw: string | string[] | undefined): string | undefined {
  return Array.isArray(raw) ? raw[0] : raw;
}

function pageOf(raw: string | string[] | undefined): number {
  const text = first(raw);
  if (!text || !/^\d{1,4}$/.test(text)) return 1;
  const n = Number(text);
  return n >= 1 && n <= MAX_PAGE ? n : 1;
}

export function parseQualityParams(raw: Raw): { state: UrlState; params: QualityParams } {
  const rule = first(raw.rule);
  return {
    state: parseUrlState(raw),
    params: {
      rule: rule && RULE.test(rule) ? rule : null,
      page: pageOf(raw.page),
      fpage: pageOf(raw.fpage),
      gpage: pageOf(raw.gpage),
    },
  };
}

/** A link to /quality with the shared selection and the quality parameters, patched. */
export function qualityHref(state: Partial<UrlState>, params: QualityParams, patch: Partial<UrlState & QualityParams> = {}): string {
  const { rule, page, fpage, gpage, ...statePatch } = { ...params, ...patch };
  const search = new URLSearchParams(toSearchString({ ...state, ...statePatch }));
  if (rule) search.set("rule", rule);
  const pages = { page, fpage, gpage };
  for (const key of PAGE_KEYS) if (pages[key] > 1) search.set(key, String(pages[key]));
  const query = search.toString().replace(/%7E/g, "~");
  return query ? `/quality?${query}` : "/quality";
}
