/** A chart's data as an accessible table, scrolling sideways on narrow screens instead of being cut off. */
import type { ChartTable } from "@/lib/charts/types";
import { formatFull } from "@/lib/format";

export function DataTable({ table, caption }: { table: ChartTable; caption: string }) {
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
              {row.map((cell, j) => (
                <td key={j} className={`whitespace-nowrap px-2 py-1 ${typeof cell === "number" ? "text-right" : ""}`}>
                  {typeof cell === "number" ? formatFull(cell) : (cell ?? "—")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
