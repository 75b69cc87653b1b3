/**
 * §三's applicant columns in the order the report prints them. The template prints 自然人, then the group
 * 法人或其他组织 (商业企业 … 其他), then 总计; a site may move 总计 to the front or the natural person after the
 * organisations. The header words between the table's start and its first row say which. Printed text may
 * flatten the two-level header row by row (自然人 法人或其他组织 总计, then the sub-headings) or print the
 * leaf headings as one row under the group's. Both readings give the sub-headings' order; 自然人 and 总计 leave
 * the template's places (first and last) only where both readings agree. Anything less than one clear occurrence of
 * every
 * heading leaves the template's order.
 */
import { APPLICANTS } from "@/lib/template/modern";
import type { FitResult } from "./fit-cells";
import { sumCheck, type RowCheck } from "./glued-split";

const GROUP = "法人或其他组织";
const NATURAL = APPLICANTS[0].label;
const TOTAL = APPLICANTS[APPLICANTS.length - 1].label;
/** The group's sub-headings, in template order (canonical indices 1..5). */
const SUBS: readonly string[] = APPLICANTS.slice(1, -1).map((a) => a.label);
const HEADER_START = "申请人情况";
/** The header's words span about 35 characters once spaces are gone. */
const HEADER_SPAN = 60;

/** The group's heading as sites retype it (法人或其它组织, 法人和其他组织, 法人或者其他组织): read as the template's. */
const GROUP_VARIANT = /法人(?:(?:或者?|和|及|与)?其[他它]组织)?/;
/**
 * "合计" printed for the 总计 heading (自然人 法人或其他组织 合计 …): read as 总计 where 总计 is not printed; the group's
 * heading in the template's words.
 */
const totalAsHeji = (s: string): string =>
  (s.includes(TOTAL) ? s : s.replace(/合计/, TOTAL)).replace(GROUP_VARIANT, GROUP);

/**
 * 总计's heading in a site's words (申请总数, 总数, 小计, 共计, 累计, 总和, 汇总): a header printing one of them prints a
 * total column, whatever its word.
 */
const TOTAL_WORDS = /申请总数|总数|小计|共计|累计|总和|汇总/g;
const TOTAL_WORD = new RegExp(TOTAL_WORDS.source);

/**
 * A site's own words for the template's headings ("个人 企业 科研机构 公益组织 律所 其他组织 合计", "公民"): each read as
 * the template's heading where that heading is not printed and the word is printed once. The group's heading is
 * masked first, so 其他组织 inside it is not read.
 */
const HEADING_SYNONYMS: readonly [RegExp, string][] = [
  [/个人|公民/g, NATURAL],
  [/(?<!商业)企业/g, SUBS[0]],
  [/(?<!社会)公益组织/g, SUBS[2]],
  [/律师事务所|律所/g, SUBS[3]],
  [TOTAL_WORDS, TOTAL],
];
function withTemplateHeadings(s: string): string {
  let out = s;
  for (const [re, word] of HEADING_SYNONYMS) {
    if (out.includes(word)) continue;
    const found = out.match(re) ?? [];
    if (found.length === 1) out = out.replace(re, word);
  }
  return out;
}

/**
 * A heading's note in brackets, one phrase ("企业（含个人独资企业）", "律所（律师事务所）", "法人或其他组织（含企业法人）"):
 * no heading of its own, though it may repeat a heading's word. A list ("（商业企业、科研机构、…）") is kept.
 */
const HEADING_NOTE = /[（(][^（）()、,，]{1,12}[)）]/g;

/** The only occurrence of `word` in `s`, or -1 when it is missing or printed twice. */
function onlyIndex(s: string, word: string): number {
  const at = s.indexOf(word);
  return at >= 0 && s.indexOf(word, at + word.length) < 0 ? at : -1;
}

const KNOWN_HEADINGS = new RegExp([NATURAL, TOTAL, ...SUBS].join("|"), "g");
const CJK_RUN = /[\u4e00-\u9fff]+/g;
/**
 * Where the header's headings (found at `at`) leave exactly one run of other words between the first and the last,
 * that run's place; null otherwise.
 */
function unknownHeading(s: string, at: number[]): number | null {
  const from = Math.min(...at);
  const last = Math.max(...at) - from;
  const span = s.slice(from, from + HEADER_SPAN).replace(KNOWN_HEADINGS, (w) => "#".repeat(w.length));
  const runs = [...span.matchAll(CJK_RUN)].filter((m) => (m.index ?? 0) < last);
  return runs.length === 1 ? from + (runs[0].index ?? 0) : null;
}

/**
 * `order[p]` is the canonical column index (APPLICANTS) of the p-th printed cell, or null when the header
 * gives the template's order (or cannot be read).
 */
export function readColumnOrder(header: string): number[] | null {
  let s = totalAsHeji(header.replace(/[\s|]+/g, "").replace(HEADING_NOTE, ""));
  const start = s.lastIndexOf(HEADER_START);
  if (start >= 0) s = s.slice(start + HEADER_START.length);
  const groupAt = onlyIndex(s, GROUP);
  // "其他" inside "法人或其他组织" is not the 其他 column.
  if (groupAt >= 0) s = s.slice(0, groupAt) + "#".repeat(GROUP.length) + s.slice(groupAt + GROUP.length);
  s = withTemplateHeadings(s);
  const natural = onlyIndex(s, NATURAL);
  const total = onlyIndex(s, TOTAL);
  const subs = SUBS.map((w) => onlyIndex(s, w));
  if (natural < 0 || total < 0 || subs.some((p) => p < 0)) return null;
  // A header is one compact run of words; headings scattered through prose are not one.
  const all = [natural, total, ...subs];
  if (Math.max(...all) - Math.min(...all) > HEADER_SPAN) return null;
  const subOrder = subs.map((at, k) => ({ at, canon: k + 1 })).sort((a, b) => a.at - b.at);
  const totalCanon = APPLICANTS.length - 1;
  const ordered = (items: { at: number; canon: number[] }[]): number[] =>
    [...items].sort((a, b) => a.at - b.at).flatMap((t) => t.canon);
  // Read as one row of leaf headings (a PDF prints the group's heading on a line of its own above them) …
  const leaves = ordered([
    { at: natural, canon: [0] },
    ...subOrder.map((x) => ({ at: x.at, canon: [x.canon] })),
    { at: total, canon: [totalCanon] },
  ]);
  // … or as a two-level header flattened row by row: 自然人, the group and 总计, then the group's sub-headings.
  // The group's heading in words the reader does not know ("自然人 单位 总计 商业企业 …"): the one unknown word
  // among the headings stands where the group's heading does.
  const group = groupAt >= 0 ? groupAt : (unknownHeading(s, all) ?? subOrder[0].at);
  const twoLevel = ordered([
    { at: natural, canon: [0] },
    { at: group, canon: subOrder.map((x) => x.canon) },
    { at: total, canon: [totalCanon] },
  ]);
  // Both readings agree on the sub-headings' order; where they disagree on where 自然人 and 总计 stand, the
  // template's places (first and last) are kept.
  // A leaf row never prints 总计 between the other headings: where only the leaf reading does ("法人或其他组织 自然人
  // 总计 商业企业 … 其他" read as leaves puts 总计 second), the two-level reading is the header's.
  const inside = (order: number[]) => order.indexOf(totalCanon) > 0 && order.indexOf(totalCanon) < totalCanon;
  const agreed = leaves.every((c, p) => c === twoLevel[p])
    ? leaves
    : inside(leaves) && !inside(twoLevel)
      ? twoLevel
      : [0, ...subOrder.map((x) => x.canon), totalCanon];
  return agreed.every((c, p) => c === p) ? null : agreed;
}

/**
 * A header that prints the six applicant headings but no 总计: the rows hold six cells and no total. The
 * words must stand together as a header (HEADER_SPAN) and each be printed once.
 */
export function lacksTotalColumn(header: string): boolean {
  let s = totalAsHeji(header.replace(/[\s|]+/g, ""));
  const start = s.lastIndexOf(HEADER_START);
  if (start >= 0) s = s.slice(start + HEADER_START.length);
  if (s.includes(TOTAL) || TOTAL_WORD.test(s)) return false;
  s = s.replace(GROUP, "#".repeat(GROUP.length));
  const at = [NATURAL, ...SUBS].map((w) => onlyIndex(s, w));
  return at.every((p) => p >= 0) && Math.max(...at) - Math.min(...at) <= HEADER_SPAN;
}

/** The header's words after 申请人情况, spaces and borders gone, the group's own 其他 masked. */
function headerWords(header: string): string {
  let s = totalAsHeji(header.replace(/[\s|]+/g, ""));
  const start = s.lastIndexOf(HEADER_START);
  if (start >= 0) s = s.slice(start + HEADER_START.length);
  // "法人或其他组织（商业企业、科研机构、…、其他）": the group's columns merged into one, its parts only named.
  return s.replace(MERGED_GROUP, "").replace(GROUP, "#".repeat(GROUP.length));
}
const MERGED_GROUP = new RegExp(`(?<=${GROUP})[（(][^）)]{0,40}[）)]`);

/**
 * A header with a 小计 column right after 其他 (the organisations' subtotal), every applicant heading printed once:
 * rows hold eight cells, 自然人, the five organisations, their 小计 and 总计.
 */
export function hasSubtotalColumn(header: string): boolean {
  const s = headerWords(header);
  const at = [NATURAL, ...SUBS, TOTAL].map((w) => onlyIndex(s, w));
  return onlyIndex(s, `${SUBS[SUBS.length - 1]}小计`) >= 0 && at.every((p) => p >= 0);
}

/** R2 over the eight cells of a row with a 小计: 小计 = the five organisations, 总计 = 自然人 + 小计. */
export const SUBTOTAL_CHECK: RowCheck = sumCheck([
  { parts: [1, 2, 3, 4, 5], total: 6 },
  { parts: [0, 6], total: 7 },
]);

/** A row's eight-cell reading without its 小计 (the template's seven cells). */
export function withoutSubtotal(fit: FitResult): FitResult {
  const drop = <T>(cells: T[]): T[] => cells.filter((_, p) => p !== 6);
  if (fit.cells?.length !== 8) return fit;
  return { ...fit, cells: drop(fit.cells), ...(fit.alternatives ? { alternatives: fit.alternatives.map(drop) } : {}) };
}

/**
 * A header that prints fewer columns than the template: 总计 alone (项目 总计: each row prints one cell, its total),
 * or 自然人 / 法人或其他组织 / 总计 without the organisations' sub-headings (three cells a row). Null otherwise.
 */
export function reducedColumns(header: string): "total" | "three" | null {
  const s = headerWords(header);
  const total = onlyIndex(s, TOTAL);
  if (total < 0 || SUBS.some((w) => s.includes(w))) return null;
  if (!s.includes(NATURAL) && !s.includes("#")) return "total";
  const natural = onlyIndex(s, NATURAL);
  const group = onlyIndex(s, "#".repeat(GROUP.length));
  return natural >= 0 && group > natural && total > group ? "three" : null;
}

/** R2 in printed order: the 总计 cell is the sum of the other six, wherever it is printed. */
export function rowTotalCheck(order: readonly number[]): RowCheck {
  const totalAt = order.indexOf(APPLICANTS.length - 1);
  const parts = order.map((_, p) => p).filter((p) => p !== totalAt);
  return sumCheck([{ parts, total: totalAt }]);
}

/** A row's reading (cells and alternatives) moved from printed order into the template's. */
export function toTemplateOrder(fit: FitResult, order: readonly number[]): FitResult {
  const reorder = <T>(cells: T[]): T[] => {
    const out = new Array<T>(cells.length);
    cells.forEach((c, p) => (out[order[p]] = c));
    return out;
  };
  if (fit.cells?.length !== order.length) return fit;
  return {
    ...fit,
    cells: reorder(fit.cells),
    ...(fit.alternatives ? { alternatives: fit.alternatives.map((a) => reorder(a)) } : {}),
  };
}

/** The header's order as the finding prints it. */
export function describeOrder(order: readonly number[]): string {
  return order.map((c) => APPLICANTS[c].label).join("、");
}

/** A printed cell holding two organisations' columns at once ("科研机构及社会公益组织"): no key holds it. */
export const MERGED = -1;
/** Two neighbouring sub-headings joined into one ("科研机构及社会公益组织", "法律服务机构/其他"). */
const MERGED_SUBS = new RegExp(`(${SUBS.join("|")})(?:及|和|与|/|＋|\\+)(${SUBS.join("|")})`, "g");

/** The printed columns (canonical indices, MERGED for a merged cell) and the columns the merged cell holds. */
export interface KeptColumns {
  cells: number[];
  merged: number[];
}

/**
 * A header that prints 自然人, some of the organisations' sub-headings and 总计, the others deleted ("自然人 法人或其他
 * 组织 总计 商业企业 法律服务机构 其他") or two neighbours printed as one ("科研机构及社会公益组织"): the printed columns
 * in the template's order, or null where every sub-heading is printed apart, none is, or one is printed twice or out
 * of order.
 */
export function deletedColumns(header: string): KeptColumns | null {
  let s = headerWords(header);
  if (onlyIndex(s, NATURAL) < 0 || onlyIndex(s, TOTAL) < 0) return null;
  const joined = [...s.matchAll(MERGED_SUBS)];
  if (joined.length > 1) return null;
  const merged = joined.length === 1 ? [SUBS.indexOf(joined[0][1]) + 1, SUBS.indexOf(joined[0][2]) + 1] : [];
  if (merged.length > 0 && merged[1] !== merged[0] + 1) return null;
  const mergedAt = joined[0]?.index ?? -1;
  if (joined.length === 1)
    s = s.slice(0, mergedAt) + "@".repeat(joined[0][0].length) + s.slice(mergedAt + joined[0][0].length);
  const at = SUBS.map((w) => onlyIndex(s, w));
  const printed = at.flatMap((p, k) => (p >= 0 ? [k + 1] : []));
  if (merged.length === 0 && (printed.length === 0 || printed.length === SUBS.length)) return null;
  // Each sub-heading printed once or not at all, in the template's order.
  if (SUBS.some((w, k) => at[k] < 0 && s.includes(w))) return null;
  const cells = [
    ...printed.map((c) => ({ c, at: at[c - 1] })),
    ...(merged.length > 0 ? [{ c: merged[0], at: mergedAt }] : []),
  ].sort((a, b) => a.c - b.c);
  if (!cells.every((x, i) => i === 0 || x.at > cells[i - 1].at)) return null;
  const inner = cells.map((x) => (merged.includes(x.c) ? MERGED : x.c));
  return { cells: [0, ...inner, APPLICANTS.length - 1], merged };
}

/**
 * A heading for applicants the template does not count apart (港澳台及外国申请人, 港澳台居民, 其中：涉港澳台, 个体工商户),
 * read up to the next heading the template knows.
 */
const EXTRA_HEADING = new RegExp(
  String.raw`(其中[:：]?)?(?:涉(?:港澳)?台|港澳台|台港澳|台胞|台湾|外国|外籍|境外|个体(?:工商户|户|经营户|经营者))` +
    String.raw`[\u4e00-\u9fff]{0,8}?(?=自然人|#|总计|商业企业|科研机构|社会公益组织|法律服务机构|其他|$)`,
  "g",
);
const EXTRA = -1;
const TOTAL_CANON = APPLICANTS.length - 1;

/** Where a column the template lacks is printed among the template's seven, and whether it is a 其中 (a part). */
export interface ExtraColumn {
  /** Its place among the eight printed cells. */
  at: number;
  /** "其中：…": a part of the column before it, not an applicant column of its own. */
  within: boolean;
  /** An applicant column of its own printed after 总计: each row says whether 总计 counts it. */
  afterTotal?: boolean;
  heading: string;
}

/**
 * A header printing the template's seven headings in the template's order and one more for applicants the template
 * does not count apart. Its place follows the header's flattening: row by row (自然人, the group, that heading and 总计,
 * then the sub-headings) or one row of leaves. Null where the header is not that, or the heading is a 其中 of any
 * column but 总计 (自然人's is read by hasWithinColumn). A column of its own after 总计 (总计 港澳台 商业企业 …) may be
 * counted in 总计 or not: the header does not say, each row's figures do.
 */
export function extraColumn(header: string): ExtraColumn | null {
  const s = headerWords(header);
  const found = [...s.matchAll(EXTRA_HEADING)];
  if (found.length !== 1 || found[0].index === undefined) return null;
  const extraAt = found[0].index;
  const natural = onlyIndex(s, NATURAL);
  const total = onlyIndex(s, TOTAL);
  const subs = SUBS.map((w) => onlyIndex(s, w));
  if (natural < 0 || total < 0 || subs.some((p) => p < 0)) return null;
  const all = [natural, total, ...subs, extraAt];
  if (Math.max(...all) - Math.min(...all) > HEADER_SPAN + found[0][0].length) return null;
  const group = s.indexOf("#".repeat(GROUP.length));
  const firstSub = Math.min(...subs);
  const subItems = subs.map((at, k) => ({ at, canon: [k + 1] }));
  const heads =
    group >= 0 && group < firstSub && extraAt < firstSub
      ? [{ at: group, canon: subItems.sort((a, b) => a.at - b.at).flatMap((x) => x.canon) }]
      : subItems;
  // Flattened row by row with the heading among the group's sub-headings (自然人 法人或其他组织 总计 商业企业 个体工商户
  // 科研机构 …): the leaves in their printed order between 自然人 and 总计.
  const amongSubs = natural < group && group < total && total < firstSub && extraAt > firstSub;
  const leaves = [...subItems, { at: extraAt, canon: [EXTRA] }].sort((a, b) => a.at - b.at).flatMap((x) => x.canon);
  const order = amongSubs
    ? [0, ...leaves, TOTAL_CANON]
    : [{ at: natural, canon: [0] }, ...heads, { at: total, canon: [TOTAL_CANON] }, { at: extraAt, canon: [EXTRA] }]
        .sort((a, b) => a.at - b.at)
        .flatMap((x) => x.canon);
  const at = order.indexOf(EXTRA);
  if (!order.filter((c) => c !== EXTRA).every((c, p) => c === p)) return null;
  const within = Boolean(found[0][1]);
  if (within && order[at - 1] !== TOTAL_CANON) return null;
  return { at, within, afterTotal: !within && at > TOTAL_CANON, heading: found[0][0] };
}
/**
 * R2 over a row of eight cells with that column: 总计 is the sum of the other seven where it is an applicant column
 * of its own; where it is 总计's 其中, 总计 is the sum of the six and the part no more than 总计.
 */
export function extraColumnCheck(extra: ExtraColumn): RowCheck {
  const six = [0, 1, 2, 3, 4, 5];
  if (extra.afterTotal) {
    // 总计 then the column: 总计 is the six and that column, or the six alone (the column then no more than 总计).
    const counted = sumCheck([{ parts: [...six, TOTAL_CANON + 1], total: TOTAL_CANON }]);
    const apart = sumCheck([{ parts: six, total: TOTAL_CANON }]);
    return (c: number[]) => counted(c) || (apart(c) && c[TOTAL_CANON + 1] <= c[TOTAL_CANON]);
  }
  if (!extra.within) return sumCheck([{ parts: [...six, 6], total: 7 }]);
  const sums = [{ parts: six, total: TOTAL_CANON }];
  const check = sumCheck(sums);
  return Object.assign((c: number[]) => check(c) && c[TOTAL_CANON + 1] <= c[TOTAL_CANON], { sums });
}
