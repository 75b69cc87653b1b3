import { expect, test } from "@playwright/test";
import { agencyId, expectChartDrawn, parseCsv, watchErrors } from "./helpers";

test("agency page: years, the §三 table as printed, findings, links to reports and compare", async ({ page }) => {
  const errors = watchErrors(page);
  const id = await agencyId(page, "瓯海");
  await page.goto(`/agencies/${id}`);
  await expect(page.getByTestId("agency-name")).toContainText("瓯海区人民政府办公室");
  await expect(page.getByTestId("agency-breadcrumb")).toContainText("温州市");
  await expectChartDrawn(page, "agency-series");
  await expect(page.getByTestId("agency-year-tabs")).toContainText("2023");
  await expect(page.locator('td[data-key="apps.new.total"]').first()).toContainText("51");
  await expect(page.getByTestId("agency-reports")).toContainText("002_1011c9d1822b474b.txt");
  await page.getByTestId("agency-compare-link").click();
  await expect(page).toHaveURL(new RegExp(`/compare\\?agencies=${id}`));
  expect(errors).toEqual([]);
});

test("report page: clicking a figure shows the line it came from; findings sit on their cells", async ({ page }) => {
  const id = await agencyId(page, "淮安市示例局");
  await page.goto(`/agencies/${id}?year=2023`);
  await page.getByTestId("agency-year-report-link").first().click();
  await expect(page).toHaveURL(/\/reports\/[0-9a-f]{16}/);
  await expect(page.getByTestId("report-meta")).toContainText("2021");

  const cell = page.locator('td[data-key="apps.new.total"] button').first();
  await cell.click();
  await expect(cell).toHaveAttribute("aria-pressed", "true");
  const selected = page.locator("[data-testid=report-text] .bg-amber-200");
  await expect(selected).toHaveCount(1);
  await expect(selected).toBeInViewport();
  await expect(selected).toContainText(/本年新收|\d/);

  // fixtures/findings/wrong-review-totals-2023.txt prints wrong §四 totals: R4 findings flag the review total cell.
  await expect(page.getByTestId("findings-list")).toContainText("R4");
  await expect(page.locator('td[data-key="review.total"][data-flagged*="R4"]').first()).toBeVisible();
});

test("unknown agency and report ids give a 404 page in Chinese, not an error", async ({ page }) => {
  for (const path of ["/agencies/nope", "/reports/zzzz", "/reports/0000000000000000", "/agencies/%3Cscript%3E"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
  }
});

test("quality page: failing reports by rule and region, failed files, reporting gaps", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/quality");
  for (const chart of ["quality-by-year", "quality-by-rule", "quality-by-region"]) await expectChartDrawn(page, chart);
  await expect(page.getByTestId("quality-rule-filter")).toContainText("R4");
  await page.getByTestId("quality-rule-filter").getByText("R4", { exact: false }).first().click();
  await expect(page).toHaveURL(/rule=R4/);
  await expect(page.locator("main")).toContainText("淮安市示例局");
  await expect(page.locator("main")).toContainText("缺报");
  expect(errors).toEqual([]);
});

test("a chart without an API export still exports its table as CSV, with the permalink", async ({ page }) => {
  const id = await agencyId(page, "瓯海");
  await page.goto(`/agencies/${id}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("agency-series-csv").click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const { readFileSync } = await import("node:fs");
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString("utf8"));
  expect(rows.flat().some((c) => c.includes(`/agencies/${id}`))).toBe(true);
  const year = rows.find((r) => r[0].startsWith("2023"));
  expect(year, "a 2023 row").toBeTruthy();
  expect(year).toContain("51");
});
