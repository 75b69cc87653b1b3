/**
 * The one schema of every URL parameter (CONVENTIONS.md habit 8). Server pages, client components and link
 * building all go through here. Each parameter parses to a valid value or its default: an invalid value never
 * breaks a page. Links leave defaults out, lists are joined by `~` (survives chat apps), ids are stable codes.
 *
 * Public, documented parameters: region, from, to, level, kind, agencies, metric.
 * View parameters: chart (compare: line|bar|table), pct (outcome chart in 100 %), delta (vs previous year),
 * rank (ranking of sub-regions or agencies), tab (pages with tabs), year (the agency page's report year),
 * rule (quality: one rule such as R1), page / fpage / gpage (quality: failing reports, failed files, gaps; page is
 * also the scorecard ranking's page), timely / tpage (timeliness list: late|missing|undated|not_due, default late
 * and missing; its page), w (scorecard weights, lib/scorecard/weights.ts; the scorecard's year is `year`).
 * rel (any page or API: read the data as of that release, lib/releases/as-of.ts; missing = current data; a malformed
 * value is ignored, and an id newer than the latest release reads current data too; the footer says which it shows).
 *
 * A renamed parameter is added to URL_MIGRATIONS (old name → new), so links shared before the rename still open
 * the view they named.
 */
import { z } from "zod";
// No `new Function` in zod: the CSP forbids eval, and zod's probe for it is itself reported as a violation.
z.config({ jitless: true });
import { CORE_BY_KEY, DEFAULT_METRIC, RATE_BY_KEY } from "./metrics";
import { MAX_PAGE } from "./queries/quality-limits";
import { DEFAULT_WEIGHTS, formatWeights, parseWeights, sameWeights, type Weights } from "./scorecard/weights";
import { isValueMetric } from "./value-metrics";
import { AGENCY_KINDS, AGENCY_LEVELS } from "./parser/types";

export const MIN_YEAR = 2008; // the Regulations took effect in 2008: no annual report is older
export const MAX_YEAR = 2100;
export const MAX_AGENCIES = 12;

export const LEVELS = AGENCY_LEVELS;
export const KINDS = AGENCY_KINDS;
export const CHART_MODES = ["line", "bar", "table"] as const;
export const RANK_MODES = ["auto", "region", "agency"] as const;
/** The timeliness list's statuses (lib/queries/timeliness.ts LISTED_STATUSES); none chosen = late and missing. */
export const TIMELY_STATUSES = ["late", "missing", "undated", "not_due"] as const;

export { DEFAULT_METRIC };

type Raw = string | string[] | undefined | null;

/** First value of a repeated parameter; Next gives arrays for `?a=1&a=2`. */
function first(raw: unknown): unknown {
  return Array.isArray(raw) ? raw[0] : raw;
}

const regionSchema = z.string().regex(/^(\d{2}|\d{4}|\d{6})$/);
const yearSchema = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR);
const ruleSchema = z.string().regex(/^[A-Z]{1,2}\d{1,3}$/);
const pageSchema = z.coerce.number().int().min(1).max(MAX_PAGE);
/** A release id (the `releases` table): a positive integer. */
const relSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1);
const agencyIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[^\s~<>"'&]+$/u);
/** A core metric or rate (lib/metrics.ts), or any canonical §三/§四 key / legacy.* key (lib/value-metrics.ts). */
const metricSchema = z
  .string()
  .max(80)
  .refine((k) => CORE_BY_KEY.has(k) || RATE_BY_KEY.has(k) || isValueMetric(k));

function agencyList(raw: unknown): string[] {
  if (typeof raw !== "string") return [];
  const ids = raw.split("~").filter((id) => agencyIdSchema.safeParse(id).success);
  return [...new Set(ids)].slice(0, MAX_AGENCIES);
}

/** Each field without its fallback: what strict callers (the JSON API) validate against. */
const strictFields = {
  region: z.preprocess(first, regionSchema),
  from: z.preprocess(first, yearSchema),
  to: z.preprocess(first, yearSchema),
  level: z.preprocess(first, z.enum(LEVELS)),
  kind: z.preprocess(first, z.enum(KINDS)),
  agencies: z.preprocess(
    first,
    z
      .string()
      .max(2000)
      .refine((raw) => raw.split("~").every((id) => agencyIdSchema.safeParse(id).success), "invalid agency id"),
  ),
  metric: z.preprocess(first, metricSchema),
  chart: z.preprocess(first, z.enum(CHART_MODES)),
  pct: z.preprocess(first, z.enum(["1"])),
  delta: z.preprocess(first, z.enum(["1"])),
  rank: z.preprocess(first, z.enum(RANK_MODES)),
  tab: z.preprocess(first, z.string().regex(/^[a-z0-9-]{1,24}$/)),
  year: z.preprocess(first, yearSchema),
  rule: z.preprocess(first, ruleSchema),
  page: z.preprocess(first, pageSchema),
  fpage: z.preprocess(first, pageSchema),
  gpage: z.preprocess(first, pageSchema),
  timely: z.preprocess(first, z.enum(TIMELY_STATUSES)),
  tpage: z.preprocess(first, pageSchema),
  w: z.preprocess(
    first,
    z.string().refine((raw) => parseWeights(raw) !== null),
  ),
  rel: z.preprocess(first, relSchema),
};

/** Each field: the parsed value, or its default when missing or invalid (`.catch`). */
const stateSchema = z.object({
  region: strictFields.region.catch(""),
  from: z.preprocess(first, yearSchema.nullable()).catch(null),
  to: z.preprocess(first, yearSchema.nullable()).catch(null),
  level: z.preprocess(first, z.enum(LEVELS).nullable()).catch(null),
  kind: z.preprocess(first, z.enum(KINDS).nullable()).catch(null),
  agencies: z.preprocess((raw) => agencyList(first(raw)), z.array(z.string())).catch([]),
  metric: strictFields.metric.catch(DEFAULT_METRIC),
  chart: strictFields.chart.catch("line"),
  pct: z.preprocess((raw) => first(raw) === "1", z.boolean()).catch(false),
  delta: z.preprocess((raw) => first(raw) === "1", z.boolean()).catch(false),
  rank: strictFields.rank.catch("auto"),
  tab: strictFields.tab.catch(""),
  year: z.preprocess(first, yearSchema.nullable()).catch(null),
  rule: z.preprocess(first, ruleSchema.nullable()).catch(null),
  page: strictFields.page.catch(1),
  fpage: strictFields.fpage.catch(1),
  gpage: strictFields.gpage.catch(1),
  timely: z.preprocess(first, z.enum(TIMELY_STATUSES).nullable()).catch(null),
  tpage: strictFields.tpage.catch(1),
  w: z
    .preprocess(
      (raw) => {
        const text = first(raw);
        return typeof text === "string" ? parseWeights(text) : undefined;
      },
      z.custom<Weights>((v) => v !== null && typeof v === "object"),
    )
    .catch(DEFAULT_WEIGHTS),
  rel: z.preprocess(first, relSchema.nullable()).catch(null),
});

export type UrlState = z.infer<typeof stateSchema>;
export type UrlStateKey = keyof UrlState;

export const DEFAULT_STATE: UrlState = stateSchema.parse({});

/** A parameter renamed after links were shared: its old name, its new one, and how an old value reads now. */
export interface UrlMigration {
  from: string;
  to: UrlStateKey;
  convert?: (value: string) => string | null;
}

/** Renames so far, oldest first. Empty: no parameter has been renamed since links were first shared. */
export const URL_MIGRATIONS: readonly UrlMigration[] = [];

/** Old parameter names → current ones; a current name present in the link wins over an old one. */
export function migrateParams(
  record: Record<string, Raw>,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): Record<string, Raw> {
  const out = { ...record };
  for (const { from, to, convert } of migrations) {
    const old = first(out[from]);
    delete out[from];
    if (typeof old !== "string" || out[to] !== undefined) continue;
    const value = convert ? convert(old) : old;
    if (value !== null) out[to] = value;
  }
  return out;
}

/** Parses Next's `searchParams` object or a URLSearchParams; never throws. */
export function parseUrlState(input: Record<string, Raw> | URLSearchParams | undefined | null): UrlState {
  let record: Record<string, Raw> = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) record[key] = input.getAll(key);
  } else if (input) {
    Object.assign(record, input);
  }
  record = migrateParams(record);
  const state = stateSchema.parse(record);
  // A reversed range is read as meant (2023–2019 → 2019–2023) rather than as nothing.
  if (state.from !== null && state.to !== null && state.from > state.to) {
    return { ...state, from: state.to, to: state.from };
  }
  return state;
}

const PARAM_NAMES: Record<string, string> = {
  region: "地区代码 region",
  from: "起始年 from",
  to: "截止年 to",
  level: "层级 level",
  kind: "类型 kind",
  agencies: "机构 agencies",
  metric: "指标 metric",
  year: "年度 year",
  w: "权重 w",
  rel: "数据版本 rel",
};

/**
 * Strict reading for the JSON API: a present but invalid parameter is an error message (HTTP 400)
 * instead of a silent default. Only `keys` are checked; others are ignored.
 */
export function parseStrict(params: URLSearchParams, keys: UrlStateKey[]): { state: UrlState } | { error: string } {
  for (const key of keys) {
    const raw = params.get(key);
    if (raw === null || raw === "") continue;
    if (!strictFields[key].safeParse(raw).success) {
      return { error: `invalid parameter ${PARAM_NAMES[key] ?? key}: ${JSON.stringify(raw.slice(0, 60))}` };
    }
  }
  return { state: parseUrlState(params) };
}

function serialize(key: UrlStateKey, value: UrlState[UrlStateKey]): string | null {
  if (key === "agencies") {
    const ids = value as string[];
    return ids.length ? ids.join("~") : null;
  }
  if (key === "w") {
    const weights = value as Weights;
    return sameWeights(weights, DEFAULT_WEIGHTS) ? null : formatWeights(weights);
  }
  if (typeof value === "boolean") return value ? "1" : null;
  if (value === null || value === "" || value === DEFAULT_STATE[key]) return null;
  return String(value);
}

/** Query string (without `?`) for a state; defaults are left out, keys in a stable order. */
export function toSearchString(state: Partial<UrlState>): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_STATE) as UrlStateKey[]) {
    if (!(key in state)) continue;
    const text = serialize(key, state[key] as UrlState[UrlStateKey]);
    if (text !== null) params.set(key, text);
  }
  // `~` and `:` are safe in a query string (RFC 3986 query characters); keep them readable instead of %7E / %3A.
  return params.toString().replace(/%7E/g, "~").replace(/%3A/g, ":");
}

/**
 * Parameters that choose what is listed or its order: changing one starts the paged lists again at their first page.
 */
const LIST_FILTERS: readonly UrlStateKey[] = [
  "region",
  "from",
  "to",
  "level",
  "kind",
  "agencies",
  "rule",
  "year",
  "w",
  "timely",
];
const PAGES = { page: 1, fpage: 1, gpage: 1, tpage: 1 } as const;

/** A link to `pathname` with `state` changed by `patch`; defaults are left out. */
export function buildHref(pathname: string, state: Partial<UrlState>, patch: Partial<UrlState> = {}): string {
  const refilters = LIST_FILTERS.some((k) => k in patch && patch[k] !== state[k]);
  const query = toSearchString({ ...state, ...(refilters ? PAGES : {}), ...patch });
  return query ? `${pathname}?${query}` : pathname;
}

/** The public selection parameters only (for API links and CSV exports), with the pinned release. */
export function selectionOf(
  state: UrlState,
): Pick<UrlState, "region" | "from" | "to" | "level" | "kind" | "agencies" | "metric" | "rel"> {
  const { region, from, to, level, kind, agencies, metric, rel } = state;
  return { region, from, to, level, kind, agencies, metric, rel };
}

/** The `rel` parameter alone (proxy, footer): the release id, or null when missing or malformed. */
export function parseRel(raw: string | null | undefined): number | null {
  const parsed = relSchema.safeParse(raw ?? undefined);
  return parsed.success ? parsed.data : null;
}
