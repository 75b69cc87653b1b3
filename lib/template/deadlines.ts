/**
 * The legal deadline for publishing an annual report, as data with its source. Imports nothing: the scorecard
 * (lib/scorecard/timely.ts) reads it, and the collect work may too.
 *
 * A report of year Y is due in year Y + 1 by `month`/`day`. The first rule whose years, kinds and levels all match
 * applies. Kinds and levels are the parser's values (lib/parser/types.ts: AgencyKind, AgencyLevel).
 */

export interface DeadlineRule {
  /** Report years the rule applies to, inclusive. */
  years: readonly [number, number];
  /** Agency kinds the rule names; null = every kind. */
  kinds: readonly string[] | null;
  /** Agency levels the rule names; null = every level. */
  levels: readonly string[] | null;
  month: number;
  day: number;
  /** Who the rule applies to, in words. */
  applies: string;
  /** The provision, quoted, for the UI and the CSV. */
  source: string;
  /** Where our reading goes beyond the text (which agencies the article names), said plainly. */
  note?: string;
}

const ARTICLE_49_1 =
  "《中华人民共和国政府信息公开条例》（2019年修订，国务院令第711号，2019年5月15日施行）第四十九条第一款：" +
  "县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本部门上一年度政府信息公开工作年度报告并向社会公布。";
const ARTICLE_49_2 =
  "《中华人民共和国政府信息公开条例》（2019年修订）第四十九条第二款：" +
  "县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告。";
const ARTICLE_31_2007 =
  "《中华人民共和国政府信息公开条例》（2007年，国务院令第492号，2008年5月1日施行）第三十一条：" +
  "各级行政机关应当在每年3月31日前公布本行政机关的政府信息公开工作年度报告。";

/** The 2019 text took effect on 2019-05-15: reports of 2019 (published in 2020) are the first it governs. */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    years: [2019, 9999],
    // A 政府办公室/办公厅 publishing its own report is one of the government's departments.
    kinds: ["department", "government_office"],
    levels: ["national", "province", "city", "county"],
    month: 1,
    day: 31,
    applies: "县级以上人民政府部门（含政府办公室、办公厅）",
    source: ARTICLE_49_1,
  },
  {
    years: [2019, 9999],
    kinds: null,
    levels: null,
    month: 3,
    day: 31,
    applies: "县级以上地方人民政府，以及乡镇、街道等其他机关",
    source: ARTICLE_49_2,
    note: "条例第四十九条未规定乡镇、街道及县级以下部门的期限，按本级政府的3月31日计。",
  },
  {
    years: [2008, 2018],
    kinds: null,
    levels: null,
    month: 3,
    day: 31,
    applies: "各级行政机关",
    source: ARTICLE_31_2007,
  },
];
