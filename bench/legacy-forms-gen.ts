/**
 * Seeded legacy 统计表 pages the way county sites print them (after the pingtan 2009–2018 pages and the national
 * form of lib/template/legacy.ts): one or two value columns, units glued to values, the next row's ordinal glued,
 * stray spaces, rows dropped or moved, tables cut short, label variants and misprints, a column headed with the
 * wrong year, narrative-only reports. Each page comes with the figures a careful hand-reader would write down.
 * Used by bench/legacy-forms.ts; nothing here is product code.
 */
import type { Rng } from "@/lib/corpus/random";
import { nationalTable } from "./legacy-forms-national";
import { renderPage } from "./legacy-forms-page";

/** Keys the hidden real set scores (expected.json), plus the legacy rows behind them. */
export const CORE_SCORED = [
  "apps.new.total",
  "outcome.granted.total",
  "outcome.partial.total",
  "outcome.denied.total",
  "review.total",
  "litigation.total",
  "legacy.complaints",
] as const;

export const FORM_CLASSES = [
  "glued-2col",
  "glued-multidigit",
  "stray-spaces",
  "spaced-2col",
  "prior-year",
  "one-column",
  "one-column-glued",
  "rows-missing",
  "reordered",
  "cut-short",
  "variants",
  "header-wrong-year",
  "lines-pipes",
  "narrative-only",
  "title-without-year",
  "national-glued",
  "local-wording",
  "narrative-wording",
  "two-tables",
] as const;
export type FormClass = (typeof FORM_CLASSES)[number];

export interface GeneratedForm {
  text: string;
  year: number;
  agency: string;
  /** Figures as a hand-reader writes them (this year's column). */
  expected: Record<string, number>;
}

interface RowSpec {
  key: string | null;
  /** Printed wordings: the first is the usual one, the rest variants real forms carry. */
  labels: readonly string[];
  unit: string;
  /** Index of the group head this row is a 其中 part of, or -1. */
  parent: number;
}

/** The local form (pingtan 2012–2018 and its county neighbours), in print order. */
const FORM: readonly RowSpec[] = [
  {
    key: "legacy.active.total",
    labels: ["主动公开信息数", "主动公开文件数", "主动公开政府信息数"],
    unit: "条",
    parent: -1,
  },
  { key: "legacy.active.website", labels: ["网站公开", "政府网站公开数", "政府网站公开"], unit: "条", parent: 0 },
  { key: "legacy.active.gazette", labels: ["政府公报公开", "政府公报公开数"], unit: "条", parent: 0 },
  {
    key: "legacy.apps.received",
    labels: ["受理依申请公开信息总数", "受理政府信息公开申请总数", "收到申请数", "依申请公开信息数", "申请总数"],
    unit: "条",
    parent: -1,
  },
  { key: "legacy.apps.received.in_person", labels: ["当面申请数", "当面申请"], unit: "条", parent: 3 },
  { key: "legacy.apps.received.online", labels: ["网上申请数", "网络申请数", "网上申请"], unit: "条", parent: 3 },
  { key: "legacy.apps.received.letter_fax", labels: ["信函、传真申请数", "信函传真申请数"], unit: "条", parent: 3 },
  { key: "legacy.answers.total", labels: ["对申请的答复总数", "对申请的答复数", "申请答复数"], unit: "条", parent: -1 },
  { key: "legacy.answers.granted", labels: ["同意公开答复数", "同意公开数", "同意公开"], unit: "条", parent: 7 },
  {
    key: "legacy.answers.partial",
    labels: ["同意部分公开答复数", "部分公开数", "同意部分公开数"],
    unit: "条",
    parent: 7,
  },
  {
    key: "legacy.answers.denied",
    labels: ["不予公开答复数", "否决公开答复数", "不同意公开答复数", "否决公开答复总数", "不予公开数"],
    unit: "条",
    parent: 7,
  },
  { key: "legacy.answers.other_kinds", labels: ["其他类型答复数"], unit: "条", parent: 7 },
  {
    key: "legacy.complaints",
    labels: ["行政申诉、举报数", "接受行政申诉、举报数", "行政申诉数"],
    unit: "件",
    parent: -1,
  },
  { key: "legacy.review.total", labels: ["行政复议数", "行政复议案件数", "行政复议数量"], unit: "件", parent: -1 },
  { key: "legacy.litigation.total", labels: ["行政诉讼数", "行政诉讼案件数", "行政诉讼数量"], unit: "件", parent: -1 },
];

/** Misprints and local words a hand-reader still reads as the row (the parser may leave them blank, never wrong). */
const MISPRINTS: Readonly<Record<string, readonly string[]>> = {
  "legacy.review.total": ["行政复试数"],
  "legacy.answers.denied": ["不予公开答覆数", "否绝公开答复数"],
  "legacy.apps.received": ["受理依申请公开总数", "收到申请总数量"],
  "legacy.answers.partial": ["同意部份公开答复数"],
  "legacy.complaints": ["行政申诉,举报数"],
};

/**
 * Other agencies' words for the same rows (2008–2018 tables outside the pingtan form), as a hand-reader reads
 * them; some the parser does not know (受理公民申请数), which it must leave blank, never read as another row.
 */
const LOCAL_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  "legacy.active.total": ["主动公开政府信息", "主动公开政府信息数量", "主动公开信息条数"],
  "legacy.apps.received": [
    "受理申请",
    "受理政府信息公开申请",
    "依申请公开",
    "申请公开政府信息",
    "受理申请件数",
    "收到申请件数",
    "政府信息公开申请数量",
    "受理公民申请数",
  ],
  "legacy.answers.total": ["答复件数", "答复总数", "对申请的答复件数"],
  "legacy.answers.granted": ["予以公开", "全部公开", "同意公开件数", "予以公开数"],
  "legacy.answers.partial": ["部分公开", "部分予以公开", "同意部分公开件数"],
  "legacy.answers.denied": ["不予公开", "不同意公开", "不予以公开", "不予公开件数"],
  "legacy.complaints": ["举报", "投诉", "投诉举报", "申诉举报数", "举报投诉件数"],
  "legacy.review.total": ["复议", "行政复议件数", "被申请行政复议数"],
  "legacy.litigation.total": ["诉讼", "行政诉讼件数", "行政应诉数"],
};

const AGENCIES = [
  "平潭县交通局",
  "长乐区文化体育和旅游局",
  "闽清县民政局",
  "永泰县卫生局",
  "罗源县国土资源局",
  "连江县人民政府办公室",
  "福清市教育局",
  "南平市建阳区水利局",
  "浦城县林业局",
  "光泽县人力资源和社会保障局",
  "宁化县安全生产监督管理局",
  "武平县环境保护局",
  "屏南县住房和城乡建设局",
  "诏安县农业局",
  "惠安县统计局",
  "德化县商务局",
  "仙游县财政局",
  "东山县海洋与渔业局",
  "清流县审计局",
  "桐庐县旅游委员会",
  "宜章县发展和改革局",
  "东阳市司法局",
  "城关镇人民政府",
  "岚城乡人民政府",
];

/** [this year, cumulative or last year] per printed key. */
type Figures = Map<string, [number, number]>;

/** A count drawn the way county tables look: mostly 0, sometimes a few, rarely many. */
function count(rng: Rng, big: boolean): number {
  if (big) return rng.int(10, 400);
  const r = rng.next();
  return r < 0.55 ? 0 : r < 0.85 ? rng.int(1, 9) : rng.int(10, 60);
}

function pair(rng: Rng, cur: number, second: "cum" | "prior", big: boolean): [number, number] {
  if (second === "prior") return [cur, count(rng, big)];
  return [cur, cur + (rng.chance(0.3) ? 0 : count(rng, big) * rng.int(1, 4))];
}

/** Figures obeying the form's sums in both columns (totals = Σ parts; website ≤ active total). */
function drawFigures(rng: Rng, second: "cum" | "prior", big: boolean): Figures {
  const f: Figures = new Map();
  const sumOf = (keys: string[]): [number, number] =>
    keys.reduce<[number, number]>((s, k) => [s[0] + f.get(k)![0], s[1] + f.get(k)![1]], [0, 0]);
  const active = pair(rng, big ? rng.int(100, 4000) : rng.int(0, 900), second, big);
  f.set("legacy.active.total", active);
  const gazette: [number, number] = rng.chance(0.7) ? [0, 0] : [rng.int(0, active[0]), 0];
  gazette[1] = second === "cum" ? gazette[0] + rng.int(0, active[1] - active[0]) : rng.int(0, active[1]);
  f.set("legacy.active.gazette", gazette);
  f.set("legacy.active.website", [active[0] - gazette[0], active[1] - gazette[1]]);
  const channels = ["in_person", "online", "letter_fax"].map((c) => `legacy.apps.received.${c}`);
  for (const k of channels) f.set(k, pair(rng, count(rng, big), second, big));
  f.set("legacy.apps.received", sumOf(channels));
  const answers = ["granted", "partial", "denied", "other_kinds"].map((c) => `legacy.answers.${c}`);
  for (const k of answers) f.set(k, pair(rng, count(rng, big), second, big));
  f.set("legacy.answers.total", sumOf(answers));
  for (const k of ["legacy.complaints", "legacy.review.total", "legacy.litigation.total"]) {
    f.set(k, pair(rng, rng.chance(0.8) ? 0 : rng.int(1, 3), second, false));
  }
  return f;
}

/** Legacy row → the core key the hidden set scores it as. */
export const LEGACY_ROW_CORE: Readonly<Record<string, string>> = {
  "legacy.apps.received": "apps.new.total",
  "legacy.answers.granted": "outcome.granted.total",
  "legacy.answers.partial": "outcome.partial.total",
  "legacy.answers.denied": "outcome.denied.total",
  "legacy.review.total": "review.total",
  "legacy.litigation.total": "litigation.total",
  "legacy.complaints": "legacy.complaints",
};

interface Printed {
  spec: RowSpec;
  label: string;
  values: number[];
}

type Glue = "glued" | "spaced" | "stray" | "lines";

interface Layout {
  glue: Glue;
  /** Header words of the value columns, in print order; `current` is this year's. */
  columns: string[];
  current: number;
}

function layoutOf(cls: FormClass, rng: Rng, year: number): Layout {
  const glue: Glue =
    cls === "spaced-2col" || cls === "one-column"
      ? "spaced"
      : cls === "stray-spaces"
        ? "stray"
        : cls === "lines-pipes"
          ? "lines"
          : cls === "one-column-glued" || cls.startsWith("glued")
            ? "glued"
            : rng.pick(["glued", "spaced", "stray"] as const);
  if (cls === "one-column" || cls === "one-column-glued") {
    return { glue, columns: [rng.pick(["年末统计", "统计数", `${year}年度`])], current: 0 };
  }
  if (cls === "prior-year") {
    const [cur, prev] = rng.pick([
      ["本年度", "上年度"],
      [`${year}年`, `${year - 1}年`],
      ["本年数", "上年数"],
    ]);
    return rng.chance(0.3) ? { glue, columns: [prev, cur], current: 1 } : { glue, columns: [cur, prev], current: 0 };
  }
  // pt-legacy-07 heads its column 2015年度 for 2016; without a year in the title that header is all there is.
  const wrongHeader = cls === "header-wrong-year" || (cls === "title-without-year" && rng.chance(0.3));
  const headed = wrongHeader ? year - 1 : year;
  return { glue, columns: [rng.pick([`${headed}年度`, `${headed}年`]), "历年累计"], current: 0 };
}

function chooseRows(cls: FormClass, rng: Rng, figures: Figures, columns: number, current: number): Printed[] {
  let specs = FORM.filter((s) => s.key !== "legacy.answers.other_kinds" || figures.has(s.key));
  if (cls === "rows-missing") {
    for (let n = rng.int(1, 3); n > 0; n--) specs.splice(rng.int(1, specs.length - 1), 1);
  }
  if (cls === "cut-short")
    specs = specs.slice(
      0,
      FORM.findIndex((s) => s.key === "legacy.complaints"),
    );
  if (cls === "reordered") {
    const tail = specs.splice(FORM.findIndex((s) => s.key === "legacy.complaints"));
    for (let i = tail.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [tail[i], tail[j]] = [tail[j], tail[i]];
    }
    specs.push(...tail);
  }
  return specs.map((spec) => {
    const [cur, second] = figures.get(spec.key ?? "") ?? [0, 0];
    const misprint = cls === "variants" && spec.key && MISPRINTS[spec.key] && rng.chance(0.4);
    const local = cls === "local-wording" && spec.key ? LOCAL_WORDINGS[spec.key] : undefined;
    const label = misprint
      ? rng.pick(MISPRINTS[spec.key!])
      : local
        ? rng.pick(local)
        : cls === "variants"
          ? rng.pick(spec.labels)
          : spec.labels[0];
    const values = columns === 1 ? [cur] : current === 0 ? [cur, second] : [second, cur];
    return { spec, label, values };
  });
}

/** Ordinals of 其中 rows: counted within their group in print order. */
function prefixes(rows: Printed[], rng: Rng): string[] {
  const mark = rng.pick(["、", "、", ".", "．"]);
  let n = 0;
  return rows.map((r, i) => {
    if (r.spec.parent < 0) {
      n = 0;
      return "";
    }
    n++;
    const opens = n === 1 || rows[i - 1].spec.parent < 0;
    return `${opens ? rng.pick(["其中：", "其中:"]) : ""}${n}${mark === "．" && rng.chance(0.1) ? ". " : mark}`;
  });
}

function valueText(values: number[], glue: Glue, rng: Rng): string {
  if (glue === "spaced") return values.join(" ");
  const run = values.join("");
  if (glue !== "stray" || !rng.chance(0.35) || run.length < 2) return run;
  const at = rng.int(1, run.length - 1);
  return `${run.slice(0, at)} ${run.slice(at)}`;
}

function tableText(rows: Printed[], layout: Layout, rng: Rng): string {
  const pre = prefixes(rows, rng);
  if (layout.glue === "lines") {
    const head = `| 指标名称 | 计量单位 | ${layout.columns.join(" | ")} |`;
    return [head, ...rows.map((r, i) => `| ${pre[i]}${r.label} | ${r.spec.unit} | ${r.values.join(" | ")} |`)].join(
      "\n",
    );
  }
  const sep = layout.glue === "spaced" ? " " : "";
  const head = ["指标名称", rng.pick(["计量单位", "单位"]), ...layout.columns].join(sep);
  const cells = rows.map((r, i) => {
    const unitGap = layout.glue === "stray" && rng.chance(0.1) ? " " : sep;
    return `${pre[i]}${r.label}${sep}${r.spec.unit}${unitGap}${valueText(r.values, layout.glue, rng)}`;
  });
  return `${head}${sep}${cells.join(layout.glue === "glued" || layout.glue === "stray" ? "" : " ")}`;
}

/** One page of class `cls`, and what a hand-reader writes down from it (this year's figures only). */
export function generateForm(cls: FormClass, rng: Rng): GeneratedForm {
  const year = rng.int(2009, 2018);
  const agency = rng.pick(AGENCIES);
  const layout = layoutOf(cls, rng, year);
  const second = layout.columns.some((c) => c.includes("累计")) ? "cum" : "prior";
  const figures = drawFigures(rng, second, cls === "glued-multidigit");
  if (rng.chance(0.4)) {
    // A form without 其他类型答复数: its total is the sum of the rows it prints.
    const [a, b] = figures.get("legacy.answers.other_kinds")!;
    const [t, u] = figures.get("legacy.answers.total")!;
    figures.set("legacy.answers.total", [t - a, u - b]);
    figures.delete("legacy.answers.other_kinds");
  }
  const expected: Record<string, number> = {};
  let table: string | null = null;
  let tableHasCases = false;
  const noTable = cls === "narrative-only" || cls === "narrative-wording";
  if (!noTable && cls !== "national-glued") {
    const rows = chooseRows(cls, rng, figures, layout.columns.length, layout.current);
    if (cls === "two-tables") {
      // 表一 主动公开 and 表二 依申请公开 under the same header words, a heading between them.
      const cut = rows.findIndex((r) => r.spec.key === "legacy.apps.received");
      const between = rng.pick(["三、依申请公开情况 表二：依申请公开情况统计表", "表二 依申请公开政府信息情况"]);
      table = [tableText(rows.slice(0, cut), layout, rng), between, tableText(rows.slice(cut), layout, rng)].join(
        layout.glue === "lines" ? "\n" : " ",
      );
    } else table = tableText(rows, layout, rng);
    for (const { spec } of rows) {
      if (!spec.key) continue;
      const cur = figures.get(spec.key)![0];
      expected[spec.key] = cur;
      if (LEGACY_ROW_CORE[spec.key]) expected[LEGACY_ROW_CORE[spec.key]] = cur;
    }
    tableHasCases = rows.some((r) => r.spec.key === "legacy.review.total");
  }
  if (cls === "national-glued") {
    const national = nationalTable(rng, year, rng.chance(0.5) ? 1 : 2, rng.chance(0.3));
    table = national.text;
    for (const [key, cur] of Object.entries(national.current)) {
      expected[key] = cur;
      if (LEGACY_ROW_CORE[key]) expected[LEGACY_ROW_CORE[key]] = cur;
    }
    // 已主动公开 answers count as granted (LEGACY_CORE_MAP).
    const granted = national.current["legacy.answers.granted"] + national.current["legacy.answers.already_public"];
    expected["outcome.granted.total"] = granted;
    figures.set("legacy.active.total", [national.current["legacy.active.total"], 0]);
    figures.set("legacy.apps.received", [national.current["legacy.apps.received"], 0]);
    tableHasCases = true;
  }
  const get = (k: string) => figures.get(k)!;
  const page = renderPage(
    {
      agency,
      year,
      table,
      oneLine: layout.glue !== "lines" && rng.chance(0.8),
      active: get("legacy.active.total"),
      apps: get("legacy.apps.received")[0],
      answers: {
        granted: get("legacy.answers.granted")[0],
        partial: get("legacy.answers.partial")[0],
        denied: get("legacy.answers.denied")[0] + (figures.get("legacy.answers.other_kinds")?.[0] ?? 0),
      },
      review: get("legacy.review.total")[0],
      litigation: get("legacy.litigation.total")[0],
      tableHasCases,
      cumulative: second === "cum" && cls !== "national-glued",
      titleWithoutYear: cls === "title-without-year",
      ...(cls === "narrative-wording" ? { varied: { complaints: get("legacy.complaints")[0] } } : {}),
    },
    rng,
  );
  for (const [k, v] of Object.entries(page.stated)) if (!(k in expected)) expected[k] = v;
  return { text: page.text, year, agency, expected };
}
