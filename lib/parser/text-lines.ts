/**
 * Positions ↔ lines of the normalised text, and the page furniture (page numbers) that PDFs leave
 * between table rows. Lines are blanked, never removed, so line numbers stay the document's.
 */

// "- 3 -", "—3—", "第 3 页", "第3页 共9页", "3 / 9": a line holding only a page number.
const PAGE_NUMBER_RE =
  /^[\s|]*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})[\s|]*$/;

// "第 2 页 共 4 页" inside a line: a printed page's footer that a one-line body keeps between two table rows. Its
// numbers go and its words stay, closed up ("第页共页"), so the spaces around it are the row's as printed.
const INLINE_FOOTER_RE = /第[ \t]*\d{1,4}[ \t]*页[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,4}[ \t]*页/g;

// "…8.属于行政查询事项0000000 - 3 - （四）无法提供…": a PDF page's number kept inside a one-line body, between a
// row's last figure and the next label (or its item number). Dashes alike on both sides, a number of three digits
// at most, a figure before and a label after: a row printing a dash for a zero cannot end "N —" (its 总计 would
// be 0 beside a part of N), so the two dashes are furniture, not cells. Blanked to spaces of the same length.
// The figure and spaces before it are matched and kept (a lookbehind there would be tried at every position).
const INLINE_PAGE_RE = /(\d[ \t]+)(([-—–])[ \t]*[1-9]\d{0,2}[ \t]*\3)(?=[ \t]*(?:[（(\u4e00-\u9fff]|\d{1,2}[.、．]))/g;

// Whether any line could be a page number: the same pattern over the whole text, so that a page with none (most
// pages) is not split into lines and joined again.
const ANY_PAGE_NUMBER_LINE = new RegExp(PAGE_NUMBER_RE.source, "m");

/**
 * A stamp a PDF prints on every page (a 核稿 mark and its date, "交建局核稿 2021.01.20"), crawled into the text wherever
 * a page broke: between a table's rows, inside a run of cells. Found as one dotted date printed STAMP_COPIES times or
 * more, with the words right before it that every copy shares; blanked to spaces of the same length. A report's own
 * dates are written 2021年1月20日, and a date is never a cell.
 */
const DOTTED_DATE = /(?<![\d.．])(?:19|20)\d\d([.．/-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d.．])/g;
const STAMP_COPIES = 3;
/** The most characters of a stamp's words before its date. */
const STAMP_WORDS = 12;
const WORDS_BEFORE = new RegExp(`[\u4e00-\u9fff]{0,${STAMP_WORDS}}[ \t]*$`);

export function blankStamps(text: string): string {
  if (!/\d{4}[.．/-]\d/.test(text)) return text;
  const byDate = new Map<string, number[]>();
  for (const m of text.matchAll(DOTTED_DATE)) {
    const at = byDate.get(m[0]);
    if (at) at.push(m.index);
    else byDate.set(m[0], [m.index]);
  }
  const spans: [number, number][] = [];
  for (const [date, at] of byDate) {
    if (at.length < STAMP_COPIES) continue;
    const words = at.map((i) => WORDS_BEFORE.exec(text.slice(Math.max(0, i - STAMP_WORDS - 4), i))?.[0] ?? "");
    // The words every copy prints before the date: their longest common ending.
    let shared = 0;
    const last = (w: string, k: number) => w[w.length - 1 - k];
    while (
      shared < Math.min(...words.map((w) => w.length)) &&
      words.every((w) => last(w, shared) === last(words[0], shared))
    )
      shared++;
    for (const i of at) spans.push([i - shared, i + date.length]);
  }
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = "";
  let done = 0;
  for (const [a, b] of spans) {
    out += text.slice(done, a) + " ".repeat(b - a);
    done = b;
  }
  return out + text.slice(done);
}

export function blankPageNumbers(text: string): string {
  text = blankStamps(text);
  if (!/[-—–页/]/.test(text)) return text;
  const lines = ANY_PAGE_NUMBER_LINE.test(text)
    ? text
        .split("\n")
        .map((line) => (line.length < 200 && PAGE_NUMBER_RE.test(line) ? "" : line))
        .join("\n")
    : text;
  return lines
    .replace(INLINE_FOOTER_RE, "第页共页")
    .replace(INLINE_PAGE_RE, (_, figure: string, page: string) => figure + " ".repeat(page.length));
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line number of a position. */
  lineOf(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The text of a 1-based line. */
  line(n: number): string {
    const start = this.starts[n - 1] ?? this.text.length;
    const next = this.starts[n];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1);
  }
}

/** A compact one-line rendering of text[from, to) for a value's `raw` source: cells joined by " | ". */
export function compactRaw(text: string, from: number, to: number): string {
  const end = Math.min(to, from + 400);
  if (from < 0 || end > text.length) return compactRawByChar(text, from, end);
  let out = "";
  let pendingSep = "";
  // Runs of printed characters are copied whole (a string grown a character at a time was 10 % of the parser's
  // allocation); the first 200 characters are the same either way.
  let i = from;
  while (i < end && out.length < 200) {
    const c = text.charCodeAt(i);
    if (c === 124) pendingSep = " | ";
    else if (c === 32 || c === 10 || c === 9 || c === 13) pendingSep ||= " ";
    else {
      let j = i + 1;
      while (j < end && !isRawGap(text.charCodeAt(j))) j++;
      if (out && pendingSep) out += pendingSep;
      pendingSep = "";
      out += text.slice(i, j);
      i = j;
      continue;
    }
    i++;
  }
  return out.length > 200 ? out.slice(0, 200) : out;
}

/** compactRaw a character at a time, for a span reaching outside the text (each position past it reads "undefined"). */
function compactRawByChar(text: string, from: number, end: number): string {
  let out = "";
  let pendingSep = "";
  for (let i = from; i < end && out.length < 200; i++) {
    const c = text[i];
    if (c === "|") pendingSep = " | ";
    else if (c === " " || c === "\n" || c === "\t" || c === "\r") pendingSep ||= " ";
    else {
      if (out && pendingSep) out += pendingSep;
      pendingSep = "";
      out += c;
    }
  }
  return out.slice(0, 200);
}

/** The characters compactRaw closes up: a cell border, a space, a tab, a line break. */
const isRawGap = (c: number): boolean => c === 124 || c === 32 || c === 10 || c === 9 || c === 13;

/**
 * A table's number in its caption ("表2-1", "附表3", "表4 政府信息公开行政复议…"): Word pastes it right after the
 * last row's cells ("…数量 1000001 表2-1 完"), where its digits would be read as cells. Blanked to spaces of the
 * same length, so positions hold. Not 代表 / 发表, nor a count of forms (申请表15份).
 */
const TABLE_NUMBER_RE = /(?<![代发])(表\s*)(\d{1,2}(?:\s*[-－—–.．]\s*\d{1,2})?)(?![\d.．件条项人个份%])/g;

export function blankTableNumbers(text: string): string {
  if (!text.includes("表")) return text;
  return text.replace(TABLE_NUMBER_RE, (_, word: string, number: string) => word + " ".repeat(number.length));
}

/**
 * A zero typed as the letter O in a glued run of a table's zeros ("O000O00", "OOOOOOO"): a run of three or more
 * of 0 and O (Latin or full-width, either case) alone, no letter beside it and no other digit in it, holding a 0
 * or as long as a whole §三 row or §四 run (seven, fifteen), reads as the zeros it stands for. Same length, so
 * positions hold; the spans changed are returned for a finding.
 */
const LETTER_ZEROS_RE = /(?<![A-Za-zＡ-Ｚａ-ｚ0-9])[0OoＯｏ]{3,}(?![A-Za-zＡ-Ｚａ-ｚ0-9])/g;

/**
 * A capital O alone among spaced cells ("2 O 0 0 O 0 2", "… 0 0 O 五、"): a figure or another such O before it, a
 * figure, another O or the next label after it.
 */
const LETTER_CELL_RE = /(?<=[0-9OＯ][ \t|]+)[OＯ](?=[ \t|]+[0-9OＯ]|[ \t|]*[（(\u4e00-\u9fff])/g;

export function zerosTypedAsLetters(text: string): { text: string; spans: [number, number][] } {
  if (!/[OoＯｏ]/.test(text)) return { text, spans: [] };
  const spans: [number, number][] = [];
  const runs = text.replace(LETTER_ZEROS_RE, (run: string, at: number) => {
    // Letters alone only as a whole §三 row (seven) or §四 run (fifteen): "OOO公司" is a name left out.
    if (/^0+$/.test(run) || (!run.includes("0") && run.length !== 7 && run.length !== 15)) return run;
    spans.push([at, at + run.length]);
    return "0".repeat(run.length);
  });
  // Twice: an O right after another O ("O O") is found once the first has become 0.
  const out = [0, 1].reduce(
    (t) =>
      t.replace(LETTER_CELL_RE, (_: string, at: number) => {
        spans.push([at, at + 1]);
        return "0";
      }),
    runs,
  );
  return { text: out, spans };
}

/**
 * A dash typed as 一 (the input method's yi for "—", "表中"一"表示无数据"): a 一 alone in a cell, a tab, border or space on
 * each side ("5\t一\t一\t5", "行政处罚 | 一"). It reads as the dash it stands for only where the page prints many
 * (YI_DASHES_FEWEST) and its tables never print a 0, nor any other numeral word alone in a cell (二, 〇, 零: a clerk
 * writing figures in words, whose 一 is 1). Same length, so positions hold; the spans changed are returned for a
 * finding.
 */
const YI_CELL_RE = /(?<=[\t| ])一(?=[\t| \n]|$)/g;
const OTHER_WORD_CELL = /(?<=[\t| ])[〇○零二三四五六七八九十](?=[\t| \n]|$)/;
const ZERO_CELL = /(?<=[\t| ])0(?=[\t| \n]|$)/;
const YI_DASHES_FEWEST = 8;

export function dashesTypedAsYi(text: string): { text: string; spans: [number, number][] } {
  if (!text.includes("\t一") && !text.includes(" 一 ") && !text.includes("|一")) return { text, spans: [] };
  const at = [...text.matchAll(YI_CELL_RE)].map((m) => m.index ?? 0);
  if (at.length < YI_DASHES_FEWEST || OTHER_WORD_CELL.test(text) || ZERO_CELL.test(text)) return { text, spans: [] };
  const spans = at.map((i): [number, number] => [i, i + 1]);
  let out = "";
  let last = 0;
  for (const i of at) {
    out += `${text.slice(last, i)}—`;
    last = i + 1;
  }
  return { text: out + text.slice(last), spans };
}

/**
 * A 1 an OCR'd scan typed as the letter l or I: glued to digits with no letter beside the run nor two in it ("l7",
 * "2l", "I0"), or alone among spaced cells (after a figure or a label, before a figure or the next label:
 * "l 0 0 0 0 0 l", "5 I 0").
 */
const LETTER_ONES_GLUED_RE =
  /(?<![A-Za-z])(?=[0-9lI]*[0-9])(?=[0-9lI]*[lI])(?![0-9lI]*[lI]{2})[0-9lI]{2,}(?![A-Za-z])/g;
const LETTER_ONE_CELL_RE = new RegExp(
  String.raw`(?<=(?:[0-9]|(?<![A-Za-z])[lI]|[）)\u4e00-\u9fff])[ \t|]+)[lI]` +
    String.raw`(?=[ \t|]+(?:[0-9]|[lI](?![A-Za-z]))|[ \t|]*[（(\u4e00-\u9fff])`,
  "g",
);
/** A cheap first look: an l or I touching a digit, or spaced from one. */
const MAYBE_LETTER_ONE = /\d[lI]|[lI]\d|[lI][ \t|]+\d|\d[ \t|]+[lI]/;
/** Fewer than this many such 1s on a page and a lone letter is left alone: one l or I is no scan. */
const LETTER_ONES_MIN = 2;

/**
 * The page's 1s typed as l or I read as 1, where it has two or more of them (a scan's OCR does it throughout).
 * Same length, so positions hold; the spans changed are returned for a finding.
 */
export function onesTypedAsLetters(text: string): { text: string; spans: [number, number][] } {
  if (!MAYBE_LETTER_ONE.test(text)) return { text, spans: [] };
  const spans: [number, number][] = [];
  const mark = (run: string, at: number) => {
    spans.push([at, at + run.length]);
    return run.replace(/[lI]/g, "1");
  };
  // Twice: a lone l right after another one ("l l") is found once the first has become 1.
  const out = [0, 1].reduce((t) => t.replace(LETTER_ONE_CELL_RE, mark), text.replace(LETTER_ONES_GLUED_RE, mark));
  return spans.length >= LETTER_ONES_MIN ? { text: out, spans } : { text, spans: [] };
}
