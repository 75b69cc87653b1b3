/**
 * The page around the report, varied the way the same site's other pages differ: where and how the year is
 * written (Chinese numerals; only in the page's date), the same agency's other years' report titles in the
 * chrome (相关链接, 上一篇 / 下一篇), a Word style block, attachment links, traditional characters, a body in
 * paragraphs over several lines, and an excerpt that stops mid-report. Each transform takes the archive's header
 * and the body and returns both; the figures stay, except in an excerpt, whose expected figures are those of the
 * rows it still prints. Used by bench/real-variants.ts.
 */
import type { Rng } from "@/lib/corpus/random";
import { toTraditional } from "@/lib/corpus/traditional";
import type { TableMap } from "./real-variants-tables";

export interface Page {
  head: string;
  body: string;
  /** The year the report covers (expected.json). */
  year: number;
  map: TableMap | null;
}
export type PageTransform = (rng: Rng, p: Page) => { head: string; body: string } | null;

const TITLE_LINE = /^标题: (.*)$/m;

/** The agency as the header's title names it: the words before its year or before 政府信息公开. */
function agencyOf(head: string): string | null {
  const title = TITLE_LINE.exec(head)?.[1] ?? "";
  const m = /^(.{2,40}?)\s*(?:(?:19|20)\d\d\s*年|政府信息公开|政务公开)/.exec(title);
  return m ? m[1] : null;
}

const CN = "〇一二三四五六七八九";
function cnNumber(n: number): string {
  if (n < 10) return CN[n];
  return `${n >= 20 ? CN[Math.floor(n / 10)] : ""}十${n % 10 ? CN[n % 10] : ""}`;
}

/** A year (and the month and day right after it) in Arabic digits; never digits glued to other digits. */
const DATE = /(?<!\d)((?:19|20)\d\d)(\s*年)(?:(\d{1,2})(\s*月)(?:(\d{1,2})(\s*日))?)?/g;

/** Years and dates written in Chinese numerals (二〇一五年度, 二○一六年元月二十日), in the title and the body. */
const cnYears: PageTransform = (rng, p) => {
  const zero = rng.pick(["〇", "○", "零"]);
  const first = rng.chance(0.3) ? "元" : "一";
  const write = (text: string) =>
    text.replace(DATE, (_all, y: string, nian: string, m?: string, yue = "", d?: string, ri = "") => {
      const year = [...y].map((c) => (c === "0" ? zero : CN[Number(c)])).join("");
      const month = m ? (Number(m) === 1 ? first : cnNumber(Number(m))) + yue : "";
      return `${year}${nian}${month}${d ? cnNumber(Number(d)) + ri : ""}`;
    });
  return { head: p.head.replace(TITLE_LINE, (line) => write(line)), body: write(p.body) };
};

/** The archive's machine fields that date the page: 发布时间 and the URL's month folder. */
const PUBLISHED = /^发布时间: ((?:19|20)\d\d)-(\d\d)-\d\d.*$/m;

/**
 * No year in the title nor the body (a title without its year, 本年度 for the year), so only the page's date
 * tells it: 发布时间 and the URL's month folder, or the URL alone. Only pages published January–June, when
 * last year's reports appear; n/a otherwise (such a page truly cannot be dated).
 */
const yearOnlyInDate: PageTransform = (rng, p) => {
  const date = PUBLISHED.exec(p.head);
  if (!date || Number(date[1]) !== p.year + 1 || Number(date[2]) > 6) return null;
  const drop = (text: string) =>
    text
      .replace(/[(（【[]?(?<!\d)(?:19|20)\d\d\s*年度?[)）】\]]?(?=\s*(?:政府信息公开|政务公开|信息公开))/g, "")
      .replace(/(?<!\d)(?:19|20)\d\d\s*年(?=\s*\d{1,2}\s*月)/g, "")
      .replace(/(?<!\d)(?:19|20)\d\d-\d\d-\d\d(?:\s+\d\d:\d\d)?/g, "")
      .replace(/(?<!\d)(?:19|20)\d\d\s*年度?/g, "本年度");
  let head = p.head
    .split("\n")
    .map((line) => (/^(?:标题|本地目录): /.test(line) ? drop(line) : line))
    .join("\n");
  if (rng.chance(0.4)) head = head.replace(PUBLISHED, "发布时间: ");
  return { head, body: drop(p.body) };
};

/** The same agency's other years' reports in the chrome: a 相关链接 list before, 上一篇 / 下一篇 after. */
const relatedLinks: PageTransform = (rng, p) => {
  const agency = agencyOf(p.head);
  if (!agency) return null;
  const title = (y: number) =>
    `${agency}${y}${rng.pick(["年", "年度"])}政府信息公开${rng.pick(["工作年度报告", "年度报告", "年报"])}`;
  const before = `相关链接： ${title(p.year - 1)} ${title(p.year - 2)} ${title(p.year - 3)} `;
  const after = ` 上一篇：${title(p.year - 1)} 下一篇：${title(p.year + 1)}`;
  const where = rng.int(0, 2);
  const body = `${where !== 1 ? before : ""}${p.body}${where !== 0 ? after : ""}`;
  // Now and then the archive's header has lost the title too: only the body and the links remain.
  return { head: rng.chance(0.3) ? p.head.replace(/^标题: .*\n/m, "") : p.head, body };
};

const WORD =
  "Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE /* Style Definitions */ table.MsoNormalTable " +
  "{mso-style-name:普通表格; mso-tstyle-rowband-size:0; mso-tstyle-colband-size:0; mso-style-noshow:yes; " +
  'mso-style-priority:99; mso-style-parent:""; mso-padding-alt:0cm 5.4pt 0cm 5.4pt; mso-para-margin:0cm; ' +
  "mso-para-margin-bottom:.0001pt; mso-pagination:widow-orphan; font-size:10.0pt; " +
  'font-family:"Times New Roman","serif";} ';

/** Word's style settings before the body, after it, or both (a page pasted from Word). */
const wordStyle: PageTransform = (rng, p) => {
  const where = rng.int(0, 2);
  return { head: p.head, body: `${where !== 1 ? WORD : ""}${p.body}${where !== 0 ? ` ${WORD}` : ""}` };
};

/** Attachment links after the body: the report's own statistics table, last year's, then 附件下载. */
const attachments: PageTransform = (rng, p) => {
  const agency = agencyOf(p.head) ?? "";
  const files = [
    `附件：${agency}${p.year}年度政府信息公开工作年度报告统计表.${rng.pick(["xls", "doc", "docx", "pdf"])}`,
    `相关附件： ${p.year - 1}年度政府信息公开统计表.xls`,
  ];
  return { head: p.head, body: `${p.body} ${rng.pick(files)} 附件下载` };
};

/** The page in traditional characters (title and body), as a few offices publish. */
const traditional: PageTransform = (_rng, p) => ({
  head: p.head.replace(TITLE_LINE, (line) => toTraditional(line)),
  body: toTraditional(p.body),
});

/** The body in paragraphs: a line break after each 。 and before each section heading (一、 … 八、). */
const paragraphs: PageTransform = (rng, p) => {
  const body = p.body
    .replace(/。\s*/g, () => (rng.chance(0.8) ? "。\n" : "。"))
    .replace(/[ \t]*(?<![一二三四五六七八九十\n])(?=[一二三四五六七八]、)/g, () => (rng.chance(0.8) ? "\n" : " "));
  return body === p.body ? null : { head: p.head, body };
};

/**
 * A body that starts mid-report: the page lost its opening (the 根据… paragraph, 总体情况) and begins at 二、 or
 * at 三、, the §三 table's heading; the title stays in the archive's header. A 2019/2021 report with a table map
 * only: a legacy report may state figures in the paragraphs that would go.
 */
const midReport: PageTransform = (rng, p) => {
  // Without the archive's header (seeds, PDFs) the opening is where the title and year were: nothing dates it.
  if (!p.map || !TITLE_LINE.test(p.head)) return null;
  const table = p.map.span[0];
  const second = p.body.lastIndexOf("二、", table);
  const third = p.body.lastIndexOf("三、", table);
  const starts = [second, third].filter((i) => i > 0 && i <= table);
  if (starts.length === 0) return null;
  return { head: p.head, body: p.body.slice(rng.pick(starts)) };
};

export const FRAME_CLASSES: Record<string, PageTransform> = {
  "mid-report": midReport,
  "year-cn-numerals": cnYears,
  "year-only-in-date": yearOnlyInDate,
  "related-links": relatedLinks,
  "word-style": wordStyle,
  attachments,
  traditional,
  "lines-paragraphs": paragraphs,
};

/**
 * An excerpt: the page stops right after one of §三's rows (a page cut off, the first pages of a copy). The
 * expected figures are the ones still printed; the parser must keep them and say the report is incomplete.
 * A legacy page is cut before its 行政复议 row (legacyExcerpt).
 */
export function excerpt(
  rng: Rng,
  p: Page,
  values: Record<string, number>,
): { head: string; body: string; truth: Record<string, number>; legacy?: true } | null {
  if (!p.map) return legacyExcerpt(p, values);
  const rows = p.map.rows.filter((r) => r.end > r.start);
  if (rows.length < 4) return null;
  const last = rng.int(1, rows.length - 3);
  const kept = new Set(rows.slice(0, last + 1).flatMap((r) => r.keys));
  const isTable = (k: string) => /^(?:apps|outcome|review|litigation)/.test(k);
  const truth = Object.fromEntries(Object.entries(values).filter(([k]) => !isTable(k) || kept.has(k)));
  return { head: p.head, body: p.body.slice(0, rows[last].end), truth };
}

/** The legacy rows that follow the cut, by their template labels and the keys read from them. */
const LEGACY_AFTER: [RegExp, string[]][] = [
  [/行政复[议试]/, ["review.total"]],
  [/行政诉讼数/, ["litigation.total"]],
  [/申诉/, ["legacy.complaints"]],
];

/**
 * A legacy page cut right before its 统计表's 行政复议 row: the rows before it stay, 复议 / 诉讼 and any row printed
 * after the cut lose their expected figures (a narrative sentence may still state them: not judged either way).
 */
function legacyExcerpt(
  p: Page,
  values: Record<string, number>,
): { head: string; body: string; truth: Record<string, number>; legacy: true } | null {
  const header = p.body.search(/指\s*标\s*名\s*称|统计指标/);
  const at = header < 0 ? -1 : p.body.slice(header).search(/行政复[议试]/);
  if (at < 0) return null;
  const cut = header + at;
  const dropped = LEGACY_AFTER.flatMap(([label, keys]) => (label.test(p.body.slice(cut)) ? keys : []));
  const truth = Object.fromEntries(Object.entries(values).filter(([k]) => !dropped.includes(k)));
  return { head: p.head, body: p.body.slice(0, cut), truth, legacy: true };
}
