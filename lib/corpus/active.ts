/**
 * §二 proactive-disclosure figures. Only governments issue 规章; enforcement bureaus (公安, 市场监督管理,
 * 生态环境) make most penalty decisions; land and housing bureaus most licences. Amounts in 万元 may be
 * decimal.
 */
import type { Family } from "@/lib/parser/types";
import type { Values } from "./figures";
import type { Rng } from "./random";
import type { CorpusAgency, TableRow } from "./types";

interface Activity {
  rules: number;
  docs: number;
  licensing: number;
  penalty: number;
  coercion: number;
  fees: number;
}

function activityOf(agency: CorpusAgency): Activity {
  const scale = { national: 4, province: 4, city: 2, county: 1, township: 0.1 }[agency.level];
  const gov = agency.kind === "government" || agency.kind === "government_office";
  const d = agency.department ?? "";
  return {
    rules: gov && (agency.level === "province" || agency.level === "city") ? 2 : 0,
    docs: (gov ? 8 : 2) * scale,
    licensing: (["自然资源", "住房和城乡建设", "市场监督管理", "教育"].includes(d) ? 300 : gov ? 5 : 20) * scale,
    penalty: (d === "公安" ? 3000 : ["市场监督管理", "生态环境", "自然资源"].includes(d) ? 150 : 3) * scale,
    coercion: (d === "公安" ? 200 : d === "市场监督管理" ? 20 : 0.5) * scale,
    fees: agency.kind === "department" ? 30 * scale : 0,
  };
}

const money = (rng: Rng, mean: number): number =>
  mean <= 0 || rng.chance(0.4) ? 0 : Math.round(rng.logNormal(mean, 1) * 100) / 100;

export function fillActive(values: Values, agency: CorpusAgency, family: Family, rng: Rng): void {
  const a = activityOf(agency);
  const count = (mean: number) => rng.poisson(rng.logNormal(Math.max(mean, 0.01), 0.5));
  const rulesIssued = count(a.rules);
  const docsIssued = count(a.docs);
  if (family === "2021") {
    Object.assign(values, {
      "active.rules.issued": rulesIssued,
      "active.rules.repealed": count(a.rules / 2),
      "active.rules.in_force": a.rules ? rulesIssued + count(a.rules * 20) : 0,
      "active.normative_docs.issued": docsIssued,
      "active.normative_docs.repealed": count(a.docs / 3),
      "active.normative_docs.in_force": docsIssued + count(a.docs * 6),
      "active.licensing.decisions": count(a.licensing),
      "active.penalty.decisions": count(a.penalty),
      "active.coercion.decisions": count(a.coercion),
      "active.fees.amount_wan": money(rng, a.fees),
    });
    return;
  }
  const items = (key: string, mean: number, withDecisions: boolean) => {
    const prev = count(mean > 1 ? 8 : 0.5);
    values[`active.${key}.prev_items`] = prev;
    values[`active.${key}.change`] = prev > 0 && rng.chance(0.3) ? -rng.int(1, Math.min(prev, 3)) : count(0.5);
    if (withDecisions) values[`active.${key}.decisions`] = count(mean);
  };
  Object.assign(values, {
    "active.rules.created": rulesIssued,
    "active.rules.published": rulesIssued,
    "active.rules.public_total": a.rules ? rulesIssued + count(a.rules * 20) : 0,
    "active.normative_docs.created": docsIssued,
    "active.normative_docs.published": docsIssued,
    "active.normative_docs.public_total": docsIssued + count(a.docs * 6),
  });
  items("licensing", a.licensing, true);
  items("other_services", a.licensing / 4, true);
  items("penalty", a.penalty, true);
  items("coercion", a.coercion, true);
  items("fees", a.fees, false);
  values["active.procurement.items"] = count(a.docs);
  values["active.procurement.amount_wan"] = values["active.procurement.items"] ? money(rng, 200) : 0;
}

const v = (values: Values, key: string): number | null => (key in values ? values[key] : null);

/** §二 as printed: section headers, column headers and value rows (2021 layout of seeds 002/003). */
export function activeRows(values: Values, family: Family): TableRow[] {
  const head = (label: string): TableRow => ({ labels: [label], values: [] });
  const cols = (...labels: string[]): TableRow => ({ labels: ["信息内容", ...labels], values: [] });
  const row = (label: string, keys: string[]): TableRow => ({ labels: [label], values: keys.map((k) => v(values, k)) });
  if (family === "2021") {
    const k3 = (p: string) => [`${p}.issued`, `${p}.repealed`, `${p}.in_force`];
    return [
      head("第二十条第(一)项"),
      cols("本年制发件数", "本年废止件数", "现行有效件数"),
      row("规章", k3("active.rules")),
      row("行政规范性文件", k3("active.normative_docs")),
      head("第二十条第(五)项"),
      cols("本年处理决定数量"),
      row("行政许可", ["active.licensing.decisions"]),
      head("第二十条第(六)项"),
      cols("本年处理决定数量"),
      row("行政处罚", ["active.penalty.decisions"]),
      row("行政强制", ["active.coercion.decisions"]),
      head("第二十条第(八)项"),
      cols("本年收费金额(单位:万元)"),
      row("行政事业性收费", ["active.fees.amount_wan"]),
    ];
  }
  const k3 = (p: string) => [`${p}.created`, `${p}.published`, `${p}.public_total`];
  const items = (p: string) => [`${p}.prev_items`, `${p}.change`, `${p}.decisions`];
  return [
    head("第二十条第(一)项"),
    cols("本年新制作数量", "本年新公开数量", "对外公开总数量"),
    row("规章", k3("active.rules")),
    row("规范性文件", k3("active.normative_docs")),
    head("第二十条第(五)项"),
    cols("上一年项目数量", "本年增/减", "处理决定数量"),
    row("行政许可", items("active.licensing")),
    row("其他对外管理服务事项", items("active.other_services")),
    head("第二十条第(六)项"),
    cols("上一年项目数量", "本年增/减", "处理决定数量"),
    row("行政处罚", items("active.penalty")),
    row("行政强制", items("active.coercion")),
    head("第二十条第(八)项"),
    cols("上一年项目数量", "本年增/减"),
    row("行政事业性收费", ["active.fees.prev_items", "active.fees.change"]),
    head("第二十条第(九)项"),
    cols("采购项目数量", "采购总金额"),
    row("政府集中采购", ["active.procurement.items", "active.procurement.amount_wan"]),
  ];
}
