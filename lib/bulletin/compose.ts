/**
 * The yearly bulletin (年报质量通报) written from sentence templates with the numbers filled in (no language model),
 * in the order provincial 政务公开 offices publish them: overall figures, publication, consistency checks, the
 * scorecard, requirements. Pure: data in, blocks out.
 */
import { buildApplicantTrend, buildOutcomeComposition } from "@/lib/charts/overview";
import { metricOf, type Totals } from "@/lib/charts/rates";
import { chartTitle } from "@/lib/charts/registry";
import { formatFull, rateView } from "@/lib/format";
import { describeWeights } from "@/lib/scorecard/weights";
import { permalink, sectionNumber, type Block } from "./blocks";
import { CHART_WIDTH, type BulletinData, type ComposeOptions, type SectionData } from "./types";
import { publicationSection, requirementsSection } from "./compose-publication";
import { checksSection, scoresSection } from "./compose-quality";
import { countChange, countDelta, rateChange } from "./wording";

/** Charts are drawn 16 cm wide: 640 px at 96 dpi. */

export function bulletinTitle(data: BulletinData): string {
  return `关于${data.year === null ? "" : `${data.year}年度`}${data.place}政府信息公开工作年度报告情况的通报`;
}

const RATES: [string, string][] = [
  ["rate.grant", "实质公开率（予以公开与部分公开占办理结果总数）"],
  ["rate.review_correction", "行政复议纠错率"],
  ["rate.litigation_loss", "行政诉讼败诉率"],
];

function rateSentence(label: string, now: Totals | undefined, before: Totals | undefined, key: string): string {
  const cur = now ? metricOf(now, key) : null;
  const view = rateView(cur?.num ?? null, cur?.den ?? null);
  if (view.value === null) return `${label}：本年无案件。`;
  if (view.small) return `${label}：案件不足10件（${view.counts}），不计算比率。`;
  const prev = before ? metricOf(before, key) : null;
  const prevView = rateView(prev?.num ?? null, prev?.den ?? null);
  return `${label}为${view.text}（${view.counts}件），${rateChange(view.value, prevView.small ? null : prevView.value)}。`;
}

function overallSection(data: SectionData, o: ComposeOptions, n: number): Block[] {
  const now = data.totals.find((t) => t.year === data.year);
  const before = data.totals.find((t) => t.year === data.year - 1);
  const reports = now?.reports ?? 0;
  const failing = now?.failing ?? 0;
  const failText =
    reports === 0 ? "" : failing === 0 ? "，均通过勾稽关系校验" : `，其中${formatFull(failing)}份未通过勾稽关系校验`;
  const apps = now?.apps_new ?? null;
  const view = permalink(o.origin, "/", { rel: data.rel, region: data.region, to: data.year });
  return [
    { kind: "heading", text: `${sectionNumber(n)}、年报总体情况` },
    {
      kind: "paragraph",
      text:
        `${data.year}年度，${data.place}共收录年报${formatFull(reports)}份，` +
        `${countDelta(reports, before ? before.reports : null, "份")}${failText}。`,
    },
    {
      kind: "paragraph",
      text:
        apps === null
          ? "本年度年报均未填报新收政府信息公开申请数。"
          : `全年新收政府信息公开申请${formatFull(apps)}件，${countChange(apps, before?.apps_new ?? null)}。`,
    },
    ...RATES.map(([key, label]): Block => ({ kind: "paragraph", text: rateSentence(label, now, before, key) })),
    { kind: "source", url: view },
    {
      kind: "chart",
      title: `图1 ${chartTitle("applicants")}`,
      option: buildApplicantTrend(data.totals),
      width: CHART_WIDTH,
      height: 320,
    },
    { kind: "source", url: view },
    {
      kind: "chart",
      title: `图2 ${chartTitle("outcomes")}`,
      option: buildOutcomeComposition(data.totals, false),
      width: CHART_WIDTH,
      height: 320,
    },
    { kind: "source", url: view },
  ];
}

function emptyBulletin(data: BulletinData, o: ComposeOptions): Block[] {
  const text =
    data.year === null
      ? "数据库中尚未收录任何政府信息公开工作年度报告，本通报无统计内容。"
      : `${data.year}年度，${data.place}未收录政府信息公开工作年度报告，也没有往年发布过年报的机关，本通报无统计内容。`;
  return [
    { kind: "paragraph", text },
    { kind: "source", url: permalink(o.origin, "/", { rel: data.rel, region: data.region, to: data.year }) },
  ];
}

/** The whole bulletin; a region or year without any report or agency gives a short one that says so. */
export function composeBulletin(data: BulletinData, o: ComposeOptions): Block[] {
  const head: Block[] = [
    { kind: "title", text: bulletinTitle(data) },
    { kind: "note", text: `（${o.date}）` },
  ];
  const card = data.scorecard;
  const hasReports = data.totals.some((t) => t.year === data.year && t.reports > 0);
  if (data.year === null || !card || (!hasReports && card.agencies.length === 0))
    return [...head, ...emptyBulletin(data, o)];
  const d: SectionData = { ...data, year: data.year, scorecard: card };
  const intro = `根据《中华人民共和国政府信息公开条例》第四十九条、第五十条规定，现将${d.place}各级行政机关${d.year}年度政府信息公开工作年度报告（以下简称年报）的发布和质量情况通报如下。`;
  const sections = [overallSection, publicationSection, checksSection, scoresSection, requirementsSection];
  return [
    ...head,
    { kind: "paragraph", text: intro },
    ...sections.flatMap((section, i) => section(d, o, i)),
    {
      kind: "note",
      text: `说明：数据来自年报观察（nianbao）对各机关公开发布年报的解析和校验；评分权重为${describeWeights(card.weights)}。每项数字后附其所在视图的永久链接，可在线核对。`,
    },
  ];
}
