import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { agencyId, expectChartDrawn } from "./helpers";

const SHOTS = "e2e/output/screenshots";

async function views(page: import("@playwright/test").Page) {
  const id = await agencyId(page, "瓯海");
  // The written report with R4 findings (fixtures/findings): its report page shows flagged cells.
  const flagged = await agencyId(page, "淮安市示例局");
  await page.goto(`/agencies/${flagged}`);
  const reportPath = (await page.locator('a[href^="/reports/"]').first().getAttribute("href"))!;
  return [
    { name: "overview", path: "/", chart: "chart-applicants" },
    { name: "compare", path: `/compare?agencies=${id}~${flagged}&metric=rate.grant`, chart: "chart-compare" },
    { name: "agency", path: `/agencies/${id}`, chart: "agency-series" },
    { name: "quality", path: "/quality", chart: "quality-by-region" },
    { name: "report", path: reportPath, chart: null },
  ];
}

test("no serious or critical axe violation on any view", async ({ page }) => {
  // One axe pass per view, in one test: 10–20 s a view on a loaded 2-core machine (measured), so the whole
  // walk gets more than the 60 s default. Correctness, not speed, is what this test checks.
  test.setTimeout(240_000);
  for (const view of await views(page)) {
    await page.goto(view.path);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${view.name}: ${v.id} (${v.nodes.length}) ${v.help}`)).toEqual([]);
  }
});

for (const width of [1280, 390]) {
  test(`screenshots at ${width}px: charts drawn, nothing wider than the screen`, async ({ page }) => {
    test.setTimeout(150_000); // every view in turn, all its charts drawn (40 s in CI under load)
    await page.setViewportSize({ width, height: 900 });
    for (const view of await views(page)) {
      await page.goto(view.path);
      if (view.chart) await expectChartDrawn(page, view.chart);
      // Every chart on the page has drawn before the picture is taken (not only the first one).
      const charts = await page
        .locator("[data-testid$='-chart'][data-chart-ready]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")!.slice(0, -"-chart".length)));
      if (view.name !== "report") expect(charts.length, `${view.name} has no chart`).toBeGreaterThan(0);
      for (const chart of charts) await expectChartDrawn(page, chart);
      // the page itself never scrolls sideways: wide tables scroll inside their own container
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${view.name} at ${width}px overflows by ${overflow}px`).toBeLessThanOrEqual(1);
      if (view.name === "report" && width >= 1280) {
        // On a desktop the §三 and §四 tables are whole beside the text: no column hidden behind a scroll.
        const hidden = await page
          .locator("[data-testid=report-table] table, section table")
          .evaluateAll((tables) => tables.map((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth));
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        expect(
          hidden.filter((px) => px > 1),
          `report tables scroll sideways by ${hidden.join(", ")} px`,
        ).toEqual([]);
      }
      await page.screenshot({ path: `${SHOTS}/${view.name}-${width}.png`, fullPage: true });
    }
  });
}
