/**
 * A 统计表 filled in as a form of check boxes (2.是否收到政府信息公开申请:☑是(共 2 件) □否; 3.申请答复情况:☑同意公开(1件)
 * □不予公开( 件)): a row per question or box. A question ticked 否 is 0, ticked 是 with its count that count; a box
 * ticked with its count is that count, a box left empty with its count left empty 0. Anything else (a box ticked
 * with no count, a count beside an empty box) is no row.
 */
import type { LegacyRow } from "./legacy-cells";

/** Marks of a box ticked (☑, √, ●, [√] …) and of one left empty (□, ×, ○, [ ] …). */
const TICK_MARKS = "☑☒■✔✓√●";
const EMPTY_MARKS = "□☐×○✘";
const MARKS = TICK_MARKS + EMPTY_MARKS;
/** A line holding a box of either kind. */
export const CHECK_MARK = new RegExp(`[${MARKS}]|\\[\\s*[√✔✓]?\\s*\\]`);
const TICKED = new RegExp(`[${TICK_MARKS}]`);
/** A box drawn as brackets: [√] ticked, [ ] empty. */
const BRACKET_BOX = /\[\s*([√✔✓])\s*\]|\[\s{0,2}\]/g;
/** 是否 and what it asks about (收到政府信息公开申请; 发生因政府信息公开引起的行政复议 → 行政复议), then the answers. */
const QUESTION = new RegExp(
  String.raw`^\s*(?:\([一二三四五六七八九十\d]{1,2}\)|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.、])?\s*是否` +
    String.raw`(?:收到|发生|收取)?(?:因政府信息公开(?:申请)?(?:引起|提起)的|涉及政府信息公开的)?([^:]{2,24}):(.*)$`,
);
/** A box, its words, and its count in brackets (or the brackets left empty). */
const OPTION = new RegExp(
  String.raw`([${MARKS}])\s*([^${MARKS}()\s:]{1,12})\s*(?:\(\s*(?:共\s*)?(\d*)\s*(?:件|条|元|次|人次)?\s*\))?`,
  "g",
);
/** Where a line holding several numbered questions is cut (调查表 1.是否… 2.是否… 3.申请答复情况:…). */
const QUESTION_START = /[ \t]+(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.、](?!\d))/;

interface Box {
  ticked: boolean;
  words: string;
  /** The count written in its brackets; "" where they are empty; undefined where it has none. */
  count: string | undefined;
}

function boxesOf(text: string): Box[] {
  return [...text.matchAll(OPTION)].map((m) => ({ ticked: TICKED.test(m[1]), words: m[2], count: m[3] }));
}

/** The count a question's answers give: 否 ticked, 0; 是 ticked with its count, that count. */
function answered(boxes: Box[]): number | undefined {
  const yes = boxes.find((b) => b.words === "是");
  const no = boxes.find((b) => b.words === "否");
  if (!yes || !no || yes.ticked === no.ticked) return undefined;
  if (no.ticked) return yes.count ? undefined : 0;
  return yes.count ? Number(yes.count) : undefined;
}

/** A box's own count: ticked with its count, or empty with its count empty (0). */
function counted(box: Box): number | undefined {
  if (box.ticked) return box.count ? Number(box.count) : undefined;
  return box.count === "" ? 0 : undefined;
}

/**
 * A line opening with a box, an answer printed under its question's line; or with the rest of a box or a count's
 * brackets wrapped onto it (]否, 件)).
 */
const ANSWER_LINE = new RegExp(`^\\s*(?:[${MARKS}]|\\[|\\]|\\d*\\s*(?:件|条|次)?\\s*\\))`);

/** A question's line, whatever follows its colon (是否发生因…行政复议:[). */
const ASKS = /是否[^:]{2,30}:/;

/**
 * The lines with each answer printed on a line of its own (2.是否收到政府信息公开申请:√是(共6件) / ×否) joined to the
 * question's line above it, that line's place keeping the joined text and the answers' lines left empty.
 */
function joinedAnswers(lines: string[]): string[] {
  const asks = (l: string) => CHECK_MARK.test(l) || ASKS.test(l);
  if (!lines.some((l, i) => i > 0 && ANSWER_LINE.test(l) && asks(lines[i - 1]))) return lines;
  const out = [...lines];
  let question = -1;
  for (let i = 0; i < out.length; i++) {
    if (question >= 0 && ANSWER_LINE.test(lines[i]) && !QUESTION_START.test(` ${lines[i].trim()}`)) {
      out[question] += ` ${lines[i].trim()}`;
      out[i] = "";
    } else question = asks(lines[i]) ? i : -1;
  }
  return out;
}

/** The form's rows, where at least three questions or boxes give a count; none otherwise. */
export function readCheckboxForm(lines: string[]): LegacyRow[] {
  const rows: LegacyRow[] = [];
  joinedAnswers(lines).forEach((line, i) => {
    if (!CHECK_MARK.test(line)) return;
    // Each numbered question of a form printed on one line is read as a line of its own.
    for (const text of line.split(QUESTION_START)) {
      if (!CHECK_MARK.test(text)) continue;
      const marked = text.includes("[") ? text.replace(BRACKET_BOX, (_, tick?: string) => (tick ? "√" : "□")) : text;
      const question = QUESTION.exec(marked);
      const row = (label: string, value: number | undefined) => {
        if (value !== undefined) rows.push({ label, unit: "件", value, line: i + 1, raw: text.trim() });
      };
      if (question) row(question[1].trim(), answered(boxesOf(question[2])));
      else for (const box of boxesOf(marked)) row(box.words, counted(box));
    }
  });
  return rows.length >= 3 ? rows : [];
}
