"use client";
/**
 * The report's normalised text with line numbers. Long documents stay responsive: lines are grouped in
 * chunks that the browser skips laying out while off screen (`content-visibility: auto`), and a chunk
 * re-renders only when the selected line enters or leaves it.
 */
import { memo, useEffect, useMemo, useRef } from "react";

const CHUNK = 200;
/** Estimated height of a line before the browser lays the chunk out (one line of text-xs). */
const LINE_PX = 18;

interface Props {
  text: string;
  selectedLine: number | null;
  /** Lines a finding points at. */
  findingLines: ReadonlySet<number>;
}

interface ChunkProps {
  lines: string[];
  start: number;
  selectedLine: number | null;
  findingLines: ReadonlySet<number>;
}

const Chunk = memo(function Chunk({ lines, start, selectedLine, findingLines }: ChunkProps) {
  return (
    <div style={{ contentVisibility: "auto", containIntrinsicSize: `auto ${lines.length * LINE_PX}px` }}>
      {lines.map((text, i) => {
        const n = start + i;
        const tone = n === selectedLine ? "bg-amber-200" : findingLines.has(n) ? "bg-red-50" : "";
        return (
          <div key={n} id={`L${n}`} data-line={n} className={`flex gap-2 ${tone}`}>
            <span className="w-10 shrink-0 select-none text-right text-slate-600" aria-hidden="true">
              {n}
            </span>
            <span className="min-w-0 whitespace-pre-wrap break-all">{text || " "}</span>
          </div>
        );
      })}
    </div>
  );
});

export function TextPane({ text, selectedLine, findingLines }: Props) {
  const chunks = useMemo(() => {
    const lines = text.split("\n");
    const out: { start: number; lines: string[] }[] = [];
    for (let i = 0; i < lines.length; i += CHUNK) out.push({ start: i + 1, lines: lines.slice(i, i + CHUNK) });
    return out;
  }, [text]);
  const pane = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selectedLine === null) return;
    const target = pane.current?.querySelector<HTMLElement>(`#L${selectedLine}`);
    target?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [selectedLine]);

  return (
    <div
      ref={pane}
      className="max-h-[75vh] overflow-auto rounded border border-slate-200 bg-white p-2 font-mono text-xs leading-[18px]"
      tabIndex={0}
      role="region"
      aria-label="报告原文（规范化文本）"
      data-testid="report-text"
    >
      {chunks.map((c) => (
        <Chunk
          key={c.start}
          lines={c.lines}
          start={c.start}
          selectedLine={selectedLine !== null && selectedLine >= c.start && selectedLine < c.start + c.lines.length ? selectedLine : null}
          findingLines={findingLines}
        />
      ))}
    </div>
  );
}
