/**
 * Hand-made 2019/2021 report pages for tests of figures printed beside look-alikes: §三 rows from per-row applicant
 * figures (R1–R3 hold), §四 from its 15 numbers, rendered as crawled text (one row a line, cells apart by a
 * separator) or as an HTML table, and the figures a reader should take from them.
 */

export type Family = "2019" | "2021";
/** 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他 (总计 is their sum). */
export type Six = [number, number, number, number, number, number];

export const APPLICANT_KEYS = [
  "natural_person",
  "commercial",
  "research",
  "public_interest",
  "legal_service",
  "other_org",
  "total",
] as const;

/** §三's rows: key and printed label, per family ((六)其他处理 one row in 2019, three sub-items in 2021). */
export function section3Rows(family: Family): [string, string][] {
  const other: [string, string][] =
    family === "2019"
      ? [["outcome.other", "（六）其他处理"]]
      : [
          [
            "outcome.other.no_correction",
            "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          ],
          ["outcome.other.unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
          ["outcome.other.misc", "3.其他"],
        ];
  return [
    ["apps.new", "一、本年新收政府信息公开申请数量"],
    ["apps.carried_over", "二、上年结转政府信息公开申请数量"],
    ["outcome.granted", "三、本年度办理结果 （一）予以公开"],
    ["outcome.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
    ["outcome.denied.state_secret", "（三）不予公开 1.属于国家秘密"],
    ["outcome.denied.prohibited_by_law", "2.其他法律行政法规禁止公开"],
    ["outcome.denied.three_safeties", "3.危及“三安全一稳定”"],
    ["outcome.denied.third_party", "4.保护第三方合法权益"],
    ["outcome.denied.internal_affairs", "5.属于三类内部事务信息"],
    ["outcome.denied.process_info", "6.属于四类过程性信息"],
    ["outcome.denied.enforcement_file", "7.属于行政执法案卷"],
    ["outcome.denied.admin_query", "8.属于行政查询事项"],
    ["outcome.unable.not_held", "（四）无法提供 1.本机关不掌握相关政府信息"],
    ["outcome.unable.needs_creation", "2.没有现成信息需要另行制作"],
    ["outcome.unable.unclear", "3.补正后申请内容仍不明确"],
    ["outcome.rejected.petition", "（五）不予处理 1.信访举报投诉类申请"],
    ["outcome.rejected.duplicate", "2.重复申请"],
    ["outcome.rejected.publication", "3.要求提供公开出版物"],
    ["outcome.rejected.excessive", "4.无正当理由大量反复申请"],
    ["outcome.rejected.confirmation", "5.要求行政机关确认或重新出具已获取信息"],
    ...other,
    ["outcome.total", "（七）总计"],
    ["apps.carried_forward", "四、结转下年度继续办理"],
  ];
}

const ZERO: Six = [0, 0, 0, 0, 0, 0];
const add = (a: Six, b: Six): Six => a.map((x, i) => x + b[i]!) as Six;

/**
 * A §三 whose rows add up: the given rows (by key, outcome rows only plus apps.carried_over), 本年新收 made to balance
 * with 结转下年度 0 unless given.
 */
export function section3Figures(family: Family, given: Record<string, Six>): Record<string, Six> {
  const rows = section3Rows(family).map(([k]) => k);
  const out: Record<string, Six> = {};
  let total = ZERO;
  for (const k of rows) {
    if (k === "apps.new" || k === "outcome.total" || k === "apps.carried_forward") continue;
    out[k] = given[k] ?? ZERO;
    if (k.startsWith("outcome.")) total = add(total, out[k]!);
  }
  const carriedOver = out["apps.carried_over"]!;
  const forward = given["apps.carried_forward"] ?? ZERO;
  out["outcome.total"] = total;
  out["apps.carried_forward"] = forward;
  out["apps.new"] = total.map((t, i) => t + forward[i]! - carriedOver[i]!) as Six;
  if (out["apps.new"].some((x) => x < 0)) throw new Error("carried over more than the outcomes");
  return out;
}

/** A row's seven printed cells: the six and their 总计. */
export const seven = (s: Six): number[] => [...s, s.reduce((a, b) => a + b, 0)];

/** The canonical figures of a §三 (every row's seven keys, and the template's derived group sums' totals). */
export function section3Expected(figs: Record<string, Six>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, s] of Object.entries(figs)) {
    seven(s).forEach((v, i) => {
      out[`${k}.${APPLICANT_KEYS[i]}`] = v;
    });
  }
  return out;
}

/** §四's 15 numbers in the template's order: 复议 ×5, 直接起诉 ×5, 复议后起诉 ×5 (维持 纠正 其他 未审结 总计). */
export function section4Expected(n: number[]): Record<string, number> {
  const groups = ["review", "litigation_direct", "litigation_after_review"];
  const parts = ["upheld", "corrected", "other", "pending", "total"];
  const out: Record<string, number> = {};
  groups.forEach((g, gi) => {
    parts.forEach((p, pi) => {
      out[`${g}.${p}`] = n[gi * 5 + pi]!;
    });
  });
  return out;
}

/** A §四 group's five figures from four (total their sum). */
export const five = (a: number, b: number, c: number, d: number): number[] => [a, b, c, d, a + b + c + d];

export const SECTION4_HEAD = [
  "行政复议",
  "行政诉讼",
  "结果维持 结果纠正 其他结果 尚未审结 总计",
  "未经复议直接起诉",
  "复议后起诉",
  "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
];

export const SECTION3_HEAD = [
  "申请人情况",
  "自然人",
  "法人或其他组织",
  "总计",
  "商业企业 科研机构 社会公益组织 法律服务机构 其他",
];

/** The page around a §三 and a §四 given as lines; the title names the agency and year. */
export function page(agency: string, year: number, sec3: string[], sec4: string[], sec2: string[] = []): string {
  return [
    `标题: ${agency}${year}年度政府信息公开工作年度报告`,
    "==================== 正文 ====================",
    `${agency}${year}年度政府信息公开工作年度报告`,
    `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    `一、总体情况 ${year}年，${agency}认真贯彻落实《条例》，推进政务公开。`,
    "二、主动公开政府信息情况",
    ...(sec2.length ? sec2 : ["第二十条第（一）项", "信息内容 本年制发件数 本年废止件数 现行有效件数", "规章 0 0 0"]),
    "三、收到和处理政府信息公开申请情况",
    ...sec3,
    "四、政府信息公开行政复议、行政诉讼情况",
    ...sec4,
    "五、政府信息公开工作存在的主要问题及改进情况",
    "工作人员业务水平有待提高。",
    "六、其他需要报告的事项",
    "无。",
  ].join("\n");
}

/** A cell as printed: "text" or "text@c3" / "text@r2" (colspan / rowspan). */
function cell(c: string): string {
  const m = /^(.*)@([cr])(\d+)$/s.exec(c);
  if (!m) return `<td>${c}</td>`;
  return `<td ${m[2] === "c" ? "colspan" : "rowspan"}="${m[3]}">${m[1]}</td>`;
}

/** An HTML page of the same report: each table given as rows of cells. */
export function htmlPage(agency: string, year: number, parts: (string | string[][])[]): string {
  const body = parts
    .map((p) =>
      typeof p === "string"
        ? `<p>${p}</p>`
        : `<table border="1">${p.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("")}</table>`,
    )
    .join("\n");
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${agency}${year}年度政府信息公开工作年度报告</title>` +
    `</head><body><h1>${agency}${year}年度政府信息公开工作年度报告</h1>\n${body}\n</body></html>`
  );
}
