/**
 * A legacy (2008–2018) 政府信息公开情况统计表: every row of seed 001 under `legacy.*`, parts summing
 * to their totals (申请答复数 = its eight kinds, 复议/诉讼 = 维持 + 纠错 + 其他), plus the core keys
 * REPORT-FORMATS.md maps from them.
 */
import { LEGACY_ANSWER_KINDS } from "@/lib/template/legacy";
import type { Values } from "./figures";
import { LEGACY_ROWS } from "./labels";
import type { Rng } from "./random";
import type { CorpusAgency, TableRow } from "./types";

function split(values: Values, rng: Rng, total: number, keys: string[], weights: number[]): void {
  rng.multinomial(total, weights).forEach((n, i) => (values[keys[i]] = n));
}

const DENIED_KINDS = ["state_secret", "trade_secret", "privacy", "security", "not_gov_info", "other_legal"];

function fillApplications(values: Values, received: number, rng: Rng): void {
  values["legacy.apps.received"] = received;
  split(
    values,
    rng,
    received,
    ["in_person", "fax", "online", "letter"].map((k) => `legacy.apps.received.${k}`),
    [0.3, 0.02, 0.5, 0.18],
  );
  const completed = received - rng.binomial(received, 0.03);
  values["legacy.apps.closed"] = completed;
  split(values, rng, completed, ["legacy.apps.closed.on_time", "legacy.apps.closed.extended"], [0.93, 0.07]);
  values["legacy.answers.total"] = completed;
  split(
    values,
    rng,
    completed,
    LEGACY_ANSWER_KINDS.map((k) => `legacy.answers.${k}`),
    [0.15, 0.4, 0.08, 0.05, 0.1, 0.12, 0.05, 0.05],
  );
  split(
    values,
    rng,
    values["legacy.answers.denied"],
    DENIED_KINDS.map((k) => `legacy.answers.denied.${k}`),
    [0.1, 0.15, 0.2, 0.1, 0.3, 0.15],
  );
  for (const group of ["review", "litigation"]) {
    const n = rng.poisson(received * (group === "review" ? 0.05 : 0.03));
    values[`legacy.${group}.total`] = n;
    split(
      values,
      rng,
      n,
      ["upheld", "corrected", "other"].map((p) => `legacy.${group}.${p}`),
      [0.75, 0.12, 0.13],
    );
  }
  values["legacy.complaints"] = rng.poisson(received * 0.01);
  values["legacy.fees.amount_wan"] = 0;
}

function fillActivity(values: Values, agency: CorpusAgency, rng: Rng): void {
  const scale = { national: 30, province: 30, city: 10, county: 4, township: 1 }[agency.level];
  const items = Math.round(rng.logNormal(150 * scale, 0.7));
  values["legacy.active.heading"] = items;
  values["legacy.active.total"] = items;
  values["legacy.active.normative_docs_issued"] = rng.poisson(3 * scale);
  values["legacy.active.normative_docs"] = rng.binomial(values["legacy.active.normative_docs_issued"], 0.6);
  values["legacy.active.by_channel"] = items;
  split(
    values,
    rng,
    items,
    ["gazette", "website", "weibo", "wechat", "other_channels"].map((k) => `legacy.active.${k}`),
    [0.05, 0.5, 0.2, 0.2, 0.05],
  );
  values["legacy.response.hot_topics"] = rng.poisson(2 * scale);
  const parts = ["press_conferences", "online_interviews", "interpretations", "social_media", "other_channels"].map(
    (k) => `legacy.response.${k}`,
  );
  const responses = rng.poisson(8 * scale);
  values["legacy.response.by_channel"] = responses;
  split(values, rng, responses, parts, [0.1, 0.05, 0.35, 0.3, 0.2]);
  values["legacy.response.press_conferences_leaders"] = rng.binomial(values["legacy.response.press_conferences"], 0.5);
  values["legacy.response.online_interviews_leaders"] = rng.binomial(values["legacy.response.online_interviews"], 0.5);
  values["legacy.org.dedicated_units"] = 1;
  values["legacy.org.reading_points"] = rng.int(1, 3);
  values["legacy.staff.full_time"] = rng.poisson(0.3 * scale);
  values["legacy.staff.part_time"] = rng.int(1, 4);
  values["legacy.staff.total"] = values["legacy.staff.full_time"] + values["legacy.staff.part_time"];
  values["legacy.org.budget_amount_wan"] = rng.chance(0.7) ? 0 : Math.round(rng.logNormal(2 * scale, 0.8) * 10) / 10;
  values["legacy.training.meetings"] = rng.int(0, 4);
  values["legacy.training.sessions"] = rng.int(0, 5);
  values["legacy.training.trainees"] = values["legacy.training.sessions"] * rng.int(5, 40);
  values["legacy.training.heading"] = values["legacy.training.meetings"] + values["legacy.training.sessions"];
}

/** REPORT-FORMATS.md "Core metrics", legacy column. */
export function addLegacyCore(values: Values): void {
  const g = (k: string) => values[`legacy.${k}`] ?? 0;
  Object.assign(values, {
    "apps.new.total": g("apps.received"),
    "outcome.granted.total": g("answers.already_public") + g("answers.granted"),
    "outcome.partial.total": g("answers.partial"),
    "outcome.denied.total": g("answers.denied"),
    "outcome.unable.total": g("answers.not_this_agency") + g("answers.not_exist"),
    "outcome.other.total": g("answers.told_to_amend") + g("answers.other_channel"),
    "outcome.total.total": g("answers.total"),
  });
  for (const group of ["review", "litigation"]) {
    for (const part of ["total", "upheld", "corrected", "other"]) values[`${group}.${part}`] = g(`${group}.${part}`);
  }
}

export function fillLegacy(values: Values, agency: CorpusAgency, received: number, rng: Rng): void {
  fillApplications(values, received, rng);
  fillActivity(values, agency, rng);
  addLegacyCore(values);
}

/** The 统计表 rows as printed: label, unit, figure. */
export function legacyRows(values: Values): TableRow[] {
  return [
    { labels: ["统 计 指 标", "单位", "统计数"], values: [] },
    ...LEGACY_ROWS.map(([label, unit, key]) => ({
      labels: [label, unit],
      values: [key && key in values ? values[key] : null],
    })),
  ];
}
