/**
 * The page around a generated legacy 统计表 (bench/legacy-forms-gen.ts): a crawler header or a plain page, the
 * title, a narrative that may state some figures, the table, a signature, and the year traps real pages carry (a
 * signature dated in the covered year, 发布时间 two years on, a 发布机构 that is another body, a title with the
 * year in brackets). Returns the text and the figures only the narrative states.
 */
import type { Rng } from "@/lib/corpus/random";

export interface PageParts {
  agency: string;
  year: number;
  /** The table as printed, or null for a narrative-only report. */
  table: string | null;
  /** One line (a web page flattened) or several. */
  oneLine: boolean;
  active: [number, number];
  apps: number;
  answers: { granted: number; partial: number; denied: number };
  review: number;
  litigation: number;
  /** Whether the table prints rows for 复议/诉讼 (otherwise only a sentence can give them). */
  tableHasCases: boolean;
  /** Whether the second value column is 历年累计 (the narrative may then state the cumulative figure). */
  cumulative: boolean;
  /** The title names no year (the year is only in the body, or nowhere but the dates). */
  titleWithoutYear?: boolean;
  /** Sentences in other agencies' words (narrativeVaried); needs the 申诉/举报 count. */
  varied?: { complaints: number };
}

function title(p: PageParts, rng: Rng): string {
  const { agency, year } = p;
  if (p.titleWithoutYear) return rng.pick([`${agency}政府信息公开工作年度报告`, `${agency}政府信息公开年度报告`]);
  return rng.pick([
    `${agency}${year}年政府信息公开工作年度报告`,
    `${agency}${year}年度政府信息公开年度报告`,
    `${agency}${year}年度政府信息公开工作年度报告`,
    `${agency}政府信息公开工作年度报告(${year}年度)`,
  ]);
}

/** Sentences; `stated` collects the figures they state (the hand-reader's source when the table has none). */
function narrative(p: PageParts, rng: Rng, stated: Record<string, number>): string[] {
  const { year, agency } = p;
  const out: string[] = [];
  out.push(
    rng.chance(0.5)
      ? `根据《中华人民共和国政府信息公开条例》，现公布${agency}${year}年度政府信息公开工作年度报告。`
      : `根据《中华人民共和国政府信息公开条例》和《福建省政府信息公开办法》要求，结合我局实际，编制完成本报告。`,
  );
  if (rng.chance(0.6)) out.push(`本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日。`);
  out.push(`自2008年5月1日《条例》施行以来，我局高度重视政府信息公开工作。`);
  if (rng.chance(0.5)) {
    const cum = p.cumulative && rng.chance(0.5) ? `，历年累计主动公开政府信息${p.active[1]}条` : "";
    out.push(`${year}年，我局主动公开政府信息${p.active[0]}条${cum}。`);
  }
  if (p.varied) {
    out.push(...narrativeVaried(p, p.varied.complaints, rng, stated));
    out.push(`${year + 1}年，我局将进一步加强政府信息公开工作。`);
    return out;
  }
  const sayApps = p.table === null || rng.chance(0.4);
  if (sayApps && p.apps === 0) {
    out.push(`${year}年度我局未收到公民、法人或其他组织提出的政府信息公开申请。`);
    stated["apps.new.total"] = 0;
  } else if (sayApps) {
    const { granted, partial, denied } = p.answers;
    const detail = p.table === null ? `，其中同意公开${granted}件，同意部分公开${partial}件，不予公开${denied}件` : "";
    out.push(`${year}年，我局共受理政府信息公开申请${p.apps}件${detail}，均已按时答复。`);
    stated["apps.new.total"] = p.apps;
    if (detail) {
      stated["outcome.granted.total"] = granted;
      stated["outcome.partial.total"] = partial;
      stated["outcome.denied.total"] = denied;
    }
  }
  const sayCases = !p.tableHasCases || rng.chance(0.3);
  if (sayCases && p.review === 0 && p.litigation === 0) {
    out.push("本年度未发生因政府信息公开申请提起行政复议、行政诉讼的情况。");
    stated["review.total"] = 0;
    stated["litigation.total"] = 0;
  }
  out.push(`${year + 1}年，我局将进一步加强政府信息公开工作。`);
  return out;
}

/**
 * The counts in the words other agencies use: zero sentences without 收到 (未发生/没有…提出 申请, 无依申请公开事项),
 * 复议/诉讼 without 行政 and with 申诉 or 举报投诉, 均为零, a nonzero case count, and answer kinds stated without the
 * number of applications (a hand-reader then writes no total).
 */
function narrativeVaried(p: PageParts, complaints: number, rng: Rng, stated: Record<string, number>): string[] {
  const out: string[] = [];
  const { granted, partial, denied } = p.answers;
  if (p.apps === 0) {
    out.push(
      rng.pick([
        "全年未发生政府信息公开申请。",
        "本年度没有公民、法人或其他组织提出政府信息公开申请。",
        "本年度无依申请公开事项。",
        `${p.year}年我局未受理政府信息公开申请。`,
      ]),
    );
    stated["apps.new.total"] = 0;
  } else if (rng.chance(0.3)) {
    out.push(`对公民提出的政府信息公开申请均按时答复，其中同意公开${granted}件，不予公开${denied}件。`);
    stated["outcome.granted.total"] = granted;
    stated["outcome.denied.total"] = denied;
  } else {
    const n = p.apps;
    out.push(
      rng.pick([
        `全年收到政府信息公开申请共计${n}件。`,
        `全年受理依申请公开${n}件。`,
        `本年度受理申请公开政府信息${n}件。`,
      ]),
    );
    out.push(`对申请的答复中，同意公开${granted}件，部分公开${partial}件，不予公开${denied}件。`);
    stated["apps.new.total"] = n;
    Object.assign(stated, {
      "outcome.granted.total": granted,
      "outcome.partial.total": partial,
      "outcome.denied.total": denied,
    });
  }
  if (p.review === 0 && p.litigation === 0) {
    const withComplaints = complaints === 0 && rng.chance(0.5);
    out.push(
      withComplaints
        ? rng.pick(["本年度未发生因政府信息公开引起的复议、诉讼和申诉案件。", "全年无行政复议、行政诉讼及举报投诉。"])
        : rng.pick([
            "因政府信息公开申请引发的行政复议、行政诉讼均为零。",
            "未发生因政府信息公开引起的复议、诉讼案件。",
          ]),
    );
    stated["review.total"] = 0;
    stated["litigation.total"] = 0;
    if (withComplaints) stated["legacy.complaints"] = 0;
  } else {
    out.push(`本年度发生因政府信息公开申请提起的行政复议${p.review}件、行政诉讼${p.litigation}件。`);
    stated["review.total"] = p.review;
    stated["litigation.total"] = p.litigation;
  }
  return out;
}

/** The whole page and the figures its narrative states. */
export function renderPage(p: PageParts, rng: Rng): { text: string; stated: Record<string, number> } {
  const stated: Record<string, number> = {};
  const t = title(p, rng);
  const sentences = narrative(p, rng, stated);
  const month = rng.int(1, 3);
  const day = rng.int(1, 28);
  // pt-legacy-08 signs 2018年1月16日 for a 2018 report published in 2019.
  const signedYear = rng.chance(0.25) ? p.year : p.year + 1;
  const signature = `${p.agency} ${signedYear}年${month}月${day}日`;
  const publishedYear = rng.chance(0.1) ? p.year + 2 : p.year + 1;
  const published = `${publishedYear}-${String(month).padStart(2, "0")}-${String(day + 1).padStart(2, "0")} 09:21`;
  const body = [
    ...(rng.chance(0.2) && !p.titleWithoutYear
      ? [`${p.year}年政府信息公开工作年度报告${p.agency}${p.year + 1}年${month}月`]
      : [t]),
    ...sentences,
    ...(p.table === null ? [] : [`附表：政府信息公开情况统计表`, p.table]),
    signature,
  ];
  const text = p.oneLine ? body.join(" ").replace(/\n/g, " ") : body.join("\n");
  if (rng.chance(0.3)) return { text, stated };
  const issuer = rng.pick(["", p.agency, "县政府办公室", "福建学生资助"]);
  const header = [
    `标题: ${t}`,
    `发布时间: ${published}`,
    "文号: ",
    `发布机构: ${issuer}`,
    "栏目: 政府信息公开年报",
    "==================== 正文 ====================",
  ];
  return { text: `${header.join("\n")}\n${text}\n`, stated };
}
