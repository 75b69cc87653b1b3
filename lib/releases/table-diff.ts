/**
 * The figures of a view that changed between two releases, read from the view's own tables (every chart has a
 * table twin, so the tables hold every figure the page shows): cells are matched by table caption, row header and
 * column header, and a cell whose text differs is one change. Pure: the banner feeds it the tables of the pinned
 * and the current page.
 */

export interface PageTable {
  caption: string;
  columns: string[];
  /** Each row's cells; the first cell names the row. */
  rows: string[][];
}

export interface FigureChange {
  table: string;
  row: string;
  column: string;
  before: string;
  after: string;
}

function cells(table: PageTable): Map<string, { row: string; column: string; text: string }> {
  const out = new Map<string, { row: string; column: string; text: string }>();
  for (const r of table.rows) {
    r.slice(1).forEach((text, j) => {
      const column = table.columns[j + 1] ?? String(j + 1);
      out.set(`${r[0]}\u0000${column}`, { row: r[0], column, text });
    });
  }
  return out;
}

/** Changes from `before` to `after` (same view, two releases); a cell present on one side only reads as "—". */
export function diffTables(before: PageTable[], after: PageTable[], limit = 30): FigureChange[] {
  const out: FigureChange[] = [];
  const byCaption = new Map(after.map((t) => [t.caption, t]));
  for (const old of before) {
    const now = byCaption.get(old.caption);
    if (!now) continue;
    const a = cells(old);
    const b = cells(now);
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(key);
      const y = b.get(key);
      const before = x?.text || "—";
      const after = y?.text || "—";
      if (before === after) continue;
      out.push({ table: old.caption, row: (x ?? y)!.row, column: (x ?? y)!.column, before, after });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/**
 * Tables only one of the two pages shows (an agency's charts when its first reports arrived, a list that emptied):
 * their figures are not compared cell by cell (diffTables), but the page did change, so the banner names them.
 */
export function tablesOnOneSide(before: PageTable[], after: PageTable[]): { added: string[]; removed: string[] } {
  const was = new Set(before.map((t) => t.caption));
  const is = new Set(after.map((t) => t.caption));
  return { added: [...is].filter((c) => !was.has(c)), removed: [...was].filter((c) => !is.has(c)) };
}

/**
 * The tables of a parsed page (`main`), as diffTables reads them. A table without a caption is named by the labelled
 * region around it; a row marked `data-release-row` is named by it (a ranking's rows are agencies, not ranks).
 */
export function readPageTables(root: ParentNode): PageTable[] {
  const text = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim();
  return [...root.querySelectorAll("main table")].map((t, i) => {
    const caption = t.querySelector("caption");
    const head = t.querySelector("thead tr");
    const columns = head ? [...head.children].map(text) : [];
    const trs = [...t.querySelectorAll("tbody tr")];
    const named = trs.some((tr) => tr.hasAttribute("data-release-row"));
    return {
      caption: caption ? text(caption) : (t.closest("[aria-label]")?.getAttribute("aria-label") ?? `表 ${i + 1}`),
      // A named row's cells follow its name, every one of them compared (the first included).
      columns: named ? ["", ...columns] : columns,
      rows: trs.map((tr) => {
        const cells = [...tr.children].map(text);
        return named ? [tr.getAttribute("data-release-row") ?? "", ...cells] : cells;
      }),
    };
  });
}
