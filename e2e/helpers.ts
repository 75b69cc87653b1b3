import { expect, type Page } from "@playwright/test";

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

/** Strips the UTF-8 BOM and parses simple CSV (quoted cells allowed). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      row.push(cell), rows.push(row), (row = []), (cell = "");
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}
