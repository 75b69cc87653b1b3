/**
 * Legacy reports without a 统计表 (or whose table stops before 复议/诉讼) state some counts in sentences:
 * 「2011年度未收到申请公开政府信息情况」, 「共收到公民提出的公开政府信息申请2条」,
 * 「没有发生因政府信息公开申请的行政复议、行政诉讼」. Only explicit sentences count, and only for the
 * core figures the table did not print; each value keeps its sentence as source and a finding says so.
 *
 * Sentences about information items (「依申请公开政府信息79条」) are not applications and are not read.
 */
import type { Finding, ValueSource } from "./types";

export interface NarrativeFigure {
  key: string;
  value: number;
  source: ValueSource;
}

const NEGATION = String.raw`(?:未|没有|无(?=因|行政|涉及|政府|收到))`;
/** An application for information, as opposed to information disclosed on application. */
const APPLICATION = String.raw`(?:政府信息公开申请|公开政府信息(?:的)?申请|信息公开(?:的)?申请|申请公开政府信息|依申请公开(?:政府信息)?的?申请)`;
const APPS_NONE = new RegExp(String.raw`${NEGATION}[^\d,。]{0,10}?(?:收到|接到|受理)[^\d,。]{0,20}?${APPLICATION}`);
const APPS_COUNT = new RegExp(
  String.raw`(?:收到|受理)[^\d,。]{0,12}?${APPLICATION}(?:共|总计|合计)?(\d{1,6})\s*(?:条|件|个|份|宗)`,
);
const NEGATED_CASES = new RegExp(String.raw`${NEGATION}[^\d,。]{0,24}?(行政复议[^\d,。]{0,16})`);
const caseCount = (word: string) => new RegExp(String.raw`${word}(?:案件)?(?:共|总计)?(\d{1,5})\s*(?:件|起|宗|个)`);
const CASE_COUNTS = [
  [caseCount("行政复议"), "review.total"],
  [caseCount("行政诉讼"), "litigation.total"],
] as const;
const NEGATED = new RegExp(NEGATION);
const NEGATED_LITIGATION = new RegExp(String.raw`${NEGATION}[^\d,。]{0,24}?行政诉讼`);

interface Clause {
  text: string;
  line: number;
}

function clauses(lines: string[], skip: (line: number) => boolean): Clause[] {
  const out: Clause[] = [];
  lines.forEach((line, i) => {
    if (skip(i + 1)) return;
    for (const text of line.split(/[。;!?]/)) if (text.length > 4) out.push({ text: text.trim(), line: i + 1 });
  });
  return out;
}

function figure(key: string, value: number, c: Clause): NarrativeFigure {
  return { key, value, source: { line: c.line, raw: c.text.length > 120 ? `${c.text.slice(0, 117)}…` : c.text } };
}

/** Counts stated in sentences; `skip` leaves out lines of the table itself. First statement wins. */
export function readNarrativeCounts(lines: string[], skip: (line: number) => boolean = () => false): NarrativeFigure[] {
  const found = new Map<string, NarrativeFigure>();
  const add = (f: NarrativeFigure) => {
    if (!found.has(f.key)) found.set(f.key, f);
  };
  for (const c of clauses(lines, skip)) {
    for (const part of c.text.split(/[,，]/)) {
      const clause = { ...c, text: part };
      if (APPS_NONE.test(part)) add(figure("apps.new.total", 0, c));
      const apps = APPS_COUNT.exec(part);
      if (apps && !NEGATED.test(part.slice(0, apps.index))) add(figure("apps.new.total", Number(apps[1]), c));
      const negated = NEGATED_CASES.exec(part);
      const negatedRest = negated ? part.slice(negated.index) : "";
      if (negated) add(figure("review.total", 0, c));
      if (negated && /行政诉讼/.test(negatedRest) && !/\d/.test(negatedRest)) add(figure("litigation.total", 0, c));
      else if (!negated) {
        if (NEGATED_LITIGATION.test(part)) add(figure("litigation.total", 0, c));
      }
      for (const [re, key] of CASE_COUNTS) {
        const m = re.exec(part);
        if (m && !NEGATED.test(part.slice(0, m.index))) add(figure(key, Number(m[1]), clause));
      }
    }
  }
  return [...found.values()];
}

export function narrativeFinding(f: NarrativeFigure): Finding {
  return {
    rule: "P4",
    severity: "info",
    message: `统计表未列此项,数值取自正文:「${f.source.raw}」`,
    keys: [f.key],
    actual: f.value,
    line: f.source.line,
  };
}

/**
 * Numbers the narrative states next to `word` ("2017年度,主动公开政府信息733条。历年累计主动公开政府信息2027条"):
 * this year's, and the 累计 ones. Used only to choose between readings of a glued run that the table's own
 * equations leave open.
 */
export function statedNumbers(prose: string, word: string): { current: Set<number>; cumulative: Set<number> } {
  const current = new Set<number>();
  const cumulative = new Set<number>();
  for (const clause of prose.split(/[。;,，!?]/)) {
    const at = clause.indexOf(word);
    if (at < 0) continue;
    const into = /累计|截至|截止/.test(clause) ? cumulative : current;
    for (const m of clause.slice(at).matchAll(/(\d{1,7})\s*(?:条|件|篇|个)/g)) into.add(Number(m[1]));
  }
  return { current, cumulative };
}
