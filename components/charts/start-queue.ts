/**
 * Starts the page's charts one at a time, each in its own idle task, the next only when the one before has
 * drawn its first frame. Initialising the overview's five charts in one task blocked the main thread ~600 ms
 * on Lighthouse's mobile CPU (bench/RESULTS.md). echarts-for-react builds a measuring instance first and the
 * real one a frame later, so a bare idle callback per chart would let several real instances land in the same
 * frame again: the queue waits for the chart's `done` (its onChartReady) before the next idle start.
 */

/** How long one chart may hold the queue: a chart that never reports ready must not stop the others. */
export const HOLD_MS = 1000;

interface Entry {
  start: () => void;
  cancelled: boolean;
}

const waiting: Entry[] = [];
let running: Entry | null = null;
let holdTimer: ReturnType<typeof setTimeout> | null = null;

function release(entry: Entry): void {
  if (running !== entry) return;
  running = null;
  if (holdTimer !== null) clearTimeout(holdTimer);
  holdTimer = null;
  next();
}

function whenIdle(run: () => void): void {
  if (typeof window !== "undefined" && typeof window.requestIdleCallback === "function") {
    window.requestIdleCallback(run, { timeout: 500 });
  } else {
    setTimeout(run, 1); // no requestIdleCallback (Safari): still one chart per task
  }
}

function next(): void {
  if (running) return;
  const entry = waiting.shift();
  if (!entry) return;
  running = entry;
  whenIdle(() => {
    if (entry.cancelled) return release(entry);
    entry.start();
    holdTimer = setTimeout(() => release(entry), HOLD_MS);
  });
}

/**
 * Queues `start` for an idle task of its own. Call `done` once the chart has drawn (or failed) to let the next
 * one start; `cancel` when the chart unmounts, started or not.
 */
export function queueChartStart(start: () => void): { done(): void; cancel(): void } {
  const entry: Entry = { start, cancelled: false };
  waiting.push(entry);
  next();
  return {
    done: () => release(entry),
    cancel: () => {
      entry.cancelled = true;
      const i = waiting.indexOf(entry);
      if (i >= 0) waiting.splice(i, 1);
      else release(entry);
    },
  };
}
