/**
 * §三 of the 2021 form rendered as text tables whose label column is narrow, so the item labels wrap mid-word: a PDF's
 * layout text (the group labels in the column before, centred on their group), a box-drawing grid and a pipe grid
 * (figures on a row's first line, the label's rest on the lines below). For hand-made pages of tests.
 */
/** Printed width: CJK and full-width characters take two columns. */
const width = (s: string): number => [...s].reduce((w, c) => w + (c.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);
const pad = (s: string, w: number): string => s + " ".repeat(Math.max(0, w - width(s)));
/** A label cut into lines `n` CJK characters wide (an item number's digit and point take one). */
function wrap(s: string, n: number): string[] {
  const lines = [""];
  for (const c of s) {
    if (width(lines[lines.length - 1] + c) > 2 * n) lines.push("");
    lines[lines.length - 1] += c;
  }
  return lines;
}

export interface Row {
  key: string;
  group: string | null;
  label: string;
}

const R = (key: string, label: string, group: string | null = null): Row => ({ key, group, label });
export const ROWS: Row[] = [
  R("apps.new", "一、本年新收政府信息公开申请数量"),
  R("apps.carried_over", "二、上年结转政府信息公开申请数量"),
  R("outcome.granted", "（一）予以公开"),
  R("outcome.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
  R("outcome.denied.state_secret", "1.属于国家秘密", "（三）不予公开"),
  R("outcome.denied.prohibited_by_law", "2.其他法律行政法规禁止公开", "（三）不予公开"),
  R("outcome.denied.three_safeties", "3.危及“三安全一稳定”", "（三）不予公开"),
  R("outcome.denied.third_party", "4.保护第三方合法权益", "（三）不予公开"),
  R("outcome.denied.internal_affairs", "5.属于三类内部事务信息", "（三）不予公开"),
  R("outcome.denied.process_info", "6.属于四类过程性信息", "（三）不予公开"),
  R("outcome.denied.enforcement_file", "7.属于行政执法案卷", "（三）不予公开"),
  R("outcome.denied.admin_query", "8.属于行政查询事项", "（三）不予公开"),
  R("outcome.unable.not_held", "1.本机关不掌握相关政府信息", "（四）无法提供"),
  R("outcome.unable.needs_creation", "2.没有现成信息需要另行制作", "（四）无法提供"),
  R("outcome.unable.unclear", "3.补正后申请内容仍不明确", "（四）无法提供"),
  R("outcome.rejected.petition", "1.信访举报投诉类申请", "（五）不予处理"),
  R("outcome.rejected.duplicate", "2.重复申请", "（五）不予处理"),
  R("outcome.rejected.publication", "3.要求提供公开出版物", "（五）不予处理"),
  R("outcome.rejected.excessive", "4.无正当理由大量反复申请", "（五）不予处理"),
  R("outcome.rejected.confirmation", "5.要求行政机关确认或重新出具已获取信息", "（五）不予处理"),
  R(
    "outcome.other.no_correction",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "（六）其他处理",
  ),
  R(
    "outcome.other.unpaid_fee",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "（六）其他处理",
  ),
  R("outcome.other.misc", "3.其他", "（六）其他处理"),
  R("outcome.total", "（七）总计"),
  R("apps.carried_forward", "四、结转下年度继续办理"),
];
export const COLUMNS = [
  "natural_person",
  "commercial",
  "research",
  "public_interest",
  "legal_service",
  "other_org",
  "total",
];
export const GROUPS = ["outcome.denied", "outcome.unable", "outcome.rejected", "outcome.other"];

/** Each item row's figures (natural persons, companies; the rest 0); the summary rows follow from them. */
export function figures(items: Record<string, [number, number]>, carriedOver: number, carriedForward: number) {
  const rows: Record<string, number[]> = {};
  const cells = ([a, b]: [number, number]) => [a, b, 0, 0, 0, 0, a + b];
  let total = [0, 0];
  for (const r of ROWS) {
    if (["apps.new", "apps.carried_over", "outcome.total", "apps.carried_forward"].includes(r.key)) continue;
    const v = items[r.key] ?? [0, 0];
    rows[r.key] = cells(v);
    total = [total[0] + v[0], total[1] + v[1]];
  }
  rows["outcome.total"] = cells(total as [number, number]);
  rows["apps.carried_over"] = cells([carriedOver, 0]);
  rows["apps.new"] = cells([total[0] + carriedForward - carriedOver, total[1]]);
  rows["apps.carried_forward"] = cells([carriedForward, 0]);
  return rows;
}

/** The lines of one group's rows: each row's label lines, and the line its figures go on. */
function groupBlocks(labelWidth: number) {
  const blocks: { group: string | null; rows: { row: Row; lines: string[] }[] }[] = [];
  for (const row of ROWS) {
    const lines = row.group ? wrap(row.label, labelWidth) : [row.label];
    const last = blocks[blocks.length - 1];
    if (row.group && last?.group === row.group) last.rows.push({ row, lines });
    else blocks.push({ group: row.group, rows: [{ row, lines }] });
  }
  return blocks;
}

/** pdftotext -layout: the group label wrapped in its own column, centred on its rows; figures on a middle line. */
export function layoutPage(rows: Record<string, number[]>, labelWidth: number, groupWidth: number): string {
  const out: string[] = [];
  for (const block of groupBlocks(labelWidth)) {
    const lines: { item: string; cells: number[] | null }[] = [];
    for (const { row, lines: label } of block.rows) {
      const at = Math.floor(label.length / 2);
      label.forEach((item, i) => lines.push({ item, cells: i === at ? rows[row.key] : null }));
    }
    const group = block.group ? wrap(block.group, groupWidth) : [];
    const top = Math.max(0, Math.floor((lines.length - group.length) / 2));
    lines.forEach(({ item, cells }, i) => {
      const g = group[i - top] ?? "";
      const left = block.group ? pad(`           ${g}`, 22) + item : `  ${item}`;
      const figs = cells
        ? cells
            .map((v) => pad(String(v), 7))
            .join("")
            .trimEnd()
        : "";
      out.push(figs ? pad(left, 40) + figs : left);
    });
  }
  return out.join("\n");
}

/** A box-drawing grid (w3m, a text export): figures on a row's first line, the label's rest on the lines below. */
export function boxPage(rows: Record<string, number[]>, labelWidth: number, groupWidth: number): string {
  const rule = `├${"─".repeat(8)}┼${"─".repeat(labelWidth * 2 + 2)}${"┼────".repeat(7)}┤`;
  const out: string[] = [];
  for (const block of groupBlocks(labelWidth)) {
    const group = block.group ? wrap(block.group, groupWidth) : [];
    let g = 0;
    block.rows.forEach(({ row, lines: label }, k) => {
      if (k > 0 || out.length > 0) out.push(rule);
      const lines = row.group ? label : [row.label];
      lines.forEach((item, i) => {
        const gcell = pad(block.group ? (group[g++] ?? "") : "", 8);
        const cells = (i === 0 ? rows[row.key] : COLUMNS.map(() => null)).map((v) => pad(v === null ? "" : ` ${v}`, 4));
        out.push(`│${gcell}│${pad(item, labelWidth * 2 + 2)}│${cells.join("│")}│`);
      });
    });
  }
  return out.join("\n");
}

/** A pipe grid (a converter's text table): as the box grid, with | borders and no rule lines. */
export function pipePage(rows: Record<string, number[]>, labelWidth: number, groupWidth: number): string {
  return boxPage(rows, labelWidth, groupWidth)
    .split("\n")
    .filter((l) => !l.startsWith("├"))
    .map((l) => l.replace(/│/g, "|"))
    .join("\n");
}

export function report(agency: string, table: string): string {
  return [
    `${agency}2022年政府信息公开工作年度报告`,
    "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
    "二、主动公开政府信息情况",
    "第二十条第（一）项",
    "信息内容 本年制发件数 本年废止件数 现行有效件数",
    "规章 0 0 0",
    "行政规范性文件 0 0 2",
    "第二十条第（五）项",
    "信息内容 本年处理决定数量",
    "行政许可 12",
    "第二十条第（六）项",
    "信息内容 本年处理决定数量",
    "行政处罚 3",
    "行政强制 0",
    "第二十条第（八）项",
    "信息内容 本年收费金额（单位：万元）",
    "行政事业性收费 0",
    "三、收到和处理政府信息公开申请情况",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "申请人情况 自然人 法人或其他组织 总计",
    "商业企业 科研机构 社会公益组织 法律服务机构 其他",
    table,
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议 行政诉讼",
    "未经复议直接起诉 复议后起诉",
    "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
    "1 0 0 0 1 0 0 0 0 0 0 0 0 0 0",
    "五、存在的主要问题及改进情况",
    "一是公开内容不够全面。",
  ].join("\n");
}
