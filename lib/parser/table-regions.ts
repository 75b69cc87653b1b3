/**
 * Where the 2021 / 2019 tables lie in a report: §二 (active), §三 (applications) and §四 (review and
 * litigation), found by their headings, with fallbacks for headings a site printed with a stray or missing
 * character ("行政法复议") or left out: the table's own header words.
 */
import { CELL_NOTE_SPAN, type CellToken, cellNoteEnd, noteEnd } from "./cells";
import { anyOfRegex, findIn, type Span } from "./label-regex";
import { HEADINGS } from "./labels";

const HEADING_RE = {
  active: anyOfRegex(HEADINGS.active),
  applications: anyOfRegex(HEADINGS.applications),
  review: anyOfRegex([...HEADINGS.review, ...HEADINGS.reviewHeader]),
  after: anyOfRegex(HEADINGS.after),
  /** Anything a complete report prints after its tables. */
  closing: anyOfRegex([...HEADINGS.after, ...HEADINGS.closing]),
  firstRow: anyOfRegex(HEADINGS.firstRow),
  applicants: anyOfRegex(HEADINGS.applicants),
};

/** The first §三 row in the template's own words (the short "本年新收" is also narrative wording). */
const FIRST_ROW_FULL = anyOfRegex(["本年新收政府信息公开申请数量"]);
const LAST_ROW = anyOfRegex(["结转下年度继续办理"]);

export interface Regions {
  active: [number, number] | null;
  applications: [number, number];
  review: [number, number] | null;
  /** The text goes on past the tables (§五, §六 or their wording follow): it is not cut short. */
  continues: boolean;
  /** Sections that print more than one table (last year's beside this year's): which was read, and why. */
  repeated: RepeatedTable[];
}

export interface RepeatedTable {
  section: "applications" | "review";
  /** Each table's caption as printed (its words before the header), in page order. */
  captions: string[];
  /** The table read: the one whose caption names this year, or null where no caption tells them apart. */
  chosen: number | null;
}

// A §四 block is one header and 15 numbers; past this it is narrative.
const REVIEW_SPAN = 3000;

const QUOTES = new Set(["“", "”", '"', "「", "」", "『", "』", "‘", "’", "'"]);

/**
 * Headings also appear in a table of contents or in the opening sentence that lists the report's parts: the real
 * one is followed by the first §三 row, with no other §三 or §四 heading between. Where only such a list names
 * the section (the heading itself left out), the table's own header or first row is where it starts (null).
 */
function findApplicationsHeading(text: string): Span | null {
  let first: Span | null = null;
  for (let at = 0, tries = 0; tries < 10; tries++) {
    const heading = findIn(HEADING_RE.applications, text, at, text.length);
    if (!heading) break;
    // Quoted in a sentence (a 更正说明: 第三部分“收到和处理政府信息公开申请情况”表格…): a mention, not the heading.
    if (QUOTES.has(text[heading.start - 1] ?? "") && QUOTES.has(text[heading.end] ?? "")) {
      at = heading.end;
      continue;
    }
    const next = findIn(HEADING_RE.applications, text, heading.end, text.length);
    const row = findIn(HEADING_RE.firstRow, text, heading.end, next ? next.start : text.length);
    // A list of the report's parts names §三 before §二's own heading: that is not where §三 starts.
    if (findIn(HEADING_RE.active, text, heading.end, row ? row.start : text.length)) {
      at = heading.end;
      continue;
    }
    first ??= heading;
    if (row && !findIn(HEADING_RE.review, text, heading.end, row.start)) return heading;
    if (
      row &&
      (findIn(HEADING_RE.applicants, text, heading.end, text.length) ||
        findIn(FIRST_ROW_FULL, text, row.start, text.length))
    )
      return null;
    at = heading.end;
  }
  return first;
}

/**
 * Where a heading numbered in digits ("4.政府信息公开行政复议…", "5、存在的主要问题") starts, given where its words
 * start: glued to the run before it ("00000004."), its number is not the table's last cell.
 */
function withoutNumber(text: string, at: number, digit: string): number {
  const m = /\d\s*[.、．]\s*$/.exec(text.slice(Math.max(0, at - 4), at));
  return m && m[0][0] === digit ? at - m[0].length : at;
}

/**
 * Where §三's rows are looked for under its heading: at the table's header when one is printed before the first
 * row in the template's words, so a sentence between the heading and the table (本年度新收申请4件…上年结转0件) is
 * not taken for the rows; otherwise right after the heading.
 */
function tableHeader(text: string, from: number, to: number): number {
  const row = findIn(FIRST_ROW_FULL, text, from, to);
  return (row && findIn(HEADING_RE.applicants, text, from, row.start)?.start) ?? from;
}

/**
 * The rest of §四's heading where a site joins its two words otherwise than with 、 ("政府信息公开行政复议和行政诉讼情况",
 * "…行政复议及行政诉讼案件情况", "…行政复议，行政诉讼情况"): HEADINGS.review then matches only "政府信息公开行政复议", and
 * "行政诉讼情况" left before the table's header would read as its first top word (行政诉讼 before 行政复议: the groups
 * swapped). Only a tail that ends in 情况 is the heading's; the header's own "行政诉讼 结果维持 …" is not.
 */
const HEADING_TAIL = /^[\s、，,和及与或]{0,3}(?:被\s*)?(?:提\s*起\s*)?行\s*政\s*诉\s*讼\s*(?:案\s*件\s*)?情\s*况/;
function headingTail(text: string, heading: Span | null): Span | null {
  const tail = heading && HEADING_TAIL.exec(text.slice(heading.end, heading.end + 32));
  return heading && tail ? { start: heading.start, end: heading.end + tail[0].length } : heading;
}

/** §四's header word printed once per table, and the word its header starts with. */
const REVIEW_MARK = anyOfRegex(["未经复议直接起诉"]);
const REVIEW_HEADER_START = anyOfRegex(["行政复议"]);
/** How far before a table's first row (or §四's mark) its header may start, and its caption before that. */
const HEADER_SPAN = 200;
const CAPTION_SPAN = 60;

/**
 * §四's mark in its header (未经复议直接起诉 复议后起诉 结果维持 …), not in a note's sentence before it (…诉讼案件2件(均未经
 * 复议直接起诉),…; 注:未经复议直接起诉 指直接向法院起诉。): the next header word comes before any clause's stop.
 */
const NEXT_HEADER_WORD = /^[\s|]{0,6}(?:复\s*议\s*后\s*起\s*诉|结\s*果\s*维\s*持|维\s*持|尚\s*未\s*审\s*结|总\s*计)/;
const inHeader = (text: string, at: number): boolean => NEXT_HEADER_WORD.test(text.slice(at, at + 24));

/** Every match of re in text[from, to). */
function findAll(re: RegExp, text: string, from: number, to: number): Span[] {
  const hits: Span[] = [];
  for (let hit = findIn(re, text, from, to); hit; hit = findIn(re, text, hit.end, to)) hits.push(hit);
  return hits;
}

/**
 * Whose year a table's caption names: "this" (本年度, or the report's year), "other" (上年度, another year) or
 * "unknown". The caption is what is left after the last figure before the header (the previous table's cells).
 */
function captionYear(caption: string, year: number | null): "this" | "other" | "unknown" {
  if (/上一?年度?|去年|前一?年度/.test(caption)) return "other";
  if (/本年|今年/.test(caption)) return "this";
  const years = Array.from(caption.matchAll(/(20\d\d)\s*年/g), (m) => Number(m[1]));
  if (year === null || years.length === 0) return "unknown";
  return years.includes(year) ? "this" : "other";
}

/** The table whose caption names this year; else the one table not said to be another year's; else null. */
function chooseTable(captions: string[], year: number | null): number | null {
  const kinds = captions.map((c) => captionYear(c, year));
  const mine = kinds.flatMap((k, i) => (k === "this" ? [i] : []));
  if (mine.length === 1) return mine[0];
  const notOther = kinds.flatMap((k, i) => (k !== "other" ? [i] : []));
  return mine.length === 0 && notOther.length === 1 ? notOther[0] : null;
}

/**
 * A section that prints two or more tables (last year's before this year's, 表一 / 表二): each table starts at
 * its header (found back from a mark it prints once, within HEADER_SPAN) and its caption is the words before
 * that header. Returns the range of the table to read (the whole section where none can be chosen), or null
 * when the section prints one table. A second mark with no second full table (§三's last row printed once) is
 * a quotation of the row's words, not a table.
 */
const CONTINUES = /接\s*(?:上\s*)?表|续\s*表/;

function repeatedTable(
  text: string,
  [from, to]: [number, number],
  section: RepeatedTable["section"],
  year: number | null,
): { range: [number, number]; table: RepeatedTable } | null {
  const found = findAll(section === "applications" ? FIRST_ROW_FULL : REVIEW_MARK, text, from, to);
  const marks = section === "review" && found.length > 1 ? found.filter((m) => inHeader(text, m.end)) : found;
  if (marks.length < 2) return null;
  if (section === "applications" && findAll(LAST_ROW, text, from, to).length < marks.length) return null;
  const headerRe = section === "applications" ? HEADING_RE.applicants : REVIEW_HEADER_START;
  const starts: number[] = [];
  for (const [k, mark] of marks.entries()) {
    const floor = Math.max(k === 0 ? from : marks[k - 1].end, mark.start - HEADER_SPAN);
    starts.push(findIn(headerRe, text, floor, mark.start)?.start ?? mark.start);
  }
  const captions = starts.map((start, k) => {
    const floor = Math.max(k === 0 ? from : marks[k - 1].end, start - CAPTION_SPAN);
    // Past the last figure that is not a year: the previous table's cells end there.
    return text
      .slice(floor, start)
      .replace(/^[\s\S]*\d(?!\d*\s*年)/, "")
      .trim();
  });
  // A second half captioned as continuing the first ("（表二，接表一）" with the other columns): one table, not two.
  if (section === "applications" && captions.slice(1).every((c) => CONTINUES.test(c))) return null;
  const chosen = chooseTable(captions, year);
  const table = { section, captions, chosen };
  if (chosen === null) return { range: [from, to], table };
  const end = chosen + 1 < starts.length ? starts[chosen + 1] - captions[chosen + 1].length : to;
  return { range: [starts[chosen], Math.max(starts[chosen], end)], table };
}

/**
 * §四's heading printed before §三's (the clerk swapped the two sections): the last §四 heading before `appsStart`
 * that its own header follows (未经复议直接起诉) before §三 starts, within REVIEW_SPAN, or null. A list of the
 * report's parts naming §四 is followed by no header.
 */
function reviewAbove(text: string, appsStart: number): Span | null {
  const floor = Math.max(0, appsStart - REVIEW_SPAN);
  const heading = findAll(HEADING_RE.review, text, floor, appsStart)
    .filter((h) => !REVIEW_HEADER_WORDS.some((w) => text.startsWith(w, h.start)))
    .at(-1);
  return heading && findIn(REVIEW_MARK, text, heading.end, appsStart) ? heading : null;
}
const REVIEW_HEADER_WORDS = HEADINGS.reviewHeader;

/** An item number before a row's label ("2.其他法律…", "3、"): the only figures a column of labels prints. */
const ITEM_NUMBER = /\d{1,2}\s*[.、．]/g;
const labelsOnly = (text: string, from: number, to: number): boolean =>
  !/\d/.test(text.slice(from, to).replace(ITEM_NUMBER, ""));

/**
 * A responsive table's frozen first column printed alone before the whole table ("(表格可左右滑动查看) 申请人情况
 * 一、本年新收…数量 二、上年结转…数量 … 四、结转下年度继续办理 申请人情况 自然人 … 一、本年新收…数量 5 0 0 …"): the
 * rows' labels with no figure but their item numbers, up to the first row's label again. Where the table starts
 * (its header, or that row), or null.
 */
function frozenColumn(text: string, [from, to]: [number, number]): number | null {
  const first = findIn(FIRST_ROW_FULL, text, from, to);
  const again = first && findIn(FIRST_ROW_FULL, text, first.end, to);
  if (!first || !again || !labelsOnly(text, first.end, again.start)) return null;
  return findIn(HEADING_RE.applicants, text, first.end, again.start)?.start ?? again.start;
}

export function findRegions(text: string, year: number | null = null): Regions {
  const end = text.length;
  const apps = findApplicationsHeading(text);
  // Without the heading, start at the table's own header rather than in the narrative, or at its first row
  // where the header is printed after the rows (the rows down to 结转下年度 lie before it, none after it).
  const header = apps ? null : findIn(HEADING_RE.applicants, text, 0, end);
  const firstRow = header && findIn(FIRST_ROW_FULL, text, 0, header.start);
  const rowsBefore =
    firstRow && findIn(LAST_ROW, text, firstRow.end, header.start) && !findIn(FIRST_ROW_FULL, text, header.end, end);
  const anyRow = apps || header ? null : findIn(FIRST_ROW_FULL, text, 0, end);
  const appsFrom = apps ? apps.end : ((rowsBefore ? firstRow?.start : header?.start) ?? anyRow?.start ?? 0);
  // §四 starts at its heading or, where that is misprinted, at its header words: whichever comes first.
  const below = findIn(HEADING_RE.review, text, appsFrom, end);
  // §四 printed before §三, none after it: its heading and table between §二 and §三's heading.
  const above = !below && apps ? reviewAbove(text, apps.start) : null;
  const review = headingTail(text, below ?? above);
  const after = findIn(HEADING_RE.after, text, below ? below.end : appsFrom, end);
  const appsTo = withoutNumber(text, below ? below.start : after ? after.start : end, below ? "4" : "5");
  const from = apps ? tableHeader(text, apps.end, appsTo) : appsFrom;
  // §二 ends where §三 starts: at its heading or, where that is lost, at the table's own header or first row.
  const activeTo = apps ? (above?.start ?? apps.start) : header || anyRow || rowsBefore ? appsFrom : null;
  const active = activeTo === null ? null : (findAll(HEADING_RE.active, text, 0, activeTo).at(-1) ?? null);
  const reviewEnd = review ? Math.min(end, review.end + REVIEW_SPAN) : end;
  const reviewTo =
    above && apps ? withoutNumber(text, apps.start, "3") : after ? withoutNumber(text, after.start, "5") : reviewEnd;
  const frozen = frozenColumn(text, [from, appsTo]);
  const twoApps = repeatedTable(text, [frozen ?? (apps ? apps.end : from), appsTo], "applications", year);
  const twoReviews = review ? repeatedTable(text, [review.end, reviewTo], "review", year) : null;
  return {
    active: active && activeTo !== null ? [active.end, activeTo] : null,
    applications: twoApps?.table.chosen != null ? twoApps.range : [frozen ?? from, appsTo],
    review: review ? (twoReviews?.range ?? [review.end, reviewTo]) : null,
    continues: findIn(HEADING_RE.closing, text, review ? review.end : appsFrom, end) !== null,
    repeated: [twoApps?.table, twoReviews?.table].filter((t): t is RepeatedTable => t !== undefined),
  };
}

/** How far past a §三 table's first row its last row lies (a full table's rows run ~2,000 characters). */
const TABLE_SPAN = 4000;
/** §四's header, printed as a table's: its two suit groups close together (a sentence names one). */
const REVIEW_PAIR_SPAN = 60;
const AFTER_REVIEW_MARK = anyOfRegex(["复议后起诉"]);
const RESULT_WORDS = /结\s*果\s*维\s*持|尚\s*未\s*审\s*结/;
const HEADER_WORDS_SPAN = 120;

/**
 * The sections that print a whole table outside the range read (another agency's report quoted before the body,
 * last year's report or table, a sample form, a 更正 notice's corrected table): which table is this agency's this
 * year is then not certain. §三's: its first and last rows in the template's words; §四's: its header.
 */
export function tablesElsewhere(text: string, regions: Regions): (RepeatedTable["section"] | "active")[] {
  const out: (RepeatedTable["section"] | "active")[] = [];
  if (activeElsewhere(text, regions)) out.push("active");
  const [from, to] = regions.applications;
  const outside = (at: number, range: [number, number]) => at < range[0] || at >= range[1];
  const fullTable = (row: Span) => findIn(LAST_ROW, text, row.end, Math.min(text.length, row.end + TABLE_SPAN));
  const rows = findAll(FIRST_ROW_FULL, text, 0, text.length);
  // The table read's figures, and another copy's: the same figures printed again (the body or its attachment
  // printed twice) leave no choice to name.
  const own = rows.find((row) => !outside(row.start, [from, to]));
  const figures = (row: Span) => {
    const last = fullTable(row);
    return last ? figuresOf(text, row.start, last.end) : null;
  };
  // Read only where a row lies outside the range (most pages print §三 once).
  let read: string | null | undefined;
  // A copy is a table: two rows' cells at least (a note or sentence quoting the row labels prints few or none).
  const another = (row: Span) => {
    const printed = outside(row.start, [from, to]) ? figures(row) : null;
    if (printed === null || printed.length < MIN_TABLE_FIGURES) return false;
    read ??= own ? figures(own) : null;
    return printed !== read;
  };
  if (rows.some(another)) out.push("applications");
  const review = regions.review;
  // A header, not a sentence (…被提起行政诉讼6件(未经复议直接起诉4件、复议后起诉2件)): no figure between its two
  // suit groups, and its results' words beside them.
  const header = (mark: Span) => {
    const after = findIn(AFTER_REVIEW_MARK, text, mark.end, mark.end + REVIEW_PAIR_SPAN);
    if (!after || /\d/.test(text.slice(mark.end, after.start))) return false;
    return RESULT_WORDS.test(text.slice(Math.max(0, mark.start - HEADER_WORDS_SPAN), after.end + HEADER_WORDS_SPAN));
  };
  const marks = review ? findAll(REVIEW_MARK, text, 0, text.length) : [];
  const inside = review ? marks.find((m) => !outside(m.start, review)) : undefined;
  let readReview: string | null | undefined;
  const again = (m: Span) => {
    readReview ??= inside ? reviewFigures(text, inside.end) : null;
    return readReview !== null && reviewFigures(text, m.end) === readReview;
  };
  if (review && marks.some((m) => outside(m.start, review) && header(m) && !again(m))) out.push("review");
  return out;
}

/** §二's first item printed as a table's: the article's item, then the header (第二十条第（一）项 信息内容). */
const ACTIVE_TABLE = /第\s*二\s*十\s*条\s*第\s*[（(]\s*一\s*[)）]\s*项\s*信\s*息\s*内\s*容/g;
/** How far a §二 table's figures run past its first item (its five items run ~400 characters). */
const ACTIVE_SPAN = 800;
const ACTIVE_END = /收到和处理|三\s*、/;

/**
 * §二's table printed again outside the range read (another agency's report, last year's, before or after this
 * one) with other figures: which copy is this agency's this year is not certain.
 */
function activeElsewhere(text: string, regions: Regions): boolean {
  const range = regions.active;
  // Most pages print the article's item once: two copies need it twice.
  const first = text.indexOf("二十条");
  if (!range || first < 0 || text.lastIndexOf("二十条") === first) return false;
  const marks = [...text.matchAll(ACTIVE_TABLE)].map((m) => m.index);
  if (marks.length < 2) return false;
  const figures = (k: number) => {
    const window = text.slice(marks[k], Math.min(marks[k + 1] ?? text.length, marks[k] + ACTIVE_SPAN));
    const end = ACTIVE_END.exec(window)?.index ?? window.length;
    return window.slice(0, end).replace(/\D/g, "");
  };
  const own = marks.findIndex((at) => at >= range[0] && at < range[1]);
  const read = own >= 0 ? figures(own) : null;
  return marks.some((_, k) => k !== own && figures(k).length > 0 && figures(k) !== read);
}

/** A §三 table's figures, from its first row to the run of cells after its last row's label (digits only). */
function figuresOf(text: string, from: number, lastLabelEnd: number): string {
  const cells = /^[\d\s]*/.exec(text.slice(lastLabelEnd, lastLabelEnd + LAST_CELLS_SPAN))?.[0] ?? "";
  // Item numbers left out: a column of labels printed alone (a frozen column) holds no figures. §三's items run 1–8,
  // one digit, so a copy printed glued ("…00000002.申请人逾期…") loses the same digit as one printed spaced.
  return text
    .slice(from, lastLabelEnd + cells.length)
    .replace(ITEM_DIGIT, "")
    .replace(/\D/g, "");
}
const ITEM_DIGIT = /\d\s*[.、．]/g;
const LAST_CELLS_SPAN = 80;
const MIN_TABLE_FIGURES = 14;

/** §四's fifteen figures after its header: the digits from its first figure up to the words after them. */
function reviewFigures(text: string, from: number): string | null {
  const window = text.slice(from, from + REVIEW_FIGURES_SPAN);
  const m = /\d[\d\s]*/.exec(window);
  return m ? m[0].replace(/\D/g, "") : null;
}
const REVIEW_FIGURES_SPAN = 400;

const CJK_RUN = /[\u3400-\u9fff]{2,}/g;

/** Whether `at` lies in a note in brackets right after one of the row's figures (cellNoteEnd). */
function insideCellNote(text: string, at: number, tokens: CellToken[]): boolean {
  for (const t of tokens) {
    if (t.pos >= at) return false;
    if (t.kind === "num") {
      const open = t.pos + t.raw.length;
      if (open < at && at - open < CELL_NOTE_SPAN && cellNoteEnd(text, open, text.length) > at) return true;
    } else if (t.kind === "bad") {
      // A cell its note made unreadable ("0(实际3件)", "0 (应为3)"): the bracket inside the token.
      const open = t.pos + t.raw.search(/[([［【〔]/);
      if (open > t.pos && open < at && at < t.pos + t.raw.length && noteEnd(text, open, text.length) > at) return true;
    }
  }
  return false;
}

/**
 * The tokens before the first run of prose after the cells begin: two or more characters, one of them not
 * in `allowed` (the table's own header and label characters). A §四 row or the last §三 row is followed by
 * whatever the page prints next; where the next heading is misprinted, this is where the table ends.
 */
export function beforeProse(text: string, tokens: CellToken[], to: number, allowed: ReadonlySet<string>): CellToken[] {
  if (tokens.length === 0) return tokens;
  CJK_RUN.lastIndex = tokens[0].pos;
  for (let m = CJK_RUN.exec(text); m && m.index < to; m = CJK_RUN.exec(text)) {
    // "无无无无无无无": a 无 typed in each cell, glued, is the row's cells, not prose; so are the 无 a run starts with
    // where the next heading is glued to them ("无无无无无无无无五、存在…"): the words start after them.
    const none = m[0].startsWith("无无") ? (/^无+/.exec(m[0])?.[0].length ?? 0) : 0;
    const words = m[0].slice(none);
    if (none > 0 && words.length < 2) continue;
    if (!Array.from(words).some((c) => !allowed.has(c))) continue;
    // "4(含上年度结转1件) 1 1(确认违法) 0": a cell's note in brackets after its figure is the cell's, not prose.
    if (!insideCellNote(text, m.index, tokens)) return tokens.filter((t) => t.pos < m!.index + none);
  }
  return tokens;
}

/**
 * "表中各项数据均为0", "各项指标均为零": a sentence a site prints in place of a table whose every cell is 0. Bounded:
 * only the first ALL_ZERO_SPAN characters of the section are searched, where such a sentence stands.
 */
const ALL_ZERO_RE =
  /各\s*项(?:\s*(?:数据|数值|数字|指标|内容))?\s*(?:均|都|全部?)\s*为\s*[“"‘']?\s*[0０零〇](?![\d.．])/g;
const ALL_ZERO_SPAN = 200;

/** Where the section [from, to) states that its table holds only zeros, or null. */
export function statesAllZero(text: string, from: number, to: number): Span | null {
  return findIn(ALL_ZERO_RE, text, from, Math.min(to, from + ALL_ZERO_SPAN));
}
