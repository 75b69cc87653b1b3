"use client";
/**
 * The report's normalised text with line numbers. Only the lines in and near the visible part of the
 * pane are in the DOM (@tanstack/react-virtual, rows measured after render because long lines wrap),
 * so a 60,000-line PDF text loads and scrolls as fast as a short one. Selecting a line scrolls to it.
 */
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef } from "react";

/** Height of one unwrapped line of text-xs (leading 18px), the estimate before a row is measured. */
const LINE_PX = 18;

interface Props {
  text: string;
  selectedLine: number | null;
  /** Lines a finding points at. */
  findingLines: ReadonlySet<number>;
}

export function TextPane({ text, selectedLine, findingLines }: Props) {
  const lines = useMemo(() => text.split("\n"), [text]);
  const pane = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => pane.current,
    estimateSize: () => LINE_PX,
    overscan: 20,
  });

  useEffect(() => {
    if (selectedLine === null || selectedLine < 1 || selectedLine > lines.length) return;
    virtualizer.scrollToIndex(selectedLine - 1, { align: "center" });
    // On a phone the pane sits below the tables: bring the pane itself into view too.
    const box = pane.current?.getBoundingClientRect();
    if (box && (box.top > window.innerHeight || box.bottom < 0)) pane.current?.scrollIntoView({ block: "nearest" });
  }, [selectedLine, lines.length, virtualizer]);

  return (
    <div
      ref={pane}
      className="h-[75vh] overflow-auto rounded border border-slate-200 bg-white p-2 font-mono text-xs leading-[18px]"
      tabIndex={0}
      role="region"
      aria-label={`报告原文（规范化文本，共${lines.length}行）`}
      data-testid="report-text"
      data-lines={lines.length}
    >
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const n = row.index + 1;
          const tone = n === selectedLine ? "bg-amber-200" : findingLines.has(n) ? "bg-red-50" : "";
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              id={`L${n}`}
              data-line={n}
              className={`absolute left-0 top-0 flex w-full gap-2 ${tone}`}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <span className="w-12 shrink-0 select-none text-right text-slate-600" aria-hidden="true">
                {n}
              </span>
              <span className="min-w-0 whitespace-pre-wrap break-all">{lines[row.index] || " "}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
