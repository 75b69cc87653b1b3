/**
 * Hand-read figures scored the way ../shared/tools/score-expected.py scores real reports: each is exact, blank
 * (not read), flagged (wrong, but a finding names its key) or silent (wrong and named by nothing).
 */
export type FigureOutcome = "exact" | "blank" | "flagged" | "silent";

export interface ScoredFigure {
  key: string;
  want: number;
  read: number | undefined;
  outcome: FigureOutcome;
}

interface ReadReport {
  values: Record<string, number>;
  findings: readonly { keys: readonly string[] }[];
}

export function scoreFigures(report: ReadReport, expected: Record<string, number>): ScoredFigure[] {
  const named = new Set(report.findings.flatMap((f) => f.keys));
  return Object.entries(expected).map(([key, want]) => {
    const read = report.values[key];
    const outcome = read === want ? "exact" : read === undefined ? "blank" : named.has(key) ? "flagged" : "silent";
    return { key, want, read, outcome };
  });
}
