/**
 * The parser: bytes or text → ParsedReport. Stages, each pure and in its own file:
 * normalize → family → tables (template-tables / legacy-table) → meta → agency + region → findings.
 */
import { describeAgency } from "@/lib/regions/describe";
import { LEGACY_CUMULATIVE_TITLE } from "@/lib/template/legacy";
import { incompleteLegacy } from "./completeness";
import { detectFamily, MODERN_APPLICATIONS_ROW } from "./family";
import { type NarrativeFigure, narrativeFinding, readNarrativeCounts, settleAsZero } from "./legacy-narrative";
import { APPLICANT_COLUMNS, DERIVED_GROUPS, REVIEW_FIELDS, SECTION3_2021 } from "./labels";
import { parseLegacyTable } from "./legacy-table";
import { NO_REVIEW_FIGURES } from "./read-review";
import { blankMarkupResidue } from "./markup-residue";
import { blankCoverLetters, blankExcerpts, blankQuotedReports } from "./excerpts";
import { extractMeta, type ReportMeta } from "./meta";
import { repairMojibakeNoting } from "./mojibake";
import { normalizeText } from "./normalize";
import { splitMergedRows } from "./br-merged-rows";
import { blankCrawlResidue } from "./crawl-residue";
import { sourcesAsPrinted } from "./page-words";
import { readDocument } from "./read/read-document";
import { extractTemplateTables } from "./template-tables";
import { checkReport } from "./check-report";
import { tablePastYear } from "./table-period";
import type { Family, Finding, ParsedReport, Result, TableValues } from "./types";

/** Bumped whenever a change can alter what the parser extracts (ingest re-parses older versions). */
export const PARSER_VERSION = "1.0.0";

/** Longest text parsed; a real report is well under 1 MB of text. */
const MAX_CHARS = 2_000_000;

const NOT_A_REPORT = "Not an annual report: no 政府信息公开 statistical table found";
/**
 * A report's title words; a public enterprise's or institution's report names no 政府 (自来水有限公司2018年度信息公开工作
 * 年度报告, 卫生院2015年度院务公开(信息公开)工作报告).
 */
const TITLE_RE = /政府信息公开[^\n]{0,12}年度报告|政府信息公开[^\n]{0,6}年报|信息公开[)）]?工作(?:年度)?报告/;

function fail(error: string, issues: Finding[] = []): Result<ParsedReport> {
  return { value: null, issues, error };
}

/** When the tables give no family, the covered year decides which template applied. */
function familyOfYear(year: number | null, text: string): Family | null {
  if (year === null) return null;
  if (year >= 2021) return "2021";
  return year >= 2019 || MODERN_APPLICATIONS_ROW.test(text) ? "2019" : "legacy";
}

/** §三's last row in the 2019/2021 form's words: with its first row, the page prints that form's whole table. */
const MODERN_LAST_ROW = /结转下年度继续办理/;

/**
 * A 2019-or-later report printing the 2019/2021 form's §三 table, whose family the signals call legacy (an old
 * 统计表 quoted on the page, "相关阅读" or an appendix, outnumbers the new form's few signals): the year's template.
 */
function modernOverLegacy(guess: Family | undefined, year: number | null, text: string): Family | undefined {
  if (guess !== "legacy" || year === null || year < 2019) return guess;
  const modern = MODERN_APPLICATIONS_ROW.test(text) && MODERN_LAST_ROW.test(text);
  return modern ? (familyOfYear(year, text) ?? guess) : guess;
}

/** §三's and §四's keys: a section none of whose keys the tables gave prints no figures. */
const SECTION_KEYS = [/^(?:apps|outcome)\./, /^(?:review|litigation)/];
/**
 * A key of each section that nearly every table gives: found, the section has figures, without listing every key
 * of the table (a table's values are a dictionary of some 150 keys, slow to list on every page).
 */
const SECTION_PROBES = ["apps.new.total", "review.total"];
/** A key of the 统计表 that nearly every legacy table gives. */
const LEGACY_PROBE = "legacy.apps.received";

/** Past this the sentences are not read for a table's counts (a real report's text is far shorter). */
const STATED_COUNTS_MAX_CHARS = 100_000;

/**
 * §三 or §四 printed without figures (the tables are images, "详见附图"): the counts the report states in
 * sentences, each with a finding naming it (legacy-narrative.ts reads the sentences). §四 only where its heading
 * is printed: a report printing §三 alone (a 2018 report on the 2019 form) has no §四 to stand in for.
 */
function addStatedCounts(
  tables: { value: TableValues; issues: Finding[]; printsReview: boolean },
  text: string,
  lines: string[],
  year: number | null,
) {
  if (text.length > STATED_COUNTS_MAX_CHARS) return tables;
  const { values } = tables.value;
  let keys: string[] | undefined;
  const gives = (i: number) =>
    SECTION_PROBES[i] in values || (keys ??= Object.keys(values)).some((k) => SECTION_KEYS[i].test(k));
  const empty = SECTION_KEYS.filter((_, i) => (i === 0 || tables.printsReview) && !gives(i));
  // §三 read in part (a row or two of an image's alt text, the rest unreadable): its core figures the sentences state.
  const partly = !empty.includes(SECTION_KEYS[0]) && S3_CORE.some((k) => !(k in tables.value.values));
  if (empty.length === 0 && !partly) return tables;
  const all = readNarrativeCounts(lines, undefined, true, year);
  const stated = all.filter((f) => empty.some((re) => re.test(f.key)));
  if (partly) stated.push(...statedBesideTable(tables, all));
  // A kind a small table among the sentences counts otherwise, whose nothing tells: blank, with a finding.
  for (const w of all.withheld ?? []) {
    if (!empty.some((re) => re.test(w.key)) || w.key in tables.value.values) continue;
    tables.issues.push({ rule: "N1", severity: "warning", message: w.message, keys: [w.key], line: w.line });
  }
  for (const f of stated) {
    tables.value.values[f.key] = f.value;
    tables.value.sources[f.key] = f.source;
    tables.issues.push(narrativeFinding(f));
  }
  for (const f of stated) addPartsByTotal(tables, f);
  settleNoApplications(tables, stated);
  // §四 told in sentences (本年度未发生行政复议和行政诉讼): its figures are found, each named; a cell they leave open
  // is named by R6.
  if (stated.some((f) => SECTION_KEYS[1].test(f.key)))
    tables.issues = tables.issues.filter((i) => i.message !== NO_REVIEW_FIGURES);
  return tables;
}

/** A §三 row's keys, one per applicant column (apps.new.natural_person … apps.new.total). */
const columnsOf = (row: string) => APPLICANT_COLUMNS.map((c) => `${row}.${c}`);
/**
 * §三's rows of results, the template's (三、本年度办理结果: (一)予以公开 … (七)总计, the keys one level under
 * `outcome`), each group's total among them (its items are left to the table). In print order, which the finding
 * that names them and the report's values keep.
 */
const RESULT_ROWS = SECTION3_2021.filter((s) => /^outcome\.[a-z_]+$/.test(s.key)).map((s) => s.key);

/**
 * The sentences saying no application came this year (本年度未收到政府信息公开申请): none came from any kind of
 * applicant either. Saying too that none was carried over (无上年结转申请), nothing was handled or carried forward
 * (the form's 一+二 = 三+四, counts never negative): every result row and 结转下年度 is 0. Only where the table
 * gave none of those keys.
 */
function settleNoApplications(tables: { value: TableValues; issues: Finding[] }, stated: NarrativeFigure[]): void {
  const { values } = tables.value;
  const none = stated.find((f) => f.key === "apps.new.total" && f.value === 0);
  if (!none) return;
  const open = (keys: string[]) =>
    keys.some((k) => k in values && values[k] !== 0) ? [] : keys.filter((k) => !(k in values));
  settleAsZero(
    tables.value,
    tables.issues,
    open(columnsOf("apps.new")),
    none,
    "正文称本年度未收到申请,各类申请人均为0",
  );
  const carried = stated.find((f) => f.key === "apps.carried_over.total" && f.value === 0);
  if (!carried) return;
  const rest = [
    ...columnsOf("apps.carried_over"),
    ...RESULT_ROWS.flatMap(columnsOf),
    ...columnsOf("apps.carried_forward"),
  ];
  settleAsZero(
    tables.value,
    tables.issues,
    open(rest),
    carried,
    "正文称本年度未收到申请、亦无上年结转,办理结果及结转下年度均为0",
  );
}

/** §三's core figures, which the sentences may state (本年新收申请7件,其中自然人6件;予以公开5件). */
const S3_CORE = [
  "apps.new.total",
  "apps.new.natural_person",
  "apps.carried_over.total",
  "outcome.granted.total",
  "outcome.partial.total",
  "outcome.denied.total",
  "outcome.total.total",
  "apps.carried_forward.total",
];

/**
 * A "sentence" that is the table's own text (a row the crawler broke over lines: "(一)予以公开 1" then "0 0 0 …"): its
 * figure is a cell's, not a statement's.
 */
const TABLE_ROW_TEXT =
  /本年度办理结果|[(（][一二三四五六七][)）]\s*(?:予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|总计)|[一二四]、\s*(?:本年新收|上年结转|结转下年)/;

/**
 * The §三 core figures the sentences state that a partly read table left blank (its cells unreadable, P1): only where
 * every core figure the table did give is the sentences' too (where they state it), and none the table left open
 * on purpose (several readings, a failed sum) is filled.
 */
function statedBesideTable(
  tables: { value: TableValues; issues: Finding[] },
  stated: NarrativeFigure[],
): NarrativeFigure[] {
  const { values } = tables.value;
  const core = stated.filter((f) => S3_CORE.includes(f.key) && !TABLE_ROW_TEXT.test(f.source.raw));
  if (core.some((f) => f.key in values && values[f.key] !== f.value)) return [];
  const held = (key: string) =>
    tables.issues.some((i) => i.keys.includes(key) && (i.rule === "P2" || (i.severity === "error" && i.rule !== "P1")));
  // A group's total (不予公开) whose items the table prints, one of them unread: the table lists it, so the figure is
  // the table's to give (blank, its finding naming it), not a sentence's.
  const itemsRead = (key: string) => GROUP_ITEMS.get(key)?.some((k) => k in values) === true;
  return core.filter((f) => !(f.key in values) && !held(f.key) && !itemsRead(f.key));
}
/** Each derived group's total (outcome.denied.total) and its items' totals, the template's. */
const GROUP_ITEMS = new Map(
  DERIVED_GROUPS.map((g) => [
    `${g}.total`,
    SECTION3_2021.filter((s) => !s.group && s.key.startsWith(`${g}.`)).map((s) => `${s.key}.total`),
  ]),
);

const RESULT_PARTS = REVIEW_FIELDS.filter((f) => f !== "total");

/**
 * The cells a stated §四 total settles: where the sentences' review total equals the results they name
 * (复议1件,复议机关维持原答复 → 纠正, 其他, 尚未审结 0), the others are 0; where they rule out suits (未发生行政诉讼 →
 * litigation.total 0), both suit groups are 0. Counts are never negative, so nothing else could hold.
 */
function addPartsByTotal(tables: { value: TableValues; issues: Finding[] }, total: NarrativeFigure): void {
  const { values } = tables.value;
  let settled: string[] = [];
  if (total.key === "review.total") {
    const parts = RESULT_PARTS.map((f) => `review.${f}`);
    const named = parts.filter((k) => k in values).reduce((sum, k) => sum + values[k], 0);
    if (named === total.value) settled = parts;
  } else if (total.key === "litigation.total" && total.value === 0) {
    settled = ["litigation_direct", "litigation_after_review"].flatMap((g) => REVIEW_FIELDS.map((f) => `${g}.${f}`));
  }
  const open = settled.filter((k) => !(k in values));
  settleAsZero(tables.value, tables.issues, open, total, `统计表未列此项,正文所述总数为${total.value},其余各项为0`);
}

/** §三's keys, and the legacy reader's note that it found no 统计表 (it then read the sentences only). */
const S3_KEY = /^(?:apps|outcome)\./;
const NO_LEGACY_TABLE = /^未找到政府信息公开情况统计表/;

/**
 * A 2015–2018 report with no 统计表 of its own that prints the 2019 form's §三 table (申请人情况 自然人 … 总计, 一、本年新收…)
 * and tells the rest in sentences: §三's figures are the table's, read by the 2019 template; the sentences' figures
 * for those keys give way, an N1 naming any they state otherwise.
 */
function withModernApplications(
  legacy: Result<TableValues>,
  text: string,
  read2019: () => TableValues,
): Result<TableValues> {
  const own = legacy.value?.values ?? {};
  // A 统计表 read (legacy.* rows besides the sentences' 申诉、举报): the usual page, ruled out before the text is searched.
  if (LEGACY_PROBE in own || Object.keys(own).some((k) => k.startsWith("legacy.") && k !== "legacy.complaints"))
    return legacy;
  if (!MODERN_APPLICATIONS_ROW.test(text)) return legacy;
  const modern = read2019();
  const s3 = Object.keys(modern.values).filter((k) => S3_KEY.test(k));
  if (!s3.includes("apps.new.total")) return legacy;
  const value = legacy.value ?? { values: {}, blanks: [], sources: {} };
  const issues = legacy.issues.filter(
    (i) => !(i.keys.length === 1 && s3.includes(i.keys[0]) && i.rule === "P4") && !NO_LEGACY_TABLE.test(i.message),
  );
  for (const key of s3) {
    const stated = value.values[key];
    if (stated !== undefined && stated !== modern.values[key]) {
      const message = `正文所述 ${stated} 与申请情况表所列 ${modern.values[key]} 不一致,取表中数字`;
      issues.push({
        rule: "N1",
        severity: "warning",
        message,
        keys: [key],
        expected: modern.values[key],
        actual: stated,
      });
    }
    value.values[key] = modern.values[key];
    if (modern.sources[key]) value.sources[key] = modern.sources[key];
  }
  return { value, issues };
}

/** The 2019 form's §四 header, printed as a table's (结果维持 结果纠正 其他结果 尚未审结 总计), not a sentence. */
const MODERN_REVIEW_HEADER = /结果维持\s+结果纠正\s+其他结果\s+尚未审结\s+总计/;
const S4_KEY = /^(?:review|litigation)/;

/**
 * A 2018 report printing the 2019 form's §四 table (行政复议 结果维持 … 总计 1 0 0 1 2) beside its 统计表 or
 * sentences: the results the 统计表 does not print are that table's, read by the 2019 template, where its totals are
 * the ones already read (or none was).
 */
function withModernReview(legacy: Result<TableValues>, text: string, read2019: () => TableValues): Result<TableValues> {
  if (!text.includes("结果维持") || !MODERN_REVIEW_HEADER.test(text)) return legacy;
  const read = read2019();
  const modern = read.values;
  const value = legacy.value ?? { values: {}, blanks: [], sources: {} };
  const { values } = value;
  const totals = ["review.total", "litigation.total"];
  if (!totals.every((k) => k in modern) || totals.some((k) => k in values && values[k] !== modern[k])) return legacy;
  const issues = [...legacy.issues];
  const keys = Object.keys(modern).filter((k) => S4_KEY.test(k) && !(k in values));
  for (const key of keys) {
    values[key] = modern[key];
    if (read.sources[key]) value.sources[key] = read.sources[key];
  }
  if (keys.length > 0) {
    const message = "统计表未列复议、诉讼的结果,取自正文中按新格式列出的复议、诉讼情况表";
    issues.push({ rule: "P4", severity: "info", message, keys });
  }
  return { value, issues };
}

function readTables(
  text: string,
  lines: string[],
  family: Family,
  year: number | null,
): { value: TableValues; issues: Finding[] } {
  if (family !== "legacy") return addStatedCounts(extractTemplateTables(text, family, year), text, lines, year);
  // Markup left in the text (&nbsp; between a row's cells, Word's style settings) is blanked in place.
  const page = blankMarkupResidue(text);
  const read = page === text ? parseLegacyTable(lines, text, year) : parseLegacyTable(page.split("\n"), page, year);
  // The page read on the 2019 template, once, and only where one of the two asks for it.
  let modern: TableValues | undefined;
  const read2019 = () => (modern ??= extractTemplateTables(text, "2019", year).value);
  const legacy = withModernReview(withModernApplications(read, text, read2019), text, read2019);
  const value = legacy.value ?? { values: {}, blanks: [], sources: {} };
  const cut = incompleteLegacy(text, value.values);
  const issues = cut ? [...legacy.issues, cut] : [...legacy.issues];
  const twice = tablesTwice(text, value.values, year);
  if (twice) issues.push(twice);
  // A 统计表 counting past the year (统计时段:2008年5月1日至2009年3月10日): its figures above 0 are named.
  const past = LEGACY_PROBE in value.values ? tablePastYear(text, value.values, year) : null;
  if (past) issues.push(past);
  return { value, issues };
}

/** A 统计表's header (指标名称 then its unit, 数量 or year column): printed twice, the page may hold two tables. */
const LEGACY_HEADER = /指\s*标\s*名\s*称(?=\s*(?:计\s*量\s*)?单\s*位|\s*数\s*量|\s*(?:19|20)\d{2})/g;
/**
 * The header printed again where the same table goes on: 续表, or the table printed two-up. (After a page break's
 * footer the rows tell: a table going on prints no application row again, last year's starts over.)
 */
const CONTINUED = /续\s*(?:上\s*)?表|[(（]\s*续\s*[)）]|接上表/;
const CONTINUED_SPAN = 16;
const TWO_UP_SPAN = 24;
const HEADER_YEAR = /(?:19|20)\d{2}\s*年度?/g;
/** The rows a header's table is compared by (whitespace aside), and the application row only the 统计表 prints. */
const TABLE_SPAN = 600;
const APPLICATIONS_ROW = /受理[^\d]{0,14}?(?:申请|信息总数)|申请总数/;

/**
 * A legacy page printing two 统计表 (last year's appended, another agency's, a corrected one): which one is this
 * agency's this year is not certain, so every figure read is named (legacy-table.ts chooses; this only says so).
 * Not the same table's header printed again (续表, a page break, two-up), a table of another kind (主动公开 alone,
 * 村务公开: no application row), nor a second identical copy (no figure depends on the choice).
 */
/** The rows every 统计表 prints with a figure: two copies agreeing through them give the same figures. */
const CORE_ROWS = [APPLICATIONS_ROW, /复议(?:数|案件)?\D{0,6}\d/, /诉讼(?:数|案件)?\D{0,6}\d/];

/** Two tables printed alike (whitespace aside) from their header through the core rows' figures: one table twice. */
function sameFigures(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  const shared = a.slice(0, n);
  return CORE_ROWS.every((re) => re.test(shared));
}

/**
 * A table's title just before its header (表1 2011年度政府信息公开情况统计表, 附表二:上年度…统计表(供对照)): the year
 * it names, if any.
 */
const TABLE_TITLE = /(?:(?:19|20)\d{2}年度?)?[^\d。;]{0,30}统计表[^\d。;]{0,12}$/;
const TITLE_YEAR = /上一?年度|去年|往年|本年度|(?:19|20)\d{2}年/;
const TITLE_SPAN = 48;
/** The figure a table's application row prints first (受理政府信息公开申请总数 件 9 → 9). */
const APPLICATIONS_FIGURE = /(?:受理[^\d]{0,14}?(?:申请|信息总数)|申请总数)\D{0,8}?(\d+)/;

/** Whether the title before `at` names another year than the report's (上年度, 2011年度 in 2012's report). */
function titledOtherYear(text: string, at: number, year: number | null): boolean {
  const title = TABLE_TITLE.exec(text.slice(Math.max(0, at - TITLE_SPAN), at));
  const named = title ? TITLE_YEAR.exec(title[0])?.[0] : undefined;
  if (!named || named === "本年度") return false;
  const printed = /\d{4}/.exec(named);
  return printed ? year !== null && Number(printed[0]) !== year : true;
}

/** A header whose one value column is 累计 (指标名称 计量单位 历年累计 主动公开…): no year's table. */
const CUMULATIVE_ONLY_HEADER =
  /^[\s|]*(?:计\s*量\s*)?(?:单\s*位)?[\s|]*(?:历\s*年\s*)?累\s*[计积]\s*数?(?![\s|]*(?:本\s*[年期]|上\s*年|(?:19|20)\d{2}))/;

/** The previous row's last figure (a year, month or day of the title goes on: 2008年5月—2014年12月). */
const FIGURE_BEFORE_TITLE = /\d(?![\d年月日号.])/g;

/** Whether the table whose header spans `at`–`end` is titled or headed as the years' 累计: not this year's. */
function cumulativeTable(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - TITLE_SPAN), at);
  let cut = before.lastIndexOf("。");
  for (const m of before.matchAll(FIGURE_BEFORE_TITLE)) cut = Math.max(cut, m.index);
  const title = before.slice(cut + 1);
  return LEGACY_CUMULATIVE_TITLE.test(title) || CUMULATIVE_ONLY_HEADER.test(text.slice(end, end + 24));
}

function tablesTwice(text: string, values: Record<string, number>, year: number | null): Finding | null {
  LEGACY_HEADER.lastIndex = 0;
  const headers = [...text.matchAll(LEGACY_HEADER)];
  if (headers.length < 2) return null;
  const tables: string[] = [];
  // The tables whose titles do not name another year, by the figure of their application row.
  const ownTitled: (number | null)[] = [];
  headers.forEach((m, i) => {
    const end = m.index + m[0].length;
    const last = i > 0 ? headers[i - 1].index + headers[i - 1][0].length : -1;
    // Two-up: the header's columns printed again beside it, with no figure but a year column's between.
    const near =
      last >= 0 && m.index - last <= TWO_UP_SPAN && !/\d/.test(text.slice(last, m.index).replace(HEADER_YEAR, ""));
    if (near || CONTINUED.test(text.slice(Math.max(0, m.index - CONTINUED_SPAN), m.index))) return;
    const rows = text.slice(end, Math.min(end + TABLE_SPAN, headers[i + 1]?.index ?? text.length));
    if (!APPLICATIONS_ROW.test(rows)) return;
    const printed = rows.replace(/\s+/g, "");
    if (tables.some((t) => sameFigures(t, printed))) return;
    tables.push(printed);
    if (!titledOtherYear(text, m.index, year) && !cumulativeTable(text, m.index, end))
      ownTitled.push(Number(APPLICATIONS_FIGURE.exec(rows)?.[1] ?? Number.NaN));
  });
  if (tables.length < 2) return null;
  const keys = Object.keys(values);
  if (keys.length === 0) return null;
  // Every other table titled as another year's, and the figures read are the one left's: the choice is certain.
  if (ownTitled.length === 1 && ownTitled[0] === values["apps.new.total"]) return null;
  const message = "页面印有两张统计表(上年度、其他单位或更正),未能确定读取的一张是本单位本年度的";
  return { rule: "P2", severity: "warning", message, keys };
}

function assemble(
  text: string,
  family: Family,
  meta: ReportMeta,
  year: number,
  tables: ReturnType<typeof readTables>,
): ParsedReport {
  const { agency, region } = describeAgency(meta.agencyName ?? "", text);
  const report: ParsedReport = {
    family,
    year,
    published: meta.published,
    agency,
    region,
    values: tables.value.values,
    blanks: tables.value.blanks,
    findings: tables.issues,
    sources: tables.value.sources,
    text,
  };
  report.findings = [...tables.issues, ...checkReport(report, meta, tables.issues)];
  return report;
}

/**
 * The year the report covers where the page states it beyond its title (统计期限, the opening sentence): a table titled
 * with an earlier year is then last year's. A title's year alone may be a typo (2015 on a report of 2014).
 */
function statedYear(meta: ReportMeta): number | null {
  const { period, body } = meta.yearEvidence;
  return meta.year !== null && (period === meta.year || body === meta.year) ? meta.year : null;
}

/** How many restored characters the mojibake finding lists. */
const GUESSES_LISTED = 6;

function mojibakeMessage(guesses: string[]): string {
  const lead = "页面有一段乱码(UTF-8 文字被按 GBK 读过),已按字节还原后读取;引文是还原的文字,无法还原的字记作 �";
  if (guesses.length === 0) return lead;
  const listed = guesses.slice(0, GUESSES_LISTED).join("、") + (guesses.length > GUESSES_LISTED ? " 等" : "");
  return `${lead};缺字节的 ${guesses.length} 个字按模板用语推定:${listed}`;
}

export function parseText(raw: string, opts: { fileName?: string } = {}): Result<ParsedReport> {
  const clipped = raw.length > MAX_CHARS ? raw.slice(0, MAX_CHARS) : raw;
  // Before normalising: a mojibake run holds full-width and traditional-only characters normalising would change.
  const { text: unmangled, guesses } = repairMojibakeNoting(clipped);
  const printed = normalizeText(unmangled);
  // Another page's excerpt ("相关阅读:…(节选) … 阅读全文>>") is read as nothing; the page keeps it as printed.
  // Table rows a converter merged with <br> are written one after another on their line.
  const residue = splitMergedRows(blankCrawlResidue(printed));
  // A cover letter's area totals (关于报送…年度报告的函:…全区共受理…件) are not the report's: blanked with it.
  const excerpted = blankCoverLetters(blankExcerpts(residue));
  const excerptedLines = excerpted.split("\n");
  const meta = extractMeta(excerptedLines, excerpted);
  // Another agency's report attached in part (附件2:…(节选)), once the page's own agency is known.
  const text = blankQuotedReports(excerpted, meta.agencyName, statedYear(meta), meta.year);
  const lines = text === excerpted ? excerptedLines : text.split("\n");
  const guess = detectFamily(text);
  const hasTitle = TITLE_RE.test(text);
  const family = modernOverLegacy(guess?.family, meta.year, text) ?? (hasTitle ? familyOfYear(meta.year, text) : null);
  if (!family) return fail(NOT_A_REPORT);
  const tables = readTables(text, lines, family, meta.year);
  if (!hasTitle && Object.keys(tables.value.values).length === 0) return fail(NOT_A_REPORT, tables.issues);
  if (meta.year === null) {
    const where = opts.fileName ? ` in ${opts.fileName}` : "";
    return fail(`Not an annual report: the year the report covers is not stated${where}`, tables.issues);
  }
  const report = assemble(text, family, meta, meta.year, tables);
  // A script's "undefined" cells read as blanks: the sources quote the rows as printed.
  if (residue !== printed) sourcesAsPrinted(report.sources, text, printed);
  report.text = printed;
  if (unmangled !== clipped) {
    report.findings.push({
      rule: "P0",
      severity: "info",
      message: mojibakeMessage(guesses),
      keys: [],
    });
  }
  if (raw.length > MAX_CHARS) {
    report.findings.push({
      rule: "P0",
      severity: "warning",
      message: `正文过长：只读取了前 ${MAX_CHARS.toLocaleString("en")} 个字符（全文 ${raw.length.toLocaleString("en")} 个）`,
      keys: [],
      expected: MAX_CHARS,
      actual: raw.length,
    });
  }
  return { value: report, issues: [] };
}

export async function parseDocument(bytes: Uint8Array, fileName: string): Promise<Result<ParsedReport>> {
  const doc = await readDocument(bytes, fileName);
  if (!doc.value) return fail(doc.error ?? `The file could not be read (${fileName}).`, doc.issues);
  const parsed = parseText(doc.value.text, { fileName });
  return { ...parsed, issues: [...doc.issues, ...parsed.issues] };
}
