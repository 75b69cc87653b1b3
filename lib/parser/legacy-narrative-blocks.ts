/**
 * A small table of bare figures printed among a legacy report's sentences (项目 2017年 收到申请数 24 对申请的答复总数 24
 * 同意公开 8 …): the page's text puts its cells in a line, and the sentence reader would read its 同意公开 8 as a
 * statement. Whose figures they are the words around it tell: 附:全区2017年依申请公开情况, 平潭县国土资源局:,
 * 2017年第四季度依申请公开情况:, (以上为全区汇总数据), 注:上表为全区各单位合计 — another body's, or a part of the year's;
 * 我局2017年依申请公开情况 — the agency's own. Where nothing tells, and the sentences count the same kinds otherwise,
 * neither can be taken for the agency's.
 */

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

/** Words before the table naming another body, a wider area, a part of the year or an appended extract. */
const OTHER_LEAD = new RegExp(
  [
    "全区|全县|全市|全省|全岛|同期|各单位|各部门|汇总|附|参考|阅读|摘要|节选|",
    String.raw`季度|半年|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|\d{1,2}\s*月(?:底|末|份)?|截至|截止|`,
    "局属|下属|所属|直属|事业单位|网上申请|当面申请|信函申请|其中",
  ].join(""),
);

/** The agency's own words before the table (我局2017年依申请公开情况, 本单位). */
const OWN_LEAD = /我(?:局|委|办|乡|镇|处|区|县|市|中心|街道|单位)|本(?:局|委|办|乡|镇|单位|机关|部门|中心)/;

/** A body named before the table (平潭县国土资源局:, 平潭综合实验区社会事业局2014年…). */
const BODY_NAMED = /([\u4e00-\u9fff]{2,30}?(?:局|委员会|委|办公室|镇|乡|街道|中心|公司|院|所))(?:[:：]|(?:19|20)\d{2})/;

/** A note after the table saying whose figures they are (以上为全区汇总数据, 注:上表为全区各单位合计). */
const OTHER_AFTER = new RegExp(
  String.raw`^[\s。]{0,3}(?:注[:：])?[(（]?\s*(?:以上|上表|上述|该表|表中)[^。]{0,12}?` +
    "(?:全区|全县|全市|全省|全岛|汇总|各单位|各部门|合计)",
);

/**
 * Whose figures the table gives: `lead` the words before it (in its sentence, and a heading's before that), `after`
 * the words after it, `agency` the report's (from its title), `year` the year it covers.
 */
export function blockScope(
  block: RegExpExecArray,
  lead: string,
  after: string,
  agency: string,
  year: number | null,
): BlockScope {
  // A column of another year's (2015年1月 in a 2014 report) or of a part of the year's (2012年1-6月, 上半年).
  if ((year !== null && Number(block[1]) !== year) || block[2] !== "") return "other";
  const named = BODY_NAMED.exec(lead);
  if (OWN_LEAD.test(lead) && !named) return "own";
  if (OTHER_LEAD.test(lead) || OTHER_AFTER.test(after)) return "other";
  // (平潭综合实验区社会事业局 on 平潭综合实验区's page: a body of the area, not the report's own.)
  if (named && agency !== "") return agency.includes(named[1]) ? "own" : "other";
  return "unknown";
}
