/** Shared pieces of the quality lists: a horizontally scrolling table with a labelled header row. */
import type { ReactNode } from "react";

export const TD = "border-b border-slate-100 px-2 py-1 align-top";

export function ListTable({
  label,
  columns,
  testId,
  children,
}: {
  label: string;
  columns: string[];
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      <table className="min-w-full text-sm" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c}
                scope="col"
                className="whitespace-nowrap border-b border-slate-300 px-2 py-1 text-left font-medium text-slate-700"
              >
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
