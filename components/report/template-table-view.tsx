/**
 * A §三 or §四 table rebuilt in the shape the template prints (lib/template-table.ts), its figures
 * looked up by canonical key. No hooks: the agency page renders it on the server, the report viewer
 * inside its client component with `onSelect`.
 */
import { cellState, type StoredValue, type TemplateTable } from "@/lib/template-table";
import { ValueCell } from "./value-cell";

interface Props {
  table: TemplateTable;
  values: ReadonlyMap<string, StoredValue>;
  /** Canonical key → rules of the findings that concern it. */
  flagged: ReadonlyMap<string, string[]>;
  selectedKey?: string | null;
  onSelect?: (line: number, key: string) => void;
  testId: string;
}

const NO_RULES: string[] = [];

export function TemplateTableView({ table, values, flagged, selectedKey, onSelect, testId }: Props) {
  return (
    <section aria-label={table.title} className="min-w-0">
      <h3 className="mb-1 text-sm font-semibold">{table.title}</h3>
      <p className="mb-1 text-xs text-slate-600 md:hidden">表格较宽，可左右滑动查看各列。</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${table.title}（可横向滚动）`}>
        <table className="w-full min-w-[680px] border-collapse text-xs" data-testid={testId}>
          <thead className="bg-slate-50">
            {table.head.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <th
                    key={c}
                    scope="col"
                    rowSpan={cell.rowSpan}
                    colSpan={cell.colSpan}
                    className="border border-slate-200 px-1.5 py-1 text-center font-medium text-slate-700"
                  >
                    {cell.text}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.body.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) =>
                  cell.kind === "label" ? (
                    <th
                      key={c}
                      scope="row"
                      rowSpan={cell.rowSpan}
                      colSpan={cell.colSpan}
                      className="border border-slate-200 px-1.5 py-0.5 text-left font-normal text-slate-700"
                    >
                      {cell.text}
                    </th>
                  ) : (
                    <ValueCell
                      key={c}
                      cellKey={cell.key}
                      cell={cellState(cell.key, values)}
                      rules={flagged.get(cell.key) ?? NO_RULES}
                      selected={selectedKey === cell.key}
                      onSelect={onSelect}
                    />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
