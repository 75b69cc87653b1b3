import { regionPath } from "@/lib/regions/divisions";
import { longestMentionAt } from "@/lib/regions/name-index";

/**
 * Another page's text that the site's widgets print inside this one ("相关阅读:某局2022年…年度报告(节选) 三、… 阅读全文>>"):
 * its tables are not the report's own. Blanked before the page is read (positions and line breaks kept, so every
 * source still points into the page as printed).
 */

/**
 * Where such a widget starts: its heading (相关阅读, 【相关阅读】, 相关新闻, 猜你喜欢…), then within the first clause
 * another report's title marked as a part of it (…年度报告(节选), …统计表(摘要), …报告 节选:). A widget of titles
 * alone (相关阅读:…年度报告 …指南) may be followed by the page's whole report and a "阅读全文>>" at its foot: that is
 * the page, not an excerpt.
 */
const EXCERPT_START = new RegExp(
  String.raw`(?:【\s*)?(?:(?:相关|延伸|推荐)阅读|相关(?:新闻|文章)|猜你喜欢)\s*】?\s*[:：]?[^。\n]{0,160}?` +
    String.raw`(?:报告|统计表)\s*(?:[(（]\s*(?:节选|摘要|摘录|节录)\s*[)）]|(?:节选|摘要|摘录)\s*[:：])`,
  "g",
);
/** The mark every widget's start holds: one cheap test rules most pages out. */
const PART_MARK = /节选|摘要|摘录|节录/;
/** The page's own title (the crawler's 标题 line): a widget never holds it. */
const OWN_TITLE = /^标题\s*[:：]\s*(\S.{5,}?)\s*$/m;
const EXCERPT_END = /(?:阅读|查看)(?:全文|原文)\s*(?:>>|>|»|》)?|(?:详细|更多)\s*(?:>>|»|》)/g;
/** How far past its start the widget's end link is looked for (a whole §三 and §四 run ~3,000 characters). */
const EXCERPT_SPAN = 12_000;
/**
 * Words only a statistical table prints, or a sentence counting applications or answers (…(摘要):2012年共受理政府
 * 信息公开申请8件,同意公开6件…): a widget without them is a links list, left as it is.
 */
const TABLE_WORDS =
  /本年新收|申请人情况|结果维持|指\s*标\s*名\s*称|统计表|申请总数|行政复议数|(?:受理|收到)[^。]{0,24}?申请[^。]{0,8}?\d|同意公开\s*\d/;

export function blankExcerpts(text: string): string {
  if (!PART_MARK.test(text)) return text;
  const title = OWN_TITLE.exec(text)?.[1];
  let out = text;
  EXCERPT_START.lastIndex = 0;
  for (let m = EXCERPT_START.exec(text); m; m = EXCERPT_START.exec(text)) {
    EXCERPT_END.lastIndex = m.index + m[0].length;
    const end = EXCERPT_END.exec(text);
    if (!end || end.index > m.index + EXCERPT_SPAN) continue;
    const stop = end.index + end[0].length;
    const widget = text.slice(m.index, stop);
    if (!TABLE_WORDS.test(widget) || (title !== undefined && widget.includes(title))) continue;
    out = out.slice(0, m.index) + blank(widget) + out.slice(stop);
    EXCERPT_START.lastIndex = stop;
  }
  return out;
}

/** Long forms and the short forms clerks write for them (金井湾片区管理委员会 → 金井湾片区管委会). */
const SHORT_FORMS: readonly [RegExp, string][] = [
  [/管理委员会/g, "管委会"],
  [/委员会/g, "委"],
  [/人民政府/g, "政府"],
  [/办公室/g, "办"],
];
const shortForm = (name: string) => SHORT_FORMS.reduce((n, [long, short]) => n.replace(long, short), name);
/** How many leading characters two names share before they may be one agency's (金井湾片区…, not 某区…). */
const SHARED_HEAD = 4;

/**
 * Whether a name an attachment gives may be the page's own agency's: one holds the other once both are in short
 * forms, or they begin alike (the same 片区, 镇 or 局 written two ways). Only a plainly other agency's quote is blanked.
 */
function mayBeSame(named: string, own: string): boolean {
  const [a, b] = [shortForm(named), shortForm(own)];
  return (
    a.includes(b) || b.includes(a) || (a.length >= SHARED_HEAD && a.slice(0, SHARED_HEAD) === b.slice(0, SHARED_HEAD))
  );
}

/** An attachment quoting another report in part (附件2:某局2021年度政府信息公开工作年度报告(节选)), or its 统计表. */
const QUOTED_REPORT = new RegExp(
  String.raw`(?:附件\s*\d{0,2}|附)\s*[:：]\s*([\u3400-\u9fff]{2,40}?)(?:19|20)\d{2}年度?` +
    String.raw`(?:政府信息公开(?:工作)?年度报告\s*[(（]\s*(?:节选|摘要|摘录)\s*[)）]|政府信息公开情况统计表)`,
  "g",
);
/** An area's designation after its place name (平潭综合实验区, 某市经济技术开发区): no sign of whose report it is. */
const AREA_WORD = /^(?:综合(?:实验|试验)区|经济(?:技术)?开发区|高新(?:技术产业开发)?区|新区)/;

/**
 * The page's agency's name without its place names (the division data's full and short forms, 福清市 or 福清) and
 * the units they name with their ancestors: another name's place is dropped only where it is one of these (莆田市
 * 城厢区民政局 on 城厢区民政局's page), so two districts' bureaus are never made one.
 */
const OWN_PLACES = new Map<string, { own: string; units: Set<string> }>();
const OWN_PLACES_MAX = 10_000;

/** ownPlaces of names met before: an agency's pages of every year name it alike (the result is read, never changed). */
function ownPlaces(agency: string): { own: string; units: Set<string> } {
  let places = OWN_PLACES.get(agency);
  if (places === undefined) {
    if (OWN_PLACES.size >= OWN_PLACES_MAX) OWN_PLACES.clear();
    OWN_PLACES.set(agency, (places = placesOnce(agency)));
  }
  return places;
}

function placesOnce(agency: string): { own: string; units: Set<string> } {
  const units = new Set<string>();
  let own = agency;
  for (let m = longestMentionAt(own, 0); m && own.length - m.text.length >= 2; m = longestMentionAt(own, 0)) {
    for (const hit of m.hits) for (const step of regionPath(hit.unit.code)) units.add(step.code);
    own = own.slice(m.text.length);
  }
  return { own: own.replace(AREA_WORD, ""), units };
}

/** A name an attachment or widget gives, without the page's own places (a place of its own is kept). */
function withoutPlaces(name: string, units: Set<string>): string {
  let rest = name;
  for (let m = longestMentionAt(rest, 0); m?.hits.some((h) => units.has(h.unit.code)); ) {
    rest = rest.slice(m.text.length);
    m = rest.length >= 2 ? longestMentionAt(rest, 0) : null;
  }
  return rest.replace(AREA_WORD, "");
}

/** The blanked span: every character but the line breaks (positions and lines hold). */
const blank = (s: string) => s.replace(/[^\n]/g, " ");

/** The first of several places a span may end at, from `from` on (the page's end where none is found). */
function firstStop(text: string, from: number, res: RegExp[], words: string[]): number {
  let stop = text.length;
  for (const re of res) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (m && m.index < stop) stop = m.index;
  }
  for (const w of words) {
    const i = w ? text.indexOf(w, from) : -1;
    if (i >= 0 && i < stop) stop = i;
  }
  return stop;
}

/**
 * Another agency's report quoted in part as an attachment (附件2:B局2021年度…年度报告(节选) and its tables): blanked up
 * to the page's own agency's name (its own report printed after it) or the page's end. Only where the quote names an
 * agency that is not the page's (neither name holds the other): a page's own report is never an excerpt of itself.
 * Then the site's widgets naming another report without marking it a part (上一篇:B局2011年…年度报告 <its 统计表>),
 * and a table titled with a year before the report's (附:2020年度政府信息公开情况统计表(对比)): not this year's; a table
 * introduced or footnoted as another year's, area's or period's (see blankIntroducedTables). `reportYear`: the year
 * of the page's title where the page does not state it again (`year`).
 */
export function blankQuotedReports(
  text: string,
  agency: string | null,
  year: number | null = null,
  reportYear: number | null = null,
): string {
  let out = text;
  const attached = text.includes("附");
  const widget = WIDGET_CUE.test(text);
  // The agency's own places are worked out only for a page that may quote another's report.
  const { own, units } = attached || widget ? ownPlaces(agency ?? "") : { own: "", units: new Set<string>() };
  if (own.length >= 2 && attached) {
    QUOTED_REPORT.lastIndex = 0;
    for (let m = QUOTED_REPORT.exec(text); m; m = QUOTED_REPORT.exec(text)) {
      const named = withoutPlaces(m[1], units);
      if (named.length < 2 || mayBeSame(named, own)) continue;
      const next = text.indexOf(own, m.index + m[0].length);
      const stop = next < 0 ? text.length : next;
      if (!TABLE_WORDS.test(text.slice(m.index, stop))) continue;
      out = out.slice(0, m.index) + blank(text.slice(m.index, stop)) + out.slice(stop);
      QUOTED_REPORT.lastIndex = stop;
    }
  }
  if (own.length >= 2 && widget) out = blankWidgets(text, out, own, units);
  if (year !== null) out = blankEarlierTables(text, out, year);
  return blankIntroducedTables(text, out, reportYear ?? year, agency);
}

/**
 * A widget's heading (相关阅读, 相关文章, 猜你喜欢, 上一篇, 下一篇…) and the title of another agency's report: what the
 * site prints after it, up to its end link or the next widget, is that report's. (A widget naming the agency's own
 * report of another year may be the page's chrome over its own report: last year's tables are told by their titles.)
 */
const WIDGET_HEAD = String.raw`(?:【\s*)?(?:(?:相关|延伸|推荐)阅读|相关(?:新闻|文章|链接)|猜你喜欢|上一篇|下一篇)`;
const WIDGET_TITLE = new RegExp(
  String.raw`${WIDGET_HEAD}\s*】?\s*[:：]?\s*([\u3400-\u9fff]{2,40}?)((?:19|20)\d{2})年度?` +
    String.raw`[\u3400-\u9fff]{0,16}?(?:年度报告|年报|统计表)`,
  "g",
);
const WIDGET_CUE = /相关|猜你喜欢|上一篇|下一篇|推荐阅读|延伸阅读/;
const NEXT_WIDGET = new RegExp(WIDGET_HEAD, "g");
const END_LINK = /(?:阅读|查看)(?:全文|原文|详情)|(?:详细|更多)\s*(?:>>|»|》)/g;
/**
 * A report's own opening section: a span holding it is a whole report (the page's, or two on one page), not a
 * widget.
 */
const REPORT_START = /[一1][、.．]\s*[^。\s]{0,12}?(?:总体情况|概述|概况)/;

function blankWidgets(text: string, out: string, own: string, units: Set<string>): string {
  const title = OWN_TITLE.exec(text)?.[1] ?? "";
  WIDGET_TITLE.lastIndex = 0;
  for (let m = WIDGET_TITLE.exec(text); m; m = WIDGET_TITLE.exec(text)) {
    const named = withoutPlaces(m[1], units);
    if (named.length >= 2 && mayBeSame(named, own)) continue;
    // The widget ends at its end link, the next widget, or where the page names its own agency (its report after it).
    const stop = firstStop(text, m.index + m[0].length, [END_LINK, NEXT_WIDGET], [title, own]);
    const span = text.slice(m.index, stop);
    if (stop - m.index > EXCERPT_SPAN || !TABLE_WORDS.test(span) || REPORT_START.test(span)) continue;
    out = out.slice(0, m.index) + blank(span) + out.slice(stop);
    WIDGET_TITLE.lastIndex = stop;
  }
  return out;
}

/**
 * A table's title naming its year (2020年度政府信息公开情况统计表, …2020年度收到和处理政府信息公开申请情况), or with its
 * year after it (某局政府信息公开统计表(2023年度)).
 */
const YEAR_TABLE_TITLE = new RegExp(
  String.raw`((?:19|20)\d{2})年度?[\u3400-\u9fff]{0,24}?(?:统计表|统计数据|申请情况|公开情况)|` +
    String.raw`(?:统计表|统计数据)\s*[(（]\s*((?:19|20)\d{2})\s*年度?\s*[)）]`,
  "g",
);
/** A table's header right after its title (§二's 第二十条 where the title heads the form's every table). */
const TABLE_HEAD = /指\s*标\s*名\s*称|申请人情况|本年新收|三、\s*收到和处理|第二十条/;
const TABLE_HEAD_SPAN = 80;
/** The report's own section heading right before the year (三、2020年度收到和处理…: last year's heading copied). */
const OWN_HEADING_END = /[一二三四五六七八九十][、.．]\s*$/;
/**
 * Where the quoted table ends: a section heading of the report (not one of §三's rows or §四's heading, which a quoted
 * 2019/2021 table prints), another attachment, or the report's year named again.
 */
const SECTION_HEADING =
  /[一二五六七八]、(?!\s*(?:本年新收|上年结转))|三、(?!\s*(?:本年度办理|收到和处理))|四、(?!\s*(?:结转下年|政府信息公开行政复议))|附[件表]\s*\d{0,2}\s*[:：]/g;

/** Words marking a table as last year's, for comparison (…统计表(对比), 去年同期, 上年度…). */
const LAST_YEARS_MARK = /对比|对照|比较|上年|去年|往年|供参/;
const MARK_SPAN = 24;
const OWN_SECTION = /三、\s*收到和处理政府信息公开申请情况/g;
const LEGACY_TABLE_HEAD = /指\s*标\s*名\s*称/g;

/** Whether `re` matches outside [from, to). */
function outsideSpan(re: RegExp, text: string, from: number, to: number): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m.index < from || m.index >= to) return true;
  return false;
}

/**
 * Whether a table titled with an earlier year is last year's rather than this report's own under a stale title (a
 * clerk's copied 附件:…2015年度…统计表 on a 2016 report, its only table): marked for comparison; an old 统计表 on a
 * 2019-or-later report; or the page prints its own table or §三 heading beside it.
 */
function lastYears(text: string, from: number, to: number, head: string, year: number): boolean {
  if (LAST_YEARS_MARK.test(text.slice(Math.max(0, from - MARK_SPAN), from + MARK_SPAN * 3))) return true;
  const legacy = /^指/.test(head);
  if (legacy) return year >= 2019 || outsideSpan(LEGACY_TABLE_HEAD, text, from, to);
  return outsideSpan(OWN_SECTION, text, from, to);
}

/**
 * A table titled with a year before the report's (附:2020年度政府信息公开情况统计表(对比) on a 2021 report, or in
 * the text: 与2021年对比情况如下:2021年度…统计表): last year's figures, blanked up to the next section. Not where the
 * report's own year stands just before it (2022年、2021年度对比统计表 holds both years), nor where it heads the report's
 * own section (三、2020年度收到和处理…申请情况: a heading copied from last year's report over this year's table).
 */
function blankEarlierTables(text: string, out: string, year: number): string {
  const title = OWN_TITLE.exec(text)?.[1] ?? "";
  const current = `${year}年`;
  YEAR_TABLE_TITLE.lastIndex = 0;
  for (let m = YEAR_TABLE_TITLE.exec(text); m; m = YEAR_TABLE_TITLE.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if (Number(m[1] ?? m[2]) >= year || before.includes(current) || OWN_HEADING_END.test(before)) continue;
    const from = m.index + m[0].length;
    const head = TABLE_HEAD.exec(text.slice(from, from + TABLE_HEAD_SPAN));
    if (!head) continue;
    let stop = firstStop(text, from, [SECTION_HEADING], [title, current]);
    if (stop - m.index > EXCERPT_SPAN || !lastYears(text, m.index, stop, head[0], year)) continue;
    // A §三 table inside the page's own §三 ends at the page's own §四.
    if (!/^指/.test(head[0])) stop = Math.min(stop, ownReviewHeading(text, from));
    out = out.slice(0, m.index) + blank(text.slice(m.index, stop)) + out.slice(stop);
    YEAR_TABLE_TITLE.lastIndex = stop;
  }
  return blankLastYearsSection(text, out, year, title);
}

/** An earlier year (2020年, 20年度, 上一年度, 去年同期, 往年) in the words before a second §三 heading. */
const EARLIER_CUE = /(?:^|[^\d])((?:19|20)?\d{2})\s*年|上一?年度|去年|往年/g;
const CUE_SPAN = 60;

/**
 * §三's heading printed again after the page's own (附:上一年度(2018年)政府信息公开情况 三、收到和处理…, 去年同期数据如下:
 * 三、…, 【往年数据】2021年度 三、…) with an earlier year or last year's words just before it: that table is last
 * year's, blanked up to the report's next section.
 */
function blankLastYearsSection(text: string, out: string, year: number, title: string): string {
  OWN_SECTION.lastIndex = 0;
  const first = OWN_SECTION.exec(text);
  if (!first) return out;
  for (let m = OWN_SECTION.exec(text); m; m = OWN_SECTION.exec(text)) {
    const cue = text.slice(Math.max(first.index + first[0].length, m.index - CUE_SPAN), m.index);
    EARLIER_CUE.lastIndex = 0;
    let earlier = false;
    for (let c = EARLIER_CUE.exec(cue); c; c = EARLIER_CUE.exec(cue)) {
      const y = c[1] === undefined ? year - 1 : Number(c[1].length === 2 ? `20${c[1]}` : c[1]);
      if (y === year) earlier = false;
      else if (y < year) earlier = true;
    }
    if (!earlier) continue;
    const from = m.index + m[0].length;
    const stop = firstStop(text, from, [SECTION_HEADING], [title, `${year}年`]);
    if (stop - m.index > EXCERPT_SPAN) continue;
    out = out.slice(0, m.index) + blank(text.slice(m.index, stop)) + out.slice(stop);
    OWN_SECTION.lastIndex = stop;
  }
  return out;
}

const S3_HEAD = /申请人情况/g;
const S4_HEAD = /行政复议\s*行政诉讼\s*结果维持/g;
/** A table's header: §三's (申请人情况), §四's (行政复议 行政诉讼 结果维持…) or the 统计表's (指标名称). */
const INTRODUCED_HEAD = /申请人情况|行政复议\s*行政诉讼\s*结果维持|指\s*标\s*名\s*称/g;
/** How far before a header its lead-in is looked for. */
const LEAD_SPAN = 40;
/** The lead-in's last clause: after the last stop, comma or opening bracket. */
const CLAUSE_START = /[。,，;；(（]/;
/** A lead-in ends with a colon or 如下 right before the header (…情况如下:, 2020年度数据:, (去年同期:). */
const LEAD_END = /(?:[:：]|如下)\s*$/;
/** Another year's words (上年度, 去年同期, 往年) or a part of a year (上半年, 1-6月, 第三季度) in a lead-in. */
const OTHER_TERM =
  /上一?年|去年|往年|同期|上半年|下半年|(?<!\d)(?:[1-9]|1[01])\s*[-—~至到]\s*(?:[1-9]|1[01])\s*月|季度/;
/** A wider area's (全区汇总情况如下:, 下表为实验区各部门合计数:): another body's figures on a unit's page. */
const OTHER_AREA = /全[区市县省]|(?:实验区|[区市县])(?:各部门|各单位|汇总|合计)|各(?:部门|单位)(?:汇总|合计)/;
/** An agency that is an area's own government (its 全区 is its own): not a unit inside it. */
const AREA_GOVERNMENT = /(?:人民政府|政府|实验区|管委会|管理委员会)$/;
const UNIT_OF_AREA = /片区|[镇乡]|街道|局|办/;
/** A year as printed (2020年), not a full date's (the report's signing date, 2010年4月10日). */
const PRINTED_YEAR = /((?:19|20)\d{2})\s*年(?!\d{1,2}月\d{1,2}日)/g;
/**
 * A note after a table saying whose figures it holds ((注:上表为2020年度数据,供参考), (注:附表为上年度统计数据)):
 * the year it names.
 */
const TABLE_NOTE = new RegExp(
  String.raw`[(（]\s*注\s*[:：]\s*(?:上表|附表|本表|该表|以上|表中)[^)）。]{0,6}?(?:为|系|是)[^)）。\d]{0,6}?` +
    String.raw`(上一?年度?|去年|往年|(?:19|20)\d{2}\s*年)[^)）]{0,24}[)）]`,
  "g",
);
/** The report's own §三 and §四 headings. */
const OWN_S3 = /三、\s*收到和处理政府信息公开申请/;
const OWN_S4 = /四、\s*政府信息公开行政复议/g;

/** Whether a lead-in clause names another year than the report's (neither it nor a term of its own). */
function otherYearNamed(clause: string, year: number | null): boolean {
  let other = false;
  PRINTED_YEAR.lastIndex = 0;
  for (let m = PRINTED_YEAR.exec(clause); m; m = PRINTED_YEAR.exec(clause)) {
    if (year === null || Number(m[1]) === year) return false;
    other = true;
  }
  return other || OTHER_TERM.test(clause);
}

/** Whether the clause before a header introduces another year's, area's or period's table. */
/** The form's own note over §三's table, printed between a lead-in and the header (…情况如下:(本列数据的勾稽关系为…)). */
const FORM_NOTE_AT_END = /\(\s*本列数据的勾稽关系[^()]{0,40}\)\s*$/;
const FORM_NOTE_MAX = 48;

/** The lead-in before a header at `at`: the LEAD_SPAN characters before it, the form's note between left out. */
function leadBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - LEAD_SPAN - FORM_NOTE_MAX), at);
  const note = before.includes("勾稽") ? FORM_NOTE_AT_END.exec(before) : null;
  const lead = note ? before.slice(0, note.index) : before;
  return lead.slice(Math.max(0, lead.length - LEAD_SPAN));
}

function introducedAsOther(lead: string, year: number | null, areaIsOther: boolean): boolean {
  if (!LEAD_END.test(lead)) return false;
  let start = 0;
  for (let i = lead.length - 1; i >= 0; i--) {
    if (CLAUSE_START.test(lead[i])) {
      start = i + 1;
      break;
    }
  }
  const clause = lead.slice(start);
  if (clause.includes("本年")) return false;
  return otherYearNamed(clause, year) || (areaIsOther && OTHER_AREA.test(clause));
}

/**
 * Where a 统计表 quoted after a lead-in ends: its rows print numbered headings of their own (一、主动公开情况, 五、行政复议数)
 * and no full stop, so at the report's next part (五、存在的主要问题, 附件) or the next sentence, whichever is first,
 * backed up to the last figure before it.
 */
const LEGACY_TABLE_END =
  /[一二三四五六七八九十]、\s*(?:存在|主要问题|其[他它]|需要|改进|下一步|工作中)|附件|。|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/g;

/** Just past the last figure in [from, to), or `to` where there is none. */
function afterLastFigure(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i + 1;
  }
  return to;
}

/**
 * The page's own §四 heading where a §三 table at `from` sits inside the page's own §三 (its heading printed before,
 * no §四 heading between) and it is the only §四 heading after: the quoted §三 table ends there. Else the page's end.
 */
function ownReviewHeading(text: string, from: number): number {
  const back = Math.max(0, from - EXCERPT_SPAN);
  const s3 = OWN_S3.exec(text.slice(back, from));
  if (!s3) return text.length;
  OWN_S4.lastIndex = back + s3.index;
  const s4 = OWN_S4.exec(text);
  if (!s4 || s4.index < from || OWN_S4.exec(text)) return text.length;
  return s4.index;
}

/**
 * Where a quoted table starting at `from` ends: the next section heading, the report's own year printed again
 * (2021年度(本年): its own table) or the next table's header of the same kind (the 统计表: see LEGACY_TABLE_END, its
 * header may name the year); for §三, the page's own §四 heading (ownReviewHeading).
 */
function quotedTableEnd(text: string, from: number, head: string, title: string, year: number | null): number {
  if (head === "指标名称") return afterLastFigure(text, from, firstStop(text, from, [LEGACY_TABLE_END], [title]));
  const next = head === "申请人情况" ? S3_HEAD : S4_HEAD;
  const stop = firstStop(text, from, [SECTION_HEADING, next], [title, year === null ? "" : `${year}年`]);
  return head === "申请人情况" ? Math.min(stop, ownReviewHeading(text, from)) : stop;
}

/**
 * A table the page introduces as another year's, area's or period's (本年度未收到…申请。上年度(2018年)情况如下:
 * 申请人情况…; 本年度无相关情况(去年同期:行政复议 行政诉讼…); 全区汇总情况如下:指标名称…; 2020年1-6月情况如下:…),
 * or footnotes so after it ((注:上表为2018年度数据)): not this year's own, blanked from its header to its end (the
 * next section, or the note). A comparison in a sentence (比上年增加5件,具体如下:) introduces nothing: only the clause
 * right before the header counts.
 */
function blankIntroducedTables(text: string, out: string, year: number | null, agency: string | null): string {
  const title = OWN_TITLE.exec(text)?.[1] ?? "";
  const areaIsOther = agency === null || !AREA_GOVERNMENT.test(agency) || UNIT_OF_AREA.test(agency);
  INTRODUCED_HEAD.lastIndex = 0;
  for (let m = INTRODUCED_HEAD.exec(text); m; m = INTRODUCED_HEAD.exec(text)) {
    if (!introducedAsOther(leadBefore(text, m.index), year, areaIsOther)) continue;
    const head = m[0].startsWith("指") ? "指标名称" : m[0].startsWith("申") ? "申请人情况" : "行政复议";
    const stop = quotedTableEnd(text, m.index + m[0].length, head, title, year);
    if (stop - m.index > EXCERPT_SPAN) continue;
    out = out.slice(0, m.index) + blank(text.slice(m.index, stop)) + out.slice(stop);
    INTRODUCED_HEAD.lastIndex = stop;
  }
  if (!text.includes("注")) return out;
  TABLE_NOTE.lastIndex = 0;
  for (let m = TABLE_NOTE.exec(text); m; m = TABLE_NOTE.exec(text)) {
    const printed = /\d{4}/.exec(m[1]);
    if (printed && (year === null || Number(printed[0]) === year)) continue;
    const from = Math.max(0, m.index - EXCERPT_SPAN);
    let start = -1;
    INTRODUCED_HEAD.lastIndex = from;
    for (let h = INTRODUCED_HEAD.exec(text); h && h.index < m.index; h = INTRODUCED_HEAD.exec(text)) start = h.index;
    if (start < 0) continue;
    const stop = m.index + m[0].length;
    out = out.slice(0, start) + blank(text.slice(start, stop)) + out.slice(stop);
  }
  return out;
}

/**
 * A cover letter sending the report on (关于报送2019年度政府信息公开工作年度报告的函 区政府办:现将我局…报送你办。据汇总,
 * 全区共受理…件 附件:2019年度…年度报告): its words are the sender's, and the area's totals it quotes are no figures of
 * the agency's report. Blanked from its title to the attachment line, or to the sentence sending the report on
 * (现将我局报告报送如下。) where no attachment line follows close by.
 */
const COVER_TITLE = /关于(?:报送|呈报|上报|报请|印发)[^。:：\n]{0,40}?年度?报告的?(?:函|报告|请示)/g;
const COVER_SPAN = 400;
const COVER_ATTACHMENT = /附件\s*\d{0,2}\s*[:：]\s*[^。\n]{0,60}?年度?报告/;
const COVER_SENT = /(?:报送|呈报|上报|报)(?:如下|你办|贵办|你处|你单位|你们|贵单位)[^。\n]{0,8}?。/;
const CRAWL_TITLE_LINE = /^标题\s*[:：]/;

export function blankCoverLetters(text: string): string {
  if (!text.includes("关于")) return text;
  let out = text;
  COVER_TITLE.lastIndex = 0;
  for (let m = COVER_TITLE.exec(text); m; m = COVER_TITLE.exec(text)) {
    // The crawler's 标题 line naming the letter is the page's title, not the letter's text.
    if (CRAWL_TITLE_LINE.test(text.slice(text.lastIndexOf("\n", m.index) + 1, m.index))) continue;
    const from = m.index + m[0].length;
    const span = text.slice(from, from + COVER_SPAN);
    const attached = COVER_ATTACHMENT.exec(span);
    const sent = attached ? null : COVER_SENT.exec(span);
    const end = attached ? from + attached.index : sent ? from + sent.index + sent[0].length : -1;
    if (end < 0) continue;
    out = out.slice(0, m.index) + blank(text.slice(m.index, end)) + out.slice(end);
    COVER_TITLE.lastIndex = end;
  }
  return out;
}

/** §四's header up to its first result words, and a 其中 row of the cases about disclosure (其中:因政府信息公开引起的案件). */
const S4_RESULTS_HEAD = /结果维持\s*结果纠正\s*其他结果\s*尚未审结\s*总计/g;
const DISCLOSURE_SUBROW = /其中\s*[:：]?\s*[^\d。]{0,20}?信息公开[^\d。]{0,12}/;
/** How far past the header's first result words the 其中 row is looked for (the header's rest and one row's cells). */
const SUBROW_SPAN = 400;
const LAST_TOTAL = "总计";

/** §四's all-cases row and the 其中 label after it: the span blanked, and the two labels as printed. */
export interface AllCasesRow {
  start: number;
  end: number;
  allLabel: string;
  subLabel: string;
}

/**
 * §四 printing all the agency's cases on a row (本中心全部案件 3 1 0 2 6 …, mostly 征收补偿) and then a 其中 row of those
 * about disclosure (其中:因政府信息公开引起的案件 1 0 0 0 1 …): the report's §四 is the 其中 row. The span of the
 * all-cases row (its label and cells, nothing but figures between) and the 其中 label, from `from` on (the §四 reader
 * blanks it, so it meets the header and the disclosure row's cells), or null.
 */
export function allCasesRow(text: string, from = 0): AllCasesRow | null {
  if (!text.includes("其中", from) || !text.includes("结果维持", from)) return null;
  S4_RESULTS_HEAD.lastIndex = from;
  const head = S4_RESULTS_HEAD.exec(text);
  if (!head) return null;
  const after = head.index + head[0].length;
  const window = text.slice(after, after + SUBROW_SPAN);
  const sub = DISCLOSURE_SUBROW.exec(window);
  if (!sub) return null;
  const before = window.slice(0, sub.index);
  const firstDigit = before.search(/\d/);
  if (firstDigit < 0) return null;
  // The row's label starts after the header's last word (总计); only cells between it and the 其中 row.
  const labelStart = before.lastIndexOf(LAST_TOTAL, firstDigit);
  const cells = before.slice(firstDigit);
  const label = labelStart < 0 ? "" : before.slice(labelStart + LAST_TOTAL.length, firstDigit).trim();
  if (label.length < 2 || !/^[\d\s]+$/.test(cells) || (cells.match(/\d+/g)?.length ?? 0) < 5) return null;
  // The 其中 row prints its own cells.
  if (!/^\s*\d/.test(window.slice(sub.index + sub[0].length))) return null;
  const start = after + labelStart + LAST_TOTAL.length;
  const end = after + sub.index + sub[0].length;
  return { start, end, allLabel: label, subLabel: sub[0].trim() };
}

/**
 * The page with §四's all-cases row and its 其中 label blanked, same length and lines: the row allCasesRow found (the
 * §四 reader finds it once, to choose it and to blank it), or the page's first.
 */
export function blankAllCasesRow(text: string, row: AllCasesRow | null = allCasesRow(text)): string {
  return row ? text.slice(0, row.start) + blank(text.slice(row.start, row.end)) + text.slice(row.end) : text;
}
