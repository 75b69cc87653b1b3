import { describe, expect, it } from "vitest";
import { cpuBudget } from "./read-document";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function burn(ms: number): void {
  const until = process.cpuUsage().user / 1000 + ms;
  while (process.cpuUsage().user / 1000 < until) Math.sqrt(Math.random());
}

describe("the PDF time limit counts CPU time, with a wall cap", () => {
  it("a read that waits (a machine busy elsewhere) is not stopped before four times the limit", async () => {
    const budget = cpuBudget(200);
    await sleep(500); // 2.5× the limit in wall time, almost no CPU
    expect(budget.signal.aborted).toBe(false);
    await sleep(500); // past 4× in wall time: a stalled read ends
    expect(budget.signal.aborted).toBe(true);
    budget.stop();
  });

  it("a read that spends its CPU time is stopped", async () => {
    const budget = cpuBudget(100);
    burn(150);
    await sleep(300); // the check runs on the event loop
    expect(budget.signal.aborted).toBe(true);
    budget.stop();
  });
});
