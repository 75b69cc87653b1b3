/**
 * A legacy 统计表 whose stated period runs past the report's year: a first report counting from the ordinance's start
 * to the day it was written ((统计时段:2008年5月1日至2009年3月10日), 附表数据统计至本报告编制之日(2009年3月10日)). Its
 * counts are the longer period's: a 0 is the year's 0 too, any other count may hold the next year's part. The figures
 * stay as printed (the page gives no other table), and a finding names each one above 0.
 */
import type { Finding } from "./types";

/** A 统计 phrase giving the end of its period: 统计时段:Y年M月D日至Y年M月D日, 统计至…(Y年M月D日), 统计截至Y年M月. */
const DATE = String.raw`(\d{4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?`;
const PERIOD_END = new RegExp(
  String.raw`统计(?:时段|时间|期限|期间|区间|范围)?\s*[:：为自从]?\s*` +
    String.raw`(?:${DATE}\s*起?\s*(?:至|到|—|－|-|~|～)|截至|截止(?:到|至)?|至)` +
    String.raw`[^。;；，,\n月]{0,16}?(\d{4})\s*年\s*(\d{1,2})\s*月`,
  "g",
);

/** The end of the first stated period that runs past the year (and starts no later than it), as printed. */
function periodPastYear(text: string, year: number): string | null {
  // Cheap guard: no later year printed, or no 统计 phrase, then nothing to look for.
  if (!text.includes(`${year + 1}`) || !text.includes("统计")) return null;
  PERIOD_END.lastIndex = 0;
  for (let m = PERIOD_END.exec(text); m !== null; m = PERIOD_END.exec(text)) {
    const start = m[1] === undefined ? year : Number(m[1]);
    const end = Number(m[2]);
    if (end === year + 1 && start <= year) return `${end}年${Number(m[3])}月`;
  }
  return null;
}

/** The finding naming a legacy table's figures above 0 where its stated period runs past the year; null elsewhere. */
export function tablePastYear(text: string, values: Record<string, number>, year: number | null): Finding | null {
  if (year === null) return null;
  const end = periodPastYear(text, year);
  if (end === null) return null;
  const keys = Object.keys(values).filter((k) => values[k] > 0);
  if (keys.length === 0) return null;
  return {
    rule: "P1",
    severity: "warning",
    message: `统计表注明的统计时段延至${end},超出报告年度${year}年:表中大于 0 的数字可能含${year + 1}年的部分,本年数字可能更小`,
    keys,
  };
}
