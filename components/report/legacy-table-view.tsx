/** The rows of a legacy 政府信息公开情况统计表 (2008–2018), labelled with the report's own row text. */
import { cellState, type LegacyRow, type StoredValue } from "@/lib/template-table";
import { ValueCell } from "./value-cell";

interface Props {
  rows: LegacyRow[];
  values: ReadonlyMap<string, StoredValue>;
  flagged: ReadonlyMap<string, string[]>;
  selectedKey?: string | null;
  onSelect?: (line: number, key: string) => void;
  testId: string;
}

const NO_RULES: string[] = [];

export function LegacyTableView({ rows, values, flagged, selectedKey, onSelect, testId }: Props) {
  if (!rows.length) return <p className="empty">这份旧版报告的统计表没有读出数据行。</p>;
  return (
    <section aria-label="政府信息公开情况统计表" className="min-w-0">
      <h3 className="mb-1 text-sm font-semibold">政府信息公开情况统计表（旧版模板）</h3>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="统计表（可横向滚动）">
        <table className="w-full border-collapse text-xs" data-testid={testId}>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="border border-slate-200 px-1.5 py-1 text-left font-medium">
                统计指标
              </th>
              <th scope="col" className="border border-slate-200 px-1.5 py-1 font-medium">
                单位
              </th>
              <th scope="col" className="border border-slate-200 px-1.5 py-1 text-right font-medium">
                统计数
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="border border-slate-200 px-1.5 py-0.5 text-left font-normal text-slate-700">
                  {row.label}
                </th>
                <td className="border border-slate-200 px-1.5 py-0.5 text-center text-slate-600">{row.unit}</td>
                <ValueCell
                  cellKey={row.key}
                  cell={cellState(row.key, values)}
                  rules={flagged.get(row.key) ?? NO_RULES}
                  selected={selectedKey === row.key}
                  onSelect={onSelect}
                />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
