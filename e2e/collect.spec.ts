/**
 * Collect → dashboard: `npm run collect` walks the loopback fixture site (test/collect-site.ts: a paginated 年报 column
 * with report pages, attachments, a 301, a 404, a slow page, a 500 then success, a robots.txt Disallow, a link loop, an
 * oversized file, and a GBK site) into a database of its own, and the production server started on that database
 * shows the collected reports, their provenance, and what collect could not fetch as 未发布.
 *
 * A dedicated database and server (E2E_PORT + 50), not the shared e2e one: collecting real reports removes the demo
 * corpus, which the other specs read. Built with the same NEXT_DIST_DIR as the e2e server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { AGENCY, CollectSite } from "../test/collect-site";
import { watchErrors } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3210) + 50;
const BASE = `http://127.0.0.1:${PORT}`;
const OUHAI_DISTRICT = "330304";
/** Listed in the collect CSV with a column that does not exist: known, and 未发布 every year. */
const LISTED = "温州市瓯海区审计局";

let site: CollectSite;
let server: ChildProcess | null = null;
let dir = "";
let summary: { pages: number; reports: number; added: number; failed: number };

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(`${BASE}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`next start on ${PORT} did not answer /api/health`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await new CollectSite().start();
  dir = mkdtempSync(join(tmpdir(), "nianbao-e2e-collect-"));
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, "collect.db")}` };
  // --timeout-ms: the slow page answers after 10 s; a short timeout keeps the run to seconds (it fails, as it should).
  const csv = join(dir, "agencies.csv");
  writeFileSync(
    csv,
    [
      "agency,region_code,url",
      `${AGENCY},${OUHAI_DISTRICT},${site.columnUrl}`,
      `${LISTED},${OUHAI_DISTRICT},${site.main}/xxgk/sjj/index.html`,
      `,,${site.gbkColumnUrl}`,
    ].join("\n"),
  );
  const collect = await run(
    ["tsx", "lib/cli/collect.ts", "--json", "--delay-ms", "0", "--timeout-ms", "1500", csv],
    env,
  );
  expect(collect.code, collect.stderr).toBe(1); // the site's faulty pages fail; the rest is stored
  summary = JSON.parse(collect.stdout.trim().split("\n").at(-1)!);
  server = spawn("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env,
    stdio: "ignore",
    detached: true,
  });
  await waitForHealth(Date.now() + 90_000);
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM"); // its group: npx and the next server under it
  await site?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function agencyIdOf(name: string): Promise<string> {
  const res = await fetch(`${BASE}/api/agencies?q=${encodeURIComponent(name)}`);
  const { agencies } = (await res.json()) as { agencies: { id: string; name: string }[] };
  const hit = agencies.find((a) => a.name === name);
  expect(hit, `${name} among ${agencies.map((a) => a.name).join(", ")}`).toBeTruthy();
  return hit!.id;
}

test("collected reports appear on the dashboard: Overview, the agency's years, /quality's failures", async ({
  page,
}) => {
  const errors = watchErrors(page);
  expect(summary.added).toBeGreaterThanOrEqual(5);
  expect(summary.failed).toBeGreaterThanOrEqual(4);
  await page.goto(`${BASE}/?region=3303`);
  await expect(page.getByTestId("overview-headline")).toBeVisible();
  await expect(page.getByTestId("selection-summary")).toContainText("温州市");
  const id = await agencyIdOf(AGENCY);
  await page.goto(`${BASE}/agencies/${id}`);
  await expect(page.getByTestId("agency-name")).toContainText(AGENCY);
  for (const year of [2024, 2022, 2019, 2016])
    await expect(page.getByTestId("agency-year-tabs")).toContainText(String(year));
  // 2021's page is a 404 and 2020's too slow: the agency page marks those years as not reported.
  await expect(page.getByTestId("agency-year-tabs")).toContainText("2021年 未报送");
  await expect(page.getByTestId("agency-year-tabs")).not.toContainText("2024年 未报送");
  await page.goto(`${BASE}/quality`);
  // What collect could not fetch is kept with its address (the 404 page of 2021).
  await expect(page.locator(`section[aria-label="解析失败的文件"]`)).toContainText("t20220125_3.html");
  expect(errors).toEqual([]);
});

test("the report page shows where and when it was collected, and serves the original", async ({ page }) => {
  const id = await agencyIdOf(AGENCY);
  await page.goto(`${BASE}/agencies/${id}?year=2024`);
  await page.getByTestId("agency-year-report-link").first().click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f]{16}/);
  const sourceUrl = `${site.main}/xxgk/ndbg/202501/t20250120_101.html`;
  await expect(page.getByTestId("report-source-url").getByRole("link")).toHaveAttribute("href", sourceUrl);
  await expect(page.getByTestId("report-page-published")).toContainText("2025-01-24");
  await expect(page.getByTestId("report-first-seen")).toContainText(/\d{4}-\d{2}-\d{2}/);
  await expect(page.getByTestId("report-last-modified")).toContainText("2024");
  const href = await page.getByTestId("report-original").getByRole("link").getAttribute("href");
  const original = await page.request.get(`${BASE}${href}`);
  expect(original.status()).toBe(200);
  expect(await original.text()).toContain(`${AGENCY}2024年`);
});

test("timeliness: collected years judged on time, the years collect could not fetch 未发布", async ({ page }) => {
  await page.goto(`${BASE}/quality?region=${OUHAI_DISTRICT}&timely=missing`);
  const list = page.getByTestId("timeliness-list");
  const rows = list.locator(`tr[data-status="missing"]`, { hasText: AGENCY });
  // 2021 (404) and 2020 (too slow) were not collected; their deadlines have long passed.
  const ofYear = (year: number) =>
    rows.filter({ has: page.locator("td:first-child", { hasText: new RegExp(`^${year}$`) }) });
  await expect(ofYear(2021)).toHaveCount(1);
  await expect(ofYear(2020)).toHaveCount(1);
  for (const year of [2024, 2022, 2019, 2016]) await expect(ofYear(year)).toHaveCount(0);
  // The listed agency whose column is gone owes every year the database holds (2016–2024 here).
  const listed = list.locator(`tr[data-status="missing"]`, { hasText: LISTED });
  await expect(listed).toHaveCount(9);
  const onTime = Number(
    (await page.getByTestId("timeliness-count-on_time").locator(".text-lg").textContent())!.replace(/,/g, ""),
  );
  expect(onTime).toBeGreaterThanOrEqual(4); // 2024, 2022, 2019, 2016 state dates before 1月31日
  await page.reload();
  await expect(page).toHaveURL(/timely=missing/);
  await expect(page.getByTestId("timeliness-list").locator('a[aria-current="true"]')).toContainText("未发布");
  // The chips are links of the URL state: 逾期 lists none here (every collected report states a date before 1月31日).
  await list.getByRole("link", { name: "逾期", exact: true }).click();
  await expect(page).toHaveURL(/timely=late/);
  await expect(page.getByTestId("timeliness-list").locator("tbody tr")).toHaveCount(0);
  await expect(page.getByTestId("timeliness-list-csv")).toHaveAttribute("href", /table=list.*timely=late/);
  await page.goBack();
  await expect(page).toHaveURL(/timely=missing/);
  await expect(page.getByTestId("timeliness-list").locator(`tr[data-status="missing"]`).first()).toBeVisible();
});
