"use client";
/**
 * The parsed tables beside the original text. Clicking a figure (or a finding) marks its source line
 * and scrolls the text to it; the line is kept in the URL hash (`#L88`) so a link shows the same line.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { isTemplateFamily, templateKeys, type StoredValue } from "@/lib/template-table";
import type { ReportFinding, ReportValue } from "@/lib/queries/report";
import { FindingList } from "./finding-list";
import { flaggedKeys } from "./flagged";
import { ReportTables } from "./report-tables";
import { TextPane } from "./text-pane";

interface Props {
  family: string;
  values: ReportValue[];
  findings: ReportFinding[];
  text: string;
}

interface Selection {
  line: number;
  key: string | null;
}

const HASH = /^#L(\d{1,7})$/;

export function ReportViewer({ family, values, findings, text }: Props) {
  const [selected, setSelected] = useState<Selection | null>(null);
  const valueMap = useMemo(
    () => new Map<string, StoredValue>(values.map((v) => [v.key, { value: v.value, line: v.line }])),
    [values],
  );
  const lines = useMemo(() => text.split("\n"), [text]);
  const flagged = useMemo(() => {
    const printed = new Set([...(isTemplateFamily(family) ? templateKeys(family) : []), ...valueMap.keys()]);
    return flaggedKeys(findings, printed);
  }, [family, findings, valueMap]);
  const findingLines = useMemo(() => new Set(findings.flatMap((f) => (f.line ? [f.line] : []))), [findings]);

  // A link to `#L88` (or editing the hash) shows that line.
  useEffect(() => {
    const fromHash = () => {
      const match = HASH.exec(window.location.hash);
      if (match) setSelected({ line: Number(match[1]), key: null });
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, []);

  const select = useCallback((line: number, key: string | null) => {
    setSelected({ line, key });
    window.history.replaceState(window.history.state, "", `#L${line}`);
  }, []);
  const lineText = useCallback((n: number) => lines[n - 1], [lines]);

  return (
    // data-wide lets the page use the full screen width: the §三 and §四 tables need ~820 px beside the text
    // (in the default 72rem column they scrolled sideways at 1280 px). Below xl the text goes under the tables.
    <div data-wide className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_minmax(20rem,26rem)]">
      <div className="flex min-w-0 flex-col gap-4">
        <FindingList findings={findings} onSelect={select} selectedLine={selected?.line ?? null} />
        <ReportTables
          family={family}
          values={valueMap}
          flagged={flagged}
          lineText={lineText}
          selectedKey={selected?.key ?? null}
          onSelect={select}
          testId="report-table"
        />
      </div>
      <div className="min-w-0 xl:sticky xl:top-2 xl:self-start">
        <h2 className="mb-1 text-sm font-semibold">
          原文{selected ? <span className="ml-2 font-normal text-slate-600">第{selected.line}行</span> : null}
        </h2>
        <TextPane text={text} selectedLine={selected?.line ?? null} findingLines={findingLines} />
      </div>
    </div>
  );
}
