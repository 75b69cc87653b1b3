import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectChartDrawn, watchErrors } from "./helpers";

const SHOTS = "e2e/output/screenshots";
const DEFAULT_W = "timely:30~complete:20~consistent:20~chained:10~original:10~plausible:10";

/** The first page of the ranking as "rank name score" lines: what a change of weights must change. */
async function ranking(page: Page): Promise<string[]> {
  const rows = page.getByTestId("scorecard-ranking").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((trs) =>
    trs.map((tr) =>
      [tr.querySelector("[data-testid=rank]"), tr.querySelector("a"), tr.querySelector("[data-testid=score]")]
        .map((c) => c?.textContent?.trim())
        .join(" "),
    ),
  );
}

/**
 * A province holding an agency that fails one indicator: there, dropping that indicator's weight must change the
 * ranking's first page (nationally the first page can be all 100-point agencies, which no weight moves).
 */
async function provinceWithFailure(page: Page): Promise<{ province: string; indicator: string }> {
  const body = (await (await page.request.get("/api/scorecard")).json()) as {
    agencies: { provinceCode: string | null; status: string; marks: Record<string, { value: number | null }> }[];
  };
  for (const a of body.agencies) {
    const failed = Object.entries(a.marks).find(([, m]) => m.value === 0);
    if (a.status === "published" && a.provinceCode && failed) return { province: a.provinceCode, indicator: failed[0] };
  }
  throw new Error("no report in the e2e corpus fails an indicator");
}

test("a weight changed in the UI re-ranks, is in the URL, and reload and back restore each ranking", async ({
  page,
}) => {
  const errors = watchErrors(page);
  const { province, indicator } = await provinceWithFailure(page);
  await page.goto(`/scorecard?region=${province}`);
  await expect(page.getByTestId("scorecard-scope")).toContainText("年度报告");
  await expectChartDrawn(page, "chart-scorecard");
  const before = await ranking(page);
  expect(before.length).toBeGreaterThan(0);
  const select = page.getByTestId(`weight-${indicator}`);
  const initial = await select.inputValue();
  expect(Number(initial)).toBeGreaterThan(0);

  await select.selectOption("0");
  await expect(page).toHaveURL(new RegExp(`[?&]w=[a-z:0-9~]*${indicator}:0(~|&|$)`));
  await expect.poll(() => ranking(page)).not.toEqual(before);
  const after = await ranking(page);
  await expect(page.getByTestId("scorecard-csv")).toHaveAttribute("href", new RegExp(`w=[a-z:0-9~]*${indicator}:0`));

  await page.reload();
  await expect(select).toHaveValue("0");
  expect(await ranking(page)).toEqual(after);

  await page.goBack();
  await expect(page).not.toHaveURL(/w=/);
  await expect(select).toHaveValue(initial);
  await expect.poll(() => ranking(page)).toEqual(before);
  await page.goForward();
  await expect(select).toHaveValue("0");
  await expect.poll(() => ranking(page)).toEqual(after);

  await page.getByTestId("weights-reset").click();
  await expect(page).not.toHaveURL(/w=/);
  expect(errors).toEqual([]);
});

test("the API and the CSV export give the page's ranking; an invalid w falls back to the default weights", async ({
  page,
  request,
}) => {
  await page.goto(`/scorecard?w=timely:999`);
  await expect(page.getByTestId("weight-timely")).toHaveValue("30");
  const shown = await ranking(page);
  const json = await (await request.get("/api/scorecard")).json();
  expect(json.w).toBe(DEFAULT_W);
  const first = shown[0].split(" ");
  expect([String(json.agencies[0].rank), json.agencies[0].agencyName, json.agencies[0].score.toFixed(1)]).toEqual(
    first,
  );
  expect((await request.get("/api/scorecard?w=timely:999")).status()).toBe(400);
  const csv = await request.get(`/api/export/scorecard?year=${json.year}`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(json.agencies[0].agencyName);
});

test("the nav links to the scorecard with the selection, and a region narrows it", async ({ page }) => {
  await page.goto("/quality");
  const province = page.getByTestId("filter-province");
  const code = await province.locator("option").nth(1).getAttribute("value");
  await province.selectOption(code!);
  await expect(page).toHaveURL(new RegExp(`region=${code}`));
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "评分" }).click();
  await expect(page).toHaveURL(new RegExp(`/scorecard\\?region=${code}`));
  await expect(page.getByTestId("filter-province")).toHaveValue(code!);
  await expect(page.getByTestId("scorecard-ranking")).toBeVisible();
  await page.getByTestId("filter-year").selectOption({ index: 2 });
  await expect(page).toHaveURL(/[?&]year=\d{4}/);
});

test("scorecard: no serious or critical axe violation", async ({ page }) => {
  await page.goto("/scorecard");
  await expectChartDrawn(page, "chart-scorecard");
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
});

for (const width of [1280, 390]) {
  test(`scorecard screenshot at ${width}px: chart drawn, nothing wider than the screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/scorecard");
    await expectChartDrawn(page, "chart-scorecard");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `scorecard at ${width}px overflows by ${overflow}px`).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}/scorecard-${width}.png`, fullPage: true });
  });
}
