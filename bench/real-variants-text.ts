/**
 * The ways other pages of the same site differ from a real sample, as text transforms that keep every figure:
 * whitespace, line breaks, page furniture, full-width characters, item numbers and split header words. Each takes
 * the report's body (the text after the archive's header) and its table map where it has one (a 2019/2021 report;
 * bench/real-variants-tables.ts), and returns the new body. Used by bench/real-variants.ts.
 */
import type { Rng } from "@/lib/corpus/random";
import { APPLICANTS, REVIEW_RESULTS } from "@/lib/template/modern";
import { applyEdits, ORDINAL_STYLES, type TableMap } from "./real-variants-tables";

export interface Body {
  text: string;
  map: TableMap | null;
}
export type Transform = (rng: Rng, body: Body) => string;

/** Spans holding figures: the mapped table runs, else (legacy) the digit runs after a unit 条/件/个/人次. */
function figureSpans(body: Body): [number, number][] {
  if (body.map) {
    const runs = body.map.review ? [...body.map.rows, body.map.review] : body.map.rows;
    return runs.filter((r) => r.end > r.start).map((r) => [r.start, r.end]);
  }
  return [...body.text.matchAll(/(?<=[条件个次])[\s\d]*\d/g)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * Places in a run where a cell border certainly is: its start, its whitespace, and between two digits where every
 * cell is one digit (a mapped run with as many digits as cells). A break inside "29" would be a typo, not a border.
 */
function borders(body: Body, [s, e]: [number, number]): number[] {
  const run = body.text.slice(s, e);
  const cells = body.map ? (body.map.rows.find((r) => r.start === s) ?? body.map.review)?.keys.length : 0;
  const oneDigitCells = cells === run.replace(/[\s|]/g, "").length;
  const out = [0];
  for (let i = 1; i < run.length; i++)
    if (/\s/.test(run[i]) || (oneDigitCells && /\d/.test(run[i - 1]) && /\d/.test(run[i]))) out.push(i);
  return out;
}

const everySpace = (to: string | (() => string)) => (_rng: Rng, b: Body) =>
  b.text.replace(/ /g, () => (typeof to === "string" ? to : to()));

/** A space inside glued digit runs of the tables, at a cell border, as pages that keep some borders print them. */
const spacesInRuns: Transform = (rng, b) =>
  applyEdits(
    b.text,
    figureSpans(b)
      .map((span) => ({ span, at: borders(b, span).filter((i) => i > 0 && /\d/.test(b.text[span[0] + i])) }))
      .filter(({ at }) => at.length > 0 && rng.chance(0.6))
      .map(({ span: [s, e], at }) => {
        const run = b.text.slice(s, e);
        const i = rng.pick(at);
        return { start: s, end: e, text: `${run.slice(0, i)} ${run.slice(i)}` };
      }),
  );

/** Cell borders lost: the whitespace inside the table's runs goes. */
const noneBetweenCells: Transform = (_rng, b) =>
  applyEdits(
    b.text,
    figureSpans(b).map(([s, e]) => ({ start: s, end: e, text: b.text.slice(s, e).replace(/[ \t\u00a0\u3000]+/g, "") })),
  );

/** A table row broken across two lines: a line break at a cell border of some runs, or before the run. */
const rowBroken: Transform = (rng, b) =>
  applyEdits(
    b.text,
    figureSpans(b)
      .filter(() => rng.chance(0.3))
      .map((span) => {
        const run = b.text.slice(span[0], span[1]);
        const at = rng.pick(borders(b, span));
        return { start: span[0], end: span[1], text: `${run.slice(0, at)}\n${run.slice(at)}` };
      }),
  );

/** Each table row on its own line (a line break before item numbers), two rows sharing a line now and then. */
const rowsOnLines: Transform = (rng, b) => {
  if (!b.map) return b.text.replace(/(?<=\d)\s*(?=\d+[.．、](?!\d))/g, () => (rng.chance(0.7) ? "\n" : " "));
  return applyEdits(
    b.text,
    b.map.prefixes.map((p) => ({ start: p.start, end: p.start, text: rng.chance(0.75) ? "\n" : "" })),
  );
};

const CHROME_BEFORE = [
  "您当前的位置：首页 > 政务公开 > 政府信息公开 > 政府信息公开年报 【字体：大 中 小】 打印本页 ",
  "索引号： 35012800/2024-0012 发布机构：平潭综合实验区管委会 生成日期：2024-01-18 公开方式：主动公开 ",
  "首页 | 机构概况 | 政务公开 | 公众参与 | 办事服务 当前位置： 首页 > 政府信息公开年报 浏览次数：1086 ",
];
const CHROME_AFTER = [
  " 扫一扫在手机打开当前页 【打印本页】 【关闭窗口】 【返回顶部】",
  " 相关附件： 2023年度统计表.xls 上一篇：关于2023年度预算公开的说明 下一篇：2022年度政务公开工作要点",
  " 主办单位：平潭综合实验区管委会办公室 网站标识码：3501280001 闽ICP备12015568号-1 闽公网安备 35012802000123号",
];

const chrome =
  (where: "before" | "after"): Transform =>
  (rng, b) =>
    where === "before" ? `${rng.pick(CHROME_BEFORE)}${b.text}` : `${b.text}${rng.pick(CHROME_AFTER)}`;

/** The signature's date line (the last 年月日 of the body) moved to the top, as some pages print it. */
const dateMoved: Transform = (_rng, b) => {
  const dates = [...b.text.matchAll(/(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g)];
  const last = dates[dates.length - 1];
  if (!last || last.index < b.text.length * 0.6) return b.text;
  const rest = b.text.slice(0, last.index) + b.text.slice(last.index + last[0].length);
  return `${last[0]}\n${rest}`;
};

const FULL: Record<string, string> = { ".": "．", ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "%": "％" };
/** Digits and punctuation printed full-width (ＩＭＥ full-width mode). */
const fullWidth: Transform = (_rng, b) =>
  b.text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/[.,:;()%]/g, (c) => FULL[c]);

const ordinals =
  (style: keyof typeof ORDINAL_STYLES): Transform =>
  (_rng, b) =>
    b.map
      ? applyEdits(
          b.text,
          b.map.prefixes.map((p) => ({ ...p, text: ORDINAL_STYLES[style](p.row.prefix) })),
        )
      : b.text;

const HEADER_WORDS = [
  ...APPLICANTS.map((a) => a.label),
  "法人或其他组织",
  "商业",
  "企业",
  "申请人情况",
  ...REVIEW_RESULTS.map((r) => r.label),
];
/** Header words spread over their cell's width: `自 然 人`, `总  计`, `结果 维持`. */
const headerSplit: Transform = (rng, b) => {
  const [s, e] = b.map ? [b.map.span[0], b.map.rows[0].start] : [0, b.text.length];
  const head = b.text.slice(s, e);
  const words = HEADER_WORDS.filter((w) => w.length > 1).sort((x, y) => y.length - x.length);
  const re = new RegExp(words.join("|"), "g");
  const split = head.replace(re, (w) => (rng.chance(0.7) ? [...w].join(rng.pick([" ", "  ", "\u3000"])) : w));
  const reviewHead = b.map?.review
    ? b.text
        .slice(b.map.rows[b.map.rows.length - 1].end, b.map.review.start)
        .replace(re, (w) => (rng.chance(0.5) ? [...w].join(" ") : w))
    : null;
  let out = b.text.slice(0, s) + split + b.text.slice(e);
  if (b.map?.review && reviewHead !== null) {
    const delta = split.length - head.length;
    const rs = b.map.rows[b.map.rows.length - 1].end + delta;
    out = out.slice(0, rs) + reviewHead + out.slice(b.map.review.start + delta);
  }
  return out;
};

/** Every transform by class name; "number" classes live in bench/real-variants.ts. */
export const TEXT_CLASSES: Record<string, Transform> = {
  "ws-nbsp": everySpace("\u00a0"),
  "ws-ideographic": everySpace("\u3000"),
  "ws-tab": everySpace("\t"),
  "ws-mixed": (rng, b) => everySpace(() => rng.pick([" ", "\u00a0", "\u3000", "\t", "  "]))(rng, b),
  "ws-none-in-cells": noneBetweenCells,
  "ws-space-in-runs": spacesInRuns,
  "lines-row-broken": rowBroken,
  "lines-row-per-line": rowsOnLines,
  "lines-joined": (_rng, b) => b.text.replace(/\s*\n\s*/g, " "),
  "chrome-before": chrome("before"),
  "chrome-after": chrome("after"),
  "date-moved": dateMoved,
  "full-width": fullWidth,
  "ordinals-shifted": ordinals("shifted"),
  "ordinals-arabic": ordinals("arabic"),
  "ordinals-full-width": ordinals("fullWidth"),
  "header-split": headerSplit,
};
