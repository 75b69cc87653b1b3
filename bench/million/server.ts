/**
 * The production server (server.mjs: `npm start`, Next behind the pinned-cache front) of the .next-bench build on a
 * loopback port, in its own process group so that stopping it
 * stops Next and its workers (and nothing else); plus a health wait.
 */
import { spawn, type ChildProcess } from "node:child_process";

export interface BenchServer {
  base: string;
  stop(): void;
}

export async function waitHealthy(base: string, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server not healthy on ${base} within ${deadlineMs / 1000} s`);
}

/** Starts the server unless `running` (then only waits for the one already on the port). */
export async function startServer(opts: { db: string; port: string; running: boolean }): Promise<BenchServer> {
  const base = `http://127.0.0.1:${opts.port}`;
  let child: ChildProcess | null = null;
  if (!opts.running) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: `file:${opts.db}`,
      NEXT_DIST_DIR: ".next-bench",
      NODE_ENV: "production",
    };
    child = spawn(process.execPath, ["server.mjs", "-p", opts.port, "-H", "127.0.0.1"], {
      env,
      detached: true,
      stdio: "ignore",
    });
    console.log(`server.mjs pid ${child.pid} on ${base}, database ${opts.db}`);
  }
  const stop = () => {
    if (child?.pid) process.kill(-child.pid, "SIGTERM");
    child = null;
  };
  try {
    await waitHealthy(base, 120_000);
  } catch (e) {
    stop();
    throw e;
  }
  return { base, stop };
}
