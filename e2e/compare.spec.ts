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

test("a canonical key outside the core metrics draws the compare chart and /api/series returns it", async ({
  page,
}) => {
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

test("agency names link to their pages; a year without a figure says why in the tooltip and the table", async ({
  page,
}) => {
  const errors = watchErrors(page);
  // A demo-corpus agency reporting 2016–2024 (legacy, 2019 and 2021 templates) beside one with a 2023 report only.
  const a = await agencyId(page, "阳西县生态环境局");
  const b = await agencyId(page, "瓯海");
  // A §三 detail row of the modern templates: a legacy-template year has no such cell.
  const metric = "outcome.unable.not_held.total";
  await page.goto(`/compare?agencies=${a}~${b}&metric=${metric}&from=2016`);
  await expectChartDrawn(page, "chart-compare");

  const chip = page.getByTestId("agency-chips").getByRole("link", { name: "瓯海区人民政府办公室" });
  await expect(chip).toHaveAttribute("href", `/agencies/${encodeURIComponent(b)}`);

  // The tooltip of the first year (2016, legacy template) names the reason for each agency.
  const chart = page.getByTestId("chart-compare-chart");
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  const tooltip = chart.locator("div").filter({ hasText: "2016年" }).last();
  for (let x = box.x + 40; x < box.x + box.width / 3 && !(await tooltip.isVisible()); x += 12) {
    await page.mouse.move(x, box.y + box.height / 2);
    await page.waitForTimeout(60);
  }
  await expect(tooltip).toContainText("无此项（旧版模板）");
  await expect(tooltip).toContainText("无报告");

  await page.getByTestId("compare-mode-table").click();
  const table = page.getByTestId("chart-compare-table");
  const yangxi = table.getByRole("row").filter({ hasText: "阳西县生态环境局" });
  await expect(yangxi.getByRole("cell")).toHaveText([
    /阳西县生态环境局/,
    ...Array(3).fill("无此项（旧版模板）"),
    ...Array(6).fill(/^\d+$/),
  ]);
  await expect(table.getByRole("row").filter({ hasText: "瓯海" })).toContainText("无报告");
  const peers = page.getByTestId("compare-peers");
  if (await peers.count()) {
    const first = peers.getByRole("listitem").first();
    await expect(first.getByRole("link").first()).toHaveAttribute("href", /^\/agencies\//);
    await expect(first.getByRole("link", { name: /＋ 对比/ })).toHaveAttribute("href", /^\/compare\?/);
  }
  await table.getByRole("link", { name: "阳西县生态环境局" }).click();
  await expect(page).toHaveURL(new RegExp(`/agencies/${encodeURIComponent(a)}`));

  // The overview's ranking of agencies: each name in its table opens the agency page.
  await page.goto("/?region=4417&rank=agency");
  const ranking = page.getByTestId("chart-ranking");
  await expect(ranking.getByRole("heading")).toContainText("机构排名");
  await ranking.getByText("查看数据表").click();
  await expect(ranking.getByRole("link", { name: "阳西县生态环境局" })).toHaveAttribute("href", `/agencies/${a}`);
  expect(errors).toEqual([]);
});
