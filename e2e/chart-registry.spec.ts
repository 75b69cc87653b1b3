/**
 * The charts registry and the workbook in the production server: every chart card on every page is a registered
 * chart, its CSV is titled as the card, and 导出 Excel downloads the view's workbook, which exceljs reads back.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { CHARTS } from "../lib/charts/registry";
import { agencyId, expectChartDrawn, parseCsv, watchErrors } from "./helpers";

const TEST_IDS = new Set(CHARTS.map((c) => c.testId));

/**
 * Every chart card of the page (a card with a PNG button draws a chart): its test id, title and CSV link. Read in
 * one pass inside the page once the network is idle, so a card drawn late cannot shift the others under the reader.
 */
async function cardsOf(page: Page) {
  await page.waitForLoadState("networkidle");
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("section.card")].flatMap((card) => {
      const testId = card.dataset.testid ?? "";
      // A section holding chart cards (the timeliness section) is not one itself: a card has its own PNG button.
      if (!card.querySelector(`[data-testid="${testId}-png"]`)) return [];
      const href = (suffix: string) =>
        card.querySelector(`[data-testid="${testId}-${suffix}"]`)?.getAttribute("href") ?? null;
      return [
        { testId, title: (card.querySelector("h2")?.innerText ?? "").trim(), csv: href("csv"), xlsx: href("xlsx") },
      ];
    }),
  );
}

const PAGES = [
  "/?metric=rate.review_correction&from=2019&to=2023",
  // A key only chosen agencies have: the ranking and the map fall back to the default metric, and so do their CSVs.
  "/?metric=outcome.denied.state_secret.total",
  "/compare?metric=rate.grant&from=2018&to=2023",
  "/quality?from=2019",
  "/scorecard",
];

for (const path of PAGES) {
  test(`every chart card on ${path} is registered, and its CSV is titled as the card`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(path);
    const cards = await cardsOf(page);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(TEST_IDS.has(card.testId), `${card.testId} is not in lib/charts/registry.ts`).toBe(true);
      expect(card.xlsx, `${card.testId}: 导出 Excel`).toMatch(/^\/api\/export\/workbook\?view=/);
      if (!card.csv?.startsWith("/api/")) continue;
      const rows = parseCsv(await (await page.request.get(card.csv)).text());
      const title = rows.find((r) => /^# (图表|表): /.test(r[0]))?.[0].replace(/^# (图表|表): /, "");
      expect(title, `${card.testId}: ${card.csv}`).toBe(card.title);
      const body = rows.filter((r) => !r[0].startsWith("#"));
      expect(body.length, `${card.testId}: rows in ${card.csv}`).toBeGreaterThan(1);
    }
    expect(errors).toEqual([]);
  });
}

test("导出 Excel downloads the overview's workbook: 说明, one sheet per chart, numbers as numbers", async ({
  page,
}) => {
  await page.goto("/?metric=rate.grant&from=2019&to=2023");
  await expectChartDrawn(page, "chart-applicants");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("chart-applicants-xlsx").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^年报观察-总览-.*\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(readFileSync((await download.path())!)).buffer);
  const names = book.worksheets.map((s) => s.name);
  expect(names[0]).toBe("说明");
  for (const card of await cardsOf(page)) expect(names, card.title).toContain(card.title.slice(0, 31));
  const notes = book.getWorksheet("说明")!;
  const text = notes
    .getSheetValues()
    .flat()
    .map((v) => (v && typeof v === "object" && "text" in v ? v.text : v))
    .join("\n");
  expect(text).toContain(`${new URL(page.url()).origin}/?from=2019&to=2023&metric=rate.grant`);
  expect(text).toContain("实质公开率");
  const ranking = book.worksheets.find((s) => s.name.includes("排名"))!;
  expect(ranking.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(typeof ranking.getRow(2).getCell(3).value).toBe("number");
});

test("the agency page's Excel holds its years", async ({ page }) => {
  const id = await agencyId(page, "瓯海");
  await page.goto(`/agencies/${id}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("agency-series-xlsx").click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(readFileSync((await download.path())!)).buffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(["说明", "申请与办理结果（历年）"]);
  const years = book.getWorksheet("申请与办理结果（历年）")!;
  const row2023 = years.getSheetValues().find((r) => Array.isArray(r) && String(r[1]).startsWith("2023")) as unknown[];
  expect(row2023[3]).toBe(51); // 瓯海区's 2023 report: 51 new applications (as /api/series says in compare.spec)
});
