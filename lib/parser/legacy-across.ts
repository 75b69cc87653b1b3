/**
 * Legacy 统计表 printed across rather than down, as some of a site's departments and townships make them: the kinds
 * in one row under a header word and their counts in the row below ("申请方式 当面 网上 信函 合计 件数 1 2 0 3"),
 * a table by month ("月份 1月 … 12月 合计 件数 0 1 … 4"), a summary with a row per unit and a 合计 row ("单位 主动公开(条)
 * 收到申请(件) 同意公开 … 区交通局 846 12 7 … 合计 4340 41 25 …"), or the form flattened column by column (the row
 * names, then 计量单位 and their units, then 年末统计 and their values). Each label is matched to the number at its
 * place; the rows come out as the line reader's, for legacy-table.ts to key. Read only where no table printed down
 * is found.
 */
import { LEGACY_UNITS } from "@/lib/template/legacy";
import type { LegacyRow } from "./legacy-cells";

/** The word over the labels: what the kinds are (申请方式, 答复类型, 月份, a unit column, the form's 指标名称). */
const HEADER_WORD = new RegExp(
  String.raw`^(?:申请方式|申请渠道|答复类型|答复情况|答复结果|办理结果|月份|单位名称|` +
    // A row per office handling the applications (承办处室, 股室, 内设机构).
    String.raw`(?:承办|责任|业务|内设)?(?:处室|科室|股室|单位|部门|机构)|` +
    String.raw`指标名称|项目|(?:申请|信息)?(?:内容)?类别|年度|年份)$`,
);
/** A row of a table by year (年度 主动公开(条) 受理申请(件) … / 2015年 76 1 … / 2016年 88 2 …): the year's name. */
const YEAR_ROW = /^((?:19|20)\d{2})年度?$/;
/** The row of counts under the labels, named for what it counts (件数, 数量, 年末统计). */
const VALUE_WORD = /^(?:件数|数量|数量\(件\)|件|申请数|年末统计|统计数|本年|本年度|(?:19|20)\d{2}年度?)$/;
const TOTAL_ROW = /^(?:合计|总计|小计|全区合计|汇总)$/;
/** A column of a summary's rows counting what each row received (受理数, 受理件数, 收件数): the applications. */
const RECEIVED_COLUMN = /^(?:受理|收件|收到)(?:数|件数|数量|量)$/;
const NUMBER = /^\d{1,7}$/;
const MAX_LABEL = 30;
const ACROSS_NOTE = "统计表横排(各项在上一行,数字在下一行),按位置对应读取";

interface Token {
  text: string;
  offset: number;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], offset: m.index }));
}

/**
 * The words a 合计 column or a short label stands for, by the header word over them. `overRows`: the header word
 * names the rows, not the labels (申请方式 受理数 同意公开 … 当面申请 3 2 … 合计 9 5 …: a row per channel, the labels
 * the answers' columns).
 */
function spelledOut(label: string, header: string, before: string, overRows: boolean): string {
  const bare = label.replace(/\([^)]*\)$/, "");
  const total = TOTAL_ROW.test(bare);
  if (overRows) return RECEIVED_COLUMN.test(bare) ? "收到申请数" : bare;
  if (/申请方式|申请渠道/.test(header)) return total ? "收到申请数" : `${bare}申请`;
  if (/答复|办理结果/.test(header)) return total ? "申请答复数" : bare;
  if (header === "月份") return total && /受理|申请/.test(before) ? "收到申请数" : `月份${bare}`;
  return RECEIVED_COLUMN.test(bare) ? "收到申请数" : bare;
}

interface Across {
  labels: Token[];
  header: string;
  units?: string[];
  values: number[];
  at: Token;
}

/** The word ending at token `at`, its characters perhaps printed apart ("指 标 名 称"). */
function spacedWord(run: Token[], at: number): Token | undefined {
  const last = run[at];
  if (last?.text.length !== 1) return last;
  let from = at;
  while (from > 0 && at - from < 5 && run[from - 1].text.length === 1) from--;
  return {
    text: run
      .slice(from, at + 1)
      .map((t) => t.text)
      .join(""),
    offset: run[from].offset,
  };
}

/**
 * The table whose count row starts at token `i` (a run of numbers): its labels, header word and values, or null.
 * `run` holds the words before the numbers, back to the previous number.
 */
function acrossAt(run: Token[], values: number[], at: Token): Across | null {
  const n = values.length;
  const name = run.at(-1)?.text ?? "";
  // The count row's own name (件数, or a unit's name in a summary) and the labels before it.
  const named = run.length >= n + 2 ? run.slice(-(n + 1), -1) : [];
  const bare = run.length >= n + 1 ? run.slice(-n) : [];
  for (const [labels, headerAt] of [
    [named, run.length - n - 2],
    [bare, run.length - n - 1],
  ] as const) {
    if (labels.length !== n || headerAt < 0) continue;
    if (labels.every((t) => LEGACY_UNITS.has(t.text)) && /^(?:计量)?单位$/.test(run[headerAt].text)) {
      // The form flattened column by column: names, 计量单位 and the units, 年末统计 and the values.
      const names = run.slice(headerAt - n, headerAt);
      const header = spacedWord(run, headerAt - n - 1);
      if (names.length === n && header && HEADER_WORD.test(header.text) && VALUE_WORD.test(name))
        return { labels: names, header: header.text, units: labels.map((t) => t.text), values, at };
      continue;
    }
    if (!HEADER_WORD.test(run[headerAt].text) || labels.some((t) => t.text.length > MAX_LABEL)) continue;
    if (labels.some((t) => NUMBER.test(t.text) || /[。;,]/.test(t.text))) continue;
    return { labels, header: run[headerAt].text, values, at };
  }
  return null;
}

/**
 * Rows of the tables printed across in `text` (1-based lines from `lineStarts`), or none. `year`: the year the
 * report covers, whose row a table by year (a row per year under 年度) gives the figures of.
 */
export function readAcrossTables(text: string, year: number | null = null): LegacyRow[] {
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return line + 1;
  };
  const tokens = tokensOf(text);
  const rows: LegacyRow[] = [];
  let run: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!NUMBER.test(tokens[i].text)) {
      run.push(tokens[i]);
      if (run.length > 80) run = run.slice(-60);
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && NUMBER.test(tokens[j].text)) j++;
    const values = tokens.slice(i, j).map((t) => Number(t.text));
    const table = values.length >= 3 ? acrossAt(run, values, tokens[i]) : null;
    if (!table) {
      run = [];
      i = j;
      continue;
    }
    // A summary's further rows (a unit's name and as many numbers), to its 合计 row.
    const n = values.length;
    const counted: { name: string; values: number[]; at: Token }[] = [
      { name: run.at(-1)?.text ?? "", values, at: tokens[i] },
    ];
    let k = j;
    while (k + n < tokens.length && !NUMBER.test(tokens[k].text)) {
      const next = tokens.slice(k + 1, k + 1 + n);
      if (next.length < n || !next.every((t) => NUMBER.test(t.text))) break;
      if (k + 1 + n < tokens.length && NUMBER.test(tokens[k + 1 + n].text)) break;
      counted.push({ name: tokens[k].text, values: next.map((t) => Number(t.text)), at: tokens[k] });
      k += n + 1;
    }
    const total = counted.find((r) => TOTAL_ROW.test(r.name));
    // A table by year: the report's year's row, where every row is a year's and that year's is printed once.
    const byYear = /^年(?:度|份)$/.test(table.header) && counted.every((r) => YEAR_ROW.test(r.name));
    const ofYear = byYear ? counted.filter((r) => Number(YEAR_ROW.exec(r.name)?.[1]) === year) : [];
    // The form flattened column by column may print the 累计 column's values after the year's: the year's is read.
    const alone = counted.filter((r, c) => c === 0 || !(table.units && /累计/.test(r.name)));
    const row = byYear
      ? ofYear.length === 1
        ? ofYear[0]
        : undefined
      : (total ?? (alone.length === 1 && VALUE_WORD.test(alone[0].name) ? alone[0] : undefined));
    if (row) {
      const before = text.slice(Math.max(0, table.labels[0].offset - 40), table.labels[0].offset);
      table.labels.forEach((label, c) => {
        const unit = table.units?.[c] ?? /\(([条件次个项])\)$/.exec(label.text)?.[1] ?? null;
        const spelled = spelledOut(label.text, table.header, before, counted.length > 1 && row === total);
        rows.push({
          label: spelled,
          unit,
          value: row.values[c],
          // Each month's count is no figure of the form: only the total is noted.
          ...(spelled.startsWith("月份") ? {} : { note: byYear ? `统计表按年度分行,取${row.name}一行` : ACROSS_NOTE }),
          line: lineOf(label.offset),
          raw: `${label.text} … ${row.name} ${row.values[c]}`,
        });
      });
    }
    run = [];
    i = k;
  }
  return rows;
}

/** A register of the year's applications (登记台账), one numbered entry each: 序号 申请时间 … 答复结果. */
const REGISTER_HEADER =
  /序号\s*(?:申请(?:时间|日期)|收到(?:时间|日期)|受理(?:时间|日期))[^。\d]{0,40}?(?:答复|办理)(?:结果|情况|方式)/;
/** An entry's number and its date (1 2015.02.11, 2 2015年5月6日). */
const ENTRY = /(?<=^|\s)(\d{1,3})\s+((?:19|20)\d{2})(?:[.\-/]\d{1,2}[.\-/]\d{1,2}|年\d{1,2}月(?:\d{1,2}日)?)(?=\s)/g;
/** How each entry was answered; an entry with none of these is not known, and the kinds are then not read. */
const RESULTS: readonly (readonly [RegExp, string | null])[] = [
  [/部分公开|部分同意公开/, "同意部分公开答复数"],
  [/不予公开|不同意公开|不公开/, "不予公开答复数"],
  [/同意公开|予以公开|全部公开|已公开/, "同意公开答复数"],
  [/正在办理|办理中|尚未答复|未办结|信息不存在|非本机关|不属于本机关|告知|转办|撤回|补正/, null],
];
const MAX_ENTRIES = 200;

/**
 * The counts of a 登记台账 (rows: 序号 申请时间 申请方式 申请内容 答复时间 答复结果): the entries numbered 1, 2, 3 … in
 * order, each with a date of the report's year, are the applications received, and their results the answer kinds
 * (read only when every entry's result is one the reader knows). None when an entry's date is of another year.
 */
export function readApplicationRegister(text: string, year: number | null): LegacyRow[] {
  const header = REGISTER_HEADER.exec(text);
  if (!header || year === null) return [];
  const from = header.index + header[0].length;
  const entries: { n: number; at: number; year: number }[] = [];
  ENTRY.lastIndex = from;
  for (let m = ENTRY.exec(text); m && entries.length < MAX_ENTRIES; m = ENTRY.exec(text)) {
    if (Number(m[1]) !== entries.length + 1) continue;
    entries.push({ n: Number(m[1]), at: m.index, year: Number(m[2]) });
  }
  if (entries.length < 2 || entries.some((e) => e.year !== year)) return [];
  const end = text.slice(entries.at(-1)!.at).search(/附件下载|[。]|\n\s*\n/);
  const stop = end < 0 ? text.length : entries.at(-1)!.at + end;
  const line = text.slice(0, header.index).split("\n").length;
  const note = "依申请公开登记台账逐条计数";
  const raw = (s: string) => s.replace(/\s+/g, " ").trim().slice(0, 80);
  const rows: LegacyRow[] = [
    { label: "收到申请数", unit: "件", value: entries.length, note, line, raw: raw(text.slice(header.index, stop)) },
  ];
  const kinds = new Map<string, number>();
  for (const [i, e] of entries.entries()) {
    const segment = text.slice(e.at, entries[i + 1]?.at ?? stop);
    const result = RESULTS.find(([re]) => re.test(segment));
    if (!result) return rows;
    if (result[1]) kinds.set(result[1], (kinds.get(result[1]) ?? 0) + 1);
  }
  for (const [, label] of RESULTS) {
    if (label) rows.push({ label, unit: "件", value: kinds.get(label) ?? 0, note, line, raw: rows[0].raw });
  }
  return rows;
}
