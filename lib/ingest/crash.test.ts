/**
 * Crash safety: the ingest CLI killed with SIGKILL mid-run (three times, at different points) leaves a
 * consistent database, and a final run completes the job with nothing duplicated.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openClient } from "@/db/client";
import { writeSeedCopies } from "@/test/helpers/seed-copies";
import { freshDb, integrityProblems, tempDir } from "@/test/helpers/ingest";

const COPIES = 2_000;

function runCli(
  dir: string,
  url: string,
  workers: number,
): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string }> } {
  // Own process group: npx → tsx → node are all killed together.
  const child = spawn("npx", ["tsx", "lib/cli/ingest.ts", dir, "--json", "--workers", String(workers)], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: url },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.resume();
  const done = new Promise<{ code: number | null; stdout: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout })),
  );
  return { child, done };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("ingest CLI under SIGKILL", () => {
  it("leaves whole reports only, and a rerun finishes without duplicates", async () => {
    const dir = tempDir("nianbao-crash-");
    writeSeedCopies(join(dir, "reports"), COPIES);
    const { client, url } = await freshDb(dir);
    const count = async () => Number((await client.execute("SELECT count(*) FROM reports")).rows[0][0]);
    // Kill once some reports have landed past each threshold, after a random extra delay (mid-batch).
    for (const threshold of [1, 500, 1000]) {
      // Parsing inline in the killed runs keeps the test's CPU (a shared 2-core machine) down.
      const { child, done } = runCli(join(dir, "reports"), url, 0);
      while ((await count()) < threshold && child.exitCode === null) await sleep(20);
      await sleep(Math.random() * 100); // hundreds of reports still to come: the kill lands mid-run
      process.kill(-child.pid!, "SIGKILL");
      await done;
      expect(await integrityProblems(client)).toEqual([]);
      expect(await count()).toBeLessThan(COPIES); // killed mid-run, not after it finished
    }
    const landed = await count();
    const { done } = runCli(join(dir, "reports"), url, 1);
    const { code, stdout } = await done;
    expect(code).toBe(0);
    const summary = JSON.parse(stdout.trim().split("\n").at(-1)!);
    expect(summary).toEqual({ added: COPIES - landed, updated: 0, unchanged: landed, failed: 0 });
    const check = await openClient(url);
    const totals = (
      await check.execute(
        "SELECT count(*) AS n, count(DISTINCT sha256) AS shas, sum(status = 'active') AS active FROM reports",
      )
    ).rows[0];
    expect([totals.n, totals.shas, totals.active]).toEqual([COPIES, COPIES, COPIES]);
    expect(
      Number(
        (await check.execute("SELECT reports FROM agg_region_year WHERE scope = ''")).rows.reduce(
          (n, r) => n + Number(r.reports),
          0,
        ),
      ),
    ).toBe(COPIES);
    expect(await integrityProblems(check)).toEqual([]);
    check.close();
    client.close();
    rmSync(dir, { recursive: true, force: true });
  }, 400_000); // a hang guard, not a speed bound: four ingest runs of 2,000 reports took over 120 s at load 20
});
