import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HOLD_MS, queueChartStart } from "./start-queue";

// No window here: the queue falls back to one setTimeout task per chart, which fake timers step through.
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.runAllTimers(); // drain the module-level queue so tests do not leak into each other
  vi.useRealTimers();
});

describe("queueChartStart", () => {
  it("starts one chart per task, the next only after the one before is done", () => {
    const started: string[] = [];
    const a = queueChartStart(() => started.push("a"));
    queueChartStart(() => started.push("b"));
    expect(started).toEqual([]); // never inside the caller's task
    vi.advanceTimersByTime(1);
    expect(started).toEqual(["a"]);
    vi.advanceTimersByTime(HOLD_MS / 2);
    expect(started).toEqual(["a"]); // a has not drawn yet: b waits
    a.done();
    expect(started).toEqual(["a"]); // b gets a task of its own
    vi.advanceTimersByTime(1);
    expect(started).toEqual(["a", "b"]);
  });

  it("moves on after HOLD_MS when a chart never reports done", () => {
    const started: string[] = [];
    queueChartStart(() => started.push("stuck"));
    queueChartStart(() => started.push("next"));
    vi.advanceTimersByTime(1 + HOLD_MS - 1);
    expect(started).toEqual(["stuck"]);
    vi.advanceTimersByTime(2);
    expect(started).toEqual(["stuck", "next"]);
  });

  it("never starts a chart cancelled while waiting, and a cancelled running chart frees the queue", () => {
    const started: string[] = [];
    const a = queueChartStart(() => started.push("a"));
    const b = queueChartStart(() => started.push("b"));
    queueChartStart(() => started.push("c"));
    b.cancel();
    vi.advanceTimersByTime(1);
    a.cancel(); // unmounted after its start, before it drew
    vi.advanceTimersByTime(1);
    expect(started).toEqual(["a", "c"]);
  });

  it("a chart cancelled before its idle task runs does not start, and does not hold the queue", () => {
    const started: string[] = [];
    const a = queueChartStart(() => started.push("a"));
    queueChartStart(() => started.push("b"));
    a.cancel();
    vi.advanceTimersByTime(2);
    expect(started).toEqual(["b"]);
  });
});
