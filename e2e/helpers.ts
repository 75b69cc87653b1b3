import { expect, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

/** Collects console errors and uncaught page errors; tests assert the list stays empty. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return errors;
}

/**
 * How many pixels of a chart's canvas are not background: 0 means ECharts drew nothing. Counting drawn
 * pixels (not just the presence of a <canvas>) is what catches a chart that renders blank.
 */
export async function drawnPixels(page: Page, testId: string): Promise<number> {
  const chart = page.getByTestId(`${testId}-chart`);
  // Set by components/charts/echart-live.tsx when ECharts has finished drawing the current option, animation included.
  await expect(chart).toHaveAttribute("data-chart-ready", "true");
  return chart.evaluate((box) => {
    let drawn = 0;
    for (const canvas of Array.from(box.querySelectorAll("canvas"))) {
      const ctx = canvas.getContext("2d");
      if (!ctx || !canvas.width || !canvas.height) continue;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 16) if (data[i] > 0) drawn++;
    }
    return drawn;
  });
}

export async function expectChartDrawn(page: Page, testId: string): Promise<void> {
  await expect.poll(() => drawnPixels(page, testId), { message: `chart ${testId} drew nothing` }).toBeGreaterThan(500);
}

/** Finds an agency id through the public API (ids are derived, so tests look them up by name). */
export async function agencyId(page: Page, q: string): Promise<string> {
  const res = await page.request.get(`/api/agencies?q=${encodeURIComponent(q)}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { agencies: { id: string; name: string }[] };
  expect(body.agencies.length, `no agency matches ${q}`).toBeGreaterThan(0);
  return body.agencies[0].id;
}

/** Rows of an exported CSV (BOM stripped; the exports' `#` selection lines are rows too; rows may differ in length). */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true });
}
