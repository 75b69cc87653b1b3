/**
 * Faults, for real: the ingest CLI as a child process on real libSQL files — SIGKILL at random moments
 * (beyond lib/ingest/crash.test.ts: from the very start, on a fresh database, and during an update run that
 * supersedes reports), reads served while an ingest writes, a read-only database and a full disk.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import type { Client } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { openClient } from "@/db/client";
import { writeSeedCopies } from "@/test/helpers/seed-copies";
import { freshDb, integrityProblems, removeTempDirs, tempDir } from "@/test/helpers/ingest";
import { isRoot, openToAll, runIngest, sleep, summaryOf } from "./cli-process";

afterAll(removeTempDirs);

const scalar = async (client: Client, sql: string) => Number((await client.execute(sql)).rows[0][0]);

async function consistent(client: Client): Promise<void> {
  expect((await client.execute("PRAGMA integrity_check")).rows[0][0]).toBe("ok");
  // Killed before the migrations committed: no tables yet is a consistent state too.
  const migrated = await scalar(client, "SELECT count(*) FROM sqlite_master WHERE name = 'reports'");
  if (migrated) expect(await integrityProblems(client)).toEqual([]);
}

/** A corrected edition of every copy: the same agency-years, new bytes, so a rerun supersedes them all. */
function bumpCopies(dir: string): void {
  for (const sub of readdirSync(dir)) {
    for (const f of readdirSync(join(dir, sub))) {
      const p = join(dir, sub, f);
      writeFileSync(p, `${readFileSync(p, "utf8")}\n本报告为更正后的版本。\n`);
    }
  }
}

describe("ingest CLI killed by SIGKILL at random moments", () => {
  it("fresh database and update run: consistent after every kill, and a rerun completes with nothing " +
    "duplicated", async () => {
    const COPIES = 1200;
    const dir = tempDir("nianbao-faults-");
    const reports = join(dir, "reports");
    writeSeedCopies(reports, COPIES);
    const url = `file:${join(dir, "kill.db")}`; // not migrated: the first kills can land during migration
    // How long one whole run takes on this machine, so a kill "at a random time" lands inside the run
    // however fast the machine is (a fixed window let a fast CI machine finish before the kill).
    const started = Date.now();
    const calibration = await runIngest([reports, "--json", "--workers", "1"], {
      url: `file:${join(dir, "calibrate.db")}`,
    }).done;
    expect(calibration.code, calibration.stderr).toBe(0);
    const wholeRun = Date.now() - started;
    const kills: string[] = [];
    const probe = await openClient(url);
    const rows = (sql: string) => scalar(probe, sql).catch(() => 0); // 0 until the migrations made the table
    /**
     * One run killed at a random moment: either a random time within the first half of a whole run (start-up,
     * migration, first batches) or once a random number of rows has landed, plus a short random delay
     * (mid-parse, mid-transaction). At most half the rows have landed then, and writes come in batches of
     * 250, so hundreds of reports are still to come when the kill lands.
     */
    const killRandomly = async (progressSql: string, byTime: boolean) => {
      const { child, done } = runIngest([reports, "--json", "--workers", "1"], { url });
      const until = Date.now() + 120_000;
      const target = 1 + Math.floor(Math.random() * COPIES * 0.5);
      if (byTime) await Promise.race([sleep(Math.random() * wholeRun * 0.5), done]);
      else {
        while (child.exitCode === null && Date.now() < until && (await rows(progressSql)) < target) await sleep(20);
        await Promise.race([sleep(Math.random() * 100), done]);
      }
      const killed = child.exitCode === null;
      if (killed) process.kill(-child.pid!, "SIGKILL");
      await done;
      const what = `${byTime ? "a random time" : `${target} rows`}: ${
        killed ? `killed at ${await rows(progressSql)} rows` : "had finished"
      }`;
      kills.push(what);
      const client = await openClient(url);
      await consistent(client).catch((e) => {
        throw new Error(`after the kill at ${what} (kills: ${kills.join("; ")}): ${e}`);
      });
      client.close();
    };
    const FRESH = "SELECT count(*) FROM reports";
    for (const byTime of [true, false, false]) await killRandomly(FRESH, byTime);
    const first = await runIngest([reports, "--json", "--workers", "1"], { url }).done;
    expect(first.code, first.stderr).toBe(0);
    const client = await openClient(url);
    expect(await scalar(client, "SELECT count(*) FROM reports WHERE status = 'active'")).toBe(COPIES);

    bumpCopies(reports);
    const UPDATED = "SELECT count(*) FROM reports WHERE status = 'superseded'";
    for (const byTime of [false, true]) await killRandomly(UPDATED, byTime);
    console.info(`whole run ${wholeRun} ms; SIGKILL moments: ${kills.join("; ")}`);
    expect(kills.filter((k) => k.includes("killed")).length, kills.join("; ")).toBe(kills.length);
    const second = await runIngest([reports, "--json", "--workers", "1"], { url }).done;
    expect(second.code, second.stderr).toBe(0);
    const s = summaryOf(second.stdout);
    expect(s.updated + s.unchanged).toBe(COPIES);
    expect(s.added + s.failed).toBe(0);
    expect(await scalar(client, "SELECT count(*) FROM reports WHERE status = 'active'")).toBe(COPIES);
    expect(await scalar(client, "SELECT count(*) FROM reports WHERE status = 'superseded'")).toBe(COPIES);
    expect(await scalar(client, "SELECT count(*) - count(DISTINCT sha256) FROM reports")).toBe(0);
    await consistent(client);
    client.close();
    probe.close();
  }, 300_000);
});

/** One read transaction: whole reports only — every active report has its facts, and agg equals the facts. */
async function readSnapshot(client: Client): Promise<{ active: number; problems: string[] }> {
  const tx = await client.transaction("read");
  try {
    const one = async (sql: string) => {
      const row = (await tx.execute(sql)).rows[0];
      return Array.from({ length: row.length }, (_, i) => Number(row[i]));
    };
    const [active] = await one("SELECT count(*) FROM reports WHERE status = 'active'");
    const [facts, factReports, factsAppsNew] = await one(
      "SELECT count(*), count(DISTINCT report_id), coalesce(sum(apps_new), 0) FROM report_facts",
    );
    const [aggReports, aggAppsNew] = await one(
      "SELECT coalesce(sum(reports), 0), coalesce(sum(apps_new), 0) FROM agg_region_year WHERE scope = ''",
    );
    const problems: string[] = [];
    if (active !== facts || facts !== factReports)
      problems.push(`${active} active reports but ${facts} facts rows (${factReports} reports)`);
    if (aggReports !== facts || aggAppsNew !== factsAppsNew)
      problems.push(`agg ${aggReports} reports / ${aggAppsNew} apps_new, facts ${facts} / ${factsAppsNew}`);
    return { active, problems };
  } finally {
    tx.close();
  }
}

describe("reads served while an ingest writes", () => {
  it("no read fails and every read sees whole reports only", async () => {
    const COPIES = 1500;
    const dir = tempDir("nianbao-concurrent-");
    writeSeedCopies(join(dir, "reports"), COPIES);
    const { client, url } = await freshDb(dir);
    const { child, done } = runIngest([join(dir, "reports"), "--json", "--workers", "1"], { url });
    const seen = new Set<number>();
    const failures: string[] = [];
    let reads = 0;
    const until = Date.now() + 240_000; // bounded even if the ingest hangs
    while (child.exitCode === null && Date.now() < until) {
      try {
        const snap = await readSnapshot(client);
        seen.add(snap.active);
        failures.push(...snap.problems);
      } catch (e) {
        failures.push(`read failed: ${e}`);
      }
      reads++;
      // libSQL's local client answers synchronously: yield so the child's exit and output events are handled.
      await new Promise((r) => setImmediate(r));
    }
    const result = await done;
    console.info(
      `reads during ingest: ${reads} read transactions saw ${seen.size} different report counts, ${failures.length} ` +
        `problems`,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(failures.slice(0, 5)).toEqual([]);
    // The reads overlapped the writes: they saw the count grow through several batches.
    expect(seen.size, `${reads} reads saw ${[...seen].join(", ")}`).toBeGreaterThan(2);
    expect((await readSnapshot(client)).active).toBe(COPIES);
    client.close();
  }, 300_000);
});

/** A migrated database with two real reports, closed and checkpointed (no -wal/-shm left behind). */
async function smallDb(dir: string): Promise<{ url: string; path: string }> {
  const seeds = join(dir, "seeds");
  writeSeedCopies(seeds, 2);
  const { client, url } = await freshDb(dir);
  expect(await runIngest([seeds, "--workers", "0"], { url }).done.then((r) => r.code)).toBe(0);
  await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  client.close();
  const path = url.slice("file:".length);
  for (const ext of ["-wal", "-shm"]) rmSync(path + ext, { force: true });
  return { url, path };
}

const NO_STACK = /^\s+at /m;

describe("a read-only database gives a clear error and stays whole", () => {
  it("read-only file: the run stops at the first write with the reason, nothing is half-written", async () => {
    const dir = tempDir("nianbao-ro-");
    const { url, path } = await smallDb(dir);
    writeSeedCopies(join(dir, "more"), 30);
    openToAll(dir, join(dir, "more"));
    chmodSync(path, 0o444);
    const run = await runIngest([join(dir, "more"), "--json", "--workers", "0"], { url, asNobody: true }).done;
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(
      /^ingest stopped: the database .* can no longer be written \(.*readonly.*\)\. This run stored 0 reports/m,
    );
    expect(run.stderr).toMatch(/入库中止/);
    expect(summaryOf(run.stdout)).toMatchObject({ added: 0, updated: 0, failed: 0 }); // --json: still the last line
    expect(run.stderr).not.toMatch(/A database error stopped this report/); // one line for the run, not one per file
    expect(run.stderr).not.toMatch(NO_STACK);
    chmodSync(path, 0o644);
    const client = await openClient(url);
    await consistent(client);
    expect(await scalar(client, "SELECT count(*) FROM reports")).toBe(2);
    client.close();
  }, 120_000);

  it("read-only folder: the run stops at once with one line and exit status 3", async () => {
    const dir = tempDir("nianbao-ro-dir-");
    const { url, path } = await smallDb(dir);
    writeSeedCopies(join(dir, "more"), 5);
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555); // no -wal/-shm can be made beside the database
    const run = await runIngest([join(dir, "more"), "--json", "--workers", "0"], { url, asNobody: true }).done;
    chmodSync(dir, 0o755);
    chmodSync(path, 0o644);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(
      /^ingest stopped: the database .* could not be opened or written \(.*(readonly|unable to open|EACCES).*\)/m,
    );
    expect(run.stderr).not.toMatch(NO_STACK);
    const client = await openClient(url);
    await consistent(client);
    expect(await scalar(client, "SELECT count(*) FROM reports")).toBe(2);
    client.close();
  }, 120_000);
});

/** Mounts a tmpfs of `size` at `dir` (needs root); false when mounting is not permitted. */
function mountTmpfs(dir: string, size: string): boolean {
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("a full disk gives a clear error and stays whole", () => {
  it("disk full mid-ingest: the run stops with one clear line, the database is consistent, and after space is freed " +
    "a rerun completes", async (ctx) => {
    const COPIES = 200;
    const dir = tempDir("nianbao-full-");
    const disk = join(dir, "disk");
    mkdirSync(disk);
    if (!isRoot || !mountTmpfs(disk, "1m")) return ctx.skip(); // needs root to mount a tiny filesystem
    try {
      writeSeedCopies(join(dir, "reports"), COPIES);
      const url = `file:${join(disk, "full.db")}`;
      const full = await runIngest([join(dir, "reports"), "--json", "--workers", "1"], { url }).done;
      expect(full.code, full.stderr).toBe(3);
      expect(full.stderr).toMatch(/^ingest stopped: the database .*(disk is full|SQLITE_FULL|ENOSPC)/m);
      expect(full.stderr).not.toMatch(/A database error stopped this report/); // stops at the first SQLITE_FULL
      expect(summaryOf(full.stdout).failed).toBe(0);
      expect(full.stderr).not.toMatch(NO_STACK);
      let client = await openClient(url).catch(() => null);
      if (client) {
        await consistent(client);
        client.close();
      }
      execFileSync("mount", ["-o", "remount,size=64m", disk]);
      const rerun = await runIngest([join(dir, "reports"), "--json", "--workers", "1"], { url }).done;
      expect(rerun.code, rerun.stderr).toBe(0);
      client = await openClient(url);
      await consistent(client);
      expect(await scalar(client, "SELECT count(*) FROM reports WHERE status = 'active'")).toBe(COPIES);
      expect(await scalar(client, "SELECT count(*) FROM reports WHERE status = 'failed'")).toBe(0);
      client.close();
    } finally {
      execFileSync("umount", ["-l", disk]);
    }
  }, 240_000);
});
