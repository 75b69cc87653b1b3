import { expect, test } from "@playwright/test";
import { expectChartDrawn, watchErrors } from "./helpers";

const OVERVIEW_CHARTS = [
  "chart-applicants",
  "chart-outcomes",
  "chart-review-litigation",
  "chart-coverage",
  "chart-ranking",
];

test("overview draws every chart, headline figures and the demo notice, without console errors", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/");
  await expect(page.getByTestId("overview-headline")).toBeVisible();
  await expect(page.getByTestId("overview-headline")).toContainText("%");
  await expect(page.getByTestId("demo-banner")).toContainText("示例数据");
  for (const id of OVERVIEW_CHARTS) await expectChartDrawn(page, id);
  expect(errors).toEqual([]);
});

test("a filter changes the URL and the view; reload, back and a pasted link restore it", async ({ page, context }) => {
  await page.goto("/");
  const national = await page.getByTestId("selection-summary").innerText();
  const province = page.getByTestId("filter-province");
  const firstProvince = await province.locator("option").nth(1).getAttribute("value");
  expect(firstProvince).toMatch(/^\d{2}$/);
  await province.selectOption(firstProvince!);
  await expect(page).toHaveURL(new RegExp(`[?&]region=${firstProvince}(&|$)`));
  await expect(page.getByTestId("selection-summary")).not.toHaveText(national);
  const filtered = await page.getByTestId("selection-summary").innerText();
  await expectChartDrawn(page, "chart-applicants");

  await page.getByTestId("filter-level").selectOption("county");
  await expect(page).toHaveURL(/level=county/);
  const withLevel = await page.getByTestId("selection-summary").innerText();

  await page.reload();
  await expect(page.getByTestId("selection-summary")).toHaveText(withLevel);
  await expect(page.getByTestId("filter-level")).toHaveValue("county");

  await page.goBack();
  await expect(page).not.toHaveURL(/level=county/);
  await expect(page.getByTestId("selection-summary")).toHaveText(filtered);
  await page.goForward();
  await expect(page.getByTestId("selection-summary")).toHaveText(withLevel);

  const pasted = await context.newPage();
  await pasted.goto(page.url());
  await expect(pasted.getByTestId("selection-summary")).toHaveText(withLevel);
  await expect(pasted.getByTestId("filter-province")).toHaveValue(firstProvince!);
});

test("the 100% toggle is part of the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("toggle-percent").click();
  await expect(page).toHaveURL(/pct=1/);
  await expectChartDrawn(page, "chart-outcomes");
  await page.reload();
  await expect(page.getByTestId("toggle-percent")).toHaveAttribute("aria-pressed", "true");
});

test("invalid parameters fall back to the default view", async ({ page }) => {
  await page.goto("/");
  const defaults = await page.getByTestId("selection-summary").innerText();
  const junk =
    "/?region=99x&from=abc&to=-1&level=king&kind=%3Cscript%3E" +
    "&metric=DROP%20TABLE%20reports&agencies=%27%3B--&pct=maybe";
  const res = await page.goto(junk);
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("selection-summary")).toHaveText(defaults);
  await expectChartDrawn(page, "chart-applicants");
});

test("a filter that excludes everything says why and how to get out", async ({ page }) => {
  await page.goto("/?from=2100&to=2100");
  await expect(page.getByTestId("empty-state")).toBeVisible();
  await expect(page.getByTestId("empty-state")).toContainText("筛选");
});

test("every chart exports a PNG of what it draws", async ({ page }) => {
  await page.goto("/");
  await expectChartDrawn(page, "chart-outcomes");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("chart-outcomes-png").click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const path = await download.path();
  const { readFileSync } = await import("node:fs");
  const bytes = readFileSync(path!);
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
  expect(bytes.length).toBeGreaterThan(5_000);
});

test("agency search finds by pinyin initials and adds the agency to the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("agency-search").fill("ohq");
  const option = page.getByTestId("agency-search-results").getByText("瓯海区人民政府办公室");
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(/agencies=[0-9a-f]{12}/);
  await expect(page.getByTestId("agency-chips")).toContainText("瓯海区人民政府办公室");
});

test("the ranking CSV states the one year it ranks, not the selection's range", async ({ page }) => {
  const csv = await (await page.request.get("/api/export/ranking?from=2019&to=2022")).text();
  expect(csv).toContain("# 年份: 2019–2022年");
  expect(csv).toContain("# 排名年份: 2022年");
});
