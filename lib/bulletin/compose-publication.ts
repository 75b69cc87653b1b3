/** The bulletin's sections on who published (on time, late, undated, missing) and what is asked of the agencies. */
import { formatFull, formatPercent } from "@/lib/format";
import type { ScoredAgency } from "@/lib/scorecard/types";
import { permalink, sectionNumber, type Block } from "./blocks";
import type { ComposeOptions, SectionData } from "./types";
import { agenciesSentence, agencyCount } from "./wording";

/** The agencies that did not publish, were late, stated no date, or were on time, by the scorecard's 按时发布 marks. */
function publicationGroups(agencies: ScoredAgency[]) {
  const published = agencies.filter((a) => a.status === "published");
  return {
    published,
    missing: agencies.filter((a) => a.status === "missing"),
    late: published.filter((a) => a.marks.timely.value === 0),
    onTime: published.filter((a) => a.marks.timely.value === 1),
    // Not judged for want of any date (the mark's own wording: lib/scorecard/timely.ts).
    undated: published.filter((a) => a.marks.timely.value === null && a.marks.timely.text.startsWith("未注明发布日期")),
  };
}

/** "逾期 39 天（应1月31日前）" → "逾期 39 天，应1月31日前", to sit inside the sentence's own brackets. */
const unbracket = (text: string) => text.replace(/（(.*)）$/, "，$1");

export function publicationSection(d: SectionData, o: ComposeOptions, n: number): Block[] {
  const all = d.scorecard.agencies;
  const g = publicationGroups(all);
  const rate = all.length ? `，发布率${formatPercent(g.published.length / all.length)}` : "";
  const onTime = g.onTime.length === 0 ? "其中没有可确认按时发布的年报" : `其中按时发布${agencyCount(g.onTime.length)}`;
  return [
    { kind: "heading", text: `${sectionNumber(n)}、年报发布情况` },
    {
      kind: "paragraph",
      text:
        `纳入统计的机关${formatFull(all.length)}家（本年度发布年报或往年发布过年报的机关），` +
        `已发布${d.year}年度年报${agencyCount(g.published.length)}${rate}；${onTime}。`,
    },
    {
      kind: "paragraph",
      text: agenciesSentence({
        what: "往年发布过年报，但未发现其本年度年报",
        none: "未发现往年发布过年报而本年度缺报的机关。",
        names: g.missing.map((a) => a.agencyName),
      }),
    },
    {
      kind: "paragraph",
      text: agenciesSentence({
        what: "逾期发布年报",
        none: "未发现逾期发布年报的情况。",
        names: g.late.map((a) => a.agencyName),
        details: g.late.map((a) => unbracket(a.marks.timely.text)),
      }),
    },
    {
      kind: "paragraph",
      text: agenciesSentence({
        what: "的年报未注明发布日期，无法判断是否按时发布",
        none: "已发布的年报均注明了发布日期。",
        names: g.undated.map((a) => a.agencyName),
      }),
    },
    { kind: "source", url: permalink(o.origin, "/scorecard", { rel: d.rel, region: d.region, year: d.year }) },
  ];
}

export function requirementsSection(d: SectionData, _o: ComposeOptions, n: number): Block[] {
  const g = publicationGroups(d.scorecard.agencies);
  const failing = new Set(d.rules.flatMap((r) => r.agencies.map((a) => a.name))).size;
  const problems = g.missing.length + g.late.length + failing;
  const heading: Block = { kind: "heading", text: `${sectionNumber(n)}、有关要求` };
  if (problems === 0) {
    return [
      heading,
      {
        kind: "paragraph",
        text: "本年度未发现缺报、逾期或勾稽关系错误等问题。请各机关保持年报质量，按时发布下一年度年报。",
      },
    ];
  }
  return [
    heading,
    {
      kind: "paragraph",
      text: "请本通报点名的机关对照问题逐项整改：缺报的，应尽快补充发布；逾期的，应完善年报编制和发布流程；勾稽关系有误的，应核实数据后更正并重新发布，并在更正后的年报中说明。",
    },
    { kind: "paragraph", text: `请各地区政务公开工作主管部门加强督促指导，于下一年度年报发布期限前完成整改情况核查。` },
  ];
}
