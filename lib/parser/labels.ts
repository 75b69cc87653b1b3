import {
  APPLICANTS,
  DERIVED_GROUPS,
  REVIEW_GROUPS as TEMPLATE_REVIEW_GROUPS,
  REVIEW_RESULTS,
  SECTION2,
  SECTION3,
  type ActiveRow,
  type ApplicantKey,
  type ReviewGroupKey,
  type ReviewResultKey,
  type TemplateRow,
} from "@/lib/template/modern";
import { LEGACY_SIGNALS } from "@/lib/template/legacy";

/**
 * The 2021 / 2019 templates (lib/template/modern.ts) in the shape the parser looks for them: every row's
 * canonical key, its printed label (prefix + core variants) and how many cells it holds. The code that finds
 * them lives in rows.ts.
 *
 * Short fragments come last because PDF readers break long labels with cell borders inside them
 * ("2.申请人逾期未按收 | 0 | … 费通知要求…").
 *
 * `prefix` is the item number printed before the label ("一", "(三)", "2"); it is consumed with the label so
 * that a number glued to it ("0二、上年结转") is not read as a cell. `cores` are alternatives, the first being
 * the template's wording; later ones are short fragments that survive typos and wrapping
 * (e.g. "其他法律行政止公开" in 洪泽区 2023). A label that only groups sub-items has `group: true`: it delimits
 * rows and holds no cells unless the report prints it as a single row.
 */

export interface LabelSpec {
  /** Canonical key prefix (`apps.new`) or a group name when `group` is set. */
  key: string;
  prefix?: string;
  /** The prefix must be present (labels like "3.其他" are too generic alone). */
  prefixRequired?: boolean;
  cores: string[];
  cells: number;
  group?: boolean;
}

export const APPLICANT_COLUMNS: readonly ApplicantKey[] = APPLICANTS.map((a) => a.key);

/** A template row as the parser looks for it: the wording first, then the fragments real reports leave. */
function labelSpec(row: TemplateRow): LabelSpec {
  return {
    key: row.key,
    prefix: row.prefix,
    cores: [row.label, ...(row.variants ?? [])],
    cells: APPLICANT_COLUMNS.length,
    ...(row.group ? { group: true } : {}),
    ...(row.prefixRequired ? { prefixRequired: true } : {}),
  };
}

/** §三 in the 2021 template: (六)其他处理 groups three sub-items (a report may still print it as one row). */
export const SECTION3_2021: LabelSpec[] = SECTION3["2021"].map(labelSpec);

/** §三 in the 2019 template: (六)其他处理 is one row. */
export const SECTION3_2019: LabelSpec[] = SECTION3["2019"].map(labelSpec);

export { DERIVED_GROUPS };

/** §二 rows; `fields` name the cells in printed order. */
export interface ActiveRowSpec extends LabelSpec {
  fields: string[];
}

const activeRow = (row: ActiveRow): ActiveRowSpec => ({
  key: row.key,
  cores: [row.label],
  cells: row.fields.length,
  fields: [...row.fields],
});

export const SECTION2_2021: ActiveRowSpec[] = SECTION2["2021"].map(activeRow);
export const SECTION2_2019: ActiveRowSpec[] = SECTION2["2019"].map(activeRow);

/** §四: 15 cells in template order. */
export const REVIEW_GROUPS: readonly ReviewGroupKey[] = TEMPLATE_REVIEW_GROUPS.map((g) => g.key);
export const REVIEW_FIELDS: readonly ReviewResultKey[] = REVIEW_RESULTS.map((f) => f.key);

/** Section headings that bound the tables. */
export const HEADINGS = {
  active: ["主动公开政府信息情况"],
  applications: [
    "收到和处理政府信息公开申请情况",
    "收到和处理政府信息公开申请",
    "处理政府信息公开申请情况",
    "收到和处理政府信息",
  ],
  review: ["政府信息公开行政复议、行政诉讼情况", "行政复议、行政诉讼情况", "政府信息公开行政复议", "行政诉讼情况"],
  /** §四's own header words: where its table starts when the heading is misprinted ("行政法复议"). */
  reviewHeader: ["结果维持", "未经复议直接起诉"],
  /** §五 / §六 wording beyond the `after` headings: a report that prints any of it was not cut short. */
  closing: ["改进情况", "改进措施", "其他需要报告的事项", "需要说明的其他事项", "其他需要报告"],
  after: ["存在的主要问题及改进情况", "存在的主要问题", "主要问题及改进"],
  /** The first §三 row: tells the real §三 heading from one in a table of contents. */
  firstRow: ["本年新收"],
  /** The §三 header, where the table starts when its heading is missing. */
  applicants: ["申请人情况"],
} as const;

/** Every word §四's header prints (its cells follow the last of them; any other words end the table). */
export const REVIEW_HEADER_WORDS =
  "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉情况单位件";

/** Cells printed for "nothing" — a blank, not a zero. */
export const BLANK_MARKERS = new Set(["-", "—", "——", "–", "--", "/", "无", "－", "\\", "…", "/"]);

/** Family signals (REPORT-FORMATS.md "how to recognise"). */
export const FAMILY_SIGNALS = {
  "2021": ["本年制发件数", "本年废止件数", "现行有效件数", "逾期不补正", "逾期未按收费"],
  "2019": ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "政府集中采购", "本年增/减"],
  legacy: LEGACY_SIGNALS,
} as const;
