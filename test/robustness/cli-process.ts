/**
 * The ingest CLI as a real child process for the fault tests: its own process group (so SIGKILL reaches
 * tsx's node child too), optionally as the unprivileged user `nobody` — root ignores file permissions, so
 * a read-only database or an unreadable file can only be tested for real without root's privileges.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync } from "node:fs";
import { join } from "node:path";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
export const NOBODY = 65534;
export const isRoot = process.getuid?.() === 0;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}
export interface CliRun {
  child: ChildProcess;
  done: Promise<CliResult>;
}

export function runIngest(args: string[], opts: { url: string; asNobody?: boolean }): CliRun {
  return runCli("lib/cli/ingest.ts", args, opts);
}

/** Any of the project's CLIs (lib/cli/*.ts) as a child process in its own process group. */
export function runCli(entry: string, args: string[], opts: { url: string; asNobody?: boolean }): CliRun {
  const cli = [TSX, entry, ...args];
  const drop = opts.asNobody && isRoot ? ["setpriv", `--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups"] : [];
  const [cmd, ...rest] = [...drop, ...cli];
  const child = spawn(cmd, rest, {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: opts.url },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<CliResult>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** The `{"added": …}` line the CLI prints with --json. */
export function summaryOf(stdout: string): { added: number; updated: number; unchanged: number; failed: number } {
  return JSON.parse(stdout.trim().split("\n").at(-1)!);
}

/** Lets `nobody` into a folder made by the (root) test process. */
export function openToAll(...dirs: string[]): void {
  for (const d of dirs) chmodSync(d, 0o777);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
