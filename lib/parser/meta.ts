/**
 * Normalised lines → report metadata: the agency's name, the year the report covers (with the evidence for
 * it, so R6 can flag disagreement), the publication date and the narrative's own application count.
 *
 * Agency name sources, most trusted first: title, "现公布X2023年度…报告", the signature above a closing date,
 * "填报单位(盖章):X", the opening sentence "2023年,X以…". Only a few lines are examined, each with cheap
 * `includes` filters first: this runs once per report in the ingest hot path.
 */
import { blankMarkupResidue } from "./markup-residue";
import { findAppsReceived, findAreaNote, findNoneUnderApplications, printsAreaTable } from "./meta-narrative";

export interface ReportMeta {
  agencyName: string | null;
  agencyLine: number | null;
  /** The year the report covers (never the publication year). */
  year: number | null;
  /** `tableHeader`: the 统计表's value column ("指标名称 单位 2015年度 历年累计"), read only when nothing else states
   * the year; it can be a year off (pt-legacy-07 heads 2015年度 for 2016), so R6 flags a year taken from it.
   * `dated`: the year before the page's date (发布时间, the archive URL's month, the signature), read only when
   * nothing else names a year and the date falls in January–June, when last year's reports are published. */
  yearEvidence: { title?: number; period?: number; body?: number; tableHeader?: number; dated?: number };
  /** YYYY-MM-DD when the document states one, else null. */
  published: string | null;
  narrative: {
    appsReceived?: { value: number; line: number; after?: string; raw?: string; newOnly?: boolean };
    /** §四's heading followed by the page's word that it has nothing there (本年度无相关数据). */
    casesNone?: { line: number; raw?: string };
    /** A 统计表 titled as the whole area's (附：全区政府信息公开情况统计表). */
    areaTable?: boolean;
    /** A department's page noting a table as the whole area's ((注：上表为全区各部门汇总数据)). */
    areaNote?: { line: number; raw: string };
  };
}

interface Found {
  name: string;
  line: number;
}

const TITLE_SCAN = 12;
const SIGNATURE_MAX_LINE = 64;
const MAX_TITLE = 60;
const AGENCY_SUFFIX =
  /(?:政府|办公室|办公厅|办事处|管委会|委员会|局|委|办|街道|乡|镇|中心|院|厅|部|署|所|站|会|处|馆|社|司|队|旗|场)$/;
const NAME_PUNCT = /[,。:;!?、《》()“”"'|<>/\\\d]/;
const OPENING_RE =
  /^(\d{4})年度?,(.{2,30}?)(?:以|坚持|在|按照|认真|深入|严格|紧紧|围绕|全面|始终|不断|高度|继续|进一步|积极|持续|着力|聚焦|扎实|深化|共|政府信息|政务公开)/;

/** "现公布朝阳市民政局2023年度政府信息公开工作报告", "现将X2023年…报告公布如下", "编制X2012年度…报告". */
const ANNOUNCED_RE =
  /(?:现(?:予)?公布|现将|特发布|现发布|向社会公布|编制)(.{2,40}?)(\d{4})年度?(?:政府信息公开|政务公开|信息公开)/;
/**
 * "我局", "本机关", "全市": a sentence about the agency, not its name. Place names also start with these
 * characters (本溪市, 全椒县), so only a short word or a generic noun after them counts.
 */
const SELF_REFERENCE = /^[我本全各该](?:.{0,2}$|机关|单位|部门|系统|局|委|办|市|区|县|镇|乡|街道|中心|厅|院|级)/;
/** A line opening with a year ("2023年,", "2023 年,"): the only lines the opening sentence can be. */
const LEADING_YEAR = /^\s*\d{4}\s*年/;
/** Words before a year that hold no sentence (no 。 or comma): page chrome, then the opening "2023年,". */
const CHROME_BEFORE_YEAR = /^[^。,;]{0,200}?\s(?=\d{4}\s*年)/;
/** A sentence that mentions the report is not its title, nor is a cover letter's ("关于报送…报告的函"). */
const NOT_TITLE =
  /^(?:根据|现将|现公布|现予公布|按照|依据|依照|编制|关于(?:报送|上报|呈报|提交|印发|转发))|。|的(?:函|通知|请示)$/;

function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

function validYear(y: number): number | undefined {
  return y >= 2000 && y <= 2099 ? y : undefined;
}

/**
 * A bracketed part of an official name: "(工业园区)城南街道", "中国(上海)自由贸易试验区", "科技城(东渚街道)"
 * (26 units of the 2023 division list are named so). Characters only; a stamp note "(盖章)" is no name.
 */
const NAME_GROUP = /\([\u3400-\u9fff]{1,15}\)/g;
const STAMP_NOTE = /\((?:盖章|印章|签章|公章|章)\)/;

function isName(text: string): boolean {
  return (
    text.length >= 2 && text.length <= 40 && !STAMP_NOTE.test(text) && !NAME_PUNCT.test(text.replace(NAME_GROUP, ""))
  );
}

function cleanName(text: string): string {
  return text
    .replace(/^[《【]/, "")
    .replace(/^关于/, "")
    .replace(/(?:关于|的)$/, "");
}

/**
 * The name in a title is what precedes 政府信息公开 once the year is taken out, wherever the year stands:
 * "同江市繁荣街道2023年政府信息公开…", "XX局政府信息公开工作年度报告(2023年度)", and
 * "2023年度瓯海区人民政府信息公开…" where the name runs into 政府信息公开 (人民 + 政府).
 */
function titleName(title: string): string {
  const rest = title.replace(/[([【]?\d{4}年度?[)\]】]?/, "");
  const cut = rest.search(/政府信息公开|政务公开|信息公开/);
  if (cut <= 0) return "";
  const name = cleanName(rest.slice(0, cut));
  return name.endsWith("人民") ? `${name}政府` : name;
}

/** A web archive's or a CMS export's field label before the title ("标题: X局2022年…报告"). */
const TITLE_FIELD = /^(?:标题|题目|文章标题|信息名称|名称):/;

/** "同江市繁荣街道2023年政府信息公开工作年度报告" → name + year; the name may sit on the line above (PDF). */
function readTitle(lines: string[]): { found?: Found; year?: number } {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < TITLE_SCAN; i++) {
    // A Markdown heading or bold title ("# X局2022年…报告", "**…**") from a PDF converted by another tool;
    // a cover letter's "附件:X局2023年…报告" names the report it carries.
    const c = compact(lines[i])
      .replace(/^#{1,6}|\*\*|__/g, "")
      .replace(/^附件\d{0,2}:?/, "")
      .replace(TITLE_FIELD, "");
    if (c === "") continue;
    seen++;
    if (c.length > MAX_TITLE) {
      const lead = yearFirstTitle(c, i + 1);
      if (lead) return lead;
    }
    if (c.length > MAX_TITLE || !c.includes("报告") || !c.includes("公开") || NOT_TITLE.test(c)) continue;
    const ym = /(\d{4})年/.exec(c);
    const year = ym ? validYear(Number(ym[1])) : undefined;
    const name = titleName(c);
    if (isName(name)) return { found: { name, line: i + 1 }, year };
    // A title starting with its year ("2023年政府信息公开工作年度报告") has the name on the line above (PDF).
    const above = ym?.index === 0 ? previousNonEmpty(lines, i) : -1;
    if (above >= 0 && isName(compact(lines[above])))
      return { found: { name: compact(lines[above]), line: above + 1 }, year };
    if (year) return { year };
    // A breadcrumb ("首页>政务公开>年度报告") looks like a title but names nothing: keep looking.
  }
  return embeddedTitle(lines);
}

/**
 * A one-line page that opens with its title, year first, the agency and the date after it
 * ("2012年政府信息公开工作年度报告平潭综合实验区财政金融局2013年2月 根据…", as pingtan pages print it).
 */
const YEAR_FIRST_TITLE =
  /^((?:19|20)\d{2})年度?(?:政府信息公开|政务公开)[^。,:]{0,8}?(?:年度报告|年报)([㐀-鿿()]{2,40}?)(?=(?:19|20)\d{2}年\d{1,2}月|根据|一、)/;

/** A one-line page that opens with a title naming no year ("东山县海洋与渔业局政府信息公开工作年度报告 根据…"). */
const YEARLESS_TITLE = /^([㐀-鿿()]{2,40}?)(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|年报)(?![(\d])/;

function yearFirstTitle(c: string, line: number): { found?: Found; year?: number } | null {
  const yearless = YEARLESS_TITLE.exec(c);
  const named = yearless ? cleanName(yearless[1]) : "";
  if (isName(named) && AGENCY_SUFFIX.test(named)) return { found: { name: named, line } };
  const m = YEAR_FIRST_TITLE.exec(c);
  const year = m ? validYear(Number(m[1])) : undefined;
  if (!m || !year) return null;
  const name = m[2];
  return isName(name) && AGENCY_SUFFIX.test(name) ? { found: { name, line }, year } : { year };
}

/** Characters searched for a title inside a longer line (site navigation, a one-line page body). */
const EMBEDDED_SCAN = 4000;
const EMBEDDED_TITLE =
  /([㐀-鿿()]{2,40}?)((?:19|20)\d{2})年度?(?:政府信息公开|政务公开)[^。,\s]{0,8}?(?:年度报告|年报)/;
/** The same with the year in brackets after it ("X局政府信息公开工作年度报告(2015年度) 根据…"). */
const EMBEDDED_TITLE_YEAR_AFTER =
  /([㐀-鿿()]{2,40}?)(?:政府信息公开|政务公开)[^。,\s(]{0,8}?(?:年度报告|年报)\(((?:19|20)\d{2})年度?\)/;

const EMBEDDED_TITLES = new RegExp(EMBEDDED_TITLE.source, "g");
const EMBEDDED_TITLES_YEAR_AFTER = new RegExp(EMBEDDED_TITLE_YEAR_AFTER.source, "g");

/**
 * A page that prints its title only inside a longer line ("当前位置:首页 > 年报 XX局2016年度政府信息公开工作年度报告
 * 来源…"). Titles of other years' reports can stand in the same chrome (相关链接, 上一篇 / 下一篇): when the titles
 * in the scanned text name different years, none of them dates the page (the period, the body or the page's date
 * must), though the first still names the agency.
 */
function embeddedTitle(lines: string[]): { found?: Found; year?: number } {
  let offset = 0;
  let first: { m: RegExpMatchArray; line: number } | null = null;
  const years = new Set<number>();
  for (let i = 0; i < lines.length && offset < EMBEDDED_SCAN; i++) {
    offset += lines[i].length + 1;
    const head = lines[i].slice(0, EMBEDDED_SCAN);
    if (!head.includes("报")) continue;
    const yearFirst = [...head.matchAll(EMBEDDED_TITLES)];
    const yearAfter = [...head.matchAll(EMBEDDED_TITLES_YEAR_AFTER)];
    for (const m of [...yearFirst, ...yearAfter]) years.add(Number(m[2]));
    const m = yearFirst[0] ?? yearAfter[0];
    if (!first && m) first = { m, line: i };
  }
  if (!first) return {};
  const { m, line } = first;
  const year = years.size > 1 ? undefined : validYear(Number(m[2]));
  const name = cleanName(m[1]);
  // Only a title standing apart (line start or after a space) names the agency; inside a sentence
  // ("现将某局2023年…报告公布如下") the announcement rules read the name.
  const apart = m.index === 0 || /\s/.test(lines[line][(m.index ?? 0) - 1]);
  return apart && isName(name) && !/^(?:现将|现|将|根据|编制|关于)/.test(name)
    ? { found: { name, line: line + 1 }, year }
    : { year };
}

function previousNonEmpty(lines: string[], i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (lines[j].trim() !== "") return j;
  return -1;
}

function isoDate(y: string, m: string, d: string): string | null {
  const month = Number(m);
  const day = Number(d);
  if (!validYear(Number(y)) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "发布时间:2024-01-19 10:42" anywhere. */
function readPublishedStamp(lines: string[]): string | null {
  const re = /(?:发布|成文|发文|公开|印发)(?:时间|日期)[::]?(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})/;
  for (const line of lines) {
    if (!line.includes("时间") && !line.includes("日期")) continue;
    const m = re.exec(compact(line));
    if (m) return isoDate(m[1], m[2], m[3]);
  }
  return null;
}

const SIGNATURE_DATE = /^(.{0,40}?)(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/** "永兴傣族乡人民政府 2025年1月20日" on one line, or the name on the line above the date. */
function signatureAt(lines: string[], i: number): { found: Found; date: string | null } | null {
  const m = SIGNATURE_DATE.exec(compact(lines[i]));
  if (!m) return null;
  const date = isoDate(m[2], m[3], m[4]);
  if (m[1]) return isName(m[1]) && AGENCY_SUFFIX.test(m[1]) ? { found: { name: m[1], line: i + 1 }, date } : null;
  const above = previousNonEmpty(lines, i);
  const name = above >= 0 ? compact(lines[above]) : "";
  return isName(name) && AGENCY_SUFFIX.test(name) ? { found: { name, line: above + 1 }, date } : null;
}

/**
 * The last signature of the document: an agency name above a closing date. It may stand before an
 * appended 统计表 (附件), so the whole document is scanned, cheaply: only short lines ending in 日.
 */
function readSignature(lines: string[]): { found: Found; date: string | null } | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (line.length > SIGNATURE_MAX_LINE || !line.trimEnd().endsWith("日")) continue;
    const signature = signatureAt(lines, i);
    if (signature) return signature;
  }
  return null;
}

interface BodyEvidence {
  announced?: Found & { year?: number };
  filler?: Found;
  opening?: Found;
  openingYear?: number;
  period?: number;
}

/** One pass for the body sources: 现公布…, 填报单位…, the opening "2023年,X…" and 统计期限. */
function readBody(lines: string[]): BodyEvidence {
  const ev: BodyEvidence = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (
      !ev.announced &&
      (line.includes("公布") || line.includes("编制") || line.includes("发布") || line.includes("现将"))
    ) {
      const m = ANNOUNCED_RE.exec(compact(line));
      const name = m ? cleanName(m[1]) : "";
      if (m && isName(name) && !SELF_REFERENCE.test(name))
        ev.announced = { name, line: i + 1, year: validYear(Number(m[2])) };
    }
    if (!ev.filler && line.includes("填报单位")) {
      const m = /填报单位(?:\(盖章\))?:?(.{2,40})/.exec(compact(line));
      const name = m ? m[1].split(/填报|日期|单位负责人|\|/)[0] : "";
      if (isName(name)) ev.filler = { name, line: i + 1 };
    }
    if (ev.period === undefined && line.includes("统计")) {
      const m = /统计(?:期限|时限|期间|时间|区间)[^\d]{0,8}(\d{4})年/.exec(compact(line));
      const year = m ? periodYear(compact(line).slice(m.index), Number(m[1])) : undefined;
      if (year !== undefined) ev.period = validYear(year);
    }
    if (ev.openingYear === undefined && LEADING_YEAR.test(line)) readOpening(compact(line), i, ev);
    if (ev.openingYear === undefined) {
      // A page saved as one line: the site's chrome (no sentence in it) runs into the opening sentence; so may
      // a date moved to the top ("2025年1月20日 2024年,X乡以…").
      const chrome = CHROME_BEFORE_YEAR.exec(line);
      if (chrome) readOpening(compact(line.slice(chrome[0].length)), i, ev);
    }
  }
  return ev;
}

/**
 * The year a 统计期限 covers. A period crossing New Year (统计期限为2012年12月21日至2013年12月20日, set by a reporting
 * deadline) covers the year holding most of its days, not the year it starts in. A span of several years (十年回顾部分为
 * 2008年5月1日至2018年12月31日, a retrospective before the year's own figures) names no year covered: undefined.
 */
const PERIOD_RANGE =
  /^\D{0,12}?(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?\D{0,4}?(?:至|到|—|－|-|~|～)\D{0,2}?(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/;
function periodYear(text: string, start: number): number | undefined {
  const m = PERIOD_RANGE.exec(text.slice(text.indexOf("统计")));
  if (m && Number(m[1]) === start && Number(m[4]) > start + 1) return undefined;
  if (!m || Number(m[1]) !== start || Number(m[4]) !== start + 1) return start;
  const day = (y: number, mo: number, d: number) => Date.UTC(y, mo - 1, d) / 86_400_000;
  const from = day(start, Number(m[2]), Number(m[3] ?? 1));
  const to = day(start + 1, Number(m[5]), Number(m[6] ?? 28));
  const newYear = day(start + 1, 1, 1);
  return to - newYear > newYear - from ? start + 1 : start;
}

/** Words that put a clause in the future: a plan, not a report. */
const FUTURE_CLAUSE = /将|计划|打算|拟|要继续|力争|预计/;

function readOpening(c: string, i: number, ev: BodyEvidence): void {
  // "2022年以来," speaks of a period reaching back, not of the year covered.
  const y = /^(\d{4})年度?,/.exec(c);
  // "2011年,我局将进一步…" (the plan for the next year, often the last paragraph) is not the year covered.
  if (!y || FUTURE_CLAUSE.test(c.slice(y[0].length, y[0].length + 16))) return;
  ev.openingYear = validYear(Number(y[1]));
  const m = OPENING_RE.exec(c);
  const name = m ? m[2] : "";
  if (isName(name) && AGENCY_SUFFIX.test(name) && !SELF_REFERENCE.test(name)) ev.opening = { name, line: i + 1 };
}

/** "(2018年度)" alone on a line: the year a legacy 统计表 covers. */
function readTableYear(lines: string[]): number | undefined {
  for (const line of lines) {
    if (line.length > 16 || !line.includes("年度")) continue;
    const m = /^\(?(\d{4})年度\)?$/.exec(compact(line));
    if (m) return validYear(Number(m[1]));
  }
  return undefined;
}

/** The latest year the 统计表 header names ("指标名称 计量单位 2015年度 历年累计", "2009年 2010年"). */
function readTableHeaderYear(lines: string[]): number | undefined {
  for (const line of lines) {
    // Every mention on a one-line page ("…附相关的说明和指标统计表 … 指 标 名 称 单位 2014年度 历年累计"), the
    // header's words maybe spread over their cell.
    for (const found of line.matchAll(/指\s*标/g)) {
      const head = compact(line.slice(found.index, found.index + 80)).slice(0, 40);
      if (!/^指标名称|^指标/.test(head)) continue;
      const years = [...head.matchAll(/((?:19|20)\d{2})年/g)].map((y) => validYear(Number(y[1]))).filter((y) => y);
      if (years.length > 0) return Math.max(...(years as number[]));
    }
  }
  return undefined;
}

/** An archive URL's month folder ("原文链接: https://…/zfxxgknb/201102/t20110215_80680.htm"). */
const URL_MONTH = /^(?:原文链接|链接|URL|网址):\s*\S*?\/((?:19|20)\d\d)(0[1-9]|1[0-2])\/t?\d*/;

/**
 * A report names the year it covers; a page that does not (a title without a year, a body that says 本年度)
 * is dated by when it was published: reports are due by the end of January (March for the old regulation), so
 * a page dated January–June covers the year before. Later in the year no year is assumed.
 */
function yearBeforeDate(published: string | null, lines: string[]): number | undefined {
  let ym: [number, number] | null = published ? [Number(published.slice(0, 4)), Number(published.slice(5, 7))] : null;
  for (let i = 0; !ym && i < Math.min(lines.length, TITLE_SCAN); i++) {
    const m = URL_MONTH.exec(lines[i]);
    if (m) ym = [Number(m[1]), Number(m[2])];
  }
  return ym && ym[1] <= 6 ? validYear(ym[0] - 1) : undefined;
}

export function extractMeta(pageLines: string[], page?: string): ReportMeta {
  // Word's style block before the opening sentence ("Normal 0 7.8 磅 … {mso-…} 2024年,X乡以…") hides it from the
  // chrome rule (no sentence before the year): blanked, the line opens with its year. `page`, the lines joined,
  // rules it out in two searches where it holds neither word (most pages).
  const styled = page === undefined || page.includes("mso-") || page.includes("Normal");
  const lines = styled
    ? pageLines.map((l) => (l.includes("mso-") || l.includes("Normal") ? blankMarkupResidue(l) : l))
    : pageLines;
  const title = readTitle(lines);
  const signature = readSignature(lines);
  const body = readBody(lines);
  const agency = title.found ?? body.announced ?? signature?.found ?? body.filler ?? body.opening ?? null;
  const yearEvidence: ReportMeta["yearEvidence"] = {};
  if (title.year) yearEvidence.title = title.year;
  const period = body.period ?? readTableYear(lines);
  if (period) yearEvidence.period = period;
  const bodyYear = body.announced?.year ?? body.openingYear;
  if (bodyYear) yearEvidence.body = bodyYear;
  if (!title.year && !period && !bodyYear) {
    const headerYear = readTableHeaderYear(lines);
    if (headerYear) yearEvidence.tableHeader = headerYear;
  }
  const published = readPublishedStamp(lines) ?? signature?.date ?? null;
  if (!title.year && !period && !bodyYear && !yearEvidence.tableHeader) {
    const dated = yearBeforeDate(published, lines);
    if (dated) yearEvidence.dated = dated;
  }
  const narrative: ReportMeta["narrative"] = {};
  // The years the page gives for the report: a count of another year's is not compared (2015年未收到申请 in 2016's).
  const years = [title.year, period, bodyYear].filter((y): y is number => y !== undefined);
  const apps = findAppsReceived(lines, agency?.name || null, years) ?? findNoneUnderApplications(lines);
  if (apps) narrative.appsReceived = apps;
  if (apps && printsAreaTable(lines)) narrative.areaTable = true;
  const casesNone = lines.some((l) => l.includes("行政诉讼情况")) ? findNoneUnderApplications(lines, true) : null;
  if (casesNone) narrative.casesNone = { line: casesNone.line, raw: casesNone.raw };
  const areaNote = findAreaNote(lines, agency?.name || null);
  if (areaNote) narrative.areaNote = areaNote;
  // A 统计期限 copied from last year's report: the title names the year after it (and the opening sentence, if it
  // names one, agrees) and the page was published the year after the title's, which a report of the period's year
  // would not be. Otherwise the period is the year the report covers.
  const stalePeriod =
    period !== undefined &&
    title.year !== undefined &&
    (bodyYear === undefined || bodyYear === title.year) &&
    period === title.year - 1 &&
    published?.startsWith(String(title.year + 1)) === true;
  return {
    agencyName: agency?.name ? agency.name : null,
    agencyLine: agency?.name ? agency.line : null,
    year:
      (stalePeriod ? title.year : undefined) ??
      yearEvidence.period ??
      yearEvidence.title ??
      yearEvidence.body ??
      yearEvidence.tableHeader ??
      yearEvidence.dated ??
      null,
    yearEvidence,
    published,
    narrative,
  };
}
