/**
 * Every parsed table of one report: §三 and §四 in the template's shape for the 2019/2021 families, the
 * 统计表 rows for legacy reports, and the remaining figures (§二, rows of a province's own) as a list.
 */
import { formatFull } from "@/lib/format";
import { isTemplateFamily, legacyRows, templateKeys, templateTables, type StoredValue } from "@/lib/template-table";
import { LegacyTableView } from "./legacy-table-view";
import { TemplateTableView } from "./template-table-view";
import { BLANK_TITLE } from "./value-cell";

interface Props {
  family: string;
  values: ReadonlyMap<string, StoredValue>;
  flagged: ReadonlyMap<string, string[]>;
  lineText: (line: number) => string | undefined;
  selectedKey?: string | null;
  onSelect?: (line: number, key: string) => void;
  /** Prefix of the tables' test ids. */
  testId: string;
}

/** Figures the main tables do not show (§二, rows of a province's own, core keys mapped from legacy rows). */
function otherKeys(family: string, values: ReadonlyMap<string, StoredValue>): string[] {
  const shown = new Set(isTemplateFamily(family) ? templateKeys(family) : []);
  return [...values.keys()].filter((k) => !shown.has(k) && !(family === "legacy" && k.startsWith("legacy."))).sort();
}

export function ReportTables({ family, values, flagged, lineText, selectedKey, onSelect, testId }: Props) {
  const rest = otherKeys(family, values);
  return (
    <div className="flex min-w-0 flex-col gap-4">
      {isTemplateFamily(family) ? (
        templateTables(family).map((t) => (
          <TemplateTableView
            key={t.id}
            table={t}
            values={values}
            flagged={flagged}
            selectedKey={selectedKey}
            onSelect={onSelect}
            testId={`${testId}-${t.id}`}
          />
        ))
      ) : (
        <LegacyTableView
          rows={legacyRows(values, lineText)}
          values={values}
          flagged={flagged}
          selectedKey={selectedKey}
          onSelect={onSelect}
          testId={`${testId}-legacy`}
        />
      )}
      {rest.length ? (
        <details data-testid={`${testId}-other`}>
          <summary className="cursor-pointer text-sm text-blue-800">
            {family === "legacy" ? "映射到现行指标的数值与其他数值" : "其他数值（第二部分主动公开等）"}（{rest.length}）
          </summary>
          <ul className="mt-1 grid gap-x-4 text-xs sm:grid-cols-2">
            {rest.map((key) => {
              const stored = values.get(key)!;
              return (
                <li key={key} className="flex justify-between gap-2 border-b border-slate-100 py-0.5">
                  <code className="break-all text-slate-600">{key}</code>
                  {onSelect && stored.line ? (
                    <button
                      type="button"
                      className="tabular-nums underline decoration-dotted"
                      onClick={() => onSelect(stored.line!, key)}
                    >
                      {stored.value === null ? "—" : formatFull(stored.value)}
                    </button>
                  ) : (
                    <span className="tabular-nums" title={stored.value === null ? BLANK_TITLE : undefined}>
                      {stored.value === null ? "—" : formatFull(stored.value)}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
