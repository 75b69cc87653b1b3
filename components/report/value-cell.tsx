/**
 * One figure of a report table. A printed number, a cell the report left blank and a figure that was
 * never read look different; a cell a finding concerns is marked, and with `onSelect` a cell with a
 * source line becomes a button that shows that line.
 */
import { formatFull } from "@/lib/format";
import type { CellState } from "@/lib/template-table";

export const BLANK_TITLE = "空白 (报告未填)";
export const ABSENT_TITLE = "未读出 (报告中没有此格或无法识别)";

interface Props {
  cellKey: string;
  cell: CellState;
  /** Rules of the findings that concern this cell (empty = none). */
  rules: string[];
  selected?: boolean;
  onSelect?: (line: number, key: string) => void;
}

function content(cell: CellState) {
  if (cell.state === "value") return <span>{formatFull(cell.value)}</span>;
  if (cell.state === "blank") return <span className="text-slate-500">—</span>;
  return <span className="text-slate-500">·</span>;
}

function describe(cellKey: string, cell: CellState, rules: string[]): string {
  const what = cell.state === "blank" ? BLANK_TITLE : cell.state === "absent" ? ABSENT_TITLE : formatFull(cell.value);
  const line = cell.state !== "absent" && cell.line ? ` · 第${cell.line}行` : "";
  const found = rules.length ? ` · 校验问题 ${rules.join("、")}` : "";
  return `${cellKey}: ${what}${line}${found}`;
}

export function ValueCell({ cellKey, cell, rules, selected = false, onSelect }: Props) {
  const flagged = rules.length > 0;
  const tone = selected
    ? "bg-amber-200"
    : flagged
      ? "bg-red-50 text-red-800 outline outline-1 -outline-offset-2 outline-red-400"
      : cell.state === "absent"
        ? "bg-slate-50"
        : "";
  const title = describe(cellKey, cell, rules);
  const line = cell.state === "absent" ? null : cell.line;
  return (
    <td
      className={`border border-slate-200 px-1.5 py-0.5 text-right tabular-nums ${tone}`}
      title={title}
      data-key={cellKey}
      data-state={cell.state}
      data-flagged={flagged ? rules.join(" ") : undefined}
    >
      {onSelect && line ? (
        <button
          type="button"
          className={
            "w-full text-right underline decoration-dotted decoration-slate-400 " +
            "underline-offset-2 hover:bg-amber-100"
          }
          aria-label={title}
          aria-pressed={selected}
          onClick={() => onSelect(line, cellKey)}
        >
          {content(cell)}
        </button>
      ) : (
        content(cell)
      )}
    </td>
  );
}
