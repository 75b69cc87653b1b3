/** A chart's data as an accessible table, scrolling sideways on narrow screens instead of being cut off. */
import Link from "next/link";
import type { ChartTable, TableCell } from "@/lib/charts/types";
import { cellText } from "@/lib/charts/values";

/** The cells of one column as links, one href per row (null: plain text). */
export interface TableLinks {
  column: number;
  hrefs: (string | null)[];
  /** The links open another page (scrolled to its top), not the same view with another filter. */
  toPage?: boolean;
}

/** Numbers and rates right-aligned; a rate over fewer than 10 cases greyed, as the charts grey it. */
function cellClass(cell: TableCell): string {
  if (cell !== null && typeof cell === "object") return cell.small ? "text-right text-slate-500" : "text-right";
  return typeof cell === "number" ? "text-right" : "";
}

export function DataTable({ table, caption, links }: { table: ChartTable; caption: string; links?: TableLinks }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${caption}（数据表）`}>
      <table className="min-w-full text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {table.columns.map((c) => (
              <th key={c} scope="col" className="whitespace-nowrap px-2 py-1 font-medium text-slate-700">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className="border-b border-slate-100">
              {row.map((cell, j) => {
                const href = links?.column === j ? links.hrefs[i] : null;
                return (
                  <td key={j} className={`whitespace-nowrap px-2 py-1 ${cellClass(cell)}`}>
                    {href ? (
                      <Link className="text-blue-800 underline" href={href} scroll={!!links?.toPage}>
                        {cellText(cell)}
                      </Link>
                    ) : (
                      cellText(cell)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
