/**
 * Data releases and pinned links against the production server: ingest A → pin a compare link (复制链接 ·
 * 固定到此版本) → ingest B changing its figure and superseding its report → the pinned link still shows A with the
 * 数据已更新 banner listing the change; the current link shows B; pinned answers are immutable and repeat as 304.
 * The scorecard is pinned the same way: its ranking keeps A's marks (the report on time) after B re-publishes late.
 * Ingest runs the real CLI on this port's database (e2e/serve.sh), with --keep-demo so the other specs' data stays.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { applications, reportText } from "../test/helpers/ingest";
import { agencyId, watchErrors } from "./helpers";

const PORT = process.env.E2E_PORT ?? "3210";
/**
 * The agency these tests publish for. The group runs in order on one database, so a retry (CI retries once) starts
 * afresh with an agency of the same county that no earlier attempt has touched.
 */
const agencyName = () => (test.info().retry ? "泰顺县司法局" : "泰顺县民政局");

test.skip(!!process.env.E2E_BASE_URL, "ingests into the database of the server e2e/serve.sh started");
test.describe.configure({ mode: "serial" });
// Two runs of the ingest CLI (a process start, the parser loaded) take a while on a busy machine.
test.setTimeout(240_000);

/** Runs the real ingest CLI on one folder of reports, then waits until the server answers from its release. */
async function ingestDir(request: APIRequestContext, dir: string): Promise<void> {
  execFileSync("npx", ["tsx", "lib/cli/ingest.ts", "--keep-demo", dir], {
    env: { ...process.env, DATABASE_URL: `file:e2e/output/db-${PORT}/e2e.db` },
    stdio: "pipe",
  });
  // The server learns of a new release within a second or two (lib/releases/http-cache.ts asks at most once a
  // second); until then an unpinned page may still be a 304 of the page before. Wait for its ETag to move.
  const latest = (await (await request.get("/api/releases")).json()).latest as number;
  await expect
    .poll(async () => (await request.get("/api/health")).headers().etag ?? "", { timeout: 15_000 })
    .toMatch(new RegExp(`^W/"r${latest}-`));
}

async function ingest(request: APIRequestContext, fresh: number, published: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-e2e-rel-"));
  writeFileSync(
    join(dir, `${published}.txt`),
    reportText({ agency: agencyName(), year: 2023, published, values: applications(fresh) }),
  );
  await ingestDir(request, dir);
}

async function shownRelease(page: Page): Promise<number> {
  return Number(await page.getByTestId("release-footer").getAttribute("data-release"));
}

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

let pinnedHref = "";
let current = "";
const SCORECARD = "/scorecard?region=330329&year=2023";

/** The scorecard's ranking row of the agency. */
const scoreRow = (page: Page, id: string) => page.locator(`[data-testid="scorecard-ranking"] tr[data-agency="${id}"]`);

test("pin a compare link, ingest a change: the pinned link keeps its figures and says what changed", async ({
  page,
  context,
  baseURL,
}) => {
  const errors = watchErrors(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await ingest(page.request, 10, "2024-01-20");
  const id = await agencyId(page, agencyName());
  current = `/compare?agencies=${id}&metric=apps.new.total&chart=table&from=2023&to=2023`;
  await page.goto(current);
  const table = page.getByTestId("chart-compare-table");
  await expect(table).toContainText("10");
  const relA = await shownRelease(page);
  expect(relA).toBeGreaterThan(0);
  await expect(page.getByTestId("release-footer")).toContainText(`当前数据版本 ${relA}`);

  await page.getByTestId("copy-link-pinned").click();
  pinnedHref = await clipboard(page);
  expect(new URL(pinnedHref).searchParams.get("rel")).toBe(String(relA));
  await page.getByTestId("copy-link").click();
  const currentHref = await clipboard(page);
  expect(new URL(currentHref).searchParams.has("rel")).toBe(false);
  expect(new URL(currentHref).searchParams.get("agencies")).toBe(id);

  // Nothing newer yet: the pinned page shows no banner.
  await page.goto(pinnedHref);
  await expect(page.getByTestId("release-footer")).toContainText(`固定数据版本 ${relA}`);
  await expect(table).toContainText("10");
  await expect(page.getByTestId("pinned-banner")).toHaveCount(0);

  // The county's scorecard, pinned at A: the report published 1月20日 is on time (a department's deadline 1月31日).
  await page.goto(SCORECARD);
  await expect(scoreRow(page, id)).toContainText("按时");
  await page.getByTestId("copy-link-pinned").click();
  const pinnedScorecard = await clipboard(page);
  expect(new URL(pinnedScorecard).searchParams.get("rel")).toBe(String(relA));

  await ingest(page.request, 13, "2024-03-01"); // B: a corrected re-publication of the same report (supersedes it)
  await page.goto(pinnedScorecard);
  await expect(page.getByTestId("release-footer")).toContainText(`固定数据版本 ${relA}`);
  await expect(scoreRow(page, id)).toContainText("按时");
  await expect(scoreRow(page, id)).not.toContainText("逾期");
  await expect(page.getByTestId("pinned-banner")).toContainText("数据已更新");
  // Named by table, agency and indicator (the ranking's rows are agencies, whatever their rank).
  await expect(page.getByTestId("pinned-banner-changes")).toContainText(`机构排名 · ${agencyName()} · 按时发布`);
  await expect(page.getByTestId("pinned-banner-changes")).toContainText("逾期");
  // Links from the pinned scorecard stay on its release; its CSV and JSON are pinned too.
  await expect(scoreRow(page, id).getByRole("link", { name: "报告" })).toHaveAttribute("href", /rel=/);
  await expect(page.getByTestId("scorecard-csv")).toHaveAttribute("href", new RegExp(`rel=${relA}`));
  await expect(page.getByTestId("bulletin-docx")).toHaveAttribute("href", new RegExp(`rel=${relA}`));
  const json = await page.request.get(`/api/scorecard?region=330329&year=2023&rel=${relA}`);
  expect(json.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const pinnedMark = (await json.json()).agencies.find((a: { agencyId: string }) => a.agencyId === id).marks.timely;
  expect(pinnedMark.value).toBe(1);
  await page.goto(SCORECARD);
  await expect(scoreRow(page, id)).toContainText("逾期");

  await page.goto(pinnedHref);
  await expect(table).toContainText("10");
  await expect(table).not.toContainText("13");
  const banner = page.getByTestId("pinned-banner");
  await expect(banner).toContainText("数据已更新");
  await expect(page.getByTestId("pinned-banner-changes")).toContainText("10 → 13");

  await page.getByTestId("pinned-banner-current").click();
  await expect(page).not.toHaveURL(/rel=/);
  await expect(table).toContainText("13");
  expect(await shownRelease(page)).toBeGreaterThan(relA);
  await expect(page.getByTestId("pinned-banner")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("a pinned view whose figures did not change says so; a malformed rel falls back with a note", async ({ page }) => {
  const rel = new URL(pinnedHref).searchParams.get("rel");
  const other = await agencyId(page, "瓯海");
  await page.goto(`/compare?agencies=${other}&chart=table&rel=${rel}`);
  await expect(page.getByTestId("pinned-banner-none")).toContainText("没有变化");

  await page.goto(`${current}&rel=abc`);
  await expect(page.getByTestId("release-note")).toContainText("无效");
  await expect(page.getByTestId("chart-compare-table")).toContainText("13");
});

test("every page with 复制链接 reads rel and offers 固定到此版本, the scorecard included", async ({ page }) => {
  const id = await agencyId(page, agencyName());
  for (const path of ["/compare", "/quality", `/agencies/${id}`, "/scorecard"]) {
    await page.goto(path);
    await expect(page.getByTestId("copy-link")).toBeVisible();
    await expect(page.getByTestId("copy-link-pinned")).toBeVisible();
  }
});

/** The text of a chart card's table twin (every figure the card shows). */
async function tableText(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(`${testId}-table`).textContent()) ?? "").replace(/\s+/g, " ");
}

test("pinned /quality and agency page keep their figures after a later ingest rechecks a stored report", async ({
  page,
  context,
  baseURL,
}) => {
  const errors = watchErrors(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const id = await agencyId(page, agencyName());
  await page.goto(`/agencies/${id}`);
  await page.getByTestId("copy-link-pinned").click();
  const pinnedAgency = await clipboard(page);
  const rel = new URL(pinnedAgency).searchParams.get("rel");
  const pinnedQuality = `/quality?region=330329&rel=${rel}`;
  await page.goto(pinnedQuality);
  const qualityBefore = await tableText(page, "quality-by-year");
  await page.goto(pinnedAgency);
  const agencyBefore = await tableText(page, "agency-series");
  const findingsBefore = await page.getByTestId("agency-findings-by-year").innerText();
  await page.goto(`/agencies/${id}?year=2023&rel=${rel}`);
  const pinnedReport = (await page.getByTestId("agency-year-report-link").getAttribute("href"))!;
  expect(pinnedReport).toMatch(new RegExp(`rel=${rel}`));

  // C: the year before, carrying 5 forward; the stored 2023 report carried 0 over, so the year chain (R5) now fails
  // it: its findings, error count and has_error change in place, and the county's failing count with them.
  const dir = mkdtempSync(join(tmpdir(), "nianbao-e2e-rel-"));
  const earlier = reportText({ agency: agencyName(), year: 2022, values: applications(8, 0, 5) });
  writeFileSync(join(dir, "2022.txt"), earlier);
  await ingestDir(page.request, dir);

  await page.goto(pinnedAgency);
  await expect(page.getByTestId("pinned-banner")).toContainText("数据已更新");
  await expect(page.getByTestId("pinned-banner")).toContainText("已变化");
  expect(await tableText(page, "agency-series")).toBe(agencyBefore);
  expect(await page.getByTestId("agency-findings-by-year").innerText()).toBe(findingsBefore);
  // Links from the pinned page stay on its release.
  await expect(page.getByTestId("agency-compare-link")).toHaveAttribute("href", new RegExp(`rel=${rel}`));
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: "质量" })).toHaveAttribute("href", new RegExp(`rel=${rel}`));
  await expect(nav.getByRole("link", { name: "评分" })).toHaveAttribute("href", new RegExp(`rel=${rel}`));

  // The report page: its tables did not change, its findings did (R5 added): the banner names the new finding.
  await page.goto(pinnedReport);
  await expect(page.getByTestId("findings-list").locator('[data-rule="R5"]')).toHaveCount(0);
  await expect(page.getByTestId("pinned-banner-items")).toContainText(/校验问题：新增 \d+ 条/);
  await expect(page.getByTestId("pinned-banner-items")).toContainText("R5");
  await expect(page.getByTestId("pinned-banner-none")).toHaveCount(0);
  await page.getByTestId("pinned-banner-current").click();
  await expect(page.getByTestId("findings-list").locator('[data-rule="R5"]')).not.toHaveCount(0);

  await page.goto(`/agencies/${id}`);
  expect(await tableText(page, "agency-series")).not.toBe(agencyBefore); // 2022 now has a row
  await expect(page.getByTestId("agency-findings-by-year").locator('[data-year="2023"]')).toContainText("R5");

  await page.goto(pinnedQuality);
  await expect(page.getByTestId("pinned-banner")).toContainText("数据已更新");
  await expect(page.getByTestId("pinned-banner")).toContainText("已变化");
  expect(await tableText(page, "quality-by-year")).toBe(qualityBefore);
  await expect(page.getByTestId("quality-current-note")).toHaveCount(0); // revised and failed files are pinned too
  await nav.getByRole("link", { name: "总览" }).click();
  await expect(page).toHaveURL(new RegExp(`rel=${rel}`));
  // The overview's own content, not /quality's footer (which already names the release): the client-side
  // navigation has finished before the next goto, which it would otherwise abort (net::ERR_ABORTED once in CI).
  await expect(page.getByTestId("selection-summary")).toBeVisible();
  await expect(page.getByTestId("release-footer")).toContainText(`固定数据版本 ${rel}`);
  await page.waitForLoadState("networkidle");

  await page.goto("/quality?region=330329");
  expect(await tableText(page, "quality-by-year")).not.toBe(qualityBefore);
  expect(errors).toEqual([]);
});

test("pinned answers are immutable with an ETag; a repeat with If-None-Match is a 304", async ({ request }) => {
  const rel = new URL(pinnedHref).searchParams.get("rel");
  const id = new URL(pinnedHref).searchParams.get("agencies");
  const api = `/api/series?agencies=${id}&metric=apps.new.total&rel=${rel}`;
  const first = await request.get(api);
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const etag = first.headers().etag;
  expect(etag).toBeTruthy();
  expect((await first.json()).points.find((p: { year: number }) => p.year === 2023).value).toBe(10);
  const again = await request.get(api, { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);

  const page = await request.get(pinnedHref);
  expect(page.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const second = await request.get(pinnedHref);
  expect(second.headers()["x-nianbao-cache"]).toMatch(/^hit/);
  // Each answer from the cache has a nonce of its own, in the CSP header and the page alike.
  const nonce = (r: typeof page) => r.headers()["content-security-policy"].match(/'nonce-([^']+)'/)![1];
  expect(nonce(second)).not.toBe(nonce(page));
  expect(await second.text()).toContain(`nonce="${nonce(second)}"`);

  // A release that does not exist yet: current data, said in a header, not kept as pinned.
  const unknown = await request.get(`/api/series?agencies=${id}&metric=apps.new.total&rel=99999`);
  expect(unknown.status()).toBe(200);
  expect(unknown.headers()["x-nianbao-note"]).toMatch(/^no release 99999: current data \(release \d+\)$/);
  expect(unknown.headers()["cache-control"] ?? "").not.toContain("immutable");

  const now = await request.get(`/api/series?agencies=${id}&metric=apps.new.total`);
  const weak = now.headers().etag;
  expect(weak).toMatch(/^W\//);
  expect(
    (
      await request.get(`/api/series?agencies=${id}&metric=apps.new.total`, { headers: { "if-none-match": weak } })
    ).status(),
  ).toBe(304);
});

test("the 示例数据 banner is the pinned release's: none before the demo corpus came, there from its release on", async ({
  page,
}) => {
  const { releases } = (await (await page.request.get("/api/releases")).json()) as {
    releases: { id: number; kind: string }[];
  };
  const demo = releases.filter((r) => r.kind === "demo").map((r) => r.id);
  // e2e/serve.sh ingests the real seeds before the demo corpus: their release held no demo data.
  const before = Math.min(...releases.map((r) => r.id));
  expect(demo.length).toBeGreaterThan(0);
  expect(before).toBeLessThan(Math.min(...demo));

  await page.goto("/");
  await expect(page.getByTestId("demo-banner")).toContainText("当前数据库含有生成的示例报告");
  await page.goto(`/?rel=${before}`);
  await expect(page.getByTestId("release-footer")).toHaveAttribute("data-release", String(before));
  await expect(page.getByTestId("demo-banner")).toHaveCount(0);
  await page.goto(`/compare?rel=${demo[0]}`);
  await expect(page.getByTestId("demo-banner")).toContainText(`数据版本 ${demo[0]} 含有生成的示例报告`);
});

test("a pinned agency page and /api/series keep the agency's name after a later report renames it", async ({
  page,
}) => {
  const name = agencyName();
  const renamed = `温州市${name}`; // the same office (its id strips the region names), printed with its city
  const id = await agencyId(page, name);
  await page.goto(`/agencies/${id}`);
  await expect(page.getByTestId("agency-name")).toHaveText(name);
  const rel = await shownRelease(page);

  const dir = mkdtempSync(join(tmpdir(), "nianbao-e2e-rel-"));
  writeFileSync(
    join(dir, "renamed.txt"),
    reportText({ agency: renamed, year: 2023, published: "2024-01-25", values: applications(12) }),
  );
  await ingestDir(page.request, dir);

  await page.goto(`/agencies/${id}`);
  await expect(page.getByTestId("agency-name")).toHaveText(renamed);
  await page.goto(`/agencies/${id}?rel=${rel}`);
  await expect(page.getByTestId("release-footer")).toContainText(`固定数据版本 ${rel}`);
  await expect(page.getByTestId("agency-name")).toHaveText(name);
  const series = async (pinned: boolean) =>
    (await (
      await page.request.get(`/api/series?agencies=${id}&metric=apps.new.total${pinned ? `&rel=${rel}` : ""}`)
    ).json()) as { agencies: { name: string }[] };
  expect((await series(true)).agencies.map((a) => a.name)).toEqual([name]);
  expect((await series(false)).agencies.map((a) => a.name)).toEqual([renamed]);
});
