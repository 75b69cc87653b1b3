import { expect, test } from "@playwright/test";
import { agencyId, expectChartDrawn, parseCsv, watchErrors } from "./helpers";

test("compare two agencies: lines, bars, table, vs previous year — all in the URL", async ({ page }) => {
  const errors = watchErrors(page);
  const a = await agencyId(page, "瓯海");
  const b = await agencyId(page, "朝阳市民政局");
  await page.goto(`/compare?agencies=${a}~${b}&metric=apps.new.total`);
  await expectChartDrawn(page, "chart-compare");
  await expect(page.getByTestId("agency-chips")).toContainText("瓯海区人民政府办公室");

  await page.getByTestId("compare-mode-bar").click();
  await expect(page).toHaveURL(/chart=bar/);
  await expectChartDrawn(page, "chart-compare");

  await page.getByTestId("compare-delta").click();
  await expect(page).toHaveURL(/delta=1/);

  await page.getByTestId("compare-mode-table").click();
  await expect(page).toHaveURL(/chart=table/);
  await expect(page.getByTestId("chart-compare-table")).toContainText("2023");
  await page.goBack();
  await expect(page).toHaveURL(/chart=bar/);
  expect(errors).toEqual([]);
});

test("compare CSV holds the same figures as /api/series", async ({ page }) => {
  const a = await agencyId(page, "瓯海");
  const query = `agencies=${a}&metric=apps.new.total`;
  const api = await (await page.request.get(`/api/series?${query}`)).json();
  const point = api.points.find((p: { year: number }) => p.year === 2023);
  expect(point.value).toBe(51);

  const csvRes = await page.request.get(`/api/export/compare?${query}`);
  expect(csvRes.headers()["content-type"]).toContain("text/csv");
  const raw = await csvRes.body();
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, so Excel reads Chinese
  const rows = parseCsv(raw.toString("utf8"));
  expect(rows.some((r) => r.join(" ").includes("瓯海"))).toBe(true);
  const cells = rows.flat();
  expect(cells).toContain("51");
});

test("the series API rejects bad input with a 400 and a message", async ({ page }) => {
  for (const q of ["", "agencies=x&metric=nope", "agencies=a&from=zz", `agencies=${"x".repeat(5000)}`]) {
    const res = await page.request.get(`/api/series?${q}`);
    expect(res.status(), q).toBe(400);
    expect((await res.json()).error).toBeTruthy();
  }
});

test("a canonical key outside the core metrics draws the compare chart and /api/series returns it", async ({ page }) => {
  const errors = watchErrors(page);
  const a = await agencyId(page, "瓯海");
  const b = await agencyId(page, "朝阳市民政局");
  const metric = "outcome.unable.not_held.total";
  await page.goto(`/compare?agencies=${a}~${b}&metric=${metric}`);
  await expectChartDrawn(page, "chart-compare");
  await expect(page.getByTestId("chart-compare")).toContainText("无法提供·本机关不掌握相关政府信息（总计）");
  await expect(page.getByTestId("metric-select")).toHaveValue(metric);
  await expect(page.getByTestId("metric-fallback")).toHaveCount(0);

  const res = await page.request.get(`/api/series?agencies=${a}&metric=${metric}`);
  expect(res.status()).toBe(200);
  const api = await res.json();
  expect(api).toMatchObject({ metric, label: "无法提供·本机关不掌握相关政府信息（总计）", rate: false });
  expect(api.points.find((p: { year: number }) => p.year === 2023).value).toBe(10);

  // The table view shows the same figure; choosing another detail key from the selector changes the URL.
  await page.getByTestId("compare-mode-table").click();
  await expect(page.getByTestId("chart-compare-table")).toContainText("10");
  await page.getByTestId("metric-select").selectOption("litigation_direct.total");
  await expect(page).toHaveURL(/metric=litigation_direct\.total/);
  expect(errors).toEqual([]);
});
