/**
 * Flattened 2019/2021 tables at scale. A seeded generator draws §三 and §四 figures that satisfy the
 * template's sums (R1–R4: lib/template/modern.ts, lib/validate/rules.ts), often multi-digit and spread over many
 * applicant columns, prints them the ways real sites flatten them (the notes in ../shared/samples/real/
 * expected.json), wraps each table in a report text like the samples, parses it with the real parser and scores
 * every printed figure: exact / blank / wrong with a finding / SILENT (wrong without a finding). Not a test.
 *   npx tsx bench/flat-tables.ts [--reports 600] [--seed 1] [--show 3] [--only CLASS] [--dump]
 * FLAT_DEBUG=1 prints the parser finding behind every blank figure.
 */
import { parseArgs } from "node:util";
import { Rng } from "@/lib/corpus/random";
import { parseText } from "@/lib/parser/index";
import { APPLICANTS, REVIEW_GROUPS, REVIEW_RESULTS, SECTION3, type TemplateRow } from "@/lib/template/modern";

const { values: args } = parseArgs({
  options: {
    reports: { type: "string", default: "600" },
    seed: { type: "string", default: "1" },
    show: { type: "string", default: "3" },
    /** Only this print class (see CLASSES). */
    only: { type: "string" },
    /** Print the first report's text, figures and findings (to look at one class closely). */
    dump: { type: "boolean", default: false },
  },
});

type Values = Record<string, number>;
const COLS = APPLICANTS.map((a) => a.key);
const PARTY = COLS.slice(0, 6);
const REVIEW_KEYS = REVIEW_GROUPS.flatMap((g) => REVIEW_RESULTS.map((r) => `${g.key}.${r.key}`));

/** How a table is printed. Every class prints one line, the way a web page's text comes out. */
const CLASSES = [
  "glued", // every row's cells glued into one digit run, touching the next row's label
  "label-space-glued", // label, a space, the glued run
  "stray-spaces", // some cell borders kept as a space, others glued
  "spaced", // one space between cells
  "zeros-empty", // spaced, zeros printed as empty cells (nothing left behind)
  "zeros-empty-kept", // spaced, each empty cell leaves its space ("5  3")
  "zeros-marker", // zeros printed as —, / or -, glued or spaced
  "other-one-row-2021", // a 2021 report printing (六)其他处理 as one row
  "rows-without-cells", // all-zero rows printed with no cells at all
  "no-total-column", // the header prints no 总计 and rows print six cells
  "misprinted-total", // glued or stray-spaced, one §三 row total or one §四 group total printed one off
  "column-by-column", // §三's labels first, then its figures column by column (a PDF read down the columns)
] as const;
type PrintClass = (typeof CLASSES)[number];

/** Splits `total` into `parts` non-negative integers over a few of the parts (weights favour the first). */
function spread(rng: Rng, total: number, weights: readonly number[]): number[] {
  const out = weights.map(() => 0);
  if (total === 0) return out;
  const used = new Set<number>([rng.weighted(weights)]);
  const extra = rng.int(0, Math.min(5, weights.length - 1));
  for (let i = 0; i < extra; i++) used.add(rng.weighted(weights.map((w) => w + 0.05)));
  const idx = [...used];
  let left = total;
  idx.forEach((k, i) => {
    const take = i === idx.length - 1 ? left : rng.int(0, left);
    out[k] += take;
    left -= take;
  });
  return out;
}

function magnitude(rng: Rng, big: boolean): number {
  const r = rng.next();
  if (r < 0.35) return rng.int(1, 9);
  if (r < 0.85 || !big) return rng.int(10, 99);
  return rng.int(100, 999);
}

/** §三 rows that print cells, by family, and the figures that satisfy R1–R3 column by column. */
function section3Figures(rng: Rng, rows: readonly TemplateRow[]): Values {
  const leaves = rows.filter((r) => !r.group && r.key.startsWith("outcome.") && r.key !== "outcome.total");
  const weights = leaves.map((r) => (r.key === "outcome.granted" ? 5 : r.key.includes("not_held") ? 3 : 1));
  const active = [0.97, 0.65, 0.3, 0.3, 0.4, 0.45];
  const v: Values = {};
  PARTY.forEach((c, i) => {
    const on = rng.chance(active[i]);
    const fresh = on ? magnitude(rng, i === 0) : 0;
    const carried = on && rng.chance(0.4) ? rng.int(0, Math.ceil(fresh / 3)) : 0;
    const forward = rng.chance(0.4) ? rng.int(0, Math.floor((fresh + carried) / 3)) : 0;
    const done = fresh + carried - forward;
    v[`apps.new.${c}`] = fresh;
    v[`apps.carried_over.${c}`] = carried;
    v[`apps.carried_forward.${c}`] = forward;
    v[`outcome.total.${c}`] = done;
    spread(rng, done, weights).forEach((n, k) => {
      v[`${leaves[k].key}.${c}`] = n;
    });
  });
  for (const r of rows.filter((x) => !x.group)) v[`${r.key}.total`] = PARTY.reduce((s, c) => s + v[`${r.key}.${c}`], 0);
  return v;
}

function reviewFigures(rng: Rng): Values {
  const v: Values = {};
  for (const g of REVIEW_GROUPS) {
    const parts = ["upheld", "corrected", "other", "pending"].map(() =>
      rng.chance(0.45) ? (rng.chance(0.2) ? rng.int(10, 40) : rng.int(1, 9)) : 0,
    );
    parts.forEach((n, i) => {
      v[`${g.key}.${REVIEW_RESULTS[i].key}`] = n;
    });
    v[`${g.key}.total`] = parts.reduce((a, b) => a + b, 0);
  }
  return v;
}

/** A row's cells as printed in the class; `marker` stands for a zero in zeros-marker. */
function printCells(rng: Rng, cls: PrintClass, cells: number[], marker: string, gluedMarkers: boolean): string {
  const s = cells.map(String);
  switch (cls) {
    case "stray-spaces": {
      const p = rng.next();
      return s.reduce((acc, x, i) => (i === 0 ? x : acc + (rng.chance(p) ? " " : "") + x), "");
    }
    case "spaced":
      return s.join(" ");
    case "zeros-empty":
      return s.filter((x) => x !== "0").join(" ");
    case "zeros-empty-kept":
      return s.map((x) => (x === "0" ? "" : x)).join(" ");
    case "zeros-marker":
      return s.map((x) => (x === "0" ? marker : x)).join(gluedMarkers ? "" : " ");
    default:
      return s.join("");
  }
}

const FULL_WIDTH = (label: string): string => label.replace(/\(/g, "（").replace(/\)/g, "）").replace(/,/g, "，");

function rowLabel(row: TemplateRow): string {
  const n = /^\d+$/.test(row.prefix)
    ? `${row.prefix}.`
    : /^[一二三四]$/.test(row.prefix)
      ? `${row.prefix}、`
      : row.prefix;
  return FULL_WIDTH(`${n}${row.label}${row.note ?? ""}`);
}

const HEADER_WORDS = ["自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"];
const CHROME =
  "当前位置： 首页政务公开政府信息公开政府信息公开年报 来源： 时间：2022-01-20 10:11 --> 微信 微博 QQ空间 ";
const MSO = "Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE table.MsoNormalTable {mso-style-name:普通表格;} ";

interface Doc {
  cls: PrintClass;
  text: string;
  /** Scored figures: key → the figure, or null where a printed blank marker stands for nothing. */
  truth: Record<string, number | null>;
  /** Figures whose row printed nothing: blank or 0 are right, any other number is wrong. */
  unprinted: Set<string>;
}

function makeDoc(rng: Rng, cls: PrintClass): Doc {
  const family = cls === "other-one-row-2021" ? "2021" : rng.chance(0.5) ? "2021" : "2019";
  const year = family === "2021" ? rng.int(2021, 2024) : rng.int(2019, 2020);
  const rows = cls === "other-one-row-2021" ? SECTION3["2019"] : SECTION3[family];
  const v = { ...section3Figures(rng, rows), ...reviewFigures(rng) };
  // A total wrong in print: the printed figure is what a hand-reader records (and what the parser must keep).
  if (cls === "misprinted-total") {
    const printedRows = rows.filter((r) => !r.group);
    const key = rng.chance(0.7) ? `${rng.pick(printedRows).key}.total` : `${rng.pick(REVIEW_GROUPS).key}.total`;
    v[key] = v[key] === 0 || rng.chance(0.5) ? v[key] + 1 : v[key] - 1;
  }
  const marker = rng.pick(["—", "/", "-"]);
  const gluedMarkers = rng.chance(0.5);
  const noTotal = cls === "no-total-column";
  const truth: Record<string, number | null> = {};
  const unprinted = new Set<string>();
  const sep = cls === "glued" ? "" : cls === "label-space-glued" ? " " : () => (rng.chance(0.5) ? " " : "");
  const gap = () => (typeof sep === "string" ? sep : sep());
  let table = "";
  const style: PrintClass = cls === "misprinted-total" ? rng.pick(["glued", "stray-spaces"] as const) : cls;
  for (const row of rows) {
    table += rowLabel(row);
    if (row.group) {
      table += " ";
      continue;
    }
    const keys = (noTotal ? PARTY : COLS).map((c) => `${row.key}.${c}`);
    const cells = keys.map((k) => v[k]);
    const empty = cls === "rows-without-cells" && cells.every((x) => x === 0) && rng.chance(0.7);
    for (const k of keys) {
      if (empty) unprinted.add(k);
      else truth[k] = cls === "zeros-marker" && v[k] === 0 ? null : v[k];
    }
    const printed = empty ? "" : printCells(rng, style, cells, marker, gluedMarkers);
    if (cls !== "column-by-column") table += (printed ? gap() + printed : "") + gap();
    // Page chrome between two rows, as a page break leaves it.
    if (rng.chance(0.02)) table += ` 第${rng.int(2, 4)}页 共${rng.int(4, 6)}页 `;
  }
  if (cls === "column-by-column")
    for (const c of noTotal ? PARTY : COLS)
      table += ` ${rows
        .filter((r) => !r.group)
        .map((r) => v[`${r.key}.${c}`])
        .join(" ")}`;
  const review = REVIEW_KEYS.map((k) => v[k]);
  for (const k of REVIEW_KEYS) truth[k] = cls === "zeros-marker" && v[k] === 0 ? null : v[k];
  const ownReview: readonly PrintClass[] = ["glued", "label-space-glued", "stray-spaces", "spaced", "zeros-marker"];
  const reviewStyle = ownReview.includes(cls) || cls.startsWith("zeros") ? cls : style;
  const reviewText = printCells(
    rng,
    reviewStyle === cls ? cls : rng.pick(["glued", "stray-spaces"]),
    review,
    marker,
    false,
  );
  const split = (w: string) => (rng.chance(0.3) ? [...w].join(" ") : w);
  const header =
    `申请人情况 ${HEADER_WORDS.map(split).join(" ")}${noTotal ? "" : ` ${split("总计")}`} ` +
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） ";
  const reviewHeader =
    "行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 " +
    "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 ";
  const active =
    family === "2021"
      ? "第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章000行政规范性文件24432 " +
        "第二十条第（五）项 信息内容 本年处理决定数量 行政许可202 "
      : "第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章000规范性文件7713 " +
        "第二十条第（五）项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政许可00 0 ";
  const agency = `${rng.pick(["福清市", "长乐区", "永泰县", "平潭综合实验区"])}${rng.pick(["自然资源局", "公安局", "人力资源和社会保障局", "市场监督管理局"])}`;
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  const text =
    `标题: ${title}\n发布时间: ${year + 1}-01-2${rng.int(0, 9)} 09:30\n栏目: 政府信息公开年报\n` +
    `==================== 正文 ====================\n${rng.chance(0.5) ? CHROME : ""}${title} ` +
    `${rng.chance(0.3) ? MSO : ""}本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。` +
    `一、总体情况 ${year}年，我局认真落实《条例》要求。二、主动公开政府信息情况 ${active}` +
    `三、收到和处理政府信息公开申请情况 ${header}${table}` +
    `四、政府信息公开行政复议、行政诉讼情况 ${reviewHeader}${rng.chance(0.5) ? " " : ""}${reviewText} ` +
    `五、存在的主要问题及改进情况 公开意识有待加强。 六、其他需要报告的事项 无。 ${agency} ${year + 1}年1月20日`;
  return { cls, text, truth, unprinted };
}

type Tally = {
  figures: number;
  exact: number;
  blank: number;
  flagged: number;
  silent: number;
  reports: number;
  /** CPU time inside parseText, ms (the shared machine's load inflates wall time): the sum and the slowest report. */
  ms: number;
  worst: number;
};
const tally = new Map<PrintClass, Tally>(
  CLASSES.map((c) => [c, { figures: 0, exact: 0, blank: 0, flagged: 0, silent: 0, reports: 0, ms: 0, worst: 0 }]),
);
const silentExamples: string[] = [];
/** Zeros printed as a marker (—, /, -): read as 0, or left blank (both count as exact above). */
const markers = { zero: 0, blank: 0 };

function score(doc: Doc): void {
  const start = process.cpuUsage();
  const parsed = parseText(doc.text).value;
  const spent = process.cpuUsage(start);
  const ms = (spent.user + spent.system) / 1000;
  const values = parsed?.values ?? {};
  const named = new Set((parsed?.findings ?? []).flatMap((f) => f.keys));
  const t = tally.get(doc.cls) as Tally;
  t.ms += ms;
  t.worst = Math.max(t.worst, ms);
  t.reports++;
  const misses: string[] = [];
  const judge = (key: string, right: (got: number | undefined) => boolean): void => {
    const got = values[key];
    t.figures++;
    if (right(got)) t.exact++;
    else if (got === undefined) t.blank++;
    else if (named.has(key)) t.flagged++;
    else {
      t.silent++;
      misses.push(`${key}=${got}/${doc.truth[key] ?? "blank"}`);
    }
  };
  for (const [key, want] of Object.entries(doc.truth)) judge(key, (got) => got === want || (want === null && !got));
  for (const [key, want] of Object.entries(doc.truth))
    if (want === null) values[key] === 0 ? markers.zero++ : values[key] === undefined && markers.blank++;
  for (const key of doc.unprinted) judge(key, (got) => got === undefined || got === 0);
  if (args.dump && t.reports === 1) {
    console.log(doc.text.split("正文 =")[1], "\n", JSON.stringify(doc.truth), "\n", JSON.stringify(values));
    for (const f of parsed?.findings ?? []) console.log(`  ${f.rule} ${f.severity} ${f.message}`);
  }
  if (process.env.FLAT_DEBUG && t.figures && parsed)
    for (const f of parsed.findings)
      if (f.rule.startsWith("P") && f.keys.some((k) => doc.truth[k] !== undefined && values[k] === undefined))
        console.log(`DEBUG ${doc.cls} ${f.message.slice(0, 160)}`);
  if (misses.length && silentExamples.length < Number(args.show))
    silentExamples.push(`[${doc.cls}] ${misses.slice(0, 6).join(" ")}\n${doc.text.split("正文 =")[1]}`);
}

// One report first, not scored: the first parse loads dictionaries and compiles the label tables.
parseText(makeDoc(new Rng(0), "spaced").text);
const rng = new Rng(Number(args.seed));
const total = Number(args.reports);
const cpu = process.cpuUsage();
const classes = args.only ? CLASSES.filter((c) => c === args.only) : CLASSES;
for (let i = 0; i < total; i++) score(makeDoc(rng, classes[i % classes.length]));
const used = process.cpuUsage(cpu);
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`;
console.log(`flat tables: ${total} reports, seed ${args.seed}`);
console.log(
  `${"class".padEnd(20)} ${"reports".padStart(7)} ${"figures".padStart(8)} exact      blank  flagged  SILENT` +
    "  CPU ms/report  worst",
);
const sum: Tally = { figures: 0, exact: 0, blank: 0, flagged: 0, silent: 0, reports: 0, ms: 0, worst: 0 };
for (const [cls, t] of tally) {
  if (t.reports === 0) continue;
  for (const k of Object.keys(sum) as (keyof Tally)[]) sum[k] = k === "worst" ? Math.max(sum[k], t[k]) : sum[k] + t[k];
  console.log(
    `${cls.padEnd(20)} ${String(t.reports).padStart(7)} ${String(t.figures).padStart(8)} ` +
      `${pct(t.exact, t.figures).padStart(7)} ${String(t.blank).padStart(8)} ${String(t.flagged).padStart(8)} ` +
      `${String(t.silent).padStart(7)} ${(t.ms / t.reports).toFixed(2).padStart(14)} ${t.worst.toFixed(1).padStart(6)}`,
  );
}
console.log(
  `total: ${sum.exact}/${sum.figures} exact (${pct(sum.exact, sum.figures)}), blank ${sum.blank}, ` +
    `wrong with finding ${sum.flagged}, wrong WITHOUT finding ${sum.silent}; ` +
    `parse ${(sum.ms / Math.max(1, sum.reports)).toFixed(2)} ms CPU per report inside parseText, worst ` +
    `${sum.worst.toFixed(1)} ms; process CPU ${((used.user + used.system) / 1e6).toFixed(1)} s with the generator`,
);
if (markers.zero + markers.blank > 0)
  console.log(`zeros printed as markers: ${markers.zero} read as 0, ${markers.blank} left blank`);
for (const ex of silentExamples) console.log(`\nSILENT ${ex}`);
process.exitCode = sum.silent > 0 ? 1 : 0;
