/**
 * Prose lines → the same lines with their counts written the way the sentence reader reads them. Clerks and PDF
 * exports print a count in forms the reader's wordings do not spell: financial numerals (叁件), a line whose every
 * character a PDF spaced apart ("1 1 件" is 11), and slash lists that pair labels with counts
 * ("(收到/同意公开/不予公开):5/3/0件"). Each form is rewritten into the plain one (3件, 11件, 收到5件,同意公开3件…);
 * everything else on the line is kept, and so is the line structure (a figure's source is its line).
 */
import { countValue } from "./cn-numbers";

/** Financial (大写) numerals and the plain numeral each stands for. */
const FINANCIAL: Record<string, string> = {
  壹: "一",
  贰: "二",
  叁: "三",
  肆: "四",
  伍: "五",
  陆: "六",
  柒: "七",
  捌: "八",
  玖: "九",
  拾: "十",
  佰: "百",
};
/**
 * A financial count before its unit (叁件, 叁拾陆条, 壹名): at least one financial numeral, for 零件 and 十件
 * read already. Units only: 陆续, 队伍, 拾遗 are words, and 一次性 is not a count of 次.
 */
const FINANCIAL_COUNT =
  /(?<![零〇一二两三四五六七八九十百千\d])([壹贰叁肆伍陆柒捌玖拾佰零〇]*[壹贰叁肆伍陆柒捌玖拾佰][壹贰叁肆伍陆柒捌玖拾佰零〇]*)(?=\s*(?:件|条|个|份|宗|起|项|名|人|位|次(?!性)))/g;
const HAS_FINANCIAL = /[壹贰叁肆伍陆柒捌玖拾佰]/;

function plainFinancial(line: string): string {
  return line.replace(FINANCIAL_COUNT, (all, word: string) => {
    const n = countValue([...word].map((c) => FINANCIAL[c] ?? c).join(""));
    return Number.isNaN(n) ? all : String(n);
  });
}

/**
 * A line a PDF printed with every character spaced apart (屿 头 乡 2 0 1 8 年 …). Cheap test first: the line's
 * first characters alternate with single spaces; then most of its characters stand alone. Only prose (a line with
 * a full stop or comma): a table row spaced so keeps its cells apart.
 */
const SPACED_START = /^\s*\S \S \S \S \S /;
const SPACED_MIN = 20;
const LONE = /(?<!\S)\S(?!\S)/g;
const WORD = /\S+/g;
const PROSE = /[。,]/;

function closeSpacing(line: string): string {
  if (!SPACED_START.test(line) || !PROSE.test(line)) return line;
  const lone = line.match(LONE)?.length ?? 0;
  const words = line.match(WORD)?.length ?? 0;
  if (lone < SPACED_MIN || lone < words * 0.9) return line;
  // One space was the PDF's; a wider gap was a space on the page.
  return line.replace(/(?<=\S) (?=\S)/g, "").replace(/\s{2,}/g, " ");
}

/**
 * Labels paired with counts by slashes: (收到/答复/同意公开/部分公开/不予公开/其他):5/5/3/1/0/1件, 主动公开(本年/累计):
 * 583/1920条, 行政复议/行政诉讼/申诉举报:0/0/0件. The first label runs back to the clause's start (or the
 * bracket); labels are words (no digits, no stop), counts whole numbers, as many counts as labels.
 */
const SLASH_LIST = new RegExp(
  String.raw`([\u4e00-\u9fff“”]{1,24}(?:\/[\u4e00-\u9fff“”]{1,16}){1,9}):\s*` +
    String.raw`(\d{1,7}(?:\s*\/\s*\d{1,7}){1,9})\s*(件|条|个|份|宗|起|项|次|元|人次|人)?`,
  "g",
);

function spreadSlashLists(line: string): string {
  return line.replace(SLASH_LIST, (all, labelText: string, countText: string, unit = "") => {
    const labels = labelText.split("/");
    const counts = countText.split("/").map((c) => c.trim());
    if (labels.length !== counts.length) return all;
    return labels.map((l, i) => `${l}${counts[i]}${unit}`).join(",");
  });
}

/** Closing brackets of a slash list's labels: 依申请公开(收到/答复):5/5件 → 依申请公开:收到5件,答复5件. */
const BRACKETED_LABELS = /\(([\u4e00-\u9fff“”]{1,16}(?:\/[\u4e00-\u9fff“”]{1,16}){1,9})\)\s*:/g;

function unbracket(line: string): string {
  return line.replace(BRACKETED_LABELS, ":$1:");
}

/**
 * An answer counted as an item of a numbered list ((二)同意部分公开两件, ②不予公开1件, 3.部分公开1件): the item's
 * number is no section heading, and is dropped so the item reads as the list's other answers do. A number starts
 * an item only after a stop or at the start: in 同意公开2、部分公开1 the 2 is a count.
 */
const ANSWER_ITEM = new RegExp(
  String.raw`(?:\([一二三四五六七八九十]{1,2}\)|[①-⑳]|(?<=^|[\s,;:。])(?:[一二三四五六七八九十]{1,2}、|\d{1,2}[.、]))\s*` +
    String.raw`(?=(?:同意|部分|不予|不同意|予以|拒绝)[^\d,。;:]{0,10}?` +
    String.raw`(?:\d|[零〇一二两三四五六七八九十]{1,3}\s*(?:件|个|份|宗|起|项)))`,
  "g",
);
const MAY_LIST_ANSWERS = /[)、①-⑳.]\s*(?:同意|部分|不予|不同意|予以|拒绝)/;

/**
 * Applications counted in words the reader does not take for them: 申请件数 (or 宗数, 份数) for 申请数 (申请件数:4件),
 * and 依申请公开 for the applications after 提出的 / 收到的 / 受理的 (向镇政府提出的依申请公开共计5件).
 */
const APPS_WORDS =
  /(?<=申请)[件宗份]数(?=\s*(?:[:为是]|共|合计))|(?<=(?:提出|收到|受理|接到)的)依申请公开(?=\s*(?:共计|共|合计|总计)?\s*\d)/g;
const plainAppsWord = (word: string) => (word.startsWith("依") ? "依申请公开申请" : "数");

/** One cheap test for all the forms (most prose lines have none): a spaced start, a financial numeral, a slash. */
const MAY_REWRITE = new RegExp(
  `${SPACED_START.source}|${HAS_FINANCIAL.source}|/|${MAY_LIST_ANSWERS.source}|申请[件宗份]数|的依申请公开`,
);

/** A line with its counts in the plain forms; lines without any of the forms come back as they were. */
export function plainCountLine(line: string): string {
  if (!MAY_REWRITE.test(line)) return line;
  let out = closeSpacing(line);
  if (HAS_FINANCIAL.test(out)) out = plainFinancial(out);
  if (MAY_LIST_ANSWERS.test(out)) out = out.replace(ANSWER_ITEM, "");
  out = out.replace(APPS_WORDS, plainAppsWord);
  return out.indexOf("/") < 0 ? out : spreadSlashLists(unbracket(out));
}

/** The page's prose lines (those `skip` does not leave out) with their counts in plain forms (plainCountLine). */
export function plainCountLines(lines: string[], skip: (line: number) => boolean): string[] {
  return lines.map((line, i) => (skip(i + 1) ? line : plainCountLine(line)));
}
