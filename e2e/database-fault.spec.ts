/**
 * A database that cannot be read, for real: a second `next start` of the same production build whose
 * DATABASE_URL names a file of garbage bytes. Pages show the Chinese error page with a retry link and an error
 * status, the API its 503; once the file is gone (a fresh database is made), 重试 brings the page back.
 * One server start for the whole file.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const SHOTS = "e2e/output/screenshots";

let server: ChildProcess;
let dir: string;
let dbPath: string;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-fault-"));
  dbPath = join(dir, "garbage.db");
  writeFileSync(dbPath, Buffer.alloc(64 * 1024, "这不是 SQLite 数据库 "));
  server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: `file:${dbPath}` },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true, // its own process group: npx and the Next server stop together
  });
  let stderr = "";
  server.stderr!.on("data", (chunk) => (stderr += chunk));
  const until = Date.now() + 60_000;
  for (;;) {
    const answered = await fetch(`${BASE}/api/health`).then(
      () => true,
      () => false,
    );
    if (answered) break;
    if (server.exitCode !== null || Date.now() > until) throw new Error(`fault server did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(() => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

test("the API says 503 database unavailable", async ({ request }) => {
  for (const path of ["/api/health", "/api/agencies?q=瓯海"]) {
    const res = await request.get(`${BASE}${path}`);
    expect(res.status(), path).toBe(503);
    expect((await res.json()).error, path).toBe("database unavailable");
  }
});

test("every view shows the Chinese database page with a retry link, under an error status", async ({ page }) => {
  // An agency id cannot be told unknown while the database is unreadable: the fault page, not the 404 page.
  for (const path of ["/compare?metric=rate.grant", "/quality", "/agencies/abc", "/reports/0123456789abcdef"]) {
    const res = await page.goto(`${BASE}${path}`);
    expect(res?.status(), path).toBe(500);
    await expect(page.getByRole("heading", { name: "数据库暂时不可用" }), path).toBeVisible();
    await expect(page.getByTestId("error-retry"), path).toHaveAttribute("href", path);
    await expect(page.getByTestId("not-found"), path).toHaveCount(0);
  }
});

test("the error page at 1280 and 390 px; 重试 brings the page back once the database is readable", async ({ page }) => {
  const res = await page.goto(`${BASE}/`);
  expect(res?.status()).toBe(500);
  const errorPage = page.getByTestId("error-page");
  await expect(errorPage).toHaveAttribute("data-fault", "database");
  await expect(errorPage).toContainText("年报数据库现在无法打开或没有响应");
  await expect(page.getByRole("link", { name: "重试" })).toHaveAttribute("href", "/");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 700 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `overflows by ${overflow}px at ${width}px`).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}/database-fault-${width}.png`, fullPage: true });
  }

  // Still unreadable: 重试 reads the view from the server again (an RSC request) and shows the same page.
  const reread = page.waitForRequest((r) => r.headers().rsc === "1");
  await page.getByRole("link", { name: "重试" }).click();
  await reread;
  await expect(errorPage).toHaveAttribute("data-fault", "database");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbPath}${suffix}`, { force: true });
  await page.getByRole("link", { name: "重试" }).click(); // a fresh, empty database is made and migrated
  await expect(page.getByRole("heading", { name: "总览" })).toBeVisible();
  await expect(page.getByTestId("empty-state")).toContainText("数据库中还没有年报");
  await expect(errorPage).toHaveCount(0);
  expect(page.url()).toBe(`${BASE}/`);
});
