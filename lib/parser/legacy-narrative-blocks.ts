/**
 * A small table of bare figures printed among a legacy report's sentences (项目 2017年 收到申请数 24 对申请的答复总数 24
 * 同意公开 8 …): the page's text puts its cells in a line, and the sentence reader would read its 同意公开 8 as a
 * statement. Whose figures they are the words around it tell: 附:全区2017年依申请公开情况, 平潭县国土资源局:,
 * 2017年第四季度依申请公开情况:, (以上为全区汇总数据), 注:上表为全区各单位合计 — another body's, or a part of the year's;
 * 我局2017年依申请公开情况 — the agency's own. Where nothing tells, and the sentences count the same kinds otherwise,
 * neither can be taken for the agency's.
 */
import { AREA_WORDS, CHANNEL_WORDS, HALF_OR_QUARTER, OWN_NAMED } from "./legacy-narrative-rules";

/**
 * The table's head: its label column's heading (项目, 指标, 类别, 内容, 事项, 名称, 统计项目) and a year's column
 * (2017年, 2018年1-2月, 2012年上半年), then two rows of a label and a bare figure (收到申请数 24 对申请的答复总数 24).
 */
export const TABLE_BLOCK = new RegExp(
  [
    String.raw`(?:^|[\s:：,，])(?:统计)?(?:项目|指标(?:名称)?|类别|内容|事项|名称)\s*((?:19|20)\d{2})\s*年(?:度)?([^\s。,，;；]{0,8})\s+`,
    String.raw`(?:[^\s\d,，。;；:：]{2,16}\s*\d{1,6}\s+){2}`,
  ].join(""),
);

/** The table's rows after its head, up to the words after it (its note). */
export const BLOCK_ROWS = /^(?:\s*[^\s\d,，。;；:：()（）]{2,16}\s*\d{1,6})*/;

export type BlockScope = "own" | "other" | "unknown";

/** Words before or after a table naming another body or a wider area (附:全区…, 各单位合计, 同期…). */
export const ANOTHER_BODY_SCOPE = new RegExp(`${AREA_WORDS}|各单位|各部门|各乡镇|下属|局属|所属|直属|汇总|同期`);

/** Words before the table naming an appended extract or a part of the applications (附, 参考, 延伸阅读, 其中网上申请). */
const OTHER_LEAD = new RegExp(`附|参考|阅读|摘要|节选|事业单位|其中|(?:${CHANNEL_WORDS})申请`);

/** A part of the year (上半年, 第四季度, 1-6月, 截至6月底); the whole year's span (1-12月, 1月1日至12月31日) is none. */
const PART_OF_YEAR = new RegExp(String.raw`${HALF_OR_QUARTER}|\d{1,2}\s*月`);
const WHOLE_YEAR =
  /(?<!\d)1\s*月?(?:1\s*日)?\s*(?:[-—–~至到]|起至)\s*(?:(?:19|20)\d{2}\s*年)?12\s*月|12\s*月\s*(?:31\s*日|底|末)/;

/** A body named before the table (平潭县国土资源局:, 平潭综合实验区社会事业局2014年…). */
const BODY_NAMED = /([\u4e00-\u9fff]{2,30}?(?:局|委员会|委|办公室|镇|乡|街道|中心|公司|院|所))(?:[:：]|(?:19|20)\d{2})/;

/** A note after the table saying whose figures they are (以上为全区汇总数据, 注:上表为全区各单位合计). */
const OTHER_AFTER = new RegExp(
  String.raw`^[\s。]{0,3}(?:注[:：])?[(（]?\s*(?:以上|上表|上述|该表|表中)[^。]{0,12}?(?:${ANOTHER_BODY_SCOPE.source}|合计)`,
);

const partOfYear = (words: string) => PART_OF_YEAR.test(words) && !WHOLE_YEAR.test(words);

/**
 * Whose figures the table gives: `lead` the words of its heading (before it), `after` the words after it, `agency`
 * the report's (from its title), `year` the year it covers.
 */
export function blockScope(
  block: RegExpExecArray,
  lead: string,
  after: string,
  agency: string,
  year: number | null,
): BlockScope {
  // A column of another year's (2015年1月 in a 2014 report) or of a part of the year's (2012年1-6月, 上半年).
  if (year !== null && Number(block[1]) !== year) return "other";
  if (block[2] !== "" && partOfYear(block[2])) return "other";
  const named = BODY_NAMED.exec(lead);
  if (OWN_NAMED.test(lead) && !named) return "own";
  if (ANOTHER_BODY_SCOPE.test(lead) || OTHER_LEAD.test(lead) || partOfYear(lead) || OTHER_AFTER.test(after)) {
    return "other";
  }
  // (平潭综合实验区社会事业局 on 平潭综合实验区's page: a body of the area, not the report's own.)
  if (named && agency !== "") return agency.includes(named[1]) ? "own" : "other";
  return "unknown";
}
