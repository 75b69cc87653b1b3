/** The findings of one report: rule, severity, message, expected vs actual, and the line it points at. */
import { formatFull } from "@/lib/format";
import type { ReportFinding } from "@/lib/queries/report";
import { ruleLabel, severityLabel } from "@/lib/rule-labels";

export type FindingItem = Omit<ReportFinding, "id">;

interface Props {
  findings: FindingItem[];
  selectedLine?: number | null;
  /** With it, a finding with a line becomes a button that shows the line and its first cell. */
  onSelect?: (line: number, key: string | null) => void;
}

const SEVERITY_TONE: Record<string, string> = {
  error: "bg-red-100 text-red-800",
  warning: "bg-amber-100 text-amber-900",
  info: "bg-slate-100 text-slate-700",
};

export function FindingList({ findings, selectedLine = null, onSelect }: Props) {
  if (!findings.length) {
    return (
      <p
        className="rounded border border-emerald-200 bg-emerald-50 p-2 text-sm text-emerald-900"
        data-testid="findings-none"
      >
        未发现校验问题：各项勾稽关系均通过。
      </p>
    );
  }
  return (
    <section aria-label="校验问题">
      <h2 className="mb-1 text-sm font-semibold">校验问题（{findings.length}）</h2>
      <ul className="flex flex-col gap-1 text-sm" data-testid="findings-list">
        {findings.map((f, i) => {
          const body = (
            <>
              <span className={`mr-1 rounded px-1 text-xs ${SEVERITY_TONE[f.severity] ?? SEVERITY_TONE.info}`}>
                {f.rule} · {severityLabel(f.severity)}
              </span>
              <span className="text-xs text-slate-500">{ruleLabel(f.rule)}</span>
              <span className="block">{f.message}</span>
              {f.expected !== null || f.actual !== null ? (
                <span className="block text-xs text-slate-600">
                  应为 {formatFull(f.expected)}，实为 {formatFull(f.actual)}
                </span>
              ) : null}
              {f.line ? <span className="block text-xs text-blue-800">第{f.line}行</span> : null}
            </>
          );
          const selected = f.line !== null && f.line === selectedLine;
          return (
            <li
              key={i}
              data-rule={f.rule}
              data-release-item="校验问题"
              className={`rounded border p-1.5 ${
                selected ? "border-amber-400 bg-amber-50" : "border-slate-200 " + "bg-white"
              }`}
            >
              {onSelect && f.line ? (
                <button type="button" className="w-full text-left" onClick={() => onSelect(f.line!, f.keys[0] ?? null)}>
                  {body}
                </button>
              ) : (
                body
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
