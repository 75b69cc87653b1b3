/**
 * Legacy family (2008–2018): the 政府信息公开情况统计表 → `legacy.*` values plus the core metrics.
 * Every row is kept: known labels get the names of legacy-labels.ts, unknown ones a stable `legacy.extra.*` key.
 */
import { readAcrossTables, readApplicationRegister } from "./legacy-across";
import { findLegacyTableStart, readLegacyRows, readListedRows, type LegacyRow } from "./legacy-cells";
import { readFlatLegacyTable, splitLegacyUnit, type FlatRow, type FlatTable } from "./legacy-flat";
import { withCoreKeys } from "./check-report";
import { CHECK_MARK, readCheckboxForm } from "./legacy-checkbox";
import { gridAsCells } from "./legacy-grid";
import { unfoldInlineParts } from "./legacy-inline-parts";
import { blankPageNumbers } from "./text-lines";
import {
  everyReviewEnded,
  reviewsEndedEach,
  narrativeFinding,
  readNarrativeCounts,
  settleAsZero,
  statedNumbers,
  statedRowCounts,
  type NarrativeCounts,
  type NarrativeFigure,
} from "./legacy-narrative";
import { readingsOf, solveLegacyRuns, type RunToSolve } from "./legacy-solve";
import {
  LEGACY_AMOUNT_UNITS,
  LEGACY_CORE_MAP,
  LEGACY_HEADING_CONTEXTS,
  LEGACY_LABELS,
  LEGACY_NARRATIVE_WORDS,
  LEGACY_PART_OF,
  LEGACY_SUM_RULES,
  contextOfKey,
  legacyLabelStem,
  lookupLegacyKey,
  type LegacyContext,
} from "@/lib/template/legacy";
import { checkStatedCounts } from "@/lib/validate/narrative";
import type { Finding, Result, TableValues } from "./types";

const ORDINALS = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\(\d+\)|\d+[.、]|[①-⑳])/;
const COUNT_UNITS: ReadonlySet<string> = new Set(["件", "条", "次", "个", "项", "人", "人次", "篇", "份", "起", "宗"]);
const TOP_HEADING = /^[一二三四五六七八九十]+、/;

function compactLabel(label: string): string {
  return label.includes(" ") || label.includes("\t") ? label.replace(/\s+/g, "") : label;
}

/**
 * Characters forms print for the form's own: 部份 (a common misuse of 部分), 答覆 (the traditional 答复), a comma
 * between two words of one label (行政申诉,举报数) for the form's 、.
 */
const CHARACTER_VARIANTS = /部份|答覆|(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])/g;
const STANDARD_CHARACTERS: Readonly<Record<string, string>> = { 部份: "部分", 答覆: "答复", ",": "、" };

/**
 * A row naming its answers by the 条例's article, what the article says in brackets after it (依《条例》第21条第1项答复
 * (属于公开范围), 依第22条答复(部分公开)): the words in the brackets.
 */
const BY_ARTICLE = new RegExp(
  String.raw`^(?:依据?|根据|按照?)?(?:《[^》]{1,24}》|条例)?第[\d#一二三四五六七八九十]{1,3}条` +
    String.raw`(?:第[\d#一二三四五六七八九十]{1,2}[项款])?(?:规定)?(?:的)?(?:答复|办理|处理)?(?:数|件数)?\(([^()]{2,16})\)$`,
);

/** Labels already cleaned: a page's rows are cleaned several times over, and most labels are the form's own. */
const CLEANED = new Map<string, string>();
const CLEANED_MAX = 20_000;

/** Label without spaces, ordinals, a leading 其中: or a trailing colon (input is normalised: ASCII brackets). */
function cleanLegacyLabel(label: string): string {
  let clean = CLEANED.get(label);
  if (clean === undefined) {
    if (CLEANED.size >= CLEANED_MAX) CLEANED.clear();
    CLEANED.set(label, (clean = cleanLabelOnce(label)));
  }
  return clean;
}

function cleanLabelOnce(label: string): string {
  let t = compactLabel(label)
    .replace(CHARACTER_VARIANTS, (v) => STANDARD_CHARACTERS[v])
    .replace(/^[、.:]+/, "")
    .replace(ORDINALS, "");
  if (t.startsWith("其中"))
    t = t
      .slice(2)
      .replace(/^[:,，、]/, "")
      .replace(ORDINALS, "");
  if (t.endsWith(")") && t.includes("条")) t = BY_ARTICLE.exec(t)?.[1] ?? t;
  return /[:;,。]$/.test(t) ? t.replace(/[:;,。]+$/, "") : t;
}

/** FNV-1a, base36: a short stable name for a row the label table does not know. */
function hashLabel(label: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The `legacy.*` key of a printed row label ("(一)收到申请数"), under a heading context when the words are shared. */
export function legacyKeyOf(label: string, context: LegacyContext = "none"): string | undefined {
  return lookupLegacyKey(context, cleanLegacyLabel(label));
}

function headingContext(label: string): LegacyContext | null {
  const found = LEGACY_HEADING_CONTEXTS.find(([word]) => label.includes(word));
  return found ? found[1] : null;
}

/** Prose that slipped into the table region is not a row. */
function looksLikeProse(label: string): boolean {
  return label.length === 0 || label.length > 60 || /[。;！？!?]/.test(label) || /,.*,/.test(label);
}

/** Every label variant, longest first: a row whose words start with a heading ("一、主动公开情况主动公开…"). */
const VARIANTS_LONGEST_FIRST: readonly string[] = LEGACY_LABELS.flatMap((l) => l.labels)
  .filter((v) => v.length >= 4)
  .sort((a, b) => b.length - a.length);

/** Words joining two rows' names into one row ("行政复议和行政诉讼数" counts both): no single row's figure. */
const JOINED_BEFORE = /(?:和|及|与|或|、)$/;
/** A row with no value glued to the next one ("行政复议数件行政诉讼数件0"): the words before end in a unit. */
const EMPTY_ROW_BEFORE = /(?:条|件|次|个|项|份|篇|人|(?<!提)起|宗)$/;
/** The kinds of case a row counts; a row naming two ("申请行政复议、提起行政诉讼数") counts them together. */
const CASE_WORDS: readonly (readonly [string, RegExp])[] = [
  ["legacy.review.total", /诉讼|申诉|举报|投诉/],
  ["legacy.litigation.total", /复议|申诉|举报|投诉/],
  ["legacy.complaints", /复议|诉讼/],
];

/**
 * Words naming a part of the applications received (directly, passed on by another office, one level, one channel:
 * 网上申请公开 is no total however its words end).
 */
const PART_OF_RECEIVED =
  /直接|转办|转来|转交|代办|本级|上级|下级|其中|当面|现场|网上|网络|信函|来信|邮寄|传真|邮件|电话/;

/** Words making a row the documents given an attribute (作为依申请公开信息数 条 56), not the requests received. */
const ATTRIBUTE_BEFORE = /(?:作为|列为|确定为|定为|划为|属于)$/;

function lookupBySuffix(context: LegacyContext, printed: string): string | undefined {
  // The label as printed, or without its count word ("接受申诉、举报数" ends in the variant 申诉、举报).
  const stem = legacyLabelStem(printed);
  const ends = (l: string) => VARIANTS_LONGEST_FIRST.find((v) => l.length > v.length && l.endsWith(v));
  const variant = ends(printed) ?? ends(stem);
  if (!variant) return undefined;
  const label = printed.endsWith(variant) ? printed : stem;
  const before = label.slice(0, -variant.length);
  if (JOINED_BEFORE.test(before)) return undefined;
  const key = lookupLegacyKey(context, variant);
  // 本机关直接受理申请数 / 上级机关转办申请数: a part of the applications received, printed before their 合计.
  if (key === "legacy.apps.received" && PART_OF_RECEIVED.test(before)) return undefined;
  // 作为依申请公开信息数 / 列为不予公开信息数: how many of the agency's documents bear that attribute, not requests.
  if (key === "legacy.apps.received" && ATTRIBUTE_BEFORE.test(before)) return undefined;
  const other = CASE_WORDS.find(([k]) => k === key)?.[1];
  return other?.test(before) && !EMPTY_ROW_BEFORE.test(before) ? undefined : key;
}

/**
 * Characters that tell two rows of the form apart by themselves (人 | 件, 同意 | 不予, 当面 | 网上, 本年 | 上年, 直接 |
 * 经复议后, 专职 | 兼职…): a label differing from a known one in such a character is another row, never a misprint.
 */
const TELLING_CHARACTERS = new Set(
  "人件次条个项数率本上下去今同不否拒部全未已新收结转总合计小月年日网当面信函传真电邮外内直接经后前专兼主依".split(""),
);
const ONE_OFF_MIN = 4;
const AMBIGUOUS = { key: "", label: "" };

/** Known labels (not heading-scoped) with one character masked at each place: the keys they name. */
let oneOffIndex: Map<string, { key: string; label: string }> | null = null;
function oneOffLabels(): Map<string, { key: string; label: string }> {
  if (oneOffIndex) return oneOffIndex;
  const index = new Map<string, { key: string; label: string }>();
  for (const entry of LEGACY_LABELS) {
    if (entry.context || entry.key.endsWith("amount_wan")) continue;
    for (const label of entry.labels) {
      if (label.length < ONE_OFF_MIN) continue;
      for (let i = 0; i < label.length; i++) {
        if (TELLING_CHARACTERS.has(label[i])) continue;
        const masked = `${label.slice(0, i)}?${label.slice(i + 1)}`;
        const was = index.get(masked);
        index.set(masked, was === undefined || was.key === entry.key ? (was ?? { key: entry.key, label }) : AMBIGUOUS);
      }
    }
  }
  oneOffIndex = index;
  return index;
}

/**
 * A label one character off a known one where that character tells no rows apart (行政复意数, 行政申述数, 行政复义数:
 * a homophone or a character of like shape typed for 议 / 诉): that row, where no other known label is as near.
 */
function lookupOneOff(label: string): { key: string; label: string } | undefined {
  if (label.length < ONE_OFF_MIN || label.length > 24 || !/^[\u4e00-\u9fff、]+$/.test(label)) return undefined;
  const index = oneOffLabels();
  let found: { key: string; label: string } | undefined;
  for (let i = 0; i < label.length; i++) {
    if (TELLING_CHARACTERS.has(label[i])) continue;
    const near = index.get(`${label.slice(0, i)}?${label.slice(i + 1)}`);
    if (near === undefined) continue;
    if (near === AMBIGUOUS || (found !== undefined && found.key !== near.key)) return undefined;
    found = near;
  }
  return found;
}

/**
 * Rows that classify information items rather than count applications: forms print 主动公开信息数 /
 * 依申请公开信息数 / 不予公开信息数 side by side (the items' 公开属性). Where a sibling of the trio or another
 * application row is printed, 依申请公开信息数 is such an attribute, not the applications received.
 */
const ATTRIBUTE_ROW = /^依申请公开(?:政府)?信息(?:总)?数$/;
const ATTRIBUTE_SIBLING = /^(?:不予公开|免予公开|不公开)(?:政府)?信息(?:总)?数$/;

function withoutAttributeRows(rows: KeyedRow[]): KeyedRow[] {
  const isAttribute = (r: KeyedRow) =>
    r.key === "legacy.apps.received" && ATTRIBUTE_ROW.test(cleanLegacyLabel(r.row.label));
  const attributes = rows.filter(isAttribute);
  if (attributes.length === 0) return rows;
  const sibling = rows.some((r) => ATTRIBUTE_SIBLING.test(cleanLegacyLabel(r.row.label)));
  const received = rows.some((r) => r.key === "legacy.apps.received" && !isAttribute(r));
  if (!sibling && !received) return rows;
  return rows.map((r) => (isAttribute(r) ? { ...r, key: `legacy.extra.active_${hashLabel("依申请公开信息数")}` } : r));
}

interface KeyedRow {
  key: string;
  row: LegacyRow;
}

const GRANTED_UNDER_ANSWERS = /^(?:予以)?公开(?:数|答复数?)?$/;
/** The answers' kinds in a word under the answers (答复数 4 其中:同意 2 部分同意 1 不同意 1 其他 0). */
const KINDS_UNDER_ANSWERS: readonly (readonly [RegExp, string])[] = [
  [/^(?:同意|予以公开|公开)(?:数)?$/, "legacy.answers.granted"],
  [/^部分(?:同意|公开)(?:数)?$/, "legacy.answers.partial"],
  [/^(?:不同意|不予公开|不公开)(?:数)?$/, "legacy.answers.denied"],
];

/** The answers' kinds opened by a heading in the first one's cell ("答复类型:公开 件 1", "答复情况:同意公开"). */
const ANSWER_KINDS_HEADING = /^(?:答复|办理)(?:类型|情况|结果|方式)[:,]/;

/** The end of a label wrapped onto the next line: a few characters, no number. */
const WRAPPED_END = /^[\u4e00-\u9fff]{1,4}$/;
/** The unit printed after a wrapped label's first part, its figures on the next line ("受理依申请公开信息总 条"). */
const UNIT_AFTER_LABEL = /\s+(条|件|次|个|项|份|件次)$/;

/**
 * Which line of a label wrapped over two holds the row's figures: the first (the second holds the label's end alone,
 * or with cells printed blank), the second (the first holds no figure, maybe its unit), or neither.
 */
function figuresApart(row: LegacyRow, rest: LegacyRow): "first" | "second" | null {
  // (A stream row's end may hold the next row's ordinal as its digits: "复数" then "2.同意部分…".)
  if (rest.value === undefined && !rest.printed) return "first";
  if (rest.value === null && rest.lone === undefined && rest.digits === undefined) return "first";
  const none = row.value === undefined || (row.value === null && !row.printed && row.lone === undefined);
  const figures = typeof rest.value === "number" || rest.digits !== undefined;
  return none && row.digits === undefined && figures ? "second" : null;
}

function keyRows(rows: LegacyRow[]): KeyedRow[] {
  const out: KeyedRow[] = [];
  let context: LegacyContext = "none";
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i];
    let label = cleanLegacyLabel(row.label);
    // A label wrapped onto a line of its own ("2、同意部分公开答 条 1 2" then "复数", or "| 复数 | | |"): the words join.
    const rest = rows[i + 1];
    if (rest && WRAPPED_END.test(rest.label) && !rest.unit && figuresApart(row, rest) !== null) {
      const first = figuresApart(row, rest) === "first";
      const head = first ? row.label : row.label.replace(UNIT_AFTER_LABEL, "");
      const joined = cleanLegacyLabel(head + rest.label);
      if (!lookupLegacyKey(context, label) && lookupLegacyKey(context, joined)) {
        label = joined;
        i++;
        // The figures on the second line ("受理依申请公开信息总 条" then "数 7 31"): its row, with the first's unit.
        if (!first) row = { ...rest, unit: row.unit ?? UNIT_AFTER_LABEL.exec(row.label)?.[1] ?? null };
      }
    }
    if (TOP_HEADING.test(compactLabel(row.label))) context = headingContext(label) ?? context;
    const kindsHeading = ANSWER_KINDS_HEADING.exec(label);
    if (kindsHeading) label = label.slice(kindsHeading[0].length);
    // 其中:公开 under the answers (答复数 4 其中:公开 2 部分公开 1 不公开 0): the granted ones, as local tables word it.
    const underAnswers = kindsHeading !== null || (out.at(-1)?.key.startsWith("legacy.answers.") ?? false);
    const granted = GRANTED_UNDER_ANSWERS.test(label) && underAnswers;
    // The kinds in a word (同意, 部分同意, 不同意) right under the answers, none of them printed twice.
    const kind = underAnswers ? KINDS_UNDER_ANSWERS.find(([re]) => re.test(label))?.[1] : undefined;
    const known: string | undefined =
      (granted ? "legacy.answers.granted" : undefined) ??
      (kind && !out.some((r) => r.key === kind) ? kind : undefined) ??
      lookupLegacyKey(context, label) ??
      (label.includes("(") ? lookupLegacyKey(context, label.replace(/\([^)]*\)/g, "")) : undefined) ??
      lookupBySuffix(context, label);
    // An amount row printed with a count unit (收费 | 件) counts charges: kept under an extra key, not as 万元.
    const countedAmount = known?.endsWith("amount_wan") && row.unit && COUNT_UNITS.has(row.unit);
    if (known && !countedAmount) {
      context = contextOfKey(known) ?? context;
      out.push({ key: known, row });
      continue;
    }
    // A misprinted label (行政复意数): the row it is one character off, where that row is not printed as well.
    const near: { key: string; label: string } | undefined = known ? undefined : lookupOneOff(label);
    const printedToo = (key: string) =>
      out.some((r) => r.key === key) || rows.some((r) => lookupLegacyKey(context, cleanLegacyLabel(r.label)) === key);
    if (near && !printedToo(near.key)) {
      context = contextOfKey(near.key) ?? context;
      row.note ??= `行名「${label}」与统计表的「${near.label}」仅差一字,按「${near.label}」读取`;
      out.push({ key: near.key, row });
      continue;
    }
    if (looksLikeProse(label) || (row.value === undefined && row.digits === undefined)) continue;
    const suffix = row.unit && LEGACY_AMOUNT_UNITS.has(row.unit) ? "_amount_wan" : row.unit === "%" ? "_pct" : "";
    out.push({ key: `legacy.extra.${context}_${hashLabel(label)}${suffix}`, row });
  }
  return disclosurePartsFirst(withoutAttributeRows(out));
}

/** Rows whose count the 政府信息公开 sub-row under them narrows (all 复议 cases, then those over disclosure). */
const WIDER_ROWS: ReadonlySet<string> = new Set([
  "legacy.apps.received",
  "legacy.review.total",
  "legacy.litigation.total",
  "legacy.complaints",
]);
/** 其中:因政府信息公开申请的 / 涉及政府信息公开的 / 政府信息公开申请数: the part about disclosure. */
const DISCLOSURE_PART = /^(?:因|涉及|关于|有关|属于)?(?:政府)?信息公开(?:申请)?(?:的|数|案件数?|申请数)?$/;

/** 其中:本年新收申请数 under the applications handled (本年新收 and 上年结转 together): this year's new ones. */
const NEW_PART = /^本年(?:度)?新收(?:政府信息公开)?申请(?:数|件数)?$/;

/**
 * A row counting every case (行政复议数 2) with a 其中 sub-row for those over disclosure (因政府信息公开申请的 0), or
 * every request (受理各类申请总数 8) with the disclosure applications under it (政府信息公开申请数 3): the form's
 * figure is the sub-row's, and the wider row is kept under an extra key.
 */
function disclosurePartsFirst(rows: KeyedRow[]): KeyedRow[] {
  const out = [...rows];
  for (let i = 1; i < out.length; i++) {
    const wider = out[i - 1];
    const printed = compactLabel(out[i].row.label);
    const label = cleanLegacyLabel(printed);
    const part = DISCLOSURE_PART.test(label) || (wider.key === "legacy.apps.received" && NEW_PART.test(label));
    if (!WIDER_ROWS.has(wider.key) || !printed.startsWith("其中") || !part) continue;
    if (out[i].key !== wider.key && !out[i].key.startsWith("legacy.extra.")) continue;
    out[i - 1] = { key: `legacy.extra.all_${hashLabel(cleanLegacyLabel(wider.row.label))}`, row: wider.row };
    out[i] = { key: wider.key, row: out[i].row };
  }
  return out;
}

/** The table being built; `blankSet` mirrors `blanks` for constant-time lookups. */
interface Building extends TableValues {
  blankSet: Set<string>;
  /** Keys whose printed value could not be read (a finding names them); core metrics built on them stay empty. */
  unresolved: Set<string>;
  /** Keys met so far only on a row without a value cell (a heading): a later row with the figure replaces it. */
  headingOnly: Set<string>;
  /** Keys of rows a table of columns with no 合计 printed and that were left unread (LegacyRow.apart). */
  unreadApart: Set<string>;
}

function store(table: Building, issues: Finding[], { key, row }: KeyedRow): void {
  if (table.headingOnly.has(key) && row.value !== undefined) {
    // A heading row with no value cell ("三、行政复议") and the row under it with the figure: the figure counts.
    table.headingOnly.delete(key);
    table.blankSet.delete(key);
    table.blanks.splice(table.blanks.indexOf(key), 1);
  }
  if (key in table.values || table.blankSet.has(key)) {
    const again = table.values[key];
    if (row.value !== undefined && row.value !== null && again !== undefined && again !== row.value) {
      issues.push({
        rule: "P2",
        severity: "warning",
        message: `统计表中同一指标出现两次且数值不同,取第一次:${row.label}`,
        keys: [key],
        expected: again,
        actual: row.value,
        line: row.line,
      });
    }
    return;
  }
  if (row.unreadable !== undefined) {
    issues.push({
      rule: "P1",
      severity: "warning",
      message: `无法识别的数值「${row.unreadable}」:${row.label}`,
      keys: [key],
      line: row.line,
    });
    table.unresolved.add(key);
    return;
  }
  if (row.note !== undefined) {
    issues.push({ rule: "P4", severity: "info", message: `${row.note}:${row.label}`, keys: [key], line: row.line });
  }
  if (row.problem !== undefined) {
    issues.push({
      rule: "P1",
      severity: "warning",
      message: `${row.problem}:${row.label}`,
      keys: [key],
      line: row.line,
    });
    if (row.value === undefined || row.value === null) {
      table.unresolved.add(key);
      return;
    }
  }
  if (row.value === null || row.value === undefined) {
    table.blanks.push(key);
    table.blankSet.add(key);
    if (row.value === undefined) table.headingOnly.add(key);
    return;
  }
  // Amounts are stored in 万元; a table printing 元 is converted.
  const value = key.endsWith("amount_wan") && row.unit === "元" ? row.value / 10000 : row.value;
  table.values[key] = value;
  table.sources[key] = { line: row.line, raw: row.raw };
}

/**
 * Blank rows that cannot stand for "none": a sum of the form whose printed total exceeds its printed parts
 * (行政诉讼数量 1, 纠错 0, 其他 0, 维持 left blank or unreadable as printed). Reading such a blank as 0 would put a
 * wrong figure on the chart that no rule could name (the legacy sum skips a blank part), so it stays blank.
 */
function blanksTheSumsDoubt(table: Building): Set<string> {
  const doubtful = new Set<string>();
  for (const rule of LEGACY_SUM_RULES) {
    const total = table.values[rule.total];
    const blank = rule.parts.filter((p) => table.blankSet.has(p));
    if (total === undefined || blank.length === 0) continue;
    const printed = rule.parts.reduce((sum, p) => sum + (table.values[p] ?? 0), 0);
    if (printed < total) for (const p of blank) doubtful.add(p);
  }
  return doubtful;
}

/** Case totals the form defines as the sum of their outcome rows (行政复议数量 = 维持 + 纠错 + 其他情形). */
const CASE_SUMS = LEGACY_SUM_RULES.filter(
  (r) => r.total === "legacy.review.total" || r.total === "legacy.litigation.total",
);

/**
 * A total printed blank beside parts that are not all 0 (收到申请数 件, then 当面 1 · 网络 2; 行政复议数量 件, then
 * 维持 1 · 纠错 0), or a case total not printed at all beside two or more of its outcome rows (行政复议维持数 1,
 * 行政复议撤销数 1): the form's own sum gives it, with a note naming the key. Read as blank it would be 0 (a blank
 * means none on these forms), and wrong.
 */
const RECEIVED = "legacy.apps.received";
const FORM_CHANNELS = [["in_person"], ["online"], ["letter", "letter_fax"]].map((c) =>
  c.map((k) => `${RECEIVED}.${k}`),
);

/**
 * Whether the channel rows stand with no total row before them: the row printed right before the first channel is
 * a known one of another group (not a row under words the label table does not know, which may be the total).
 */
function channelsWithoutTotal(keyed: KeyedRow[]): boolean {
  const first = keyed.findIndex(({ key }) => key.startsWith(`${RECEIVED}.`));
  if (first < 0) return false;
  const before = keyed[first - 1];
  return !before || (!before.key.startsWith("legacy.extra.") && !before.key.startsWith(RECEIVED));
}

function totalsFromParts(table: Building, issues: Finding[], channelTotal = false): void {
  for (const rule of LEGACY_SUM_RULES) {
    const { total, parts } = rule;
    if (total in table.values || table.unresolved.has(total) || parts.some((p) => table.unresolved.has(p))) continue;
    const printed = parts.filter((p) => p in table.values);
    const blank = table.blankSet.has(total);
    const sum = printed.reduce((n, p) => n + table.values[p], 0);
    // The applications by channel with no total row (依申请公开方式:1、当面申请数 … 5、信函申请数): the form's
    // channels are every way an application comes in, so where 当面, 网上 and 信函 are printed they add up to it.
    const channels =
      channelTotal && rule.total === RECEIVED && FORM_CHANNELS.every((c) => c.some((k) => printed.includes(k)));
    if (blank ? sum === 0 : !channels && (printed.length < 2 || !CASE_SUMS.includes(rule))) continue;
    table.values[total] = sum;
    table.sources[total] = table.sources[printed[0]];
    if (blank) {
      table.blankSet.delete(total);
      table.blanks.splice(table.blanks.indexOf(total), 1);
      table.headingOnly.delete(total);
    }
    const how = blank ? "留空" : "未列出";
    const message = `${rule.title.split(" ≠ ")[0]}${how},按各项之和读作 ${sum}`;
    issues.push({ rule: "P4", severity: "info", message, keys: [total], actual: sum });
  }
}

/**
 * Core metrics (REPORT-FORMATS.md): each core key is the sum of the legacy rows that are printed. When every
 * row behind it is printed blank the core figure is 0: the legacy form left cells blank for "none", and core
 * metrics must compare across years (the legacy keys themselves stay in `blanks`).
 */
function addCoreMetrics(table: Building, issues: Finding[]): void {
  const doubtful = blanksTheSumsDoubt(table);
  // The 申诉、举报 row printed blank (a dash, /): none, as the 复议 and 诉讼 rows printed blank read (it has no core
  // figure to carry the 0, so the row's own key does). A blank may also be a cell the clerk did not fill, so a
  // finding names the 0: it is never shown as if printed.
  const complaints = "legacy.complaints";
  if (table.blankSet.has(complaints) && !table.headingOnly.has(complaints) && !doubtful.has(complaints)) {
    table.blankSet.delete(complaints);
    table.blanks.splice(table.blanks.indexOf(complaints), 1);
    table.values[complaints] = 0;
    issues.push({
      rule: "P2",
      severity: "info",
      message: "统计表「行政申诉、举报」一栏印作空白(-、/),按无读作 0",
      keys: [complaints],
    });
  }
  for (const [core, parts] of LEGACY_CORE_MAP) {
    // The core figure would silently miss a part: leave it out (the part's finding names it, withCoreKeys).
    if (parts.some((p) => table.unresolved.has(p))) continue;
    const printed = parts.filter((p) => p in table.values);
    if (printed.length === 0) {
      // A part printed blank (a dash, /) is none; a row with no value cell at all (its label alone on a line, as in a
      // table saved column by column) says nothing.
      const blank = (p: string) => table.blankSet.has(p) && !table.headingOnly.has(p);
      if (parts.some(blank) && !parts.some((p) => doubtful.has(p))) table.values[core] = 0;
      continue;
    }
    table.values[core] = printed.reduce((sum, p) => sum + table.values[p], 0);
    const first = table.sources[printed[0]];
    if (first) table.sources[core] = first;
  }
}

/** Rows of a flattened table, keyed, with their glued runs split by the table's equations. */
/** A run the narrative states the figure of ("主动公开政府信息2122条") keeps only the readings that agree. */
function narrowByNarrative(run: RunToSolve, table: FlatTable, prose: string, keyed: KeyedRow[]): void {
  if (run.doubtful) return;
  const readings = readingsOf(run.digits, table);
  if (readings.length < 2) return;
  const word = LEGACY_NARRATIVE_WORDS.find(([key]) => key === run.key)?.[1];
  const stated = word
    ? statedNumbers(prose, word)
    : { current: statedRowCounts(prose, run.key), cumulative: new Set<number>() };
  if (stated.current.size === 0 && stated.cumulative.size === 0) return;
  const agree = readings.filter(
    (r) =>
      stated.current.has(r[table.current]) || (table.cumulative !== null && stated.cumulative.has(r[table.cumulative])),
  );
  if (agree.length !== 1) return;
  run.readings = agree;
  const row = keyed.find((k) => k.key === run.key)?.row;
  if (row) row.note = `粘连的数字「${run.digits}」按正文所述读作 ${agree[0].join(" | ")}`;
}

/**
 * A correction notice naming a cell of the table (附表中,“受理政府信息公开申请总数”本年度数误填为“12”,应为“2”): the
 * row's label, the figure printed and the right one.
 */
const CELL_CORRECTION = new RegExp(
  String.raw`[“"]([^”"\d]{2,30})[”"](?:的)?(?:本年度?数?|本年度数|数值|数据|数字|一栏|栏)?` +
    String.raw`(?:误填|误写|误录|错填|填报有误|填写有误)(?:为|成)?[“"]?(\d{1,6})[”"]?[,，]?` +
    String.raw`(?:应为|应更正为|更正为|实为)[“"]?(\d{1,6})[”"]?`,
  "g",
);

/** The corrections a page's notices make to its table's cells, by key. */
function cellCorrections(prose: string): Map<string, { printed: string; right: number; raw: string }> {
  const out = new Map<string, { printed: string; right: number; raw: string }>();
  if (!/误填|误写|误录|错填|填报有误|填写有误/.test(prose)) return out;
  for (const m of prose.matchAll(CELL_CORRECTION)) {
    const key = legacyKeyOf(m[1]);
    if (key && !key.startsWith("legacy.extra.")) out.set(key, { printed: m[2], right: Number(m[3]), raw: m[0] });
  }
  return out;
}

/**
 * A row a correction notice names: where this year's cell can be found printed as the notice says (the run "122" of
 * 本年度 | 历年累计 beginning with the misprinted "12"), it reads the right figure, and the other cells as printed.
 */
function correctByNotice(
  run: RunToSolve,
  table: FlatTable,
  corrections: ReturnType<typeof cellCorrections>,
  keyed: KeyedRow[],
): void {
  const fix = corrections.get(run.key);
  if (!fix || run.doubtful) return;
  const parts = run.digits.split(/\s+/).filter((p) => p !== "");
  let reading: number[] | null = null;
  if (parts.length === table.columns && parts[table.current] === fix.printed) {
    reading = parts.map((p, i) => (i === table.current ? fix.right : Number(p)));
  } else if (parts.length === 1 && table.columns === 2 && parts[0].length > fix.printed.length) {
    const [d, n] = [parts[0], fix.printed.length];
    const first = table.current === 0;
    const other =
      first && d.startsWith(fix.printed) ? d.slice(n) : !first && d.endsWith(fix.printed) ? d.slice(0, -n) : null;
    if (other !== null && (other === "0" || !other.startsWith("0"))) {
      reading = table.current === 0 ? [fix.right, Number(other)] : [Number(other), fix.right];
    }
  }
  if (!reading) return;
  if (table.cumulative !== null && reading[table.current] > reading[table.cumulative]) return;
  run.readings = [reading];
  const row = keyed.find((k) => k.key === run.key)?.row;
  if (row) row.note = `更正说明所述「${fix.raw}」:「${run.digits}」读作 ${reading.join(" | ")}`;
}

/** Whether this year's cell of a flattened row was printed as a dash (blank), or left empty before an ordinal. */
function printedBlank(r: FlatRow, table: FlatTable): boolean {
  if (r.digits === "" && !r.doubtful) return true;
  const cells = r.digits.split(/\s+/).length;
  return cells === table.columns && (r.blankCells ?? []).includes(table.current);
}

/**
 * The last row of a page cut off inside it ("行政诉讼数件0" and the text ends): fewer digits than value columns
 * can only be the first cells. When this year's is the first column, its figure is read, with a finding.
 */
function cutRowValue(r: FlatRow, table: FlatTable): number | undefined {
  if (!r.pageEnds || r.doubtful || table.current !== 0 || table.columns < 2) return undefined;
  return /^\d+$/.test(r.digits) && r.digits.length < table.columns ? Number(r.digits) : undefined;
}

function flatRows(table: FlatTable, prose: string, page: string): KeyedRow[] {
  const blank = new Set<LegacyRow>();
  const cut = new Map<LegacyRow, number>();
  const warned = new Map<LegacyRow, string>();
  const rows: LegacyRow[] = table.rows.map((r) => {
    const { label, unit } = splitLegacyUnit(r.printed);
    const row: LegacyRow = {
      label,
      unit,
      value: undefined,
      digits: r.digits,
      problem: r.doubtful,
      line: r.line,
      raw: r.raw,
      ...(table.notThisYear ? { notThisYear: table.notThisYear } : {}),
      ...(table.withoutTotal ? { apart: true } : {}),
    };
    if (r.warning) warned.set(row, r.warning);
    if (printedBlank(r, table)) blank.add(row);
    const first = cutRowValue(r, table);
    if (first !== undefined) cut.set(row, first);
    return row;
  });
  const { keyed, repeats } = apartRepeats(keyRows(rows));
  // A row whose cell is printed blank (a dash, or nothing before the next row's ordinal) stays blank; a dash
  // still counts as 0 in the sums that split the other rows.
  const empty = new Set(keyed.filter(({ row }) => blank.has(row) && row.digits === "").map(({ row }) => row));
  const runs: RunToSolve[] = keyed
    .filter(({ row }) => !empty.has(row) && !cut.has(row))
    .map(({ key, row }) => ({ key, digits: row.digits ?? "", doubtful: row.problem }));
  // A notice may be printed above the report or under the table.
  const corrections = cellCorrections(page);
  for (const run of runs) correctByNotice(run, table, corrections, keyed);
  for (const run of runs) if (!run.readings) narrowByNarrative(run, table, prose, keyed);
  const solved = solveLegacyRuns(runs, table);
  const byKey = new Map(solved.map((s) => [s.key, s]));
  for (const { key, row } of keyed) {
    if (empty.has(row)) {
      row.value = null;
      continue;
    }
    if (cut.has(row)) {
      row.value = cut.get(row);
      row.problem = `页面在此行中断,只印出「${row.digits}」,按本年数读取`;
      continue;
    }
    const s = byKey.get(key);
    row.value = blank.has(row) && s?.value === 0 ? null : s?.value;
    row.problem = s?.problem ?? warned.get(row);
    if (s?.note) row.note = s.note;
    else if (table.note && row.value !== undefined) row.note = table.note;
  }
  noteLeansOnNarrative(runs, table, keyed);
  for (const repeat of repeats) joinRepeat(repeat);
  return keyed;
}

/** 行政申诉数 and 举报数 (or 投诉数) printed as rows of their own: together they are the form's 申诉、举报 row. */
const APPEALS_ONLY = /申诉/;
const REPORTS_ONLY = /举报|投诉/;

/**
 * A second 申诉/举报 row in the stream (行政申诉数 0 … 举报数 1) is solved under a key of its own: under the same key
 * both would take one figure, and the second would vanish without a finding. (Other rows printed twice are how a
 * page shows two years' tables: printedTwice reads those.)
 */
function apartRepeats(rows: KeyedRow[]): { keyed: KeyedRow[]; repeats: Repeat[] } {
  const first = new Map<string, LegacyRow>();
  const repeats: Repeat[] = [];
  const keyed = rows.map((r, i) => {
    const before = first.get(r.key);
    if (r.key !== "legacy.complaints" || !before) {
      first.set(r.key, r.row);
      return r;
    }
    repeats.push([before, r.row, rows[i - 1]?.row === before]);
    return { key: `legacy.extra.repeat_${hashLabel(cleanLegacyLabel(r.row.label))}`, row: r.row };
  });
  return { keyed, repeats };
}

/** A row printed again under a key met before, and whether it follows that row right after (the next row). */
type Repeat = [LegacyRow, LegacyRow, boolean];

/** One label names 申诉 alone and the other 举报 or 投诉 alone, in either order (not a 申诉、举报 row beside one). */
function appealsAndReports(a: string, b: string): boolean {
  const apart = (x: string, y: string) =>
    APPEALS_ONLY.test(x) && !REPORTS_ONLY.test(x) && REPORTS_ONLY.test(y) && !APPEALS_ONLY.test(y);
  return apart(a, b) || apart(b, a);
}

/** Lines apart at most between two rows of one table read line by line. */
const NEXT_ROW_LINES = 8;

/**
 * The same for a table read line by line: where it prints exactly one 申诉 row and one 举报/投诉 row, one right after
 * the other, both read, they are joined; otherwise (a table printed twice, or another table's 举报 row further down:
 * 来信来访情况表 … 举报 件 135) the rows stay as they are and store() names a conflict.
 */
function complaintsApart(rows: KeyedRow[]): KeyedRow[] {
  const at = rows.flatMap(({ key }, i) => (key === "legacy.complaints" ? [i] : []));
  if (at.length !== 2 || at[1] !== at[0] + 1) return rows;
  const [a, b] = at.map((i) => rows[i].row);
  if (b.line - a.line > NEXT_ROW_LINES || !appealsAndReports(cleanLegacyLabel(a.label), cleanLegacyLabel(b.label)))
    return rows;
  const { keyed, repeats } = apartRepeats(rows);
  for (const repeat of repeats) joinRepeat(repeat);
  return keyed;
}

/**
 * 申诉 and 举报 rows one after the other are the form's one row, summed; a row met again elsewhere (another table's
 * 举报 row: 12345热线办理情况统计表 … 举报 件 62) is not added: the first is kept, with a finding.
 */
function joinRepeat([first, again, next]: Repeat): void {
  const a = cleanLegacyLabel(first.label);
  const b = cleanLegacyLabel(again.label);
  const numbers = typeof first.value === "number" && typeof again.value === "number";
  if (numbers && next && appealsAndReports(a, b)) {
    first.value = (first.value as number) + (again.value as number);
    first.note ??= `申诉与举报分两行列出(${first.value - (again.value as number)} + ${again.value}),合计读取`;
    return;
  }
  first.problem ??= `统计表中同一指标出现两次(另见「${again.label}」),取第一次`;
}

/** Keys the table's sums and ≤ rules link, directly or through other rows. */
function linkedTo(keys: readonly string[]): Set<string> {
  const edges = [...LEGACY_SUM_RULES.flatMap((r) => r.parts.map((p) => [r.total, p] as const)), ...LEGACY_PART_OF];
  const out = new Set(keys);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [a, b] of edges)
      if (out.has(a) !== out.has(b)) {
        out.add(out.has(a) ? b : a);
        grew = true;
      }
  }
  return out;
}

/**
 * A glued run read by the narrative's figure settles the runs its sums link as well; if the sentence stated
 * something else (a kind of information, "其他应主动公开的信息3条"), they are wrong with it, so each says so.
 */
function noteLeansOnNarrative(runs: RunToSolve[], table: FlatTable, keyed: KeyedRow[]): void {
  const narrowed = runs.filter((r) => r.readings).map((r) => r.key);
  if (narrowed.length === 0) return;
  const linked = linkedTo(narrowed);
  for (const { key, row } of keyed) {
    if (narrowed.includes(key) || !linked.has(key) || row.note || row.problem || typeof row.value !== "number")
      continue;
    if (readingsOf(row.digits ?? "", table).length < 2) continue;
    row.note = `粘连的数字「${row.digits}」与按正文所述读取的行联立,读作 ${row.value}`;
  }
}

/** Rows whose values, all read line by line, show the table was read whole. */
const LINE_READ_COMPLETE = ["legacy.apps.received", "legacy.review.total", "legacy.litigation.total"];

/** How much of the table a reading recovered: known rows with a value, less a little for each unread one. */
function coverage(rows: KeyedRow[]): number {
  const known = rows.filter(({ key }) => !key.startsWith("legacy.extra."));
  const read = known.filter(({ row }) => row.value !== undefined && row.value !== null && !row.problem).length;
  const unread = known.filter(({ row }) => row.problem !== undefined || row.unreadable !== undefined).length;
  return read - unread / 1000;
}

/** Whether the rows hold the application, 复议 and 诉讼 rows twice, each with a figure (a table for two years). */
function printedTwice(rows: KeyedRow[]): boolean {
  return LINE_READ_COMPLETE.every(
    (k) => rows.filter(({ key, row }) => key === k && typeof row.value === "number").length >= 2,
  );
}

/** Rows of the applications and their answers (legacy.apps.received, legacy.answers.granted …). */
const APPLICATION_ROW = /^legacy\.(?:apps|answers)\./;

/**
 * The rows read down the page, or, where they hold no row the form knows, a table printed across or a register of
 * the year's applications (legacy-across.ts).
 */

function keyedRows(lines: string[], text: string, year: number | null): KeyedRow[] {
  const down = keyedRowsDown(lines, text, year);
  const known = (rows: KeyedRow[]) => rows.some(({ key }) => !key.startsWith("legacy.extra."));
  const valued = (rows: KeyedRow[]) =>
    rows.some(({ key, row }) => APPLICATION_ROW.test(key) && typeof row.value === "number");
  // (Rows of the applications with no value cell at all, their labels alone on lines: the form saved column by
  // column, names, then units, then values, which the reader across may give back by place.)
  if (known(down) && down.some(({ key }) => APPLICATION_ROW.test(key)) && valued(down)) return down;
  const across = keyRows(readAcrossTables(text, year));
  if (known(down) && down.some(({ key }) => APPLICATION_ROW.test(key))) return valued(across) ? across : down;
  if (known(down)) {
    // A table of the other rows (主动公开, 复议, 诉讼) beside one of the applications printed across (申请方式 受理数
    // 同意公开 … 合计 9 5 …): both are read.
    const printed = new Set(down.map(({ key }) => key));
    const applications = across.filter(({ key }) => APPLICATION_ROW.test(key) && !printed.has(key));
    return applications.length > 0 ? [...down, ...applications] : down;
  }
  if (known(across)) return across;
  const register = keyRows(readApplicationRegister(text, year));
  if (known(register)) return register;
  // The form filled in with check boxes (是否收到政府信息公开申请:☑是(共 2 件) □否).
  const boxes = CHECK_MARK.test(text) ? keyRows(readCheckboxForm(lines)) : [];
  if (known(boxes)) return boxes;
  // The form's rows written as a list in the prose, on a page whose row words made it look like a table.
  const listed = findLegacyTableStart(lines) < 0 ? [] : keyRows(readListedRows(lines));
  return known(listed) ? listed : down;
}

function keyedRowsDown(lines: string[], text: string, year: number | null): KeyedRow[] {
  const start = findLegacyTableStart(lines);
  const byLines = complaintsApart(keyRows(start < 0 ? readListedRows(lines) : readLegacyRows(lines, start)));
  // The same table printed twice, for two years, with rows on lines: the stream reading tells which is this year's.
  const twice = printedTwice(byLines);
  // A table read whole line by line needs no second reading (most tables; the stream reading costs as much again).
  const complete = (k: string) => byLines.some(({ key, row }) => key === k && typeof row.value === "number");
  if (!twice && LINE_READ_COMPLETE.every(complete)) return byLines;
  const flat = readFlatLegacyTable(text, year);
  // Tables printed before the last one under other value columns are read alone, in print order.
  const tables = flat ? [...(flat.earlier ?? []), flat] : [];
  const stream = tables.flatMap((t) => flatRows(t, text.slice(0, t.start), text));
  // A table of columns with no 合计 (legacy-flat.ts tablesWithoutTotal), read where no other prints the applications:
  // its rows, summed or left unread with a finding, are the page's, so no sentence reader takes a column's figure.
  const apart = flat?.withoutTotal ? flat : flat?.apart;
  const readsApplications = (rows: KeyedRow[]) => rows.some(({ key }) => APPLICATION_ROW.test(key));
  if (apart && !readsApplications(byLines) && (apart === flat || !readsApplications(stream))) {
    return apart === flat ? stream : flatRows(apart, text.slice(0, apart.start), text);
  }
  const byStream = stream;
  const streamWhole =
    twice && !printedTwice(byStream) && LINE_READ_COMPLETE.every((k) => byStream.some((r) => r.key === k));
  if (!streamWhole && coverage(byStream) <= coverage(byLines)) return byLines;
  if (flat?.loneValues) {
    const note = "表头列出多列数值,但表中每行只印出一个数值,按本年数读取";
    for (const { row } of byStream) if (row.value !== undefined) row.note ??= note;
  }
  if (flat?.yearUnclear) {
    const note = "页面印有两张相同的统计表,均未标明年度,取后一张为本年数";
    for (const { row } of byStream) if (row.value !== undefined) row.problem ??= note;
  }
  if (flat?.headerUnclear) {
    const note = `表头未标明${flat.columns}列数值各是什么,取第一列为本年数`;
    for (const { row } of byStream) if (row.value !== undefined) row.problem ??= note;
  }
  return byStream;
}

const NARRATIVE_KEYS = ["apps.new.total", "review.total", "litigation.total"];

/** The answer kinds' rows (the 答复总数 row alone says nothing of them). */
const ANSWER_KEYS = LEGACY_CORE_MAP.filter(([core]) => /^outcome\.(?:granted|partial|denied)\./.test(core)).flatMap(
  ([core, parts]) => [core, ...parts],
);

/**
 * The cases' groups: a total the 统计表 prints (行政复议数, 行政诉讼数) and the keys under it that the form of
 * 2008–2018 often does not print (复议维持/纠正/尚未审结; 诉讼 before or after a review), which the sentences tell.
 */
const CASE_GROUPS: readonly { total: string; parts: string[]; settle: string[] }[] = [
  {
    total: "review.total",
    parts: ["upheld", "corrected", "other", "pending"].map((f) => `review.${f}`),
    settle: ["upheld", "corrected", "other", "pending"].map((f) => `review.${f}`),
  },
  {
    total: "litigation.total",
    parts: [
      ...["upheld", "corrected", "other", "pending"].map((f) => `litigation.${f}`),
      "litigation_direct.total",
      "litigation_after_review.total",
    ],
    settle: ["litigation_direct.total", "litigation_after_review.total"],
  },
];

const groupOf = (key: string) => CASE_GROUPS.find((g) => g.parts.includes(key));

/** The table gives a group's nonzero total and none of the keys under it: the sentences may tell them. */
function partsUntold(table: Building): boolean {
  return CASE_GROUPS.some(
    (g) => (table.values[g.total] ?? 0) > 0 && !g.parts.some((k) => k in table.values || table.blankSet.has(k)),
  );
}

/**
 * The keys under a group total that the table printed, taken from the sentences only where the sentences count the
 * same cases: their own total is the table's, or, stating none, what they name adds up to it. A sentence about
 * other cases (last year's, the whole area's) then adds nothing to the table's figure.
 */
function agreesWithTable(table: Building, stated: NarrativeFigure[], key: string): boolean {
  const group = groupOf(key);
  if (!group || !(group.total in table.values)) return true;
  const total = table.values[group.total];
  const own = stated.find((f) => f.key === group.total);
  const named = (keys: string[]) => stated.filter((f) => keys.includes(f.key)).reduce((n, f) => n + f.value, 0);
  // The results (维持/纠正/其他/尚未审结) and the suits' two groups are two ways of splitting the same cases.
  const results = group.parts.filter((k) => !k.endsWith(".total"));
  const groups = group.parts.filter((k) => k.endsWith(".total"));
  if (named(results) > total || named(groups) > total) return false;
  return own ? own.value === total : named(key.endsWith(".total") ? groups : results) === total;
}

/**
 * Keys under a group total the table printed, with the sentences naming some: where the named ones add up to the
 * table's total, the others are 0 (复议2件 in the table, 均维持原答复 → 纠正/其他/尚未审结 0; 诉讼1件 in the table, told as
 * brought after a review → none brought directly). Counts are never negative, so nothing else could hold.
 */
function settleByTableTotal(table: Building, issues: Finding[], taken: NarrativeFigure[]): void {
  for (const group of CASE_GROUPS) {
    const total = table.values[group.total];
    const named = taken.filter((f) => group.settle.includes(f.key));
    if (total === undefined || named.length === 0) continue;
    if (named.reduce((n, f) => n + f.value, 0) !== total) continue;
    const open = group.settle.filter((k) => !(k in table.values) && !table.blankSet.has(k));
    settleAsZero(table, issues, open, named[0], `统计表所列总数为${total},正文所述各项已合计为${total},其余各项为0`);
  }
}

/**
 * The table counts the reviews and prints no results; the sentences tell the review(s) without a count and how they
 * ended, one way, without a count either (申请人不服,申请行政复议,复议机关维持了我局的答复): every review ended so.
 */
function reviewsEndedOneWay(table: Building, issues: Finding[], lines: string[]): void {
  const group = CASE_GROUPS[0];
  if (group.settle.some((k) => k in table.values || table.blankSet.has(k) || table.unresolved.has(k))) return;
  const end = everyReviewEnded(lines);
  const total = table.values[group.total];
  if (!end) {
    reviewsEndedOneByOne(table, issues, lines, total);
    return;
  }
  const by: NarrativeFigure = { key: end.key, value: total, source: end.source };
  table.values[end.key] = total;
  table.sources[end.key] = end.source;
  issues.push(narrativeFinding(by));
  const open = group.settle.filter((k) => k !== end.key);
  settleAsZero(table, issues, open, by, `统计表所列复议数为${total},正文所述复议均以此结束,其余各项为0`);
}

/**
 * The table counts the reviews and prints no results; the sentences tell as many reviews one by one, each without a
 * count and with its own end (…申请行政复议,6月复议机关作出维持决定。…申请行政复议,9月复议机关确认…违法): each
 * way's count is how many ended so, the ways none ended 0.
 */
function reviewsEndedOneByOne(table: Building, issues: Finding[], lines: string[], total: number): void {
  const ends = reviewsEndedEach(lines);
  if (!ends || ends.length !== total || new Set(ends.map((e) => e.key)).size < 2) return;
  const group = CASE_GROUPS[0];
  for (const key of group.settle) {
    const its = ends.filter((e) => e.key === key);
    if (its.length === 0) continue;
    const by: NarrativeFigure = { key, value: its.length, source: its[0].source };
    table.values[key] = its.length;
    table.sources[key] = its[0].source;
    issues.push(narrativeFinding(by));
  }
  const open = group.settle.filter((k) => !(k in table.values));
  const by: NarrativeFigure = { key: ends[0].key, value: total, source: ends[0].source };
  settleAsZero(table, issues, open, by, `统计表所列复议数为${total},正文逐一所述${total}件复议各以此结束,其余各项为0`);
}

/** The applicants' kinds, which the 2008–2018 form does not count: only the sentences tell them. */
const APPLICANT_KEY = /^apps\.new\.(?!total$)/;
const APPS_KEY = "apps.new.total";
const CARRIED_KEY = "apps.carried_over.total";
const FORWARD_KEY = "apps.carried_forward.total";
const APPLICANT_WORDS = /(?:公民|自然人)[^。;,，\d]{0,10}\d{1,5}\s*(?:件|人次|次)/;

/** Core figures stated only in sentences, for keys the table did not give (legacy-narrative.ts). */
function addNarrative(
  table: Building,
  issues: Finding[],
  lines: string[],
  noTable: boolean,
  year: number | null,
  text: string,
  beside: NarrativeCounts,
  notThisYear = false,
): void {
  // A table of totals only (申请总数, 复议, 诉讼) leaves the answers to the sentences, as a page without a table does, and
  // so does a table of 累计 figures.
  const answers = noTable || notThisYear || !ANSWER_KEYS.some((k) => k in table.values || table.blankSet.has(k));
  const applicants = !noTable && APPLICANT_WORDS.test(text);
  // More answers than applications received (受理 3, 答复 4): the sentences may tell last year's carried in.
  const answered = table.values["outcome.total.total"];
  const carried =
    !noTable &&
    !(CARRIED_KEY in table.values) &&
    answered !== undefined &&
    answered > (table.values[APPS_KEY] ?? Infinity);
  // The answers' kinds printed fall short of the answers' total and some kind is not printed (the page cut off inside
  // the answer rows): the sentences may tell the rest.
  const printedKinds = ANSWER_KINDS.reduce((n, k) => n + (table.values[k] ?? 0), 0);
  const kindsCut =
    !answers &&
    answered !== undefined &&
    printedKinds < answered &&
    ANSWER_KINDS.some((k) => !(k in table.values) && !table.blankSet.has(k) && !table.unresolved.has(k));
  // 另1件…转入2014年继续办理: next year's carried on, which no row of the form counts.
  const forward = !noTable && !(FORWARD_KEY in table.values) && beside.some((f) => f.key === FORWARD_KEY);
  const untold = partsUntold(table) || applicants || carried || kindsCut || forward;
  const told = NARRATIVE_KEYS.every((k) => k in table.values) && !answers;
  if (told && !untold) return;
  // Where the table gives every core figure, what the sentences beside it state (read once, for the N1 check)
  // tells the keys under them.
  const stated: NarrativeCounts = told ? beside : readNarrativeCounts(lines, undefined, answers || kindsCut, year);
  const kindsTold = kindsCut && restOfKinds(table, stated, answered as number);
  const taken: NarrativeFigure[] = [];
  // A kind a small table among the sentences counts otherwise, whose nothing tells: blank, with a finding.
  for (const w of stated.withheld ?? []) {
    if (w.key in table.values || table.unresolved.has(w.key)) continue;
    issues.push({ rule: "N1", severity: "warning", message: w.message, keys: [w.key], line: w.line });
    table.unresolved.add(w.key);
  }
  // A core figure whose row a table of columns with no 合计 prints (left unread, a finding names it) is not the
  // sentences' either: the reader of sentences would take one column's figure.
  const apart = (key: string) => (CORE_PARTS.get(key) ?? []).some((p) => table.unreadApart.has(p));
  for (const f of stated) {
    if (f.key in table.values || table.unresolved.has(f.key) || issues.some((i) => i.keys.includes(f.key))) continue;
    if (table.unreadApart.size > 0 && apart(f.key)) continue;
    const kind = ANSWER_KINDS.includes(f.key);
    if (kindsCut && !answers && (kind ? !kindsTold : /^outcome\./.test(f.key))) continue;
    // Last year's carried in and next year's carried on (转入2014年继续办理): the form has no row for either.
    const carriedKey = f.key === CARRIED_KEY || f.key === FORWARD_KEY;
    if (told && !groupOf(f.key) && !APPLICANT_KEY.test(f.key) && !carriedKey && !(kind && kindsTold)) continue;
    if (!agreesWithTable(table, stated, f.key)) continue;
    // Who applied (公民申请3件) and last year's carried in (另有上年结转申请1件) where the sentences count the table's
    // applications.
    const sameApps = stated.find((g) => g.key === APPS_KEY)?.value === table.values[APPS_KEY];
    if ((APPLICANT_KEY.test(f.key) || f.key === CARRIED_KEY) && APPS_KEY in table.values && !sameApps) continue;
    table.values[f.key] = f.value;
    table.sources[f.key] = f.source;
    issues.push(narrativeFinding(f));
    taken.push(f);
  }
  if (!noTable) settleByTableTotal(table, issues, taken);
  if (!noTable && answers) answersByTableCount(table, issues, stated, taken);
}

const ANSWER_KINDS = ["outcome.granted.total", "outcome.partial.total", "outcome.denied.total"];

/**
 * The sentences count the same answers as a table whose answer rows stop short: they agree with every kind and the
 * applications the table prints, and with the kinds it does not they add up to the table's answers.
 */
function restOfKinds(table: Building, stated: NarrativeFigure[], answered: number): boolean {
  const own = (key: string) => stated.find((f) => f.key === key)?.value;
  if (ANSWER_KINDS.some((k) => k in table.values && own(k) !== table.values[k])) return false;
  if (APPS_KEY in table.values && own(APPS_KEY) !== undefined && own(APPS_KEY) !== table.values[APPS_KEY]) return false;
  const kinds = ANSWER_KINDS.map((k) => table.values[k] ?? own(k));
  return kinds.every((v) => v !== undefined) && kinds.reduce((n, v) => n + (v as number), 0) === answered;
}

/**
 * The table counts the year's applications and the sentences the answers (件数 合计 4; 同意公开3件,不予公开1件): where
 * the kinds they name add up to the table's count, and no application came over from last year, the kinds not
 * named are 0. The sentences must count no other applications than the table's.
 */
function answersByTableCount(
  table: Building,
  issues: Finding[],
  stated: NarrativeFigure[],
  taken: NarrativeFigure[],
): void {
  const apps = table.values["apps.new.total"];
  if (apps === undefined || (table.values["apps.carried_over.total"] ?? 0) !== 0) return;
  const own = (key: string) => stated.find((f) => f.key === key)?.value;
  if ([own("apps.new.total"), own("outcome.total.total")].some((v) => v !== undefined && v !== apps)) return;
  if ((own("apps.carried_over.total") ?? 0) !== 0) return;
  const named = taken.filter((f) => ANSWER_KINDS.includes(f.key));
  const answered = stated.filter((f) => /^outcome\.(?!total\.)/.test(f.key));
  if (named.length === 0 || answered.reduce((n, f) => n + f.value, 0) !== apps) return;
  const open = ANSWER_KINDS.filter((k) => !(k in table.values) && !table.blankSet.has(k) && own(k) === undefined);
  settleAsZero(table, issues, open, named[0], `统计表所列申请数为${apps},正文所述各类答复已合计为${apps},其余各类为0`);
}

/**
 * A line that may state an answer count or a 复议/诉讼/申诉 count (同意公开3件, 均予以公开, 未发生行政复议), who
 * applied or last year's carried in (公民申请3件, 上年结转1件):
 * the sentence reader costs a tenth of the parse when it reads every line of prose, and most say neither.
 */
const MAY_STATE_ANSWER_OR_CASE =
  /复议|诉讼|申诉|举报|投诉|同意|部分公开|不予|拒绝|否决|均[^。]{0,8}公开|全部公开|公民|自然人|结转|遗留|转入/;
/** A section heading on its own line (三、依申请公开情况): it tells the sentences after it what they speak of. */
const SECTION_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))[^。]{0,24}$/;

/**
 * What the sentences beside a table state, answers included; the table's own lines (those of its rows, with no
 * full stop) are not read as sentences, which also keeps the cost low on a long table.
 */
function statedBeside(keyed: KeyedRow[], lines: string[], year: number | null): NarrativeCounts {
  const first = Math.min(...keyed.map(({ row }) => row.line));
  const last = Math.max(...keyed.map(({ row }) => row.line));
  const inTable = (n: number) => n >= first && n <= last && !lines[n - 1].includes("。");
  const states = (n: number) => MAY_STATE_ANSWER_OR_CASE.test(lines[n - 1]) || SECTION_HEADING.test(lines[n - 1]);
  if (!lines.some((_, i) => !inTable(i + 1) && MAY_STATE_ANSWER_OR_CASE.test(lines[i]))) return [];
  return readNarrativeCounts(lines, (n) => inTable(n) || !states(n), true, year);
}

/**
 * The sentence a figure's clause starts, to its full stop (…行政诉讼案件共9件,其中涉及政府信息公开的0件); the
 * sentence reader joins a sentence broken over lines, so the lines after the figure's are joined as well.
 */
function sentenceOf(f: NarrativeFigure, lines: string[]): string {
  const text = lines.slice(f.source.line - 1, f.source.line + 3).join("");
  const at = text.indexOf(f.source.raw.replace(/…$/, ""));
  if (at < 0) return f.source.raw;
  const end = text.slice(at).search(/[。;!?]/);
  const sentence = text.slice(at, end < 0 ? undefined : at + end);
  return sentence.length > 120 ? `${sentence.slice(0, 117)}…` : sentence;
}

/**
 * N1 where a sentence states an answer or a 复议/诉讼/申诉 count other than the table's (the table's figure
 * stays). A sentence may name one row of a core figure (同意公开 beside a printed 已主动公开 row): that agrees.
 */
const CORE_PARTS: ReadonlyMap<string, readonly string[]> = new Map(LEGACY_CORE_MAP);

function disagreements(table: Building, stated: NarrativeFigure[], lines: string[]): Finding[] {
  const agreeing = (key: string) => [
    table.values[key],
    ...(CORE_PARTS.get(key) ?? []).flatMap((p) => (p in table.values ? [table.values[p]] : [])),
  ];
  const counts = stated.map((f) => ({ key: f.key, value: f.value, line: f.source.line, raw: sentenceOf(f, lines) }));
  return checkStatedCounts(table.values, counts, agreeing);
}

/**
 * A table whose only value column is a 累计 (《条例》施行以来…累计数) or another year's gives no figure of this year: a
 * 累计 of 0 still says none this year (counts are never negative), read with a note; every other row is left to the
 * sentences, its key marked unread so no sum or core figure is built on it.
 */
function notThisYearRows(keyed: KeyedRow[]): { keyed: KeyedRow[]; unread: string[] } {
  if (!keyed.some(({ row }) => row.notThisYear)) return { keyed, unread: [] };
  const unread: string[] = [];
  const kept = keyed.filter(({ key, row }) => {
    if (!row.notThisYear) return true;
    if (row.notThisYear === "cumulative" && (row.value === 0 || row.value === null) && !row.problem) {
      if (row.value === 0) row.note ??= "统计表只列历年累计数,累计为 0,本年亦为 0";
      return true;
    }
    unread.push(key);
    return false;
  });
  return { keyed: kept, unread };
}

/**
 * A row printing one number under a header of several value columns (同意公开答复数 条 1 under 2013年度 | 历年累计) is
 * left unread: which cell is empty cannot be told. Where the sentences state this year's figure for the row and it is
 * that number, the row reads it, with a note. Only a number that cannot be two glued cells: one digit, or a cell
 * printed apart (the line reader's lone value).
 */
function lonesTheSentencesTell(keyed: KeyedRow[], stated: NarrativeFigure[]): void {
  for (const { key, row } of keyed) {
    if (row.value !== undefined || !row.problem) continue;
    const one = row.lone ?? (row.digits !== undefined && /^\d$/.test(row.digits) ? Number(row.digits) : undefined);
    if (one === undefined || one === null || (row.glued !== undefined && row.glued.length > 1)) continue;
    const entry = LEGACY_CORE_MAP.find(([, parts]) => parts.includes(key));
    // A core figure of several rows (已主动公开 + 同意公开): the sentence's count is no single row's.
    if (!entry || entry[1].some((p) => p !== key && keyed.some((k) => k.key === p))) continue;
    const told = stated.filter((f) => f.key === entry[0]);
    if (told.length === 0 || told.some((f) => f.value !== one)) continue;
    row.value = one;
    row.problem = undefined;
    row.note = `该行只印出一个数值「${one}」,与正文所述本年数相同,按本年数读取`;
  }
}

/**
 * A 统计表 whose rows print no figure at all, 主动公开 included (the rows and units print, the cells were an embedded
 * object or image the page lost): its blanks say nothing, so none is read as 0 (the sentences may tell the counts).
 */
function figuresLost(keyed: KeyedRow[]): KeyedRow[] {
  if (keyed.length < FIGURELESS_ROWS || keyed.some(({ row }) => typeof row.value === "number")) return keyed;
  return keyed.map(({ key, row }) => (row.value === null ? { key, row: { ...row, value: undefined } } : { key, row }));
}
/** Rows a table must print, none with a figure, to be taken as one whose figures were lost. */
const FIGURELESS_ROWS = 6;

/** `year`: the year the report covers, when known (a 2008 report counts from the 《条例》's start). */
export function parseLegacyTable(
  lines: string[],
  text: string = lines.join("\n"),
  year: number | null = null,
): Result<TableValues> {
  // A box-drawn, CSV or right-to-left table put in reading order with | between cells, for the table's readers and
  // the sentences' alike (which would read a right-to-left row's figures as the sentence before its words').
  // Sub-rows folded into a bracket after a row's value (收到申请数 件 8(其中当面申请3件,…)) written out as rows.
  const gridded = unfoldInlineParts(gridAsCells(text));
  return gridded === text ? readLegacyPage(lines, text, year) : readLegacyPage(gridded.split("\n"), gridded, year);
}

function readLegacyPage(lines: string[], text: string, year: number | null): Result<TableValues> {
  // A PDF's page numbers between or after the rows ("— 3 —" on a line of its own) are no cells of the table.
  const unpaged = blankPageNumbers(text);
  const tableLines = unpaged === text ? lines : unpaged.split("\n");
  const rows = notThisYearRows(keyedRows(tableLines, unpaged, year));
  const { unread } = rows;
  const keyed = figuresLost(rows.keyed);
  const table: Building = {
    values: {},
    blanks: [],
    sources: {},
    blankSet: new Set(),
    unresolved: new Set(unread),
    headingOnly: new Set(),
    unreadApart: new Set(keyed.flatMap(({ key, row }) => (row.apart && row.value === undefined ? [key] : []))),
  };
  const issues: Finding[] = [];
  const beside = keyed.length > 0 ? statedBeside(keyed, lines, year) : [];
  if (beside.length > 0) lonesTheSentencesTell(keyed, beside);
  for (const entry of keyed) store(table, issues, entry);
  totalsFromParts(table, issues, channelsWithoutTotal(keyed));
  addCoreMetrics(table, issues);
  // The rows a 累计 table gave for no year of their own are the sentences' to tell (legacy.complaints among them).
  for (const key of unread) table.unresolved.delete(key);
  if (keyed.length > 0) issues.push(...disagreements(table, beside, lines));
  addNarrative(table, issues, lines, keyed.length === 0, year, text, beside, unread.length > 0);
  if ((table.values["review.total"] ?? 0) > 0) reviewsEndedOneWay(table, issues, lines);
  const { values, blanks, sources } = table;
  const named = issues.map(withCoreKeys);
  if (keyed.length === 0) {
    const error = findLegacyTableStart(lines) < 0 ? "未找到政府信息公开情况统计表" : "统计表中没有可识别的行";
    if (Object.keys(values).length === 0) return { value: null, issues: [], error };
    named.push({ rule: "P0", severity: "warning", message: `${error},只读取了正文中明确写出的数字`, keys: [] });
  }
  return { value: { values, blanks, sources }, issues: named };
}
