/**
 * Lays a report draft out the ways real sites publish them: one cell per line (seed 000), `|` rows
 * (seed 002), one cell per line with a trailing ` |` (seed 003), tabs, HTML tables, and whole tables
 * flattened onto one line with the value cells of a row glued together.
 */
import type { Block, Layout, TableRow } from "./types";

export type NumberStyle = "plain" | "thousands" | "fullwidth";

const FULLWIDTH_OFFSET = 0xff10 - 0x30;

function formatNumber(n: number, style: NumberStyle): string {
  let s = String(n);
  if (style === "thousands" && Math.abs(n) >= 1000) s = s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  if (style === "fullwidth") s = s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + FULLWIDTH_OFFSET));
  return s;
}

/** How each layout prints a blank cell (blank is not zero, so it must stay visible as blank). */
const BLANK: Record<Layout, string> = { lines: "—", pipes: "", lines_pipe: "", tabs: "", html: "&nbsp;", flat: "-" };

function rowCells(row: TableRow, layout: Layout, style: NumberStyle): string[] {
  return [...row.labels, ...row.values.map((v) => (v === null ? BLANK[layout] : formatNumber(v, style)))];
}

function textTable(rows: TableRow[], layout: Exclude<Layout, "html" | "flat">, style: NumberStyle): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const cells = rowCells(row, layout, style);
    if (layout === "pipes") out.push(`${cells.join(" | ")} |`);
    else if (layout === "tabs") out.push(cells.join("\t"));
    else if (layout === "lines_pipe") for (const c of cells) out.push(`${c} |`);
    else out.push(...cells);
  }
  return out;
}

function flatTable(rows: TableRow[], glue: boolean): string {
  // Glued value runs are only fair where the row's own total lets a reader split them (§三).
  return rows
    .map((row) => {
      const nums = row.values.map((v) => (v === null ? BLANK.flat : String(v)));
      return row.labels.join("") + nums.join(glue ? "" : " ");
    })
    .join(" ");
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function htmlTable(rows: TableRow[], style: NumberStyle): string {
  const trs = rows.map((row) => {
    const tds = [
      ...row.labels.map((l, i) => `<td${row.spans?.[i] ?? ""}>${escapeHtml(l)}</td>`),
      ...row.values.map((v) => `<td>${v === null ? BLANK.html : formatNumber(v, style)}</td>`),
    ];
    return `<tr>${tds.join("")}</tr>`;
  });
  return `<table border="1" cellspacing="0">\n<tbody>\n${trs.join("\n")}\n</tbody>\n</table>`;
}

function renderHtml(blocks: Block[], style: NumberStyle): string {
  const title = blocks.find((b) => b.kind === "title");
  const body = blocks.map((b) => {
    if (b.kind === "table") return htmlTable(b.rows, style);
    if (b.kind === "title") return `<h1>${escapeHtml(b.text)}</h1>`;
    if (b.kind === "heading") return `<h2>${escapeHtml(b.text)}</h2>`;
    return `<p>${escapeHtml(b.text)}</p>`;
  });
  const head =
    `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n` +
    `<title>${title && title.kind === "title" ? escapeHtml(title.text) : ""}</title>\n</head>\n<body>\n`;
  return `${head}${body.join("\n")}\n</body>\n</html>\n`;
}

export function renderReport(blocks: Block[], layout: Layout, style: NumberStyle): string {
  if (layout === "html") return renderHtml(blocks, style);
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind !== "table") lines.push(b.text);
    else if (layout === "flat") lines.push(flatTable(b.rows, b.glue));
    else lines.push(...textTable(b.rows, layout, style));
  }
  // Seed 000 (one cell per line) comes from a page where every paragraph and cell sits between blank lines.
  return `${lines.join(layout === "lines" ? "\n\n" : "\n")}\n`;
}

export const LAYOUTS: Layout[] = ["lines", "pipes", "lines_pipe", "tabs", "html", "flat"];
/** Shares of each layout in a corpus (LAYOUTS order). */
export const LAYOUT_WEIGHTS = [15, 25, 20, 10, 20, 10];
