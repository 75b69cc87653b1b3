/** The bulletin's sections on consistency checks by rule (with agency names) and the scorecard's top and bottom. */
import { buildCoverage } from "@/lib/charts/coverage";
import { chartTitle } from "@/lib/charts/registry";
import { agencyBars, buildScoreBars, MAX_AGENCY_BARS, regionBars } from "@/lib/charts/scorecard";
import { formatFull } from "@/lib/format";
import type { ScoredAgency } from "@/lib/scorecard/types";
import { INDICATOR_LABELS, INDICATORS } from "@/lib/scorecard/weights";
import { itemNumber, permalink, sectionNumber, type Block } from "./blocks";
import { CHART_WIDTH, type ComposeOptions, type SectionData } from "./types";
import { agencyCount, nameList } from "./wording";

/** Agencies named at each end of the ranking. */
const ENDS = 5;

export function checksSection(d: SectionData, o: ComposeOptions, n: number): Block[] {
  const failing = d.totals.find((t) => t.year === d.year)?.failing ?? 0;
  const quality = (rule?: string) =>
    permalink(o.origin, "/quality", {
      rel: d.rel,
      region: d.region,
      from: d.year,
      to: d.year,
      ...(rule ? { rule } : {}),
    });
  const blocks: Block[] = [{ kind: "heading", text: `${sectionNumber(n)}、数据勾稽关系校验情况` }];
  if (d.rules.length === 0 || failing === 0) {
    blocks.push({ kind: "paragraph", text: "经逐表校验，未发现年报存在勾稽关系错误。" });
  } else {
    blocks.push({
      kind: "paragraph",
      text: `经逐表校验，${formatFull(failing)}份年报存在勾稽关系错误（一份年报可能违反多项规则），按规则列明如下：`,
    });
    d.rules.forEach((r, i) => {
      const names = nameList(
        r.agencies.map((a) => a.name),
        r.reports,
      );
      blocks.push(
        {
          kind: "paragraph",
          text: `${itemNumber(i)}${r.rule} ${o.ruleLabel(r.rule)}：${agencyCount(r.reports)}机关未通过，即${names}。`,
        },
        { kind: "source", url: quality(r.rule) },
      );
    });
  }
  blocks.push(
    {
      kind: "chart",
      title: `图3 ${chartTitle("coverage")}（份）`,
      option: buildCoverage(d.totals),
      width: CHART_WIDTH,
      height: 280,
    },
    { kind: "source", url: quality() },
  );
  return blocks;
}

/** Marks an agency lost points on, as the scorecard's cells word them ("逾期 12 天（应1月31日前）；未通过 R1"). */
function weakPoints(a: ScoredAgency): string {
  const weak = INDICATORS.filter((k) => a.marks[k].value !== null && a.marks[k].value! < 1);
  return weak.length ? weak.map((k) => `${INDICATOR_LABELS[k]}：${a.marks[k].text}`).join("；") : "—";
}

const scoreText = (s: number | null) => (s === null ? "—" : s.toFixed(1));

function rankTable(list: ScoredAgency[]): Block {
  return {
    kind: "table",
    columns: ["名次", "机关", "得分", "失分项"],
    weights: [1, 4, 1.2, 5],
    rows: list.map((a) => [String(a.rank ?? "—"), a.agencyName, scoreText(a.score), weakPoints(a)]),
  };
}

/** The top and the bottom of the published, scored agencies, never the same agency twice. */
function rankingEnds(agencies: ScoredAgency[]): { top: ScoredAgency[]; bottom: ScoredAgency[] } {
  const scored = agencies.filter((a) => a.status === "published" && a.score !== null);
  const top = scored.slice(0, Math.min(ENDS, Math.ceil(scored.length / 2)));
  const bottom = scored.slice(Math.max(top.length, scored.length - ENDS)).reverse();
  return { top, bottom };
}

/** When more agencies share a rank than are listed, say how many (the list is the first of them by name). */
function tiesNote(agencies: ScoredAgency[], rank: number | null): string {
  const tied = agencies.filter((a) => a.status === "published" && a.rank === rank).length;
  return tied > ENDS ? `另有同分机关，并列第${rank}名的共${formatFull(tied)}家，上表按名称列出其中${ENDS}家。` : "";
}

export function scoresSection(d: SectionData, o: ComposeOptions, n: number): Block[] {
  const card = d.scorecard;
  const { top, bottom } = rankingEnds(card.agencies);
  const link = permalink(o.origin, "/scorecard", { rel: d.rel, region: d.region, year: d.year });
  const blocks: Block[] = [
    { kind: "heading", text: `${sectionNumber(n)}、年报质量评分情况` },
    {
      kind: "paragraph",
      text:
        top.length === 0
          ? "本年度没有可评分的年报。"
          : `按按时发布、表格完整、数据勾稽、年度衔接、表述原创、数据合理六项指标加权评分（满分100分，缺报记0分），${agencyCount(top.length + bottom.length)}机关列入前后名单。`,
    },
  ];
  if (top.length) {
    const best = top.map((a) => `${a.agencyName}（${scoreText(a.score)}分）`);
    blocks.push(
      {
        kind: "paragraph",
        text: `得分居前的${agencyCount(top.length)}：${best.join("、")}。${tiesNote(card.agencies, top[0].rank)}`,
      },
      rankTable(top),
    );
  }
  if (bottom.length) {
    const worst = bottom.map((a) => `${a.agencyName}（${scoreText(a.score)}分）`);
    blocks.push(
      {
        kind: "paragraph",
        text: `得分靠后的${agencyCount(bottom.length)}：${worst.join("、")}。${tiesNote(card.agencies, bottom[0].rank)}`,
      },
      rankTable(bottom),
    );
  }
  if (top.length) blocks.push({ kind: "source", url: link });
  const byRegion = card.regions.length > 1;
  const bars = byRegion ? regionBars(card.regions) : agencyBars(card.agencies);
  if (bars.some((b) => b.score !== null)) {
    blocks.push(
      {
        kind: "chart",
        title: `图4 ${chartTitle("scorecard", { byRegion, count: Math.min(bars.length, MAX_AGENCY_BARS) })}`,
        option: buildScoreBars(bars),
        width: CHART_WIDTH,
        height: Math.min(900, Math.max(200, bars.length * 24 + 24)),
      },
      { kind: "source", url: link },
    );
  }
  return blocks;
}
